"""Per-municipality configuration stored in the database (tenant settings)."""
