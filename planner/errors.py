"""Typed errors of the core. Each carries a message code (see ``planner.messages``), the values
for its placeholders, and the exit code the CLI uses for it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from pathlib import Path

from planner.messages import translate


class VerkostoError(Exception):
    """Base of every error the core reports to a person."""

    code = "error.unexpected"
    exit_code = 1

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        params = dict(self.params)
        for name in ("detail", "reason"):
            cause = params.get(name)
            if isinstance(cause, str) and cause.startswith("detail."):
                # A known cause has its own message code, so no English leaks into Finnish.
                params[name] = translate(cause, language, **self.params)
        return translate(self.code, language, **params)


# --- the store and its key (exit codes 10–29, one per state, documented in README) ---------
class StoreError(VerkostoError):
    exit_code = 10


class KeyringUnavailable(StoreError):
    code, exit_code = "store.keyring_unavailable", 11


class KeyringLocked(StoreError):
    code, exit_code = "store.keyring_locked", 12


class KeyMissing(StoreError):
    code, exit_code = "store.key_missing", 13


class KeyringNotPersisting(StoreError):
    code, exit_code = "store.keyring_not_persisting", 14


class PassphraseRequired(StoreError):
    code, exit_code = "store.passphrase_required", 15


class PassphraseTooShort(StoreError):
    code, exit_code = "store.passphrase_too_short", 15


class WrongPassphrase(StoreError):
    code, exit_code = "store.wrong_passphrase", 16


class WrongKey(StoreError):
    code, exit_code = "store.wrong_key", 17


class NotAStore(StoreError):
    code, exit_code = "store.not_a_store", 18


class CorruptStore(StoreError):
    code, exit_code = "store.corrupt", 19


class StoreFileMissing(StoreError):
    code, exit_code = "store.missing_file", 20


class StoreTooNew(StoreError):
    code, exit_code = "store.too_new", 21


class StoreWriteFailed(StoreError):
    """Disk full or another I/O error while writing; the transaction was rolled back."""

    code, exit_code = "store.io_error", 22


class StoreBusy(StoreError):
    code, exit_code = "store.locked_by_other", 23


class StoreReadOnly(StoreError):
    """The store is sound but cannot be written (a read-only disk or no write permission):
    every view is logged, so it cannot be used. Never "damaged", never "restore"."""

    code, exit_code = "store.read_only", 26


class NoStore(StoreError):
    """Nothing in the data dir: only `verkosto init`, `demo` and the window (after asking)
    create a store; every other command says where it looked."""

    code, exit_code = "store.none_here", 27


def anchor_time(iso_utc: str) -> object:
    """An anchor's UTC time for a message, which writes it in the reader's language and in
    Helsinki time (planner.messages); text that is no time is shown as it is."""
    try:
        return datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc


class AuditRolledBack(StoreError):
    """The store's log is behind the head anchored outside it: an older copy of the store was
    put back, or entries were removed. ``detail`` says which finding; ``anchor`` and ``head``
    name the entries. Opened only to inspect and acknowledge (``verkosto audit``)."""

    code, exit_code = "store.audit_rolled_back", 24

    def message(self, language: str | None = None) -> str:
        return self.render(self.code, language)

    def render(self, code: str, language: str | None = None) -> str:
        """The finding in ``code``'s words (refusing to open, or a report of ``audit``)."""
        anchor_id, at = self.params.get("anchor_id"), str(self.params.get("anchor_at", ""))
        head_id = self.params.get("head_id") or 0
        anchor = (translate("audit.head_entry_at", language, id=anchor_id,
                            at=anchor_time(at))
                  if anchor_id else translate("audit.head_none", language))
        head = (translate("audit.head_entry", language, id=head_id) if head_id
                else translate("audit.head_none", language))
        detail = translate(str(self.params.get("detail", "")), language)
        return translate(code, language, detail=detail, anchor=anchor, head=head)


# --- validation (exit code 3; not found 4) ---------------------------------------------------
@dataclass(frozen=True)
class FieldError:
    """One problem with one input field: ``field`` names the input, ``code`` the message."""

    field: str
    code: str
    params: dict[str, object] = dataclass_field(default_factory=dict)

    def message(self, language: str | None = None) -> str:
        params = {
            key: translate(str(value), language) if key == "reason" else value
            for key, value in self.params.items()
        }
        return translate(self.code, language, **params)


class ValidationFailed(VerkostoError):
    """One or more fields are invalid; ``errors`` says which and why (for messages beside them)."""

    code, exit_code = "validation.failed", 3

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__()

    def message(self, language: str | None = None) -> str:
        details = "; ".join(f"{e.field}: {e.message(language)}" for e in self.errors)
        return translate(self.code, language, details=details)

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


