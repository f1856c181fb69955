"""The home view (etusivu): what is due today and this week, one click from its place."""
