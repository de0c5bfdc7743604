"""Human handoff: when the bot has no good answer or the citizen asks for a
person, the conversation goes to staff — live, or as a ticket / callback."""
