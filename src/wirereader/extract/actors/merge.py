"""The model's actor spans, with what the rules know added: canonical names, roles, demonyms."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wirereader.extract.actors.candidates import Candidate
from wirereader.extract.actors.companies import is_ticker, org_word, whole_companies
from wirereader.extract.actors.rules import HONORIFICS, TITLE_HEADS, is_title_head
from wirereader.extract.actors.tagger import Span, actor_spans
from wirereader.extract.gazetteer import gazetteer
from wirereader.extract.ranges import Ranges


def model_candidates(
    text: str,
    sentence: tuple[int, int],
    toks: list[tuple[str, int, int]],
    rules: list[Candidate],
    roles: list[Candidate],
) -> list[Candidate]:
    """The model decides what is an actor and its kind; the rules' candidates lend it a role
    ("Defence Secretary John Healey"), the gazetteer a canonical name ("U.S." → United States),
    and a demonym the model leaves out ("British") is kept as a linked word of its country.

    Where the rules beat the model they win: a role phrase ("UK Chief of the Defence Staff") is
    not an actor, though the places in it are; a known institution of several words ("Downing
    Street", "White House") keeps the gazetteer's kind, not the model's reading of a street."""
    gaz = gazetteer()
    titled = _titled_people(text, sentence, rules)
    in_role = Ranges((r.start, r.end) for r in roles)
    after_title = Ranges((start, end) for start, end, _ in titled)
    spans = [
        s for s in actor_spans(text, toks)
        if not in_role.holds(s.start, s.end) and not after_title.meets(s.start, s.end)
    ]  # fmt: skip
    found: list[Candidate] = [c for _, _, c in titled]
    spans = _whole_people(text, whole_companies(text, sentence[0], spans), rules)
    spans = [cut for s in spans if (cut := _currency_cut(text, s)) is not None]
    modelled = Ranges((s.start, s.end) for s in spans)
    role_ending_at: dict[int, str] = {}
    for cand in rules:
        if cand.role and cand.kind == "person":
            role_ending_at.setdefault(cand.end, cand.role)
    for span in spans:
        phrase = text[span.start : span.end]
        known = gaz.lookup(phrase)
        if phrase in gaz.abbreviated and (
            span.kind == "place" or _CITY_COMMA.search(text, max(0, span.start - 40), span.start)
        ):
            known = ("place", gaz.abbreviated[phrase])  # "Hartford, Conn.": Connecticut
            span = span._replace(kind="place")
        if (
            phrase.lower() in _NUMBER_WORDS
            or len(phrase) < 2
            or is_ticker(text, span)
            or _TABLE_WORDS.search(phrase)
            or (phrase in ("Class", "Series") and _LETTER_AFTER.match(text, span.end))
        ):
            continue  # "Nine mths", "Class A": in earnings tables no one is called Nine
        if known and known[0] == "organisation":
            span = span._replace(kind=known[0])
        elif span.kind != "place" and phrase in gaz.countries:
            span = span._replace(kind="place")  # "The Philippines will ask …" is the country
        elif span.kind == "person" and _state_after(text, span.end):
            span = span._replace(kind="place")  # and Hartford a city
        elif span.kind == "organisation" and not known and _ADMINISTRATION.match(text, span.end):
            span = span._replace(kind="person")  # "the Reagan administration": Reagan's
        elif span.kind == "person" and org_word(phrase.rsplit(" ", 1)[-1]):
            span = span._replace(kind="organisation")  # "… Spar-Casse-Bank", "… Holdings"
        elif span.kind != "person" and not known and _after_title(text, span.start, phrase):
            span = span._replace(kind="person")  # "… Committee chairman Fernand St. Germain"
        canonical = (
            known[1] if known and known[0] == span.kind and phrase not in gaz.demonyms else ""
        )
        if not canonical and span.kind == "organisation" and ", " in phrase:
            canonical = phrase.replace(",", "")  # "Goldman, Sachs and Co": Goldman Sachs and Co
        role = role_ending_at.get(span.end, "")
        found.append(Candidate(span.start, span.end, phrase, span.kind, canonical, role))
    titled_ids = {id(c) for _, _, c in titled}
    for cand in rules:
        if modelled.meets(cand.start, cand.end):
            continue
        if cand.text in gaz.demonyms:
            found.append(replace(cand, linked=True))
        elif cand.kind and in_role.holds(cand.start, cand.end):
            found.append(cand)  # "UK" in "UK Chief of the Defence Staff"
        elif cand.kind and after_title.holds(cand.start, cand.end) and id(cand) not in titled_ids:
            found.append(cand)  # "U.S." in "U.S. Defense Secretary Caspar Weinberger"
    return sorted(found, key=lambda c: c.start)


def _whole_people(text: str, spans: list[Span], rules: list[Candidate]) -> list[Span]:
    """A person's name the model cut short where the rules read it on in capitalised words:
    "Li" of "chairman Li Ka-shing" (the model ends a name at a word it has not seen)."""
    longer = {c.start: c.end for c in rules if c.kind == "person"}
    out = []
    for span in spans:
        end = longer.get(span.start, 0) if span.kind == "person" else 0
        if end > span.end and _CAPITALISED_WORDS.fullmatch(text, span.end, end):
            span = span._replace(end=end)
        out.append(span)
    return out


_CAPITALISED_WORDS = re.compile(r"(?:[ -][A-Z][\w'-]*)+")


# A currency after a country's name: "U.S. Dlr", "N.Z. Dollar" (wire copy's capitals)
_CURRENCY_END = re.compile(
    r"(?: |(?<!\S))(?:Dlrs?|DLRS?|Dollars?|Yen|Stg|Sterling|Francs?|Guilders?|Lire|Rand|Pesos?|"
    r"Cruzados?|Rupees?|Ringgit|Baht|Yuan|Euros?)$"
)


def _currency_cut(text: str, span: Span) -> Span | None:
    """ "U.S. Dlr" read as a company is the place before its currency; a currency alone is
    no actor (but William Sterling is a person)."""
    cut = _CURRENCY_END.search(text, span.start, span.end)
    if cut is None:
        return span
    if cut.start() == span.start:
        return None
    known = gazetteer().lookup(text[span.start : cut.start()])
    return Span(span.start, cut.start(), "place") if known and known[0] == "place" else span


def _titled_people(
    text: str, sentence: tuple[int, int], rules: list[Candidate]
) -> list[tuple[int, int, Candidate]]:
    """People the rules found after a title ("U.S. Defense Secretary Caspar Weinberger"), with
    the stretch from the title's start: there the rules beat the model, which reads the whole
    stretch as one organisation."""
    found = []
    for cand in rules:
        if cand.kind == "person" and cand.role and not org_word(cand.text.rsplit(" ", 1)[-1]):
            # Just before the name, not anywhere in the sentence (a scan per name on one long
            # sentence is n², and a far earlier "Secretary" is not this one's title).
            at = text.rfind(
                cand.role, max(sentence[0], cand.start - len(cand.role) - 40), cand.start
            )
            found.append((at if at >= 0 else cand.start, cand.end, cand))
    return found


_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "half",
        "quarter",
    ]
)
# Row labels of results tables ("Nine Mths", "3Rd Qtr Shr", "Six Months") and share classes
_TABLE_WORDS = re.compile(
    r"\b(?:Qtrs?|QTRS?|Qtrly|Mths|MTHS|Wks)\b"
    r"|^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve) (?:Months|Weeks)$"
)
_LETTER_AFTER = re.compile(r" [A-Z0-9]\b")
_WORD_BEFORE = re.compile(r"([A-Za-z-]+) $")
_ADMINISTRATION = re.compile(r"[’']?s? administration\b")
_CITY_COMMA = re.compile(r"\b[A-Z][\w.'-]*, $")  # "Hartford, " before a state: a dateline
_STATE_AFTER = re.compile(r", ((?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]{1,4}(?=\.))")


