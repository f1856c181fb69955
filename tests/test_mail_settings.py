"""planner.mail: SMTP settings kept in the store, validated; the password in the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.errors import ValidationFailed
from planner.services import Planner, SmtpSettings
from planner.storage.store import Store
from tests.support.keyrings import MemoryKeyring

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines


def test_settings_round_trip_and_only_changes_are_written(planner: Planner,
                                                          tmp_path: Path) -> None:
    assert planner.mail.load() == SmtpSettings()  # nothing set: STARTTLS on 587
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    saved = planner.mail.save(SmtpSettings(" smtp.pirha.fi ", 465, "TLS", " sari.aijala ",
                                           "Sari Äijälä, Kela", str(ca)))
    assert saved == SmtpSettings("smtp.pirha.fi", 465, "tls", "sari.aijala",
                                 "Sari Äijälä, Kela", str(ca))
    assert planner.mail.load() == saved
    entries = planner.audit.verify().count
    planner.mail.save(saved)  # unchanged: nothing written, nothing logged
    assert planner.audit.verify().count == entries
    planner.mail.save(SmtpSettings("smtp.pirha.fi", 465, "tls", "sari.aijala", "", str(ca)))
    assert planner.audit.verify().count == entries + 1  # one setting changed


@pytest.mark.parametrize(("settings", "field", "code"), [
    (SmtpSettings(""), "host", "validation.required"),
    (SmtpSettings("smtp://mail.example.fi"), "host", "validation.smtp_host_invalid"),
    (SmtpSettings("mail example.fi"), "host", "validation.smtp_host_invalid"),
    (SmtpSettings("mail.example.fi", 0), "port", "validation.port_invalid"),
    (SmtpSettings("mail.example.fi", 70000), "port", "validation.port_invalid"),
    (SmtpSettings("mail.example.fi", 25, "none"), "security", "validation.choice_invalid"),
    (SmtpSettings("mail.example.fi", ca_file="/no/such/ca.pem"), "ca_file",
     "validation.ca_file_missing"),
])
def test_invalid_settings_name_the_field(planner: Planner, settings: SmtpSettings, field: str,
                                         code: str) -> None:
    with pytest.raises(ValidationFailed) as failure:
        planner.mail.save(settings)
    assert [(e.field, e.code) for e in failure.value.errors] == [(field, code)]
    assert failure.value.errors[0].message("fi")  # translated, placeholders filled
    assert planner.mail.load() == SmtpSettings()  # nothing half-saved


def test_ip_addresses_are_hosts_too(planner: Planner) -> None:
    assert planner.mail.save(SmtpSettings("10.1.2.3")).host == "10.1.2.3"
    assert planner.mail.save(SmtpSettings("[2001:db8::25]")).host == "[2001:db8::25]"


def test_password_is_kept_in_the_keyring_per_login(keyring_store: Store,
                                                   memory_keyring: MemoryKeyring) -> None:
    from planner.crypto.vault import KeyringVault

    planner = Planner(keyring_store, vault=KeyringVault(memory_keyring))
    assert planner.mail.keyring_usable()
    settings = planner.mail.save(SmtpSettings("smtp.pirha.fi", username="sari"))
    planner.mail.remember_password(settings, "Kesä-2026")
    assert planner.mail.password(settings) == "Kesä-2026"
    accounts = [account for _service, account in memory_keyring.entries]
    assert any(a.endswith("/smtp/sari@smtp.pirha.fi") for a in accounts)
    assert "Kesä-2026" not in keyring_store.paths.database.read_bytes().decode("latin-1")
    other = planner.mail.save(SmtpSettings("smtp.pirha.fi", username="sari.aijala"))
    assert planner.mail.password(settings) is None  # the old login's password is forgotten
    assert planner.mail.password(other) is None
    assert planner.mail.password(SmtpSettings("smtp.pirha.fi")) is None  # no login, no password


def test_without_a_keyring_no_password_is_kept(planner: Planner) -> None:
    settings = planner.mail.save(SmtpSettings("smtp.pirha.fi", username="sari"))
    assert not planner.mail.keyring_usable()
    assert planner.mail.password(settings) is None
