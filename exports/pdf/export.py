"""Write a meeting's summary PDF: collected, laid out, signed (PAdES, certifying) and written
atomically, so a failure at any step leaves no file, or the earlier one, behind.

Every summary written is logged as an export of the client's data with its document id. The
target is checked first and written with its entry through ``exports.output.write_logged``:
an existing file is replaced only with ``force``, a device, FIFO, folder or link never; a
refusal writes nothing and logs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from exports.output import write_logged
from exports.pdf.page import SIGNATURE_BOX
from exports.pdf.summary import render_summary
from exports.pdf.summary_data import SummaryData
from planner.domain.enums import AuditAction
from planner.files import check_output
from planner.services import Planner, Release

Progress = Callable[[int, int, str], None]  # step done, steps, what is being done


@dataclass(frozen=True)
class WrittenSummary:
    path: Path
    document_id: str
    signed: bool
    size: int  # bytes
    level: str | None = None  # PAdES "B-B", "B-T" or "B-LT" when signed
    level_note: str | None = None  # message code: why a timestamped signature is not B-LT


def _noop(_done: int, _total: int, _what: str) -> None:
    """No progress wanted."""


def write_summary_pdf(planner: Planner, meeting_id: int, out: Path, *, language: str = "fi",
                      sign: bool = True, passphrase: str | None = None,
                      show_hetu: bool = False, now: datetime | None = None,
                      progress: Progress | None = None, force: bool = False) -> WrittenSummary:
    """The summary of ``meeting_id`` at ``out``. ``sign`` needs the user's signing identity
    (``passphrase``, else the keyring's); its errors are raised before anything is written.
    ``force`` replaces an existing regular file."""
    check_output(out, force=force)  # before a passphrase is used or anything is made
    report = progress or _noop
    steps = 4 if sign else 3
    moment = now or planner.now()
    signer, level, level_note = None, None, None
    if sign:  # first: a missing or locked certificate must not cost a render
        signer = planner.signing.load(passphrase)
    report(0, steps, "collect")
    data = SummaryData.collect(planner, meeting_id, language=language, show_hetu=show_hetu,
                               now=moment)
    report(1, steps, "render")
    pdf = render_summary(data, language=language)
    if signer is not None:
        from exports.signing.sign import sign_pdf_with_level  # pyHanko loads only to sign
        from exports.signing.stamp import StampText

        report(2, steps, "sign")
        producer = data.producer
        stamp = StampText(producer.name if producer else "", producer.title if producer else "",
                          producer.agency if producer else "", moment, language)
        url = planner.signing.timestamp_url() or None
        signed = sign_pdf_with_level(pdf, signer, stamp=stamp, box=SIGNATURE_BOX,
                                     timestamp_url=url)
        pdf, level, level_note = signed.data, signed.level, signed.lt_missing
    report(steps - 1, steps, "write")

    release = Release(AuditAction.EXPORT, "meeting_summary", data.client_id, meeting_id,
                      f"{out.name} {data.document_id} {'signed' if signer else 'unsigned'} "
                      f"{language}" + (" full HETU shown" if show_hetu else ""),
                      "meeting summary")
    # the log entry and the file together: neither without the other
    write_logged(planner, {out: pdf}, [release], force=force)
    report(steps, steps, "done")
    return WrittenSummary(out, data.document_id, signer is not None, len(pdf), level,
                          level_note)
