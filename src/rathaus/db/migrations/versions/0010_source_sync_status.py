"""sources: status, counts and per-document errors of the last sync

Revision ID: 0010
Revises: 0009
"""
from alembic import op
import sqlalchemy as sa


revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch_op:
        batch_op.add_column(sa.Column("sync_status", sa.String(length=16), nullable=False, server_default="never"))
        batch_op.add_column(sa.Column("sync_started_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("sync_counts", sa.JSON(), nullable=False, server_default="{}"))
        batch_op.add_column(sa.Column("sync_errors", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch_op:
        batch_op.drop_column("sync_errors")
        batch_op.drop_column("sync_counts")
        batch_op.drop_column("sync_started_at")
        batch_op.drop_column("sync_status")
