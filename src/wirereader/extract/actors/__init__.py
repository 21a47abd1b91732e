"""Actors in a story: the rules, the CRF tagger, the gazetteer marks, merged and resolved."""