def _state_after(text: str, end: int) -> bool:
    """ ", Conn." right after a name: the name is a city's, in a dateline."""
    state = _STATE_AFTER.match(text, end)
    return state is not None and state.group(1) in gazetteer().abbreviated


def _after_title(text: str, start: int, phrase: str) -> bool:
    """A lower-case title or job just before a name: "chairman X", "analyst X"; but "lead
    manager Nomura International Ltd" is a bank."""
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return (
        word is not None
        and word.group(1).islower()
        and is_title_head(word.group(1))
        and not org_word(phrase.rsplit(" ", 1)[-1])
    )


def rules_matter(toks: list[tuple[str, int, int]]) -> bool:
    """Whether the rules could add anything to the model here: they only lend titles, roles
    and demonyms, so a sentence with none of those words skips them (a third of the time)."""
    words = [w for w, _, _ in toks]
    # Tokens hold no spaces: one lower() of the sentence serves every word's title look-up.
    return not _rule_words().isdisjoint(words) or not TITLE_HEADS.isdisjoint(
        " ".join(words).lower().split()
    )


@cache
def _rule_words() -> frozenset[str]:
    """Honorifics and the words of demonyms ("British", "South", "African")."""
    return frozenset(w for phrase in gazetteer().demonyms for w in phrase.split()) | HONORIFICS
