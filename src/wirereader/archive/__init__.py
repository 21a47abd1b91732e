"""Actors across the archive: one actor under its names, its page, the top lists."""
