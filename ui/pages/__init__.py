"""The main window's pages. Each is attached to an open store and detached (cleared) on lock."""
