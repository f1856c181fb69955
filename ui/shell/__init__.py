"""The window's frame: start, unlock and lock, the locked panel, idle lock, pages."""
