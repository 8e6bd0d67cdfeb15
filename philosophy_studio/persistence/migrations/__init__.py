"""Alembic migrations of the workshop schema. Run through persistence.migrate, never by hand."""
