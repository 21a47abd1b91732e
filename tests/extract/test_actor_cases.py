"""Actors in the newswire conventions the model and the rules must read right."""

from __future__ import annotations

from itertools import product
from string import ascii_uppercase

from wirereader.extract import extract
from wirereader.model import Actor


def actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract(text).actors}


def kinds(text: str) -> dict[str, str]:
    return {name: a.kind for name, a in actors(text).items()}


def test_st_inside_a_name_and_a_role_before_it() -> None:
    found = actors("House Banking Committee chairman Fernand St. Germain said the bill would pass.")
    assert found["Fernand St. Germain"].kind == "person"
    assert found["Fernand St. Germain"].role == "House Banking Committee chairman"


def test_a_company_with_and_in_its_name_is_one_actor() -> None:
    assert kinds("Cable and Wireless Plc said profits rose.") == {
        "Cable and Wireless Plc": "organisation"
    }


def test_a_hyphenated_compound_is_not_an_actor() -> None:
    assert "U.S.-Soviet" not in " ".join(actors("The U.S.-Soviet talks resumed in Geneva."))


def test_an_apostrophe_after_a_name_keeps_the_person() -> None:
    found = kinds("Secretary of State George Shultz' visit to Moscow was welcomed.")
    assert found["George Shultz"] == "person"
    assert "George" not in found


def test_a_demonym_is_linked_to_its_country_but_not_counted() -> None:
    found = actors("British and French officials met in Paris. Britain said little.")
    uk = found["United Kingdom"]
    assert {m.text for m in uk.mentions} == {"British", "Britain"}
    assert uk.count == 1


def test_a_name_with_a_generational_suffix_joins_its_surname() -> None:
    found = actors("Nicholas Gallo III resigned on Friday. Gallo gave no reason.")
    assert {m.text for m in found["Nicholas Gallo III"].mentions} == {
        "Nicholas Gallo III",
        "Gallo",
    }


def test_a_known_institution_keeps_its_kind() -> None:
    assert kinds("Downing Street said the talks would go on.")["Downing Street"] == "organisation"


def test_all_capitals_headline_names_are_still_found() -> None:
    found = kinds("JAPAN SALES TAX MAY FORCE NAKASONE OUT OF OFFICE")
    assert found.get("Japan") == "place"


def test_two_companies_joined_by_and_stay_two() -> None:
    assert kinds("Cable and Wireless Plc and Marks and Spencer Plc said profits rose.") == {
        "Cable and Wireless Plc": "organisation",
        "Marks and Spencer Plc": "organisation",
    }


def test_a_possessive_company_name_and_two_places_joined_by_and() -> None:
    assert kinds("Standard and Poor's Corp cut the rating.") == {
        "Standard and Poor's": "organisation"
    }
    assert kinds("The United States and America's allies watched.") == {"United States": "place"}


def test_a_number_word_in_an_earnings_table_is_no_one() -> None:
    assert kinds("Nine mths shr 1.20 dlrs vs 1.10 dlrs") == {}


def test_each_spelled_out_acronym_names_its_own_organisation() -> None:
    found = actors(
        "The European Central Bank (ECB) and the Bank of Japan (BOJ) met in Basel. "
        "Later the BOJ said it would wait, and the ECB said it would not. "
        "The ECBS report and AT&T were not part of it."
    )
    ecb, boj = found["European Central Bank"], found["Bank of Japan"]
    assert [m.text for m in ecb.mentions] == ["European Central Bank", "ECB", "ECB"]
    assert [m.text for m in boj.mentions] == ["Bank of Japan", "BOJ", "BOJ"]
    assert "ECB" not in found and "BOJ" not in found


def test_names_far_apart_in_one_long_sentence_are_all_found() -> None:
    filler = "which was said to have been agreed after a long and at times quite bitter debate"
    found = kinds(f"Angela Merkel met the leaders {filler}, {filler}, in Brussels with Pfizer Inc.")
    assert found == {"Angela Merkel": "person", "Brussels": "place", "Pfizer Inc": "organisation"}


