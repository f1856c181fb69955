"""The store-administration service: one passphrase policy for the window and the commands,
and the store's lifecycle (open, create, backup, restore, key changes) behind one face, each
operation logged in the store it changes. Real SQLCipher files throughout."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import text

from planner.domain.enums import AuditAction
from planner.errors import NoStore, PassphraseRequired, WrongPassphrase
from planner.services import ClientInput, Planner, Release
from planner.services.store_admin import KeyringVault, StoreAdministration
from tests.conftest import PASSPHRASE, new_passphrase_store
from tests.support.keyrings import MemoryKeyring
from tests.support.stores import from_template

BACKUP_PHRASE = "varmuuskopion oma lause"


class Asked:
    """A person at the dialog or the terminal: answers in turn, each question remembered."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.questions: list[tuple[bool, str]] = []

    def __call__(self, new_store: bool, error: str) -> str | None:
        self.questions.append((new_store, error))
        return self.answers.pop(0) if self.answers else None


def admin(data_dir: Path, ask: Asked | None = None) -> StoreAdministration:
    return StoreAdministration(data_dir, vault=KeyringVault(FailKeyring()),
                               ask=ask or Asked())


@pytest.fixture
def existing(data_dir: Path) -> Path:
    return from_template("passphrase", new_passphrase_store, data_dir)


def log(planner: Planner) -> list[tuple[str, str]]:
    with planner.store.read() as session:
        return [(r[0], r[1]) for r in session.execute(text(
            "SELECT action, detail FROM audit_entry ORDER BY id"))]


def test_the_environment_passphrase_comes_first_and_nobody_is_asked(
        existing: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERKOSTO_PASSPHRASE", PASSPHRASE)
    asked = Asked("never used")
    admin(existing, asked).open().close()
    assert asked.questions == []


def test_a_wrong_environment_passphrase_is_asked_again_with_the_reason(
        existing: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window: a stale $VERKOSTO_PASSPHRASE must not lock the user out, and must not be
    tried again and again either."""
    monkeypatch.setenv("VERKOSTO_PASSPHRASE", "vanha ja väärä lause")
    asked = Asked("vielä väärin", PASSPHRASE)
    admin(existing, asked).open(ask_again_in="sv").close()
    assert [new for new, _ in asked.questions] == [False, False]
    assert all("Fel lösenfras" in error for _, error in asked.questions)


def test_without_asking_again_a_wrong_passphrase_is_an_error_not_a_loop(existing: Path) -> None:
    """The commands: one attempt, a clear exit code."""
    asked = Asked("väärä lause 1234", "toinen väärä 1234")
    with pytest.raises(WrongPassphrase):
        admin(existing, asked).open()
    assert len(asked.questions) == 1


def test_nobody_to_ask_and_no_environment_is_a_passphrase_required(existing: Path) -> None:
    with pytest.raises(PassphraseRequired):
        admin(existing).open()


def test_a_missing_store_is_created_only_when_asked_for(data_dir: Path) -> None:
    asked = Asked(PASSPHRASE)
    administration = admin(data_dir, asked)
    assert not administration.exists()
    with pytest.raises(NoStore):
        administration.open()
    assert not data_dir.exists() or not any(data_dir.iterdir())
    assert asked.questions == []  # refused before anyone is asked for a passphrase
    administration.open(create=True).close()
    assert administration.exists() and asked.questions == [(True, "")]


def test_damaged_is_told_without_a_key(existing: Path) -> None:
    administration = admin(existing)
    assert not administration.damaged()
    database = administration.paths.database
    database.write_bytes(database.read_bytes()[:1000])  # cut short
    assert administration.damaged()
    database.write_bytes(b"SQLite format 3\x00" + bytes(4080))  # not encrypted at all
    assert administration.damaged()


def test_backup_preview_and_restore_through_the_service_are_logged(
        existing: Path, tmp_path: Path) -> None:
    administration = admin(existing, Asked(*[PASSPHRASE] * 4))
    planner = administration.open()
    planner.clients.create(ClientInput("Aino", "Korhonen"))
    backup = tmp_path / "aamu.vkb"
    StoreAdministration.check_backup_target(backup)
    info = StoreAdministration.backup(planner, backup, BACKUP_PHRASE)
    assert info.clients == 1
    planner.clients.create(ClientInput("Eetu", "Lehtonen"))  # newer than the backup
    _info, loss = StoreAdministration.preview_restore(backup, BACKUP_PHRASE, planner)
    assert loss.clients.count == 1
    planner.close()
    _info, loss_here, unopened = administration.preview_restore_here(backup, BACKUP_PHRASE)
    assert unopened is None and loss_here is not None and loss_here.clients.count == 1
    outcome = administration.restore(backup, BACKUP_PHRASE, new_passphrase=lambda: PASSPHRASE)
    try:
        assert [c.name for c in outcome.planner.clients.search("")] == ["Aino Korhonen"]
        assert outcome.kept is not None and outcome.kept.exists()
        assert any("restored from backup aamu.vkb" in detail
                   for _action, detail in log(outcome.planner))
        assert outcome.planner.audit.verify().intact
    finally:
        outcome.planner.close()


def test_a_passphrase_change_through_the_service_takes_the_old_one_away(existing: Path) -> None:
    new = "uusi tunnuslause 2027"
    administration = admin(existing, Asked(PASSPHRASE))
    planner = administration.open()
    administration.change_passphrase(planner, PASSPHRASE, new)
    planner.close()
    with pytest.raises(WrongPassphrase):
        admin(existing, Asked(PASSPHRASE)).open()
    again = admin(existing, Asked(new)).open()
    try:
        assert again.audit.verify().intact
    finally:
        again.close()


def test_a_keyring_key_rotation_through_the_service(data_dir: Path) -> None:
    vault = KeyringVault(MemoryKeyring())
    administration = StoreAdministration(data_dir, vault=vault)
    planner = administration.open(create=True)
    before = planner.store.descriptor.key_check
    administration.rotate_key(planner)
    planner.close()
    reopened = StoreAdministration(data_dir, vault=vault).open()
    try:
        assert reopened.store.descriptor.key_check != before
        assert reopened.audit.verify().intact
    finally:
        reopened.close()


def test_releases_are_logged_with_what_they_describe_or_not_at_all(planner: Planner) -> None:
    client = planner.clients.create(ClientInput("Aino", "Korhonen"))
    release = Release(AuditAction.DISCLOSE, "meeting_invite", client.id, 7, "SMTP",
                      "calendar invite", recipient="tytar@example.fi")

    def failing_write() -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        planner.audit.record_releases([release], then=failing_write)
    assert ("DISCLOSE", "SMTP") not in log(planner)  # the write failed: nothing logged
    assert planner.audit.record_releases([release], then=lambda: "written") == "written"
    assert log(planner).count(("DISCLOSE", "SMTP")) == 1
    assert planner.audit.verify().intact


def test_a_release_is_an_export_or_a_disclosure_only() -> None:
    """A caller cannot slip a change or a deletion into the log as a 'release'."""
    with pytest.raises(ValueError, match="export or a disclosure"):
        Release(AuditAction.DELETE, "client", 1, 1, "", "")
