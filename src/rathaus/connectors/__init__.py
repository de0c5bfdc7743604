"""Connectors fetch raw documents from where a municipality keeps them."""