def test_hundreds_of_spelled_out_acronyms_each_join_their_own_bank() -> None:
    codes = [f"Q{a}{b}X" for a, b in product(ascii_uppercase, repeat=2)]
    text = " ".join(f"The Bank of {c.title()} ({c}) said the {c} would act." for c in codes)
    banks = {a.name: a for a in extract(text).actors if a.kind == "organisation"}
    for code in codes:
        assert [m.text for m in banks[f"Bank of {code.title()}"].mentions][1:] == [code, code]


def test_a_company_name_is_not_cut_at_its_possessive() -> None:
    found = kinds("Moody's Investors Service Inc said it downgraded the utility's debt.")
    assert found == {"Moody's Investors Service Inc": "organisation"}
    owner = kinds("Toyota may buy General Motors Corp's <GM.N> GM Delco Products motors.")
    assert "General Motors Corp" in owner, "a possessive that ends the name is the owner's"


def test_a_country_the_model_reads_as_an_organisation_is_a_place() -> None:
    found = kinds("The Philippines will ask the U.S. Agriculture Department for a larger quota.")
    assert found["Philippines"] == "place"


def test_a_dateline_state_names_the_state_and_makes_the_name_before_it_a_city() -> None:
    found = actors("Lone Star will operate a new Denver, Colo., plant and one in Hartford, Conn.")
    assert found["Colorado"].kind == found["Connecticut"].kind == "place"
    assert found["Denver"].kind == found["Hartford"].kind == "place"
    assert [m.text for m in found["Connecticut"].mentions] == ["Conn"]
    assert "Mississippi" not in actors("Miss Smith said the Ind. candidate lost.")


def test_the_administration_of_a_president_names_a_person() -> None:
    assert kinds("The Reagan administration said the crisis eased.") == {"Reagan": "person"}


def test_a_legal_form_after_brackets_ends_the_company_name() -> None:
    found = kinds(
        "Barrick Resources (USA) Inc completed the issue, Cheung Kong (Holdings) Ltd said."
    )
    assert found == {
        "Barrick Resources (USA) Inc": "organisation",
        "Cheung Kong (Holdings) Ltd": "organisation",
    }
    assert "Inc" not in kinds("Shares of Acme (a unit of Zeta Corp) Inc rose.")


def test_a_sentence_adverb_is_not_a_name() -> None:
    assert "Moreover" not in kinds("Moreover, Dana's financial leverage rose to 43 pct.")


def test_a_company_named_short_is_the_company_the_story_named_in_full() -> None:
    found = actors(
        "Texaco Inc said on Monday it would appeal the ruling. Texaco shares fell 2 dlrs, and "
        "a Texaco spokesman said the company would post a bond."
    )
    assert [m.text for m in found["Texaco Inc"].mentions] == ["Texaco Inc", "Texaco", "Texaco"]
    assert "Texaco" not in found


def test_a_short_name_two_organisations_share_stays_as_it_is() -> None:
    found = kinds(
        "The Bank of England and the Bank of Japan cut rates. The Bank said little more, "
        "and the EC Commission said the EC would wait."
    )
    assert {"Bank of England", "Bank of Japan", "Bank"} <= set(found)
    assert "EC" in found, "the EC Commission is a body of the EC, not the EC"


def test_initials_do_not_end_a_sentence_or_cut_a_company_name() -> None:
    assert kinds("Analysts at S.G. Warburg and Co Ltd expect the pound to fall.") == {
        "S.G. Warburg and Co Ltd": "organisation"
    }
    assert kinds("The offer from <T.J. Maxx Holdings Inc> expires today.") == {
        "T.J. Maxx Holdings Inc": "organisation"
    }


