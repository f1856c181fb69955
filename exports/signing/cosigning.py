"""Co-signing a signed summary: the other professionals (and the client) add their approval
signatures in turn, each an incremental update the author's certification (DocMDP level 2)
allows. Used by `verkosto cosign` and the Tarkista PDF page's "Allekirjoita myös…"."""

from __future__ import annotations

from datetime import datetime

from exports.signing.sign import SignedPdf, cosign_pdf_with_level
from exports.signing.stamp import StampText
from planner.services.signing_identity import LoadedSigner, describe


def cosign(pdf: bytes, signer: LoadedSigner, now: datetime, *, language: str = "fi",
           timestamp_url: str | None = None) -> SignedPdf:
    """``pdf`` with ``signer``'s approval signature added, named as their certificate says,
    and the level it reached (B-LT with a timestamp server and a CA that publishes
    revocation information, as the author's signature)."""
    info = describe(signer.certificate)
    stamp = StampText(info.common_name, info.title, info.organisation, now, language)
    return cosign_pdf_with_level(pdf, signer, stamp=stamp, timestamp_url=timestamp_url)
