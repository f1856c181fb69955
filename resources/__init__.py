"""Fonts and translations shipped with Verkosto (package data, found beside the code)."""
