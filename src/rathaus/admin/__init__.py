"""Server-rendered staff pages: sign-in, first-run setup, accounts and roles,
the audit log (more settings pages follow with the admin issue)."""
