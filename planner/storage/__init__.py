"""The encrypted local store: SQLCipher through SQLAlchemy, Alembic migrations."""
