"""The OS keyring behind a small interface that tells its failure states apart.

No backend, a locked keyring, a missing entry and a backend that forgets what it is given
(keyring's ``null`` backend) each raise their own error; none of them ever leads to a new key
for an existing store, and there is no plaintext fallback.
"""

from __future__ import annotations

import contextlib
from typing import Any

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from planner.crypto.keys import key_from_hex, key_to_hex
from planner.errors import (
    KeyMissing,
    KeyringLocked,
    KeyringNotPersisting,
    KeyringUnavailable,
    WrongKey,
)

SERVICE = "Verkosto"


def _backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


class KeyringVault:
    """Reads and writes store keys under service "Verkosto", one account per store."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            self._backend = keyring.get_keyring()
        return self._backend

    def describe(self) -> str:
        return _backend_name(self.backend)

    def usable(self) -> bool:
        """True when a real backend is there (it may still be locked)."""
        name = self.describe()
        return not name.startswith(("keyring.backends.fail.", "keyring.backends.null."))

    def _call(self, method: str, *args: Any) -> Any:
        backend = self.backend
        name = _backend_name(backend)
        if name.startswith("keyring.backends.fail."):
            raise KeyringUnavailable(detail="detail.no_keyring_backend")
        try:
            return getattr(backend, method)(*args)
        except keyring.errors.KeyringLocked as exc:
            raise KeyringLocked() from exc
        except (keyring.errors.NoKeyringError, keyring.errors.InitError) as exc:
            raise KeyringUnavailable(detail=str(exc) or name) from exc
        except keyring.errors.KeyringError as exc:
            if "lock" in str(exc).lower():
                raise KeyringLocked() from exc
            raise KeyringUnavailable(detail=str(exc) or name) from exc
        except Exception as exc:  # D-Bus and platform errors surface as anything
            if "lock" in str(exc).lower() or "dismissed" in str(exc).lower():
                raise KeyringLocked() from exc
            raise KeyringUnavailable(detail=f"{type(exc).__name__}: {exc}") from exc

    def store_key(self, account: str, key: bytes) -> None:
        """Save ``key`` and read it back; a backend that does not keep it is refused."""
        if _backend_name(self.backend).startswith("keyring.backends.null."):
            raise KeyringNotPersisting(detail="keyring.backends.null")
        self._call("set_password", SERVICE, account, key_to_hex(key))
        if self._call("get_password", SERVICE, account) != key_to_hex(key):
            raise KeyringNotPersisting(detail=self.describe())

    def load_key(self, account: str) -> bytes:
        if _backend_name(self.backend).startswith("keyring.backends.null."):
            raise KeyMissing(account=account)
        text = self._call("get_password", SERVICE, account)
        if text is None:
            raise KeyMissing(account=account)
        key = key_from_hex(text)
        if key is None:  # someone edited the entry: never hand SQLCipher a "passphrase"
            raise WrongKey(account=account)
        return key

    def store_secret(self, account: str, secret: str) -> None:
        """Save a connection password (SMTP, CalDAV); refused when it would not be kept."""
        if _backend_name(self.backend).startswith("keyring.backends.null."):
            raise KeyringNotPersisting(detail="keyring.backends.null")
        self._call("set_password", SERVICE, account, secret)

    def load_secret(self, account: str) -> str | None:
        if _backend_name(self.backend).startswith("keyring.backends.null."):
            return None
        value = self._call("get_password", SERVICE, account)
        return value if isinstance(value, str) else None

    def forget_secret(self, account: str) -> None:
        with contextlib.suppress(KeyringUnavailable, KeyringLocked):
            self._call("delete_password", SERVICE, account)

    def forget_key(self, account: str) -> None:
        with contextlib.suppress(KeyringUnavailable):
            self._call("delete_password", SERVICE, account)
