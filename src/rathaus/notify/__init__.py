"""Outbound e-mail for the human handoff: the citizen's confirmation, staff
replies and queue notifications (`mail`), in the citizen's language
(`templates`). Mail is off unless the operator sets `RATHAUS_SMTP_HOST`."""
