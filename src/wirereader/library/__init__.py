"""The library: its folders, the index kept in step with them, search, articles, read state."""
