"""Model seams: `Embedder` (this issue) and later `ChatModel`."""
