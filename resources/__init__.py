"""Fonts, translations and the application icon shipped with Verkosto (package data, found
beside the code; the icon through importlib.resources)."""
