"""`verkosto signer`, `verkosto trust` and `verkosto verify` as real processes: the exit codes
0 / 50 untrusted / 51 modified / 52 broken / 53 not signed / 54 not a PDF, and 55–56 for the
signer's certificate."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from exports.signing import StampText, sign_pdf
from planner.crypto.vault import KeyringVault
from planner.services import Planner
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.support.signing import P12_PASSPHRASE, TestCa, append_update, make_pdf
from tests.test_cli import verkosto

SIGNING = "allekirjoitus-2026"


@pytest.fixture(scope="module")
def ca() -> TestCa:
    return TestCa.create()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory, ca: TestCa) -> dict[str, Path]:
    """A store whose user created a certificate with `verkosto signer --create` (issued by the
    store's own root),
    and PDFs signed with it and with a CA-issued certificate."""
    folder = tmp_path_factory.mktemp("verify")
    data_dir = folder / "data"
    assert verkosto("init", data_dir=data_dir).returncode == 0
    assert verkosto("profile", "--name", "Sari Äijälä", "--title", "sosiaalityöntekijä",
                    data_dir=data_dir).returncode == 0
    created = _verkosto_with(SIGNING, "signer", "--create", data_dir=data_dir)
    assert created.returncode == 0, created.stderr
    assert "Allekirjoitusvarmenne luotu, myöntäjänä organisaation oma juurivarmenne" \
        in created.stdout
    assert "Haltija: CN=Sari Äijälä,title=sosiaalityöntekijä" in created.stdout
    assert "Itse allekirjoitettu: ei" in created.stdout
    assert "Juurivarmenne (SHA-256): " in created.stdout
    assert "Tunnuslause avainnipussa: ei" in created.stdout
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()), passphrase=lambda: PASSPHRASE)
    try:
        own = Planner(store).signing.load(SIGNING)
    finally:
        store.close()
    from planner.crypto.certificates import read_pkcs12

    organisation = read_pkcs12(ca.pkcs12("Sari Virtanen"), P12_PASSPHRASE)
    from planner.services.signing_identity import LoadedSigner

    issued = LoadedSigner(organisation.key, organisation.certificate, organisation.chain)
    stamp = StampText("Sari Äijälä", "sosiaalityöntekijä", "", datetime.now(UTC))
    signed = sign_pdf(make_pdf("Yhteenveto"), own, stamp=stamp)
    paths = {
        "data": data_dir,
        "own": signed,
        "issued": sign_pdf(make_pdf("Yhteenveto"), issued, stamp=stamp),
        "modified": append_update(signed, "annotation"),
        "broken": signed.replace(b"Yhteenveto", b"Yhteenvet0", 1),
        "unsigned": make_pdf(),
        "text": "Tämä ei ole PDF.".encode(),
        "ca": ca.pem(),
    }
    for name, value in list(paths.items()):
        if isinstance(value, bytes):
            path = folder / (f"{name}.pem" if name == "ca" else f"{name}.pdf")
            path.write_bytes(value)
            paths[name] = path
    return paths  # type: ignore[return-value]


def _verkosto_with(signing_passphrase: str, *args: str,  # type: ignore[no-untyped-def]
                   data_dir: Path | None = None):
    """`verkosto …` with $VERKOSTO_SIGNING_PASSPHRASE set (the child inherits os.environ)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VERKOSTO_SIGNING_PASSPHRASE", signing_passphrase)
        return verkosto(*args, data_dir=data_dir)


def test_own_signature_is_trusted_by_its_own_store(files: dict[str, Path]) -> None:
    result = verkosto("verify", str(files["own"]), data_dir=files["data"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Allekirjoittaja: Sari Äijälä" in result.stdout
    assert "Eheä: asiakirjaa ei ole muutettu" in result.stdout
    assert "Tulos: allekirjoitus on pätevä ja luotettu." in result.stdout
    # issued by the store's own root: no longer the self-signed note for supervisors
    assert "Adobe Reader" not in result.stdout
    assert "Verkosto root CA: Sari Äijälä" in result.stdout
    alone = verkosto("verify", str(files["own"]), "--no-store", data_dir=files["data"])
    assert alone.returncode == 50
    assert "Tulos: asiakirja on eheä, mutta allekirjoittajaa ei ole todennettu." in alone.stdout


def test_each_outcome_has_its_own_exit_code(files: dict[str, Path]) -> None:
    expected = {"modified": (51, "Tulos: asiakirjaa on muutettu allekirjoituksen jälkeen."),
                "broken": (52, "Tulos: allekirjoitus on rikki."),
                "unsigned": (53, "PDF-asiakirjassa ei ole sähköistä allekirjoitusta."),
                "text": (54, "Tiedosto ei ole PDF-asiakirja.")}
    for name, (code, text) in expected.items():
        result = verkosto("verify", str(files[name]), data_dir=files["data"])
        assert result.returncode == code, (name, result.stdout, result.stderr)
        assert text in result.stdout + result.stderr, name
        assert "Traceback" not in result.stderr


def test_a_supervisor_without_a_store_trusts_the_organisations_ca(
        files: dict[str, Path], tmp_path: Path) -> None:
    nowhere = tmp_path / "no-store"
    trusted = verkosto("verify", str(files["issued"]), "--trust", str(files["ca"]), "--json",
                       data_dir=nowhere)
    assert trusted.returncode == 0, trusted.stderr
    report = json.loads(trusted.stdout)
    assert report["outcome"] == "trusted" and report["signatures"][0]["coverage"] == (
        "entire_file")
    assert report["signatures"][0]["signer_organisation"] == "Pirkanmaan hyvinvointialue"
    assert not nowhere.exists()  # verifying never creates a store
    untrusted = verkosto("verify", str(files["issued"]), data_dir=nowhere, lang="sv")
    assert untrusted.returncode == 50
    assert "Resultat: dokumentet är intakt, men undertecknaren är inte verifierad." in (
        untrusted.stdout)
    wrong = verkosto("verify", str(files["issued"]), "--trust", str(files["text"]),
                     data_dir=nowhere)
    assert wrong.returncode == 3 and "Tiedostossa ei ole yhtään varmennetta" in wrong.stderr


def test_trust_add_makes_the_store_trust_the_ca(files: dict[str, Path], tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert verkosto("init", data_dir=data_dir).returncode == 0
    assert verkosto("verify", str(files["issued"]), data_dir=data_dir).returncode == 50
    added = verkosto("trust", "--add", str(files["ca"]), data_dir=data_dir)
    assert added.returncode == 0, added.stderr
    assert "Lisätty luotettuihin: CN=Pirkanmaan hyvinvointialue Test CA" in added.stdout
    assert verkosto("verify", str(files["issued"]), data_dir=data_dir).returncode == 0


def test_signer_errors_have_their_own_exit_codes(files: dict[str, Path], tmp_path: Path,
                                                 ca: TestCa) -> None:
    data_dir = tmp_path / "data"
    assert verkosto("init", data_dir=data_dir).returncode == 0
    none = verkosto("signer", data_dir=data_dir)
    assert none.returncode == 55 and "Allekirjoitusvarmennetta ei ole." in none.stderr
    p12 = tmp_path / "sari.p12"
    p12.write_bytes(ca.pkcs12("Sari Virtanen"))
    asked = verkosto("signer", "--import", str(p12), data_dir=data_dir)  # no terminal, no env
    assert asked.returncode == 56 and "VERKOSTO_SIGNING_PASSPHRASE" in asked.stderr
    wrong = _verkosto_with("väärä", "signer", "--import", str(p12), data_dir=data_dir)
    assert wrong.returncode == 3
    assert "Tunnuslause on väärä, tai varmennetiedosto on vioittunut." in wrong.stderr
    saved = _verkosto_with(P12_PASSPHRASE, "signer", "--import", str(p12),
                           "--save-passphrase", data_dir=data_dir)
    assert saved.returncode == 11  # no keyring on this machine: said so, nothing kept
    imported = _verkosto_with(P12_PASSPHRASE, "signer", "--import", str(p12),
                              "--timestamp-url", "https://tsa.example.fi/tsr",
                              data_dir=data_dir)
    assert imported.returncode == 0, imported.stderr
    assert "Myöntäjä: CN=Pirkanmaan hyvinvointialue Test CA" in imported.stdout
    assert "Aikaleimapalvelu: https://tsa.example.fi/tsr" in imported.stdout
    http = verkosto("signer", "--timestamp-url", "http://tsa.example.fi", data_dir=data_dir)
    assert http.returncode == 3 and "https-osoite" in http.stderr
