"""A story's language: the one its file declares, else py3langid's guess from its opening."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

SAMPLE = 600  # characters of title and lead: enough for a sure guess, cheap on long stories
# Norwegian Bokmål and Nynorsk are one language to a reader filtering by it (`lang:no`).
_SAME = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi"}
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
_LETTERS = re.compile(r"[^\W\d_]")
_URLS = re.compile(r"\S+://\S+|\S+@\S+")


def language_code(tag: object) -> str:
    """An ISO 639-1 code from a declared tag ("en-US", "de_DE", "fra" is kept as "fra"):
    "" for anything that is not a language tag."""
    match = _TAG.match(str(tag or "").strip())
    if not match:
        return ""
    code = match.group(1).lower()
    return _SAME.get(code, code)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def detect_language(title: str, body: str) -> str:
    """The language of a story's title and lead; "" when there is too little text to tell."""
    text = _URLS.sub(" ", f"{title}\n{body[:SAMPLE]}")
    if len(_LETTERS.findall(text)) < 12:
        return ""
    code, _ = _identifier().classify(text)
    return _SAME.get(str(code), str(code))
