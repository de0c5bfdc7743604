"""Thin adapters between the outside world and the core (HTTP API, pages)."""
