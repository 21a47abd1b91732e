"""Quotes and who said them: pairing quote marks, cue verbs, speakers."""
