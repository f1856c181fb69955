"""What a batch of mail achieved, recipient by recipient: nothing is lost when sending stops."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.errors import VerkostoError
from planner.messages import translate


@dataclass
class SendReport:
    """``sent``: accepted by the server; ``refused``: recipient -> the server's reply;
    ``not_sent``: never tried, because ``failure`` stopped the batch or it was ``cancelled``."""

    total: int
    sent: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    not_sent: list[str] = field(default_factory=list)
    failure: VerkostoError | None = None
    cancelled: bool = False

    @property
    def complete(self) -> bool:
        """Everyone got the message."""
        return len(self.sent) == self.total

    def problems(self, language: str | None = None) -> list[str]:
        """Translated lines for what went wrong: the stopping failure, then each refusal."""
        lines = [self.failure.message(language)] if self.failure is not None else []
        lines += [translate("error.mail_recipient_refused", language, recipient=recipient,
                            reply=reply) for recipient, reply in self.refused.items()]
        return lines
