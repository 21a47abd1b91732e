"""Find the people, organisations and places in a text, join their mentions, and read their roles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirereader.extract.actors.rules import (
    CONNECTORS,
    EVENT_WORDS,
    HONORIFICS,
    NOT_ACTORS,
    ORG_HEADS,
    ORG_SUFFIXES,
    STOP_CAPS,
    is_title_head,
)  # fmt: skip
from wirereader.extract.gazetteer import gazetteer
from wirereader.extract.sentences import Token, tokens
from wirereader.model import ActorKind, Mention

_CONTRACTION = re.compile(r"[’'](?:m|re|ve|ll|d|t)$")
_INITIAL = re.compile(r"(?:[A-Z]\.)+")


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    kind: ActorKind | None = None
    canonical: str = ""
    role: str = ""
    linked: bool = False  # a demonym: tied to its country, not a mention of it


@dataclass
class _Builder:
    name: str
    kind: ActorKind
    role: str = ""
    mentions: list[Mention] = field(default_factory=list)


def _runs(sentence: list[Token], text: str) -> list[list[Token]]:
    """Maximal runs of capitalised words joined by single spaces (and inner connectors)."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(sentence):
        word = tok.text
        cap = word[:1].isupper() and not _contraction(word)
        if not cap and not (current and word in CONNECTORS):  # most words: end any run
            if current:
                runs.append(current)
                current = []
            continue
        joined = (
            bool(current)
            and text[current[-1].end : tok.start] == " "
            and not current[-1].possessive
        )
        connector = not cap and _leads_to_capital(sentence, i, text)
        if (cap or connector) and (joined or not current):
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = [tok] if cap else []
    if current:
        runs.append(current)
    return [_strip_connectors(r) for r in runs if _strip_connectors(r)]


def _leads_to_capital(sentence: list[Token], i: int, text: str) -> bool:
    """A connector joins a run only if connectors then a capitalised word follow ("of the Defence")."""
    for j in range(i + 1, min(i + 3, len(sentence))):
        if text[sentence[j - 1].end : sentence[j].start] != " ":
            return False
        if sentence[j].capitalised:
            return True
        if sentence[j].text not in CONNECTORS:
            return False
    return False


def _contraction(word: str) -> bool:
    return bool(_CONTRACTION.search(word)) or word in {"I’m", "I'm"}


def _strip_connectors(run: list[Token]) -> list[Token]:
    while run and run[-1].text in CONNECTORS:
        run = run[:-1]
    while run and run[0].text in CONNECTORS:
        run = run[1:]
    return run


def _phrase(text: str, run: list[Token]) -> str:
    return text[run[0].start : run[-1].end]


def candidates(text: str, sentence: tuple[int, int]) -> tuple[list[Candidate], list[Candidate]]:
    """(actor candidates, role phrases) of one sentence."""
    words = tokens(text, *sentence)
    found: list[Candidate] = []
    roles: list[Candidate] = []
    letters = [w.text for w in words if len(w.text) > 1 and w.text[0].isalpha()]
    shouting = len(letters) >= 2 and sum(w.isupper() for w in letters) >= 0.6 * len(letters)
    for run in _runs(words, text):
        _split(text, run, found, roles, shouting)
    return found, roles


def _split(
    text: str,
    run: list[Token],
    found: list[Candidate],
    roles: list[Candidate],
    shouting: bool = False,
) -> None:
    gaz = gazetteer()
    whole = _phrase(text, run)
    if any(t.text in EVENT_WORDS for t in run[1:]) and not gaz.lookup(whole):
        return  # "U.S. Open", "World Cup": an event, not an actor
    while run and (run[-1].text in NOT_ACTORS or len(run[-1].text) == 1):
        run = run[:-1]
    while run and (run[0].text in NOT_ACTORS or len(run[0].text) == 1):
        run = run[1:]
    if not run:
        return
    whole = _phrase(text, run)
    if shouting:  # an all-capitals headline: trust only names we know
        _gazetteer_parts(text, run, found)
        return
    if known := gaz.lookup(whole):
        found.append(Candidate(run[0].start, run[-1].end, whole, known[0], known[1]))
        return
    if run[0].text == "The" and len(run) > 1:
        run = run[1:]
        whole = _phrase(text, run)
        if known := gaz.lookup(whole):
            found.append(Candidate(run[0].start, run[-1].end, whole, known[0], known[1]))
            return
    if (run[-1].text in ORG_SUFFIXES and len(run) > 1) or (
        run[0].text in ORG_HEADS and len(run) > 2 and run[1].text == "of"
    ):
        found.append(Candidate(run[0].start, run[-1].end, whole, "organisation"))
        return
    titles = [i for i, t in enumerate(run) if is_title_head(t.text) or t.text in HONORIFICS]
    if titles:
        last = titles[-1]
        tail = run[last + 1 :]
        # "Chief of the Defence Staff" is a role, not a person called "Defence Staff".
        name = [] if tail and tail[0].text in CONNECTORS else _strip_connectors(tail)
        role_run = run[: last + 1] if name else run
        if not name and (given := _given_name_at(tail)) is not None:
            # "Secretary of State George Shultz": the role ends where a given name starts
            cut = last + 1 + given
            role_run, name = run[:cut], run[cut:]
        _gazetteer_parts(text, role_run, found)
        role_text = _phrase(text, role_run)
        if name:
            role = "" if all(t.text in HONORIFICS for t in role_run) else role_text
            found.append(
                Candidate(name[0].start, name[-1].end, _phrase(text, name), "person", role=role)
            )
        else:
            roles.append(Candidate(role_run[0].start, role_run[-1].end, role_text))
        return
    while run and run[0].text in STOP_CAPS and not gaz.lookup(_phrase(text, run)):
        run = run[1:]
    if not run:
        return
    initial_name = _INITIAL.fullmatch(run[0].text) and not gaz.lookup(run[0].text)
    if len(run) > 1 and (run[0].text in gaz.given_names or initial_name):
        found.append(Candidate(run[0].start, run[-1].end, _phrase(text, run), "person"))
        return
    for part in _gazetteer_parts(text, run, found):
        found.append(Candidate(part[0].start, part[-1].end, _phrase(text, part)))


def _gazetteer_parts(text: str, run: list[Token], found: list[Candidate]) -> list[list[Token]]:
    """Add the longest known phrases inside `run`; return the unknown stretches between them."""
    gaz = gazetteer()
    rest: list[list[Token]] = []
    pending: list[Token] = []
    i = 0
    while i < len(run):
        for j in range(min(len(run), i + gaz.longest) - 1, i - 1, -1):
            phrase = _phrase(text, run[i : j + 1])
            if known := gaz.lookup(phrase):
                if pending:
                    rest.append(pending)
                    pending = []
                found.append(Candidate(run[i].start, run[j].end, phrase, known[0], known[1]))
                i = j + 1
                break
        else:
            if run[i].text not in STOP_CAPS and run[i].text not in CONNECTORS:
                pending.append(run[i])
            elif pending:
                rest.append(pending)
                pending = []
            i += 1
    if pending:
        rest.append(pending)
    return rest


def _given_name_at(tail: list[Token]) -> int | None:
    """Where a known given name followed by a capitalised word starts in `tail`, if it does."""
    given = gazetteer().given_names
    for i in range(1, len(tail) - 1):
        if tail[i].text in given and tail[i + 1].capitalised and tail[i - 1].text not in CONNECTORS:
            return i
    return None
