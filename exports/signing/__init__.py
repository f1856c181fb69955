"""Signed PDFs: PAdES signing with a visible stamp, and verification (pyHanko, no Qt).

pyHanko and reportlab load only when ``sign_pdf``/``verify_pdf``/``StampText`` are first used.
"""

from typing import TYPE_CHECKING

from exports.lazy import attributes

if TYPE_CHECKING:
    from exports.signing.cosigning import cosign
    from exports.signing.report import Coverage, Outcome, SignatureCheck, VerificationReport
    from exports.signing.sign import sign_pdf
    from exports.signing.stamp import StampText
    from exports.signing.verify import verify_pdf

__all__ = ["Coverage", "Outcome", "SignatureCheck", "StampText", "VerificationReport",
           "cosign", "sign_pdf", "verify_pdf"]
__getattr__ = attributes(__name__, {
    "Coverage": "exports.signing.report", "Outcome": "exports.signing.report",
    "SignatureCheck": "exports.signing.report", "VerificationReport": "exports.signing.report",
    "sign_pdf": "exports.signing.sign", "StampText": "exports.signing.stamp",
    "verify_pdf": "exports.signing.verify", "cosign": "exports.signing.cosigning"})
