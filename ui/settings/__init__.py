"""Settings: profile, language, backups and keys, restore, mail, CalDAV, signing."""
