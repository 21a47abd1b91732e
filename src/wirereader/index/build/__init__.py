"""Writing the index: scan the library, extract in a pool, write Whoosh and the DocStore."""