class NotFound(VerkostoError):
    """{entity} (a model's class name, or "file") {ident} is not there."""

    code, exit_code = "validation.not_found", 4

    def message(self, language: str | None = None) -> str:
        entity = f"entity.{self.params.get('entity')}"
        name = translate(entity, language)  # in the form the sentence needs
        params = {**self.params, "entity": name} if name != entity else self.params
        return translate(self.code, language, **params)


class AuditHeadMissing(VerkostoError):
    """A file given to ``audit --against`` carries no audit head."""

    code, exit_code = "audit.no_head_in_file", 25


class AuditHeadNotHeld(VerkostoError):
    """The log no longer holds the entry a file was made at (or the export entry after it):
    entries have been removed or the store rolled back since."""

    code, exit_code = "audit.head_not_held", 24


class AuditChainBroken(VerkostoError):
    code, exit_code = "audit.chain_broken", 5


# --- files written where a person asked (exit codes 7–9; planner/files.py) ----------------
class OutputError(VerkostoError):
    """A file was not written; nothing that was there before was changed."""

    code, exit_code = "output.write_failed", 9


class OutputExists(OutputError):
    """Regular files already at the target(s) and no ``force``; ``paths`` lists them."""

    code, exit_code = "output.exists", 7

    def __init__(self, paths: Iterable[Path | str]) -> None:
        self.paths = tuple(Path(path) for path in paths)
        if len(self.paths) > 1:
            self.code = "output.exists_many"
        super().__init__(path=", ".join(str(path) for path in self.paths))


class OutputNotRegular(OutputError):
    """The target is a device, FIFO, socket, folder or link ({detail}): refused even with
    ``force``."""

    code, exit_code = "output.not_regular", 8


class OutputNotAFolder(OutputError):
    """A part of the path that should be a folder is something else ({detail})."""

    code, exit_code = "output.not_a_folder", 8


class OutputFolderMissing(OutputError):
    code, exit_code = "output.folder_missing", 8


class OutputDiskFull(OutputError):
    code, exit_code = "output.disk_full", 9


class OutputWriteFailed(OutputError):
    """Another OS error ({detail}: its reason)."""

    code, exit_code = "output.write_failed", 9


# --- hostile or mistaken input (exit codes 34–35; `reply` itself exits 6) -------------------
class ReplySenderMismatch(VerkostoError):
    """{count} calendar answers came from someone else than their attendee: not recorded."""

    code, exit_code = "reply.sender_mismatch_refused", 34


class InputUnreadable(VerkostoError):
    """An input file ({path}) is a folder, unreadable or nested too deeply ({detail})."""

    code, exit_code = "input.unreadable", 35


class InputTooLarge(InputUnreadable):
    """An input file ({path}) holds more than {limit}: nothing of it was used."""

    code = "input.too_large"


# --- sending e-mail by SMTP (exit codes 30–33; every message names {host}) ------------------
class MailError(VerkostoError):
    """Sending failed; what was (not) delivered is told by the send report, not here."""

    code, exit_code = "error.mail_failed", 30


class MailUnreachable(MailError):
    code, exit_code = "error.mail_unreachable", 30


class MailTimeout(MailError):
    code, exit_code = "error.mail_timeout", 30


class MailDisconnected(MailError):
    code, exit_code = "error.mail_disconnected", 30


class MailCertificateUntrusted(MailError):
    code, exit_code = "error.mail_certificate", 31


class MailTlsFailed(MailError):
    code, exit_code = "error.mail_tls", 31


class MailNoStartTls(MailError):
    code, exit_code = "error.mail_no_starttls", 31


class MailAuthFailed(MailError):
    code, exit_code = "error.mail_auth", 32


class MailAuthUnsupported(MailError):
    code, exit_code = "error.mail_auth_unsupported", 32


class MailRejected(MailError):
    """The server said no to the sender or the message itself (not to one recipient)."""

    code, exit_code = "error.mail_rejected", 33


# --- publishing to a CalDAV calendar (exit codes 40–45; messages name {host} or {url}) ------
class CalDavError(VerkostoError):
    """The server answered with an error ({status}) that none of the classes below explains."""

    code, exit_code = "caldav.server_error", 40


class CalDavAuthFailed(CalDavError):
    code, exit_code = "caldav.auth_failed", 41


class CalDavNotFound(CalDavError):
    code, exit_code = "caldav.not_found", 42


class CalDavUnreachable(CalDavError):
    """Connection refused, timed out or the host unknown: {detail} says which."""

    code, exit_code = "caldav.unreachable", 43


class CalDavTlsFailed(CalDavError):
    code, exit_code = "caldav.tls_failed", 44


class CalDavNotConfigured(CalDavError):
    code, exit_code = "caldav.not_configured", 45


