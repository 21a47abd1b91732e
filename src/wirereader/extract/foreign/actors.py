"""Actors of a story not in English, by rules that hold across languages: places and
organisations the gazetteer (and the local names of places) knows, people named with a given
name or after a title. Capitalised words alone prove nothing: German capitalises every noun."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirereader.extract.foreign.data import GIVEN_NAMES, LOCAL_PLACES, Language, is_title
from wirereader.extract.gazetteer import gazetteer
from wirereader.model import Actor, ActorKind, Mention

_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'\-]*"
_RUN = re.compile(
    rf"{_NAME_WORD}(?:[ \u00a0](?:(?:de|van|von|der|di|da|del|la|le)[ \u00a0])?{_NAME_WORD})*"
)
_PARTICLES = {"de", "van", "von", "der", "di", "da", "del", "la", "le"}

Found = tuple[ActorKind, str, int, int]


def find_actors(text: str, language: Language, speakers: tuple[str, ...] = ()) -> list[Actor]:
    """`speakers`: names the quotes' cue verbs point at ("sagte Jana Novak"), people too."""
    found: list[Found] = []
    for run in _RUN.finditer(text):
        found += _in_run(text, run.group(), run.start(), language)
    named = {name for kind, name, _, _ in found if kind == "person"}
    for name in speakers:
        if name not in named and not gazetteer().lookup(name):
            found += [("person", name, m.start(), m.end()) for m in re.finditer(
                rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]  # fmt: skip
    return _group(text, _surnames(text, found))


def _in_run(text: str, run: str, at: int, language: Language) -> Iterator[Found]:
    words = [(m.group(), at + m.start()) for m in re.finditer(r"\S+", run)]
    i = 0
    while i < len(words):
        word, start = words[i]
        bare = word.rstrip(".")
        if bare.lower() in language.calendar:
            i += 1
            continue
        person = _person(words, i, language)
        if person is not None:
            first, last = person
            name = " ".join(w for w, _ in words[first : last + 1])
            yield "person", name, words[first][1], words[last][1] + len(words[last][0])
            i = last + 1
            continue
        known = _known(words, i)
        if known is not None:
            end_index, kind, name = known
            yield kind, name, start, words[end_index][1] + len(words[end_index][0])
            i = end_index + 1
            continue
        i += 1


def is_given(word: str) -> bool:
    return word in GIVEN_NAMES or word in gazetteer().given_names


def _person(words: list[tuple[str, int]], i: int, language: Language) -> tuple[int, int] | None:
    """(first, last word) of a given name and up to three capitalised words after it
    ("Friedrich Merz"), or of the name after a title ("Kanzler Merz", "ministre Jean-Noël
    Barrot")."""
    word = words[i][0]
    first = i + 1 if is_title(word) else i
    if first >= len(words) or (first == i and not is_given(word)):
        return None
    last = first
    while last + 1 < len(words) and last - first < 3:
        following = words[last + 1][0]
        if (
            following.lower() in language.calendar
            or gazetteer().lookup(following)
            or (is_title(following))
        ):
            break
        last += 1
    if last == first and (first == i or is_given(words[first][0])):
        return None  # a given name alone is no one yet
    if words[last][0].lower() in language.calendar or words[last][0].lower() in _PARTICLES:
        return None
    return first, last


def _known(words: list[tuple[str, int]], i: int) -> tuple[int, ActorKind, str] | None:
    longest = min(len(words), i + gazetteer().longest)
    for end in range(longest - 1, i - 1, -1):
        phrase = " ".join(w for w, _ in words[i : end + 1])
        if phrase in LOCAL_PLACES:
            return end, "place", LOCAL_PLACES[phrase]
        found = gazetteer().lookup(phrase)
        if found is not None and (end > i or phrase not in _AMBIGUOUS):
            return end, found[0], found[1]
    return None


# English names in the gazetteer that are also common nouns of other languages.
_AMBIGUOUS = frozenset({"Union", "Bank", "Nation", "Regierung", "Parlament", "Kommission", "Rat"})


def _surnames(text: str, found: list[Found]) -> list[Found]:
    """Later mentions of a person by surname alone ("Merz" after "Friedrich Merz")."""
    surnames = {
        name.split()[-1]: name for kind, name, _, _ in found if kind == "person" and " " in name
    }
    taken = {(s, e) for _, _, s, e in found}
    covered = [range(s, e) for _, _, s, e in found]
    for surname, name in surnames.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            span = (match.start(), match.end())
            if span in taken or any(match.start() in r for r in covered):
                continue
            found.append(("person", name, *span))
    return found


def _group(text: str, found: list[Found]) -> list[Actor]:
    """One actor a name, its mentions in order; actors in the order the story first names them."""
    spans: dict[tuple[ActorKind, str], list[tuple[int, int]]] = {}
    for kind, name, start, end in sorted(found, key=lambda f: f[2]):
        spans.setdefault((kind, name), []).append((start, end))
    return [
        Actor(name, kind, tuple(Mention(s, e, text[s:e]) for s, e in where))
        for (kind, name), where in spans.items()
    ]