def test_a_share_code_in_brackets_is_not_an_actor() -> None:
    found = kinds(
        "Borg Warner Corp <BOR> agreed to the bid. Dome Petroleum Ltd <DMP.T> rose, and "
        "Union Carbide Corp <UK> said it would sell its battery unit."
    )
    assert found == {
        "Borg Warner Corp": "organisation",
        "Dome Petroleum Ltd": "organisation",
        "Union Carbide Corp": "organisation",
    }, "<UK> is Union Carbide's code, not the United Kingdom"


def test_capitalised_words_before_a_legal_form_belong_to_the_company() -> None:
    found = kinds(
        "Kumagai Gumi Co Ltd plans a listing. It was advised by <E.F. Hutton LBO Inc>, and "
        "E.F. Hutton will also invest."
    )
    assert found["Kumagai Gumi Co Ltd"] == found["E.F. Hutton LBO Inc"] == "organisation"
    assert "Gumi Co Ltd" not in found and "person" not in found.values()
    assert kinds("It had resumed talks with U.S. McDonnell Douglas Corp on Monday.") == {
        "United States": "place",
        "McDonnell Douglas Corp": "organisation",
    }


def test_a_company_after_a_title_stays_a_company() -> None:
    found = actors("The bond was priced at par, lead manager Nomura International Ltd said.")
    assert found["Nomura International Ltd"].kind == "organisation"
    assert found["Nomura International Ltd"].role == ""


def test_a_country_abbreviated_before_its_currency_is_the_country() -> None:
    assert kinds("Deposits rose to 17.18 billion N.Z. Dlrs in January.") == {"New Zealand": "place"}
    assert kinds("The issue raised 300 mln H.K. Dlrs.") == {"Hong Kong": "place"}


def test_a_name_the_model_cuts_short_is_read_on_in_capitals() -> None:
    found = actors("Its chairman Li Ka-shing also will buy shares in the unit.")
    assert found["Li Ka-shing"].role == "chairman"
    assert "Li" not in found


def test_a_currency_after_a_place_is_the_place_not_a_company() -> None:
    assert kinds("The U.S. Dlr fell against the yen, and the N.Z. Dlr rose.") == {
        "United States": "place",
        "New Zealand": "place",
    }
    assert kinds("Sterling rose against the Dollar.") == {}
    assert kinds("That is unlikely, said William Sterling of Merrill Lynch.") == {
        "William Sterling": "person",
        "Merrill Lynch": "organisation",
    }


def test_a_bank_named_like_a_person_is_an_organisation() -> None:
    text = (
        "Traders said Dean Witter and Smith Barney bought July soymeal. Prices will rise in "
        'the spring, said Ann Hale, an analyst at Smith Barney. "Supplies are short," she said.'
    )
    found = actors(text)
    assert found["Dean Witter"].kind == found["Smith Barney"].kind == "organisation"
    assert [q.speaker for q in extract(text).quotes] == ["Ann Hale"]


def test_results_table_labels_and_share_classes_are_not_actors() -> None:
    table = "Acme Corp said.\n\nShr 12 cts vs 9 cts\n\nNine Mths\n\nShr 40 cts vs 31 cts\n\n"
    assert kinds(table + "Six Months\n\nNet 1.2 mln vs 900,000") == {"Acme Corp": "organisation"}
    assert kinds("It will redeem all its Class A warrants and all Class B warrants.") == {}


def test_a_firm_named_for_its_partners_keeps_its_commas_in_one_name() -> None:
    found = actors("Sears, Roebuck and Co bought the unit. Dillon, Read and Co Inc advised it.")
    assert {name: a.kind for name, a in found.items()} == {
        "Sears Roebuck and Co": "organisation",
        "Dillon Read and Co Inc": "organisation",
    }
    assert found["Sears Roebuck and Co"].mentions[0].text == "Sears, Roebuck and Co"
    assert "Ford" in kinds("Ford, Chrysler and General Motors Corp cut prices.")
