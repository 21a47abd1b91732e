"""Ground helpers every part may use: text made safe, bounded and atomic files, safe YAML, paths, words."""
