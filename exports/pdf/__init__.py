"""The meeting summary PDF: ``SummaryData.collect`` reads it, ``render_summary`` lays it out."""

from exports.pdf.page import SIGNATURE_BOX
from exports.pdf.summary import render_summary
from exports.pdf.summary_data import SummaryData

__all__ = ["SIGNATURE_BOX", "SummaryData", "render_summary"]
