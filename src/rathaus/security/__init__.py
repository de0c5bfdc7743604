"""Security helpers: the one guarded outbound HTTP client."""