class CalDavPasswordMissing(CalDavError):
    code, exit_code = "caldav.password_missing", 45


class CalDavNoKeyring(CalDavError):
    """Saving the password was asked for where no keyring exists (the store is not at risk)."""

    code, exit_code = "caldav.no_keyring", 11


# --- signed PDFs: signing (55–58) and verifying (53–54; the outcomes 50–52 are in README) ----
class SigningError(VerkostoError):
    """Signing failed for a reason none of the classes below explains ({detail})."""

    code, exit_code = "signing.failed", 58


class SignerMissing(SigningError):
    code, exit_code = "signing.no_identity", 55


class SignerCertificateNotValid(SigningError):
    code, exit_code = "signing.certificate_not_valid", 55


class SignerCertificateRevoked(SigningError):
    """Its CA's OCSP responder or CRL says the signing certificate is revoked."""

    code, exit_code = "signing.certificate_revoked", 55


class SigningPassphraseRequired(SigningError):
    code, exit_code = "signing.passphrase_required", 56


class SigningPassphraseWrong(SigningError):
    code, exit_code = "signing.passphrase_wrong", 56


class TimestampFailed(SigningError):
    code, exit_code = "signing.timestamp_failed", 57


class CosignForbidden(SigningError):
    """A co-signature cannot be added ({detail}): the PDF is not signed, or its certification
    allows no change at all (signed before co-signing existed). Nothing was written."""

    code, exit_code = "signing.cosign_forbidden", 58


class PdfUnreadable(VerkostoError):
    """Not a PDF at all (the default), damaged, or password-protected: ``code`` says which."""

    code, exit_code = "verify.not_a_pdf", 54


class PdfDamaged(PdfUnreadable):
    code = "verify.damaged"


class PdfEncrypted(PdfUnreadable):
    code = "verify.encrypted"


class PdfNotSigned(VerkostoError):
    code, exit_code = "verify.no_signature", 53


# --- backups, restore and key changes (exit codes 60–69, documented in README) --------------
class BackupError(VerkostoError):
    """A backup could not be used; the current store was not touched."""

    code, exit_code = "backup.failed", 60


class NotABackup(BackupError):
    """The file is no Verkosto backup at all ({detail} says what it looks like)."""

    code, exit_code = "backup.not_a_backup", 60


class BackupDamaged(BackupError):
    """Empty, truncated, or its content fails a check ({detail})."""

    code, exit_code = "backup.damaged", 61


class BackupWrongPassphrase(BackupError):
    code, exit_code = "backup.wrong_passphrase", 62


class BackupPassphraseRequired(BackupError):
    code, exit_code = "backup.passphrase_required", 63


class BackupPassphraseTooShort(BackupError):
    code, exit_code = "backup.passphrase_too_short", 63


class BackupPassphrasesDiffer(BackupError):
    code, exit_code = "backup.passphrases_differ", 63


class BackupTooNew(BackupError):
    code, exit_code = "backup.too_new", 64


class BackupAuditBroken(BackupError):
    code, exit_code = "backup.audit_broken", 65


class BackupTargetExists(BackupError):
    code, exit_code = "backup.target_exists", 66


class RestoreNotConfirmed(BackupError):
    code, exit_code = "backup.restore_not_confirmed", 67


class KeyChangeNotApplicable(StoreError):
    """Rotating a key of a passphrase store, or changing the passphrase of a keyring store."""

    code, exit_code = "store.key_change_not_applicable", 68


class BackupWriteFailed(BackupError):
    """Writing the backup (or the restored store) failed; nothing was replaced ({detail})."""

    code, exit_code = "backup.write_failed", 69


# --- meeting types (planner/meeting_types; exit code 3 like other invalid input) -----------
class MeetingTypeFileInvalid(ValidationFailed):
    """A meeting-type file ({path}) that is not JSON, not this format, or has a wrong field:
    ``errors`` names each by its place in the file. Nothing of it was imported."""

    code = "meeting_types.file_invalid"

    def __init__(self, path: str, errors: list[FieldError]) -> None:
        self.path = path
        super().__init__(errors)
        self.params = {"path": path}

    def message(self, language: str | None = None) -> str:
        details = "; ".join(self.problems(language))
        return translate(self.code, language, path=self.path, details=details)

    def problems(self, language: str | None = None) -> list[str]:
        """Each problem by its place in the file (the window lists them one a line), at
        most MAX_ERRORS_SHOWN and then how many more."""
        shown = self.errors[:MAX_ERRORS_SHOWN]
        lines = [e.message(language) if e.field == "file" else f"{e.field}: {e.message(language)}"
                 for e in shown]
        if len(self.errors) > len(shown):
            lines.append(translate("meeting_types.more_errors", language,
                                   count=len(self.errors) - len(shown)))
        return lines


