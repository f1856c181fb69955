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
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from planner.errors import PassphraseTooShort

KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 10
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
_CHECK_LABEL = b"verkosto-store-key-check-v1"


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


def new_random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def derive_key(passphrase: str, params: Argon2Parameters) -> bytes:
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
