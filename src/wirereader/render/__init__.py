"""Rich text for both faces: an article body styled with its actors, quotes, figures and hits."""

from __future__ import annotations

from wirereader.render.highlight import DEFAULT_STYLES, hit_spans, styled_body

__all__ = ["DEFAULT_STYLES", "hit_spans", "styled_body"]
