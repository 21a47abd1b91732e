"""The Whoosh index: schema, incremental writer, and search."""