MAX_ERRORS_SHOWN = 20  # a file wrong everywhere still gives a message one can read


# --- the team store on a PostgreSQL server (exit codes 70–74) ----------------------------------
class TeamStoreError(StoreError):
    exit_code = 70


class TeamAddressInvalid(TeamStoreError):
    """Not a postgresql:// address Verkosto can use (scheme, host, database)."""

    code, exit_code = "team.address_invalid", 70


class TeamTlsRequired(TeamStoreError):
    """A server beyond this machine reached without verified TLS: refused before connecting."""

    code, exit_code = "team.tls_required", 71


class TeamLoginFailed(TeamStoreError):
    code, exit_code = "team.login_failed", 72


class TeamStoreUnreachable(TeamStoreError):
    """The server does not answer (down, the network, a timeout): nothing was changed."""

    code, exit_code = "team.unreachable", 73


class TeamStoreLocalOnly(TeamStoreError):
    """Backups, restores and key changes are the local store's: a team store's server is
    backed up by its administrator with PostgreSQL's own tools, and it has no store key."""

    code, exit_code = "team.local_only", 75


class TeamStoreNotSetUp(TeamStoreError):
    """The database exists but holds no Verkosto schema this login may use."""

    code, exit_code = "team.not_set_up", 74


class TeamDatabaseMissing(TeamStoreError):
    """team-setup pointed at a database the server does not have: it is made first."""

    code, exit_code = "team.database_missing", 74


class TeamSetupRefused(TeamStoreError):
    """team-setup run by a login the server does not let create roles or policies."""

    code, exit_code = "team.setup_refused", 76


class TeamLoginUnknown(TeamStoreError):
    code, exit_code = "team.login_unknown", 77


class TeamProfessionalUnknown(TeamStoreError):
    code, exit_code = "team.professional_unknown", 78


class TeamNotPermitted(TeamStoreError):
    """The server refused a member what its privileges or row-level security do not allow."""

    code, exit_code = "team.not_permitted", 79


# --- moving a local store into the team store (exit codes 81–83) ------------------------------
@dataclass(frozen=True)
class MoveBlocker:
    """One reason a local store cannot be moved into the team store as it is."""

    code: str
    params: dict[str, object] = dataclass_field(default_factory=dict)

    def message(self, language: str | None = None) -> str:
        return translate(self.code, language, **self.params)


class TeamMoveBlocked(TeamStoreError):
    """Something blocks the move (each named): nothing was written to either store."""

    code, exit_code = "team_move.blocked", 81

    def __init__(self, blockers: Iterable[MoveBlocker]) -> None:
        self.blockers = tuple(blockers)
        super().__init__()

    def message(self, language: str | None = None) -> str:
        details = "; ".join(b.message(language) for b in self.blockers)
        return translate(self.code, language, details=details)


class TeamMoveNotMember(TeamStoreError):
    """The login is no team member mapped to a professional: whose would the clients be?"""

    code, exit_code = "team_move.not_member", 82


class TeamMoveNotReadBack(TeamStoreUnreachable):
    """Copied and committed, then the server went away before the copy was read back: the
    copy is there, unverified; ``move-to-team ADDRESS --read-back`` compares it later."""

    code = "team_move.not_read_back"


class TeamMoveUnverified(TeamStoreError):
    """Copied and committed, but reading it back found differences (or rows hidden)."""

    code, exit_code = "team_move.unverified", 83


# --- two people, one record (optimistic concurrency; exit code 80) -----------------------------
class EditConflict(VerkostoError):
    """Someone else saved the record after it was read: nothing was written. Carries what the
    editor needs to show both sides: ``kind`` (plan, meeting, notes, action —
    planner/edit_conflict.py), ``ident``, the ``expected`` and ``current`` revision, the stored
    values now (``theirs``, a plain snapshot) and, when the log tells it, who saved them last
    and when (``changed_by``, ``changed_at``)."""

    code, exit_code = "conflict.changed_by_other", 80

    def __init__(self, *, kind: str, ident: int, expected: int, current: int,
                 theirs: dict[str, object], changed_by: str | None = None,
                 changed_at: datetime | None = None) -> None:
        self.kind, self.ident, self.expected, self.current = kind, ident, expected, current
        self.theirs, self.changed_by, self.changed_at = theirs, changed_by, changed_at
        if changed_by is None:
            self.code = "conflict.changed"
        super().__init__(record=kind, ident=ident, who=changed_by or "",
                         at=changed_at or "")

    def message(self, language: str | None = None) -> str:
        params = dict(self.params, record=translate(f"conflict.record.{self.kind}", language))
        return translate(self.code, language, **params)
