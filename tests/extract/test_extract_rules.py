"""Extraction rules a wire editor relies on: wire-style figures, names that are not figures, quotes."""

from __future__ import annotations

import pytest

from wirereader.extract import extract
from wirereader.extract.sentences import sentence_spans
from wirereader.model import Extraction


def figures(text: str) -> dict[str, tuple[float | None, str, str]]:
    return {f.text: (f.value, f.kind, f.of) for f in extract(text).figures}


@pytest.mark.parametrize(
    ("text", "span", "value", "kind", "of"),
    [
        (
            "Net profit was 12.5 mln dlrs in the quarter.",
            "12.5 mln dlrs",
            12_500_000,
            "money",
            "dlrs",
        ),
        ("Output rose 3.2 pct in March.", "3.2 pct", 3.2, "percent", "pct"),
        ("It raised 1.5 billion stg from investors.", "1.5 billion stg", 1.5e9, "money", "stg"),
        ("Police said 30,000 people marched.", "30,000 people", 30_000, "count", "people"),
        ("Talks will take 10 days, he said.", "10 days", 10, "duration", "days"),
        ("The firm paid $4.5 million for it.", "$4.5 million", 4_500_000, "money", "$"),
        ("Almost 40% of voters stayed home.", "Almost 40%", 40, "percent", "%"),
    ],
)
def test_wire_style_figures(text: str, span: str, value: float, kind: str, of: str) -> None:
    found = figures(text)
    key = span if span in found else span[0].lower() + span[1:]
    assert key in found or span in found, found
    assert found.get(span, found.get(key)) == (value, kind, of)


def test_dates_are_figures_of_kind_date() -> None:
    found = figures("Leaders meet on August 20 and again on 3 September 2025.")
    assert found["August 20"][1] == "date" and found["3 September 2025"][1] == "date"


@pytest.mark.parametrize(
    "text",
    [
        "NATO's Article 5 applies.",
        "the article-5 like pledge",
        "The G7 met.",
        "It flew an F-16 jet.",
        "Boeing 747 jets",
    ],
)
def test_numbers_in_names_are_not_figures(text: str) -> None:
    assert figures(text) == {}


def test_qualifiers_are_kept() -> None:
    found = {
        f.text: f.qualifier for f in extract("Up to 500 troops and about 12 tanks left.").figures
    }
    assert found == {"Up to 500 troops": "Up to", "about 12 tanks": "about"}


def speaker_of(extraction: Extraction, fragment: str) -> str:
    return next(q.speaker for q in extraction.quotes if fragment in q.text)


def test_quote_after_attribution_and_pronoun_speaker() -> None:
    text = (
        "Finance Minister Rui Almeida spoke on Monday. He said: “The deficit will stay low.”\n\n"
        "“We will not raise taxes,” he said."
    )
    extraction = extract(text)
    assert speaker_of(extraction, "deficit") == "Rui Almeida"
    assert speaker_of(extraction, "taxes") == "Rui Almeida"


def test_straight_quotes_and_said_after_name() -> None:
    extraction = extract('"Prices will fall," said Helena Costa, the bank governor.')
    quote = extraction.quotes[0]
    assert (
        quote.text == "Prices will fall,"
        and quote.speaker == "Helena Costa"
        and quote.cue == "said"
    )


def test_quote_running_over_paragraphs_keeps_its_speaker() -> None:
    text = "Mayor Ann Lee said: “The port will reopen.\n\n“We owe that to the workers.”"
    extraction = extract(text)
    assert extraction.quotes and all(q.speaker == "Ann Lee" for q in extraction.quotes)
    assert "workers" in extraction.quotes[-1].text


def test_anonymous_speaker_keeps_the_text_description() -> None:
    extraction = extract("“It is over,” a senior diplomat told reporters.")
    assert speaker_of(extraction, "over") == "a senior diplomat"


def test_odd_number_of_quote_marks_does_not_crash() -> None:
    extraction = extract('He said "yes. And “then ” more " and “ unclosed')
    assert all(0 <= q.start <= q.end for q in extraction.quotes)


def test_short_mentions_join_the_full_name_and_possessive_counts() -> None:
    extraction = extract(
        "Prime Minister Keir Starmer spoke. Later, Starmer’s office said Starmer would go."
    )
    starmer = next(a for a in extraction.actors if a.name == "Keir Starmer")
    assert [m.text for m in starmer.mentions] == ["Keir Starmer", "Starmer", "Starmer"]
    assert starmer.role == "Prime Minister"


def test_sentence_initial_words_weekdays_and_months_are_not_actors() -> None:
    extraction = extract("Earlier on Monday, officials met. During August, Some said nothing.")
    assert extraction.actors == ()


def test_dotted_capitals_end_a_sentence_only_before_a_word_that_starts_one() -> None:
    text = "Stocks led the market in the U.S. The dollar fell short of J.P. Morgan estimates."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Stocks led the market in the U.S.",
        "The dollar fell short of J.P. Morgan estimates.",
    ]


def test_a_legal_form_ends_a_sentence_before_a_word_that_starts_one() -> None:
    text = "The shares went to Acme Inc. The company said Acme Inc. would sell them."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The shares went to Acme Inc.",
        "The company said Acme Inc. would sell them.",
    ]
