"""Agencies and people: the directory page and its dialogs."""
