"""The figure cases wire copy is full of: units, currencies, times of day, measures, fractions, ranges."""

from __future__ import annotations

import pytest

from wirereader.extract.figures import find_figures

Row = tuple[str, float | None, str, str]


def found(text: str) -> list[Row]:
    return [(f.text, f.value, f.kind, f.of) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rates rose 25/six basis points.",
            [("25/six basis points", 0.25, "percent", "percentage points")],
        ),
        (
            "Trading opens at 1000 EDT and closes at 1400 GMT.",
            [("1000 EDT", None, "time", "EDT"), ("1400 GMT", None, "time", "GMT")],
        ),
        ("It was 40 degrees Celsius.", [("40 degrees Celsius", 40, "measure", "degrees Celsius")]),
        ("Coffee rose 96.8 cents.", [("96.8 cents", 96.8, "money", "cents")]),
        ("It lent 1.5 billion ECUs.", [("1.5 billion ECUs", 1.5e9, "money", "ECUs")]),
        ("It earned 200 mln yen.", [("200 mln yen", 2e8, "money", "yen")]),
        (
            "Two thirds of voters agreed.",
            [("Two thirds", pytest.approx(2 / 3), "fraction", "thirds")],
        ),
        ("It paid 18 dlr a share.", [("18 dlr", 18, "money", "dlr")]),
        ("It paid 18 dlrs a share.", [("18 dlrs", 18, "money", "dlrs")]),
        ("Beef rose 12 cts a lb.", [("12 cts", 12, "money", "cts")]),
        (
            "Rates of 3.25 and 5.75 pct were set.",
            [("3.25", 3.25, "percent", "pct"), ("5.75 pct", 5.75, "percent", "pct")],
        ),
        (
            "Costs of 3 to 4 mln dlrs are seen.",
            [("3", 3e6, "money", "dlrs"), ("4 mln dlrs", 4e6, "money", "dlrs")],
        ),
        ("Prices rose 1-1/2 pct.", [("1-1/2 pct", 1.5, "percent", "pct")]),
        ("OPEC pumped 15.8 mln bpd.", [("15.8 mln bpd", 15.8e6, "measure", "bpd")]),
        (
            "The ship carried 30,000 tonnes of wheat.",
            [("30,000 tonnes", 30_000, "measure", "tonnes")],
        ),
    ],
)
def test_units_and_kinds(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


def test_only_units_are_shared_with_a_joined_number() -> None:
    assert found("Rooms for 5 and 6 people.") == [
        ("5", 5, "count", ""),
        ("6 people", 6, "count", "people"),
    ]
    assert found("It fell 5 to 1987 levels.")[0][2] == "count"  # a year is no unit to share


def test_basis_points_are_a_change_in_points_and_a_year_before_a_noun_is_a_year() -> None:
    """Defect 6: "25 basis points" showed as 25 percent, "the 2012 tragedy" as 2,012 things."""
    from wirereader.extract.figures import find_figures

    (bp,) = find_figures("The Fed raised rates by 25 basis points on Wednesday.")
    assert (bp.kind, bp.value, bp.of) == ("percent", 0.25, "percentage points")
    (year,) = find_figures("Families of the victims of the 2012 tragedy gathered on Sunday.")
    assert (year.text, year.kind, year.value) == ("2012", "date", None)
    (troops,) = find_figures("Some 2000 soldiers crossed the river.")
    assert (troops.kind, troops.value, troops.of) == ("count", 2000, "soldiers")
