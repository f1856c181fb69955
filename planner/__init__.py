"""Verkosto's core: domain, encrypted storage, keys and use cases. Never imports Qt."""
