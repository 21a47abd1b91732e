"""Bookmarked passages: the locked, atomic YAML store, its parse cache, the Markdown export."""
