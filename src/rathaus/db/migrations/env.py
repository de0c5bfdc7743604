"""Alembic environment: runs on the connection handed over by rathaus.db.engine."""

from alembic import context

from rathaus.db.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via `alembic` CLI without rathaus
    raise SystemExit("Run migrations with `rathaus migrate`.")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
