"""Stories not in English never go through the English actor model: German, French and
Swedish samples (tests/samples/wire) get their people, places, quotes and figures by rules
that fit the language, and no common noun or weekday as an actor."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirereader.extract import extract
from wirereader.ingest import read_articles
from wirereader.model import Extraction

WIRE = Path(__file__).parents[1] / "samples" / "wire"
WEEKDAYS = {"Sonntag", "Samstag", "Montag", "dimanche", "mardi", "jeudi", "samedi", "onsdagen"}


def extracted(name: str) -> Extraction:
    article = read_articles(WIRE / name)[0][0]
    return extract(article.body, article.language)


@pytest.mark.parametrize(
    ("name", "people", "places", "not_actors"),
    [
        ("dpa-g2-de.xml", {"Friedrich Merz", "Katherina Reiche"}, {"Berlin", "Munich", "Cologne"},
         {"Szene", "Saison", "Regelwerk", "Auch", "Beginn", "Kugel", "Betriebe"}),
        ("afp-ninjs2-fr.json", {"Éric Lombard", "Yaël Braun-Pivet"}, {"Paris"},
         {"Premier", "Budget", "Économie Éric Lombard"}),
        ("tt-nitf-sv.xml", {"Ulf Kristersson", "Magdalena Andersson"}, set(),
         {"Oppositionen", "Statsminister", "Det"}),
    ],
)  # fmt: skip
def test_actors_are_people_and_places_never_nouns_or_weekdays(
    name: str, people: set[str], places: set[str], not_actors: set[str]
) -> None:
    found = extracted(name)
    names = {a.name for a in found.actors}
    assert people <= {a.name for a in found.actors if a.kind == "person"}
    assert places <= {a.name for a in found.actors if a.kind == "place"}
    assert not names & (not_actors | WEEKDAYS)
    for actor in found.actors:  # every mention is a name as written, never a lower-case word
        assert all(m.text[:1].isupper() for m in actor.mentions), actor


@pytest.mark.parametrize(
    ("name", "speakers"),
    [
        ("dpa-g2-de.xml", ["Friedrich Merz", "Katherina Reiche"]),  # „…“ and „…“ after a colon
        ("afp-ninjs2-fr.json", ["Éric Lombard", "Éric Lombard"]),  # « … », a déclaré; selon X
        ("tt-nitf-sv.xml", ["Ulf Kristersson", "Magdalena Andersson"]),  # – dash quote; ”…”
    ],
)
def test_quotes_in_the_languages_marks_get_their_speaker(name: str, speakers: list[str]) -> None:
    quotes = [q for q in extracted(name).quotes if q.speaker]
    assert [q.speaker for q in quotes][: len(speakers)] == speakers
    assert all(q.speaker_is_actor for q in quotes[: len(speakers)])


def test_figures_read_decimal_commas_and_the_languages_scales() -> None:
    german = {(f.text, f.kind, f.value) for f in extracted("dpa-g2-de.xml").figures}
    assert ("4,5 Prozent", "percent", 4.5) in german
    assert ("2,3 Mrd. Euro", "money", 2.3e9) in german
    assert ("1.250 Euro", "money", 1250.0) in german
    assert not any(text.endswith((" im", " m")) for text, _, _ in german)
    french = {(f.text, f.kind, f.value) for f in extracted("afp-ninjs2-fr.json").figures}
    assert ("5 milliards d'euros", "money", 5e9) in french
    assert ("2 000 manifestants", "count", 2000.0) in french  # a count, not the year 2000
    swedish = {(f.text, f.kind, f.value) for f in extracted("tt-nitf-sv.xml").figures}
    assert ("3,2 miljarder kronor", "money", 3.2e9) in swedish
    assert ("2,1 procent", "percent", 2.1) in swedish


def test_a_language_the_rules_do_not_know_gets_nothing_rather_than_guesses() -> None:
    found = extract("Rząd ogłosił w niedzielę nowe przepisy, powiedział Jan Kowalski.", "pl")
    assert (found.actors, found.quotes, found.figures) == ((), (), ())


def test_english_still_takes_the_english_pipeline() -> None:
    text = 'The minister, John Smith, said on Monday: "We will act."'
    assert extract(text, "en") == extract(text)
