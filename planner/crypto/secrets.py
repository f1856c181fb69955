"""Connection passwords (SMTP, CalDAV) in the OS keyring, never in the store or a settings file.

Each is kept under service "Verkosto" with an account naming the store, the purpose and the
login, so two stores (or two servers) never share or overwrite a password.
"""

from __future__ import annotations

from planner.crypto.vault import KeyringVault


class ConnectionSecrets:
    def __init__(self, vault: KeyringVault, store_account: str) -> None:
        self._vault = vault
        self._store_account = store_account

    def account(self, purpose: str, login: str) -> str:
        return f"{self._store_account}/{purpose}/{login}"

    def usable(self) -> bool:
        """False where no keyring exists: then the password is asked each time it is needed."""
        return self._vault.usable()

    def save(self, purpose: str, login: str, secret: str) -> None:
        self._vault.store_secret(self.account(purpose, login), secret)

    def load(self, purpose: str, login: str) -> str | None:
        """The saved password, or None (none saved, or no keyring) — never an error for absence."""
        if not self._vault.usable():
            return None
        return self._vault.load_secret(self.account(purpose, login))

    def forget(self, purpose: str, login: str) -> None:
        if self._vault.usable():
            self._vault.forget_secret(self.account(purpose, login))
