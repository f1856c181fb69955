"""An e-mail ready to go: its envelope and its bytes, serialized once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OutgoingMail:
    """One message for one recipient. ``data`` is the whole message with CRLF line ends, as
    written to a .eml file and as sent; ``sender`` and ``recipient`` are the SMTP envelope."""

    sender: str
    recipient: str
    data: bytes

    @property
    def international(self) -> bool:
        """An address with letters outside ASCII: the server must offer SMTPUTF8 (RFC 6531)."""
        return not (self.sender.isascii() and self.recipient.isascii())
