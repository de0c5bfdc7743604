"""Question flow, answer part: retrieval evidence -> answer text -> citations."""
