"""Alembic environment: always runs on the connection the app hands over."""

from alembic import context

from philosophy_studio.persistence.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # Batch mode rebuilds tables for ALTERs that SQLite cannot do in place.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
