"""The indexing flow: load -> split -> embed -> store, and hybrid retrieval."""
