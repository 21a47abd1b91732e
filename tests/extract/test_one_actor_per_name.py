"""Defect 7: one story's several spellings of one actor are one actor."""

from __future__ import annotations

from wirereader.extract import extract


def actors(text: str) -> list[tuple[str, str, int]]:
    return [(a.name, a.kind, a.count) for a in extract(text).actors]


def test_a_surname_after_the_full_name_is_the_same_person() -> None:
    found = actors(
        "President Ronald Reagan said on Monday he would veto the bill. Later, Reagan told "
        "reporters the budget was too high. Reagan added that Congress should act."
    )
    assert ("Ronald Reagan", "person", 3) in found
    assert not any(name == "Reagan" for name, _, _ in found)


def test_a_company_with_and_without_its_legal_form_is_one_organisation() -> None:
    found = actors(
        "Merrill Lynch and Co said it would buy the firm. Merrill Lynch Capital Markets will "
        "advise the board. A spokesman for Merrill Lynch said the deal was fair."
    )
    assert ("Merrill Lynch", "organisation", 2) in found
    assert not any(kind == "person" for _, kind, _ in found)
    assert [n for n, _, _ in found].count("Merrill Lynch and Co") == 0
    unknown = actors(
        "Acme Widgets Inc said profits rose. Acme Widgets Capital will advise the bank. "
        "Acme Widgets said demand was strong."
    )
    assert ("Acme Widgets Inc", "organisation", 2) in unknown
