"""The design card's rules: no Qt in planner/ or exports/, data flows ui -> exports -> planner,
the store only through the services, the headless commands without the window."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    linter = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(linter), str(root / "pyproject.toml"), "--no-cache"], cwd=root,
                          capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)})


def test_import_contracts_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken." in result.stdout


def test_the_contracts_catch_a_shortcut_to_the_store_and_a_command_opening_the_window(
        tmp_path: Path) -> None:
    """What a hurried change would do: a page opening the store file itself, an exporter
    writing the key journal, a command importing a dialog — each contract must fail."""
    for package in ("planner", "exports", "ui", "cli"):
        shutil.copytree(ROOT / package, tmp_path / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "ui" / "shortcut.py").write_text("from planner.storage.store import open_store\n")
    (tmp_path / "exports" / "shortcut.py").write_text("import planner.crypto.vault\n")
    with (tmp_path / "cli" / "commands.py").open("a") as commands:
        commands.write("\nfrom ui.shell.passphrase_dialog import ask_passphrase  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "Contracts: 3 kept, 2 broken." in result.stdout, result.stdout
    for offender in ("ui.shortcut -> planner.storage.store", "exports.shortcut -> planner.crypto",
                     "cli.commands -> ui.shell.passphrase_dialog"):
        assert offender in result.stdout, result.stdout


def test_headless_commands_never_load_qt() -> None:
    code = ("import sys, cli.main, cli.commands, planner.services, planner.demo; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
