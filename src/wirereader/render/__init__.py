"""Rich text for both faces: an article body styled with its actors, quotes, figures and hits."""
