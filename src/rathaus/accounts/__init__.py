"""Staff accounts: users, their roles per tenant, sign-in sessions, one-time
links (first admin, invitations, password resets) and the audit log."""
