"""Keys of the encrypted store: random keys in the OS keyring, or passphrase-derived keys."""
