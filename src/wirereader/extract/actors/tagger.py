"""The trained actor model: a sentence cut into CoNLL-style tokens, tagged PER/ORG/LOC by a CRF."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import as_file, files
from typing import NamedTuple

import pycrfsuite

from wirereader.extract.actors.features import sentence_features, shouting
from wirereader.extract.actors.rules import STOP_CAPS, is_title_head
from wirereader.extract.quotes.cues import PEOPLE_NOUNS
from wirereader.model import ActorKind

MODEL_NAME = "actors.crfsuite"
KINDS: dict[str, ActorKind] = {"PER": "person", "ORG": "organisation", "LOC": "place"}
# As CoNLL-2003 cut its text: "U.S." and "Corp." whole, "'s" and punctuation on their own,
# numbers with their separators, hyphenated and apostrophised words ("O'Neill") as one token.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?:-[^\W_]+)*"
    r"|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Inc|Corp|Co|Ltd|Bhd|Adm|Maj|Mt|Ft|No)\.(?=\s)"
    r"|[A-Z]\.(?=\s+[A-Z])"
    r"|\d[\d,.:/-]*\d|\d"
    r"|[^\W_]+(?:(?:[-&.]|[’'](?![sS]\b))[^\W_]+)*"
    r"|[’'][sS]\b"
    r"|\S"
)
_POSSESSIVES = frozenset(["'s", "’s"])
_BREAKS = frozenset('",;:!?“”‘’<>()[]{}') | {"--", "'"} | _POSSESSIVES
_INSIDE_NAMES = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "de",
        "du",
        "des",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "del",
        "y",
        "al",
        "bin",
        "ibn",
        "on",
        "&",
        "in",
        "at",
    ]
)
# What ends a company's name, so that an "and" after it starts another name.
COMPANY_ENDS = frozenset(
    ["Plc", "PLC", "Inc", "Corp", "Co", "Ltd", "LLC", "AG", "SA", "NV", "GmbH", "Bhd", "Group"]
)
# Words tagged on either side of a capitalised one: at 3 the CoNLL scores are those of
# tagging every word (at 2 they drop by 0.002), at half the tagging.
PAD = 3
_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "--", "–": "-"})


class Span(NamedTuple):
    start: int
    end: int
    kind: ActorKind


def model_tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(word, start, end) of each token between `start` and `end`."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


@cache
def _tagger() -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    with as_file(files("wirereader.extract").joinpath("data", MODEL_NAME)) as path:
        tagger.open(str(path))  # crfsuite reads the whole model into memory here
    return tagger


def tag_words(words: list[str]) -> list[str]:
    """BIO tags (PER, ORG, LOC, MISC) for one sentence's words.

    Only the stretches around capitalised words are tagged (their features still read the
    whole sentence): names are capitalised, and a run of lower-case words between them is
    "O" whatever the model says, so most of a sentence of prose need not be tagged at all."""
    tags = ["O"] * len(words)
    plain = [w if w.isascii() else w.translate(_PLAIN) for w in words]
    tagger, loud = _tagger(), shouting(plain)
    for start, stop in _stretches(words):
        tags[start:stop] = tagger.tag(sentence_features(plain, start, stop, loud))
    return tags


def _stretches(words: list[str]) -> list[tuple[int, int]]:
    """(start, stop) of each run of words within PAD of a capitalised one."""
    found: list[tuple[int, int]] = []
    for i in [i for i, word in enumerate(words) if word[:1].isupper()]:
        if found and i - PAD <= found[-1][1]:
            found[-1] = (found[-1][0], min(len(words), i + PAD + 1))
        else:
            found.append((max(0, i - PAD), min(len(words), i + PAD + 1)))
    return found


def actor_spans(text: str, toks: list[tuple[str, int, int]]) -> list[Span]:
    """The people, organisations and places the model finds in a sentence's tokens."""
    if not _may_name(toks):
        return []
    found: list[Span] = []
    open_at, kind = -1, ""
    tags = tag_words([t[0] for t in toks])
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and tag[2:] == kind:
            continue
        if kind in KINDS:
            found += _named_parts(toks[open_at:i], KINDS[kind])
        open_at, kind = (i, tag[2:]) if tag != "O" else (-1, "")
    return found


def _named_parts(toks: list[tuple[str, int, int]], kind: ActorKind) -> list[Span]:
    """A tagged run cut where no name goes on: a quote mark, a comma, "said" ("U.S. Firms
    either," said Jardine Fleming" is two names at most); each part starts and ends capitalised."""
    parts: list[list[tuple[str, int, int]]] = [[]]
    kinds = [kind]
    prev = ""
    partners = kind == "organisation" and _partnership([t[0] for t in toks])
    for tok in toks:
        word = tok[0]
        after_company = word in ("and", "&") and prev in COMPANY_ENDS  # "X Plc and Y Plc"
        prev = word
        if kind == "organisation" and word in _POSSESSIVES and parts[-1]:
            parts[-1].append(tok)  # "Moody's Investors Service": one name, if a word follows
        elif partners and word == ",":
            parts[-1].append(tok)
        elif word in _BREAKS or after_company or (word[:1].islower() and word not in _INSIDE_NAMES):
            parts.append([])
            # "… Committee chairman Fernand St. Germain": after a title comes a person
            kinds.append("person" if is_title_head(word) or word in PEOPLE_NOUNS else kind)
        else:
            parts[-1].append(tok)
    spans = []
    for part, kind in zip(parts, kinds, strict=True):
        while part and not _name_edge(part[0][0]):
            part = part[1:]
        while part and not _name_edge(part[-1][0]):
            part = part[:-1]  # "General Motors Corp's" (the division's owner) ends at Corp
        if part:
            spans.append(Span(part[0][1], part[-1][2], kind))
    return spans


def _partnership(words: list[str]) -> bool:
    """ "Goldman, Sachs and Co", "Bear, Stearns and Co Inc": a firm named for its partners,
    commas and all, which the model reads as one name; it ends "and Co" or "and Sons" (not
    "Ford, Chrysler and General Motors Corp", three firms)."""
    if "," not in words or "and" not in words or words[0] == ",":
        return False
    partners, _, ending = " ".join(words).rpartition(" and ")
    named = [w for w in partners.split() if w != ","]  # surnames: no "Inc", no "AZT"
    return (
        bool(_PARTNERS.fullmatch(partners))
        and bool(_PARTNERSHIP_END.fullmatch(ending))
        and not any(w in COMPANY_ENDS or (w.isupper() and len(w) > 1) for w in named)
    )


_PARTNERS = re.compile(r"[A-Z][\w.'-]*(?: ,? ?[A-Z][\w.'-]*)*")
_PARTNERSHIP_END = re.compile(r"(?:Co|Sons|Company)(?: (?:Inc|Ltd|Plc|LLC|Corp))?")


def _name_edge(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _may_name(toks: list[tuple[str, int, int]]) -> bool:
    """Whether a sentence can hold a name: one capitalised word past the first, or a first
    word that is not one of the capitalised words that start sentences ("The", "But")."""
    if any(t[0][:1].isupper() for t in toks[1:]):
        return True
    return bool(toks) and toks[0][0][:1].isupper() and toks[0][0] not in STOP_CAPS
