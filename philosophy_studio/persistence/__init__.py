"""Storage: SQLAlchemy engine and tables, Alembic migrations, the workshop repository."""
