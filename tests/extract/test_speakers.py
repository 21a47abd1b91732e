"""Who said it: speakers a reader of wire copy expects, in stories written for these tests."""

from __future__ import annotations

from wirereader.extract import extract


def speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text.strip(" ,."), q.speaker) for q in extract(text).quotes]


def test_she_skips_the_man_mentioned_last() -> None:
    text = (
        "Mrs. Anna Keller, the finance minister, met Mr. John Brandt on Monday. "
        "Brandt spoke first.\n\n"
        '"We are close to a deal," she said.'
    )
    assert speakers(text) == [("We are close to a deal", "Anna Keller")]


def test_a_quote_runs_on_into_the_next_paragraph() -> None:
    text = (
        '"Demand is falling fast," said Jane Doe, an economist at Acme Bank.\n\n'
        '"We expect no recovery before the autumn."'
    )
    assert [s for _, s in speakers(text)] == ["Jane Doe", "Jane Doe"]


def test_an_unnamed_speaker_is_kept_as_described() -> None:
    text = (
        "The dollar fell in Tokyo on Friday.\n\n"
        '"Prices will fall," one Treasury official, who asked not to be identified, told Reuters.'
    )
    assert speakers(text) == [("Prices will fall", "one Treasury official")]


def test_the_cue_is_the_main_clause_not_the_relative_clause() -> None:
    text = 'Peter Olsen, who asked for the figures last week, said they were "simply wrong".'
    assert speakers(text) == [("simply wrong", "Peter Olsen")]


def test_a_partial_quote_goes_to_the_subject_of_the_reporting_verb() -> None:
    text = "Maria Lopez stated on Tuesday that she expects a deal within the next “week or two”."
    assert speakers(text) == [("week or two", "Maria Lopez")]


def test_scare_quotes_and_names_have_no_speaker() -> None:
    text = (
        'The board dropped its so-called "poison pill" defence. The "Big Bang" reforms began '
        "in London, Kevin Marsh said."
    )
    assert [s for _, s in speakers(text)] == ["", ""]


def test_an_organisation_speaks() -> None:
    text = '"We reject the offer," Acme Holdings said in a statement.'
    assert speakers(text) == [("We reject the offer", "Acme Holdings")]


def test_a_described_speaker_is_found_again_by_the_same_description() -> None:
    text = (
        '"Rates will rise," said a senior analyst at Nomura Securities. '
        '"The yen is weak," the Nomura analyst added.'
    )
    assert [s for _, s in speakers(text)] == ["a senior analyst at Nomura Securities"] * 2


def test_the_president_is_the_person_the_story_called_president() -> None:
    text = (
        "President Ronald Reagan spoke in Chicago on Monday.\n\n"
        '"Taxes will not rise," the president said.'
    )
    assert speakers(text) == [("Taxes will not rise", "Ronald Reagan")]


def test_the_president_is_found_past_sixty_other_speakers_and_a_vice_president() -> None:
    others = " ".join(f"“We act,” said Tom {c}son." for c in ["Bak", "Dor", "Fen"] * 20)
    text = (
        f"President Ann Lee spoke on Monday. Vice President Bo Kim did not. {others}\n\n"
        "“They act,” the president said. “We wait,” the vice president said."
    )
    assert speakers(text)[-2:] == [("They act", "Ann Lee"), ("We wait", "Bo Kim")]


def test_said_with_a_surname_the_model_missed_finds_the_full_name() -> None:
    text = (
        '"It is a blessing," said Barclays de Zoete Wedd analyst Rick May.\n\n'
        '"The firm simply lacks the technology," May said.'
    )
    assert [s for _, s in speakers(text)] == ["Rick May", "Rick May"]


def test_a_subject_after_but_is_who_he_points_back_to() -> None:
    text = (
        "Anna Keller met reporters in Bonn. But John Brandt spoke first.\n\n"
        '"We are close to a deal," he said.'
    )
    assert speakers(text) == [("We are close to a deal", "John Brandt")]


def test_every_quote_after_one_cue_goes_to_its_subject() -> None:
    text = (
        "Jane Doe, who chairs the panel, said the plan was “dead”, the talks “over” "
        "and the deal “a fantasy we cannot afford”."
    )
    assert [who for _, who in speakers(text)] == ["Jane Doe"] * 3
