"""Bylines as agencies send them, as a reader writes them: "By BERNARD CONDON, AP Business
Writer" → "Bernard Condon" (the title apart)."""

from __future__ import annotations

import re

from wirereader.support import squash_spaces

# "By", and its words in the agencies' languages: "Von", "Par", "Por", "Di", "Av", "Af", "Door"
_BY = re.compile(r"^\s*(?:(?i:by|von|par|por|av|af|door)|di|de)\s+(?=\S)")
_AGENCY_AFTER = re.compile(r"\s*/\s*[A-Z]{2,6}\s*$")  # "ERIK EXEMPEL/TT"
# A title after the name: "AP Business Writer", "Associated Press", "Reuters", "staff writer"
_TITLE = re.compile(
    r"\s*(?:,|\s-\s|\s—\s)\s*(?=.*\b(?:writer|correspondent|editor|reporter|press|staff|"
    r"bureau|chief|news|reuters|afp|ap|dpa|efe|ansa|ntb|tt)\b)",
    re.IGNORECASE,
)
_SMALL = {"de", "da", "del", "van", "von", "der", "la", "le", "di", "du", "and", "y", "e"}


def split_byline(text: str) -> tuple[str, str]:
    """(the names, the title) of a byline."""
    text = _AGENCY_AFTER.sub("", _BY.sub("", squash_spaces(text)))
    parts = _TITLE.split(text, maxsplit=1)
    name = parts[0].strip(" ,")
    title = parts[1].strip(" ,") if len(parts) > 1 else ""
    return _cased(name), title


def byline_name(text: str) -> str:
    return split_byline(text)[0]


def _cased(name: str) -> str:
    """A name in capitals ("BERNARD CONDON") in its usual case; a mixed-case name as it is."""
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        # AFP's "Claire EXEMPLE": the surname in capitals beside a given name
        return " ".join(_cased(w) if len(w) > 2 and w.isupper() else w for w in name.split())
    words: list[str] = []
    for word in name.lower().split():
        if word in _SMALL and words:
            words.append(word)
        else:
            words.append("-".join(_cap(part) for part in word.split("-")))
    return " ".join(words)


def _cap(word: str) -> str:
    """ "o'neill" → O'Neill, "mcdonald" → McDonald."""
    if "'" in word[:3] and len(word) > 2:
        head, _, rest = word.partition("'")
        return f"{head.capitalize()}'{rest.capitalize()}"
    if word.startswith("mc") and len(word) > 2:
        return "Mc" + word[2:].capitalize()
    return word.capitalize()
