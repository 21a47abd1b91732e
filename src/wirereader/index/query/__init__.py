"""Reading the index: the query language, filters, snippets, suggestions, cancelling."""
