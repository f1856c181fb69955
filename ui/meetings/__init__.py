"""A network meeting's editor: details, participants, agenda, notes, actions, invites, summary."""
