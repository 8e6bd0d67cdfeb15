"""Use cases: one call per user intent, each in its own short transaction."""
