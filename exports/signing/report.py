"""What verifying a signed PDF found, and how to say it (fi/sv/en) — for the CLI and the UI.

Outcomes from worst to best, each with its `verkosto verify` exit code: BROKEN (52, the signed
bytes changed or the signature is not valid), MODIFIED (51, revisions were added after a
signature), UNTRUSTED (50, intact but no path to a trusted certificate), TRUSTED (0).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from planner.config import HELSINKI
from planner.formatting import format_datetime
from planner.messages import current_language, translate

TZ = ZoneInfo(HELSINKI)


class Coverage(StrEnum):
    ENTIRE_FILE = "entire_file"  # nothing was added after the signature
    ENTIRE_REVISION = "entire_revision"  # the signed revision whole, updates appended later
    PARTIAL = "partial"  # not even its own revision: never from an honest signer


class Outcome(StrEnum):
    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"
    MODIFIED = "modified"
    BROKEN = "broken"

    @property
    def exit_code(self) -> int:
        return {"trusted": 0, "untrusted": 50, "modified": 51, "broken": 52}[self.value]

    @property
    def rank(self) -> int:
        return ("trusted", "untrusted", "modified", "broken").index(self.value)


@dataclass(frozen=True)
class SignatureCheck:
    """One signature's findings (pyHanko's meaning of intact / valid / trusted / coverage)."""

    field_name: str
    signer_name: str  # the certificate's CN
    signer_organisation: str  # its O
    signer_fingerprint: str
    self_signed: bool
    signing_time: datetime | None
    timestamp_trusted: bool | None  # None: no RFC 3161 timestamp; the time is the signer's own
    intact: bool  # the signed bytes hash to what was signed
    valid: bool  # the signature value verifies with the certificate's key
    trusted: bool  # a path to a trusted certificate, allowed key usage
    trust_anchor: str
    coverage: Coverage
    revisions_after: int  # incremental updates appended after this signature
    certification: str | None  # DocMDP: "no_changes", "fill_forms", "annotate"; None: approval
    docmdp_ok: bool | None  # the changes after it (if any) were allowed by the DocMDP level
    bottom_line: bool  # pyHanko's overall judgment
    level: str = "B-B"  # PAdES baseline: "B-B", "B-T" (signature timestamp), "B-LT" (+ DSS)
    timestamp_authority: str = ""  # the TSA certificate's CN (O)
    validation_updates_only: bool = False  # what came after is DSS data only (PAdES LT/LTA)
    # The signer's certificate when it signed (at the timestamp's time, else the claimed one):
    # "revoked" (the embedded OCSP/CRL says so, revoked before that time) or "expired".
    certificate_state: str | None = None
    certificate_state_time: datetime | None = None  # revocation time / end of validity
    # The certificate's end of validity when it has expired since a trusted timestamp made
    # within it: the signature is checked (and trusted) at the timestamp's time.
    expired_since: datetime | None = None

    later_signatures: int = 0  # of revisions_after, those that only add a co-signer's signature
    validation_updates: int = 0  # of revisions_after, those that only add validation data
    changed_otherwise: bool = False  # pyHanko's diff found more than signing after it

    @property
    def changes_after(self) -> int:
        """Incremental updates after this signature that are neither signatures nor
        validation data (a DSS update: how B-LT is made, allowed under DocMDP)."""
        return max(self.revisions_after - self.later_signatures - self.validation_updates, 0)

    @property
    def modified(self) -> bool:
        # Co-signers' signatures after it are expected, and so is validation data alone (a
        # DSS update is how B-LT is made: PAdES allows it under DocMDP); anything else is a
        # change.
        if self.validation_updates_only and self.docmdp_ok is not False:
            return False
        return (self.changes_after > 0 or self.coverage is Coverage.PARTIAL
                or self.docmdp_ok is False or self.changed_otherwise
                or (self.coverage is not Coverage.ENTIRE_FILE and not self.later_signatures))

    @property
    def outcome(self) -> Outcome:
        if not (self.intact and self.valid) or self.coverage is Coverage.PARTIAL:
            return Outcome.BROKEN
        if self.modified:
            return Outcome.MODIFIED
        if self.certificate_state is not None:  # a revoked or expired key proves nothing
            return Outcome.UNTRUSTED
        return Outcome.TRUSTED if self.trusted else Outcome.UNTRUSTED

    @property
    def signer(self) -> str:
        if self.signer_organisation:
            return f"{self.signer_name} ({self.signer_organisation})"
        return self.signer_name


@dataclass(frozen=True)
class VerificationReport:
    """Every signature of one PDF, in signing order; the headline fields are the first's
    (the certifying one in Verkosto's summaries) and the verdict is the worst of them all."""

    signatures: tuple[SignatureCheck, ...]
    revisions: int
    language: str | None = None

    @property
    def first(self) -> SignatureCheck:
        return self.signatures[0]

    @property
    def signer(self) -> str:
        return self.first.signer

    @property
    def signing_time(self) -> datetime | None:
        return self.first.signing_time

    @property
    def intact(self) -> bool:
        return all(s.intact and s.valid for s in self.signatures)

    @property
    def valid(self) -> bool:
        return all(s.valid for s in self.signatures)

    @property
    def trusted(self) -> bool:
        return all(s.trusted for s in self.signatures)

    @property
    def coverage(self) -> Coverage:
        return self.signatures[-1].coverage

    @property
    def modified(self) -> bool:
        return any(s.modified for s in self.signatures)

    @property
    def docmdp_ok(self) -> bool:
        return all(s.docmdp_ok is not False for s in self.signatures)

    @property
    def outcome(self) -> Outcome:
        return max((s.outcome for s in self.signatures), key=lambda o: o.rank)

    @property
    def bottom_line(self) -> bool:
        return self.outcome is Outcome.TRUSTED and all(s.bottom_line for s in self.signatures)

    @property
    def exit_code(self) -> int:
        return self.outcome.exit_code

    def lines(self, language: str | None = None) -> list[str]:
        """The report as sentences, a blank line between signatures, the verdict last."""
        lang = language or self.language or current_language()
        out: list[str] = []
        for index, check in enumerate(self.signatures, start=1):
            if len(self.signatures) > 1:
                out.append(translate("verify.heading", lang, index=index,
                                     count=len(self.signatures)))
            out.extend(signature_lines(check, lang))
            out.append("")
        out.append(translate(f"verify.result_{self.outcome.value}"
                             if self.outcome is not Outcome.TRUSTED else "verify.result_ok",
                             lang))
        return out

    def to_json(self) -> dict[str, Any]:
        def plain(check: SignatureCheck) -> dict[str, Any]:
            data = asdict(check)
            data["coverage"] = check.coverage.value
            data["signing_time"] = (check.signing_time.astimezone(TZ).isoformat()
                                    if check.signing_time else None)
            data["certificate_state_time"] = (
                check.certificate_state_time.astimezone(TZ).isoformat()
                if check.certificate_state_time else None)
            data["expired_since"] = (check.expired_since.astimezone(TZ).isoformat()
                                     if check.expired_since else None)
            data["modified"], data["outcome"] = check.modified, check.outcome.value
            data["changes_after"] = check.changes_after
            return data

        return {"outcome": self.outcome.value, "exit_code": self.exit_code,
                "intact": self.intact, "trusted": self.trusted, "modified": self.modified,
                "bottom_line": self.bottom_line, "revisions": self.revisions,
                "signatures": [plain(s) for s in self.signatures]}


def signing_time_text(moment: datetime, language: str) -> str:
    """3.12.2026 klo 9.00.05 / 3.12.2026 kl. 9.00.05 / 3 Dec 2026, 09:00:05 (Helsinki)."""
    return format_datetime(moment, language, weekday=False, seconds=True)


def _docmdp_code(check: SignatureCheck) -> str:
    return ("verify.docmdp_signing_only" if check.certification == "fill_forms"
            else "verify.docmdp_violated")


def signature_lines(check: SignatureCheck, language: str) -> list[str]:
    lines = [translate("verify.signer", language, signer=check.signer)]
    if check.signing_time is not None:
        code = "verify.time_stamped" if check.timestamp_trusted else "verify.time_claimed"
        when = signing_time_text(check.signing_time, language)
        lines.append(translate(code, language, time=when))
    if check.timestamp_authority:
        lines.append(translate("verify.timestamp_authority", language,
                               authority=check.timestamp_authority))
    lines.append(translate("verify.level", language, level=check.level,
                           meaning=translate(f"verify.level_{check.level}", language)))
    if check.certificate_state is not None:
        moment = check.certificate_state_time
        lines.append(translate(f"verify.{check.certificate_state}_at_signing", language,
                               time=signing_time_text(moment, language) if moment else "?"))
    if check.expired_since is not None:
        lines.append(translate("verify.expired_since", language,
                               time=signing_time_text(check.expired_since, language)))
    if not (check.intact and check.valid) or check.coverage is Coverage.PARTIAL:
        lines.append(translate("verify.broken", language))
    elif check.modified and check.later_signatures:
        lines.append(translate("verify.changed_between", language,
                               count=max(check.changes_after, 1)))
        if check.docmdp_ok is False:
            lines.append(translate(_docmdp_code(check), language))
    elif check.modified:
        lines.append(translate("verify.modified", language, count=max(check.revisions_after, 1)))
        if check.docmdp_ok is False:
            lines.append(translate(_docmdp_code(check), language))
    elif check.later_signatures:
        lines.append(translate("verify.intact_cosigned", language, count=check.later_signatures))
    elif check.validation_updates_only and check.revisions_after:
        lines.append(translate("verify.validation_data_added", language))
    else:
        lines.append(translate("verify.intact", language))
    if check.trusted and check.certificate_state is None:
        lines.append(translate("verify.trusted", language, anchor=check.trust_anchor))
    elif not check.trusted:
        lines.append(translate("verify.untrusted", language))
    lines.append(translate("verify.fingerprint", language, fingerprint=check.signer_fingerprint))
    if check.self_signed:
        lines.append(translate("verify.self_signed_note", language))
    return lines
