"""Live messages between server processes (human handoff: staff ↔ citizen).

A message is stored in the database first; the `Broker` then wakes up every
browser connection that shows the conversation, whichever server process (or
machine) holds that connection. `InProcessBroker` serves a single process,
`RedisBroker` any number of them.
"""
