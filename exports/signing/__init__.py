"""Signed PDFs: PAdES signing with a visible stamp, and verification (pyHanko, no Qt)."""

from exports.signing.report import Coverage, Outcome, SignatureCheck, VerificationReport
from exports.signing.sign import sign_pdf
from exports.signing.stamp import StampText
from exports.signing.verify import verify_pdf

__all__ = ["Coverage", "Outcome", "SignatureCheck", "StampText", "VerificationReport",
           "sign_pdf", "verify_pdf"]
