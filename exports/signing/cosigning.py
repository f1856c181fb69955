"""Co-signing a signed summary: the other professionals (and the client) add their approval
signatures in turn, each an incremental update the author's certification (DocMDP level 2)
allows. Used by `verkosto cosign` and the Tarkista PDF page's "Allekirjoita myös…"."""

from __future__ import annotations

from datetime import datetime

from exports.signing.sign import cosign_pdf
from exports.signing.stamp import StampText
from planner.services.signing_identity import LoadedSigner, describe


def cosign(pdf: bytes, signer: LoadedSigner, now: datetime, *, language: str = "fi",
           timestamp_url: str | None = None) -> bytes:
    """``pdf`` with ``signer``'s approval signature added, named as their certificate says."""
    info = describe(signer.certificate)
    stamp = StampText(info.common_name, info.title, info.organisation, now, language)
    return cosign_pdf(pdf, signer, stamp=stamp, timestamp_url=timestamp_url)
