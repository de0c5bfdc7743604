"""Conversations: stored history of each citizen's chat (handoff state comes later)."""
