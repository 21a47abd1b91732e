"""Fetching: feeds and pages from the web become article files in the library (never the index)."""
