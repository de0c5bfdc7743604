"""Question flow, retrieval part: lexical + dense hybrid search per tenant."""
