"""The seed article against the hand-made gold annotations in ../shared/gold/seed-000.yaml."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.support import SEED_000, shared_or_skip
from wirereader.extract import extract
from wirereader.ingest import read_article
from wirereader.model import Extraction


def norm(text: str) -> str:
    return re.sub(r"[\s,.;:]+$", "", text.replace("’", "'")).strip().lower()


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return yaml.safe_load(shared_or_skip("gold/seed-000.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def found() -> tuple[str, Extraction]:
    article = read_article(SEED_000)
    return article.body, extract(article.body)


def test_article_shape(gold: dict[str, Any]) -> None:
    article = read_article(SEED_000)
    assert article.title == gold["article"]["title"]
    assert article.byline == gold["article"]["byline"]
    assert len(article.paragraphs) == gold["article"]["paragraphs"]


def test_every_gold_person_with_role_and_mentions(
    gold: dict[str, Any], found: tuple[str, Extraction]
) -> None:
    _, extraction = found
    people = {a.name: a for a in extraction.actors if a.kind == "person"}
    for person in gold["actors"]["people"]:
        actor = people.get(person["name"])
        assert actor is not None, person["name"]
        assert actor.role == person["role"], (person["name"], actor.role)
        texts = {m.text for m in actor.mentions}
        assert set(person["mentions"]) <= texts, (person["name"], texts)


def test_every_gold_organisation_and_place(
    gold: dict[str, Any], found: tuple[str, Extraction]
) -> None:
    _, extraction = found
    for kind, key in (("organisation", "organisations"), ("place", "places")):
        names = {a.name for a in extraction.actors if a.kind == kind}
        for name in gold["actors"][key]:
            assert name in names, (kind, name, names)
    uk = next(a for a in extraction.actors if a.name == "United Kingdom")
    assert {"UK", "Britain", "British"} <= {m.text for m in uk.mentions}


def test_nothing_listed_as_not_an_actor_is_marked(
    gold: dict[str, Any], found: tuple[str, Extraction]
) -> None:
    _, extraction = found
    marked = {m.text for a in extraction.actors for m in a.mentions}
    for word in gold["actors"]["not_actors"]:
        assert not any(word in text.split() for text in marked), word


def test_every_gold_quote_with_its_speaker(
    gold: dict[str, Any], found: tuple[str, Extraction]
) -> None:
    body, extraction = found
    quotes = {norm(q.text): q for q in extraction.quotes}
    for item in gold["quotes"]:
        quote = quotes.get(norm(item["text"]))
        assert quote is not None, item["text"]
        assert quote.speaker.lower() == item["speaker"].lower(), (item["text"], quote.speaker)
        assert body[quote.start : quote.end] == quote.text


def test_every_gold_figure_and_no_false_ones(
    gold: dict[str, Any], found: tuple[str, Extraction]
) -> None:
    _, extraction = found
    figures = {f.text: f for f in extraction.figures}
    for item in gold["figures"]:
        figure = figures.get(item["text"])
        assert figure is not None, (item["text"], sorted(figures))
        if "value" in item:
            assert figure.value == item["value"]
            assert figure.of == item["of"]
        if "kind" in item:
            assert figure.kind == item["kind"]
    for text in gold["not_figures"]:
        assert not any(text in f.text or f.text in text for f in extraction.figures), text
