"""Store keys: 32 random bytes, or Argon2id of a passphrase; and a check value for each.

The check value (HMAC-SHA256 of a fixed label under the key) is kept in the store descriptor so
that a wrong key or passphrase is told apart from a damaged database without touching the file.
It reveals nothing usable: the key is random, or stretched with Argon2id.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from planner.errors import PassphraseTooShort

KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 10
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
_CHECK_LABEL = b"verkosto-store-key-check-v1"


TIME_COST_BOUNDS = range(1, 11)
MEMORY_KIB_BOUNDS = range(8 * 1024, 512 * 1024 + 1)
PARALLELISM_BOUNDS = range(1, 17)


@dataclass(frozen=True)
class Argon2Parameters:
    """Argon2id cost parameters, stored beside the store (never the key)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4
    salt_hex: str = ""

    @classmethod
    def fresh(cls) -> Argon2Parameters:
        return cls(salt_hex=secrets.token_hex(16))

    def within_bounds(self) -> bool:
        """Parameters read from a file (descriptor, backup header) are only used inside these:
        a forged file must not make Argon2 run for hours or eat the machine's memory."""
        try:
            salt = bytes.fromhex(self.salt_hex)
        except (ValueError, TypeError):
            return False
        return (all(type(v) is int for v in (self.time_cost, self.memory_kib,
                                              self.parallelism))
                and self.time_cost in TIME_COST_BOUNDS and self.memory_kib in MEMORY_KIB_BOUNDS
                and self.parallelism in PARALLELISM_BOUNDS
                and self.memory_kib >= 8 * self.parallelism and len(salt) == 16)


def new_random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def derive_key(passphrase: str, params: Argon2Parameters, *, normalise: bool = True) -> bytes:
    """The key of ``passphrase`` (NFC-normalised: "ä" typed as a + combining diaeresis on one
    keyboard is the same passphrase as "ä" on another)."""
    if normalise:
        passphrase = unicodedata.normalize("NFC", passphrase)
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseTooShort(minimum=MIN_PASSPHRASE_LENGTH)
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        bytes.fromhex(params.salt_hex),
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def matching_key(passphrase: str, params: Argon2Parameters, check: str) -> bytes | None:
    """The key of ``passphrase`` that fits ``check``, or None. NFC first; a store or backup
    made before passphrases were normalised was keyed with the bytes as typed, so those are
    tried too when they differ. PassphraseTooShort as ``derive_key``."""
    key = derive_key(passphrase, params)
    if key_matches(key, check):
        return key
    if unicodedata.normalize("NFC", passphrase) != passphrase:
        raw = derive_key(passphrase, params, normalise=False)
        if key_matches(raw, check):
            return raw
    return None


def key_check(key: bytes | bytearray) -> str:
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()


def key_matches(key: bytes, check: str) -> bool:
    return hmac.compare_digest(key_check(key), check)


def key_to_hex(key: bytes) -> str:
    return key.hex()


def key_from_hex(text: str) -> bytes | None:
    """The key in a keyring entry, or None when the entry is not a well-formed raw key.

    A raw key with a typo would otherwise be taken by SQLCipher as a passphrase.
    """
    text = text.strip().lower()
    return bytes.fromhex(text) if _HEX_KEY.match(text) else None


def sqlcipher_key_pragma(key: bytes | bytearray) -> str:
    hex_key = key.hex()
    if not _HEX_KEY.match(hex_key):  # pragma: no cover - guarded by KEY_BYTES
        raise ValueError("a store key is 32 bytes")
    return f"PRAGMA key = \"x'{hex_key}'\""


def sqlcipher_rekey_pragma(key: bytes) -> str:
    """``PRAGMA rekey`` to a raw key: one transaction that re-encrypts every page."""
    hex_key = key.hex()
    if not _HEX_KEY.match(hex_key):  # pragma: no cover - guarded by KEY_BYTES
        raise ValueError("a store key is 32 bytes")
    return f"PRAGMA rekey = \"x'{hex_key}'\""
