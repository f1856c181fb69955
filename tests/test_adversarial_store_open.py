"""Issue 11.6, the store's share: a read-only disk is not "damaged", a mistyped folder gets no
new empty store, a tampered descriptor cannot make Argon2 hang, and a passphrase typed in NFD
opens a store made in NFC (and old stores keep opening)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pytestqt.qtbot import QtBot

from planner.crypto.keys import Argon2Parameters, derive_key, key_check, matching_key
from planner.crypto.vault import KeyringVault
from planner.errors import NotAStore, WrongPassphrase
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.test_cli import ROOT, verkosto

NO_KEYRING = KeyringVault(FailKeyring())


def test_a_mistyped_folder_gets_no_new_store(tmp_path: Path) -> None:
    missing = tmp_path / "Verkosot"  # a typo
    for command in (["clients"], ["meetings", "--all"], ["audit", "--verify"],
                    ["profile", "--name", "X"]):
        result = verkosto(*command, data_dir=missing)
        assert result.returncode == 27, (command, result.stderr)
        assert str(missing) in result.stderr and "verkosto init" in result.stderr
    assert not missing.exists()


def test_an_empty_data_dir_argument_is_refused(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               VERKOSTO_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    for command in (["clients", "--data-dir", ""], ["demo", "--data-dir", " "]):
        result = subprocess.run([sys.executable, "-m", "cli", *command], cwd=tmp_path,
                                env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 2 and "empty folder name" in result.stderr
    assert list(tmp_path.iterdir()) == []  # nothing made in the current folder


def test_init_and_demo_create_and_say_so(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    made = verkosto("init", data_dir=data_dir)
    assert made.returncode == 0 and "luotiin" in made.stderr
    again = verkosto("init", data_dir=data_dir)
    assert again.returncode == 0 and "on jo olemassa" in again.stdout


@pytest.fixture
def real_first_run() -> None:
    """Asks conftest not to answer the window's first-run question for the test."""


def test_the_window_asks_before_it_creates_a_store(qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   real_first_run: None) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.shell.main_window import MainWindow

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    data_dir = tmp_path / "data"
    window = MainWindow(data_dir, vault=NO_KEYRING, ask=lambda new, error: PASSPHRASE)
    qtbot.addWidget(window)
    window.show()
    assert not window.unlock() and not data_dir.exists()
    assert "Mitään ei luotu" in window.locked.message.text()
    window.locked.retry.click()  # "Luo tietovarasto…": asked again, and yes
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=15_000)
    assert (data_dir / "verkosto.db").exists()


@pytest.mark.parametrize("field, value", [("time_cost", 4_000_000_000),
                                          ("memory_kib", 2**40), ("parallelism", 0),
                                          ("salt_hex", "zz")])
def test_a_tampered_descriptor_cannot_make_argon2_hang(store_dir: Path, field: str,
                                                       value: object) -> None:
    descriptor = store_dir / "verkosto-store.json"
    data = json.loads(descriptor.read_text())
    data["argon2"][field] = value
    descriptor.write_text(json.dumps(data))
    started = time.monotonic()
    with pytest.raises(NotAStore) as refused:
        open_store(store_dir, vault=NO_KEYRING, passphrase=lambda: PASSPHRASE, create=False)
    assert time.monotonic() - started < 5
    assert refused.value.params["detail"] == "detail.descriptor_argon2"
    assert "Argon2" in refused.value.message("fi")


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    open_store(data_dir, vault=NO_KEYRING, passphrase=lambda: PASSPHRASE).close()
    return data_dir


def test_a_passphrase_in_nfd_opens_a_store_made_in_nfc(tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "Äänekosken kesä 1975")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    data_dir = tmp_path / "data"
    open_store(data_dir, vault=NO_KEYRING, passphrase=lambda: composed).close()
    open_store(data_dir, vault=NO_KEYRING, passphrase=lambda: decomposed, create=False).close()
    with pytest.raises(WrongPassphrase):
        open_store(data_dir, vault=NO_KEYRING, passphrase=lambda: "Aanekosken kesa 1975",
                   create=False)


def test_a_store_keyed_with_the_raw_nfd_bytes_still_opens() -> None:
    """Stores and backups made before normalising were keyed with the bytes as typed."""
    decomposed = unicodedata.normalize("NFD", "Äänekosken kesä 1975")
    params = Argon2Parameters(time_cost=1, memory_kib=8 * 1024, parallelism=1,
                              salt_hex="00" * 16)
    raw = derive_key(decomposed, params, normalise=False)
    assert matching_key(decomposed, params, key_check(raw)) == raw
    assert matching_key("something else entirely", params, key_check(raw)) is None


def _unshare_available() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--mount", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _unshare_available(),
                    reason="needs `unshare --mount` (root or CAP_SYS_ADMIN) for a real "
                           "read-only mount")
def test_a_healthy_store_on_a_read_only_disk_is_called_read_only(tmp_path: Path) -> None:
    mount = tmp_path / "disk"
    mount.mkdir()
    data_dir = mount / "data"
    script = tmp_path / "run.sh"
    script.write_text(
        "set -e\n"
        f"mount -t tmpfs -o size=32m tmpfs {mount}\n"
        f"{sys.executable} -m cli init --data-dir {data_dir} >/dev/null 2>&1\n"
        f"mount -o remount,ro {mount}\n"
        f"{sys.executable} -m cli clients --data-dir {data_dir}\n")
    import os

    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               VERKOSTO_PASSPHRASE=PASSPHRASE, VERKOSTO_LANG="fi", PYTHONPATH=str(ROOT))
    result = subprocess.run(["unshare", "--mount", "bash", str(script)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 26, result.stderr
    assert "vain luku" in result.stderr
    assert "vioittunut" not in result.stderr and "palauta varmuuskopio" not in result.stderr
