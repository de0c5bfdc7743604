"""Document flow: source → parser → chunks → embeddings → stored chunks."""
