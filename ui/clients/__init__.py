"""Clients: the list, one client's workspace, the client, consent and contact dialogs."""
