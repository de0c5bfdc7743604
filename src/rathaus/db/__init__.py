"""Storage: SQLAlchemy tables, tenant-scoped repositories, Alembic migrations."""
