"""Verifying a signed PDF summary."""
