"""The index: incremental updates by content hash, skips, and the query language end to end."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.support import SEED_000, SEEDS, write
from wirereader.index.build.writer import IndexLocked
from wirereader.index.query import idfilter
from wirereader.index.query.scope import split_scope
from wirereader.index.query.search import QueryError
from wirereader.library.facade import Library
from wirereader.settings.config import Config


def make_library(tmp_path: Path) -> tuple[Library, Path]:
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    return Library(Config(library=[folder], index_dir=tmp_path / "ix")), folder


def titles(library: Library, query: str) -> list[str]:
    return [hit.title for hit in library.search(query).hits]


def test_reindex_reads_only_changed_files_and_drops_deleted(tmp_path: Path) -> None:
    library, folder = make_library(tmp_path)
    first = library.index()
    assert (first.new, first.updated, first.unchanged) == (4, 0, 0)
    again = library.index()
    assert (again.new, again.updated, again.unchanged, again.removed) == (0, 0, 4, 0)
    story = folder / "003_sample_wildfire.md"
    story.write_text(story.read_text(encoding="utf-8").replace("Kalamata", "Sparta"), "utf-8")
    os.utime(story, (1, 1))
    touched = folder / "002_sample_central_bank.md"
    os.utime(touched, (2, 2))  # new mtime, same content: re-hashed, not re-indexed
    changed = library.index()
    assert (changed.new, changed.updated, changed.unchanged) == (0, 1, 3)
    assert titles(library, "sparta") and not titles(library, "kalamata")
    (folder / "001_sample_harbour_strike.md").unlink()
    gone = library.index()
    assert gone.removed == 1
    assert not titles(library, "rotterdam")
    assert library.stats().articles == 3


def test_bad_files_are_skipped_and_nothing_indexed_is_lost(tmp_path: Path) -> None:
    library, folder = make_library(tmp_path)
    library.index()
    write(folder / "empty.txt", "")
    write(folder / "image.txt", b"\x00\x01\x02binary")
    write(folder / "bad.md", "---\ntitle: [oops\n---\nText\n")
    write(folder / "latin.txt", "Zürich bank\nProfit rose.\n".encode("latin-1"))
    report = library.index()
    assert report.new == 1  # latin.txt, read as cp1252
    assert {Path(p).name for p, _ in report.skipped} == {"empty.txt", "image.txt"}
    assert len(report.errors) == 1 and "bad.md:2" in report.errors[0]
    assert any("latin.txt" in w for w in report.warnings)
    assert library.stats().articles == 5


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("troop", "British troops"),  # stemming: troop finds troops
        ('"green light"', "British troops"),
        ("rates AND inflation", "Central bank"),
        ("title:wildfire", "Wildfire forces"),
        ("byline:hasanova", "British troops"),
        ("source:caliber.az", "British troops"),
        ("date:2025-08-01..2025-08-20", "Wildfire forces"),
        ("date:>2025-09-01 rates", "Central bank"),
        ("actor:radakin", "British troops"),
        ('person:"keir starmer"', "British troops"),
        ("org:pentagon", "British troops"),
        ("place:ukraine", "British troops"),
        ("speaker:trump", "British troops"),
        ("quote:assurance", "British troops"),
        ("speaker:costa", "Central bank"),
    ],
)
def test_query_language(seed_library: Library, query: str, expected: str) -> None:
    found = titles(seed_library, query)
    assert found and found[0].startswith(expected), (query, found)


def test_not_and_date_ranges_exclude(seed_library: Library) -> None:
    assert not titles(seed_library, "troops NOT pentagon")
    assert len(titles(seed_library, "strike OR wildfire")) == 2
    assert not titles(seed_library, "strike wildfire")  # words are ANDed by default
    assert len(titles(seed_library, "date:2025-08-01..2025-08-31")) == 2
    assert all("Central" not in t for t in titles(seed_library, "date:..2025-08-31"))


def test_speaker_scope_takes_not_and_or(seed_library: Library) -> None:
    """speaker: narrows the whole search, and NOT and OR mean what they say there: NOT leaves
    the speaker's stories out (it used to keep only them), OR takes either speaker's (it used
    to take stories quoting both), and OR with anything else is refused, not misread."""
    everything = set(titles(seed_library, ""))
    trump, costa = titles(seed_library, "speaker:trump"), titles(seed_library, "speaker:costa")
    assert trump and costa and not set(trump) & set(costa)
    assert set(titles(seed_library, "NOT speaker:trump")) == everything - set(trump)
    assert set(titles(seed_library, "speaker:trump OR speaker:costa")) == {*trump, *costa}
    assert set(titles(seed_library, "(speaker:trump OR speaker:costa)")) == {*trump, *costa}
    with pytest.raises(
        QueryError, match="OR joins speaker:, feed:, folder: and unread: only to their own kind"
    ):
        seed_library.search("rates OR speaker:trump")
    with pytest.raises(QueryError, match="go outside brackets"):
        seed_library.search("rates OR (troops speaker:trump)")


def test_not_turns_unread_round_and_leaves_a_feed_out() -> None:
    assert split_scope("rates NOT unread:yes").unread is False
    assert split_scope("NOT unread:no").unread is True
    scope = split_scope("rates NOT feed:wire feed:desk OR feed:agency")
    assert (scope.text, scope.not_feeds, scope.feeds) == ("rates", ("wire",), ("desk", "agency"))


def test_phrase_does_not_run_across_two_actor_names(seed_library: Library) -> None:
    assert not titles(seed_library, 'actor:"radakin pentagon"')


def test_no_hits_offers_a_spelling_suggestion(seed_library: Library) -> None:
    result = seed_library.search("pentagn")
    assert result.total == 0 and result.suggestion == "pentagon"


def test_pasted_runs_of_letters_are_not_spelling_mistakes(seed_library: Library) -> None:
    """Past 30 letters a word is not corrected, past ten words the rest are kept as typed, and
    a "word" of over 1,000 characters is refused with a reason: edit distances and Whoosh's
    parser made a pasted line a wait of seconds to minutes."""
    result = seed_library.search("pentagn " + "x" * 500)
    assert result.total == 0 and result.suggestion == "pentagon " + "x" * 500
    with pytest.raises(QueryError, match="a word of 5,000 characters"):
        seed_library.search("pentagn " + "x" * 5_000)
    result = seed_library.search(" ".join(["pentagn"] * 12))
    assert result.total == 0 and result.suggestion == " ".join(["pentagon"] * 10 + ["pentagn"] * 2)


def test_snippet_marks_the_matched_words(seed_library: Library) -> None:
    hit = seed_library.search("wildfire").hits[0]
    assert any(f.hit and f.text.lower() == "wildfire" for f in hit.snippet)


@pytest.mark.parametrize(
    "query", ["title:(", '"unclosed phrase', "nosuchfield:x", "date:garbage", "a)"]
)
def test_malformed_queries_raise_a_readable_error(seed_library: Library, query: str) -> None:
    with pytest.raises(QueryError):
        seed_library.search(query)


def test_corrupt_index_is_rebuilt(tmp_path: Path) -> None:
    library, _ = make_library(tmp_path)
    library.index()
    library.close()
    for segment in (tmp_path / "ix").glob("*.seg"):
        segment.write_bytes(b"garbage")
    for toc in (tmp_path / "ix").glob("_MAIN_*.toc"):
        toc.write_bytes(b"garbage")
    fresh = Library(library.config)
    assert titles(fresh, "wildfire")


def test_a_second_writer_gets_a_clear_message(tmp_path: Path) -> None:
    library, _ = make_library(tmp_path)
    library.index()
    writer = library.store.open().writer()
    try:
        with pytest.raises(IndexLocked, match="another wirereader"):
            Library(library.config).index()
        assert titles(Library(library.config), "wildfire")  # readers still read
    finally:
        writer.cancel()


def test_extractor_version_change_re_extracts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, _ = make_library(tmp_path)
    library.index()
    import wirereader.extract as extract_module

    monkeypatch.setattr(extract_module, "EXTRACTOR_VERSION", "test-next")
    report = library.index()
    assert report.updated == 4


def test_a_new_extractor_rebuilds_beside_and_reports_as_an_update(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every story is read again after the extractor changes: the index is built whole in a
    sibling folder (in parallel, as a first build is) and swapped in, and the report still
    reads as an update: stories the index held are updated, one that left it removed."""
    library, folder = make_library(tmp_path)
    library.index()
    (folder / "001_sample_harbour_strike.md").unlink()
    before = (tmp_path / "ix").stat().st_ino
    import wirereader.extract as extract_module

    monkeypatch.setattr(extract_module, "EXTRACTOR_VERSION", "test-next")
    report = library.index()
    assert (report.new, report.updated, report.removed) == (0, 3, 1)
    assert (tmp_path / "ix").stat().st_ino != before, "built beside and swapped in"
    assert library.stats().articles == 3 and not titles(library, "rotterdam")
    assert library.index().unchanged == 3, "and recorded as the new extractor's"


def test_seed_article_stored_with_its_extraction(seed_library: Library) -> None:
    article, extraction = seed_library.article(seed_library.search("radakin").hits[0].id) or (
        None,
        None,
    )
    assert article is not None and extraction is not None
    assert article.body.startswith("The United Kingdom")
    names = {a.name for a in extraction.actors}
    assert {"Tony Radakin", "Donald Trump", "Pentagon"} <= names
    assert SEED_000.name in article.path


def test_10_snippets_start_and_end_on_whole_words(seed_library: Library) -> None:
    for query in ("pentagon", "serious", "chiefs", "guarantees"):
        hit = seed_library.search(query).hits[0]
        found = seed_library.article(hit.id)
        assert found is not None
        text = found[0].body
        snippet = "".join(f.text for f in hit.snippet)
        for piece in snippet.replace(" ¶ ", " ").split(" … "):
            piece = piece.strip(" …")
            at = text.find(piece)
            assert at >= 0, piece
            assert at == 0 or (not text[at - 1].isalnum() and text[at - 1] not in "’'"), piece
            end = at + len(piece)
            assert end == len(text) or not text[end].isalnum(), piece


@pytest.mark.parametrize(
    ("query", "suggestion"),
    [
        ("title:wildfyre", "title:wildfire"),
        ("text:pentagn", "text:pentagon"),
        ("actor:radakn", "actor:radakin"),
        ("who:radakn pentagn", "who:radakin pentagon"),
    ],
)
def test_a_word_in_a_field_gets_a_suggestion_from_that_field(
    seed_library: Library, query: str, suggestion: str
) -> None:
    result = seed_library.search(query)
    assert result.total == 0 and result.suggestion == suggestion


def test_a_field_word_the_library_has_is_left_as_it_is(seed_library: Library) -> None:
    result = seed_library.search("actor:radakin title:pentagn")
    assert result.total == 0 and result.suggestion == "actor:radakin title:pentagon"


def test_a_search_stops_when_asked_to_and_not_otherwise(
    seed_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirereader.errors import SearchCancelled
    from wirereader.index.query import stopping

    for query in ("said", "troops OR rates", "unread:yes said", "date:2025-08"):
        for newest_first in (False, True):
            plain = seed_library.search(query, newest_first=newest_first)
            asked = seed_library.search(query, newest_first=newest_first, should_stop=lambda: False)
            assert [h.id for h in asked.hits] == [h.id for h in plain.hits], query
            assert asked.total == plain.total
    assert seed_library.count("said", should_stop=lambda: False) == seed_library.count("said") == 4
    monkeypatch.setattr(stopping, "CHECK_EVERY", 1)
    calls: list[int] = []

    def third_call_stops() -> bool:
        calls.append(1)
        return len(calls) == 3

    with pytest.raises(SearchCancelled):
        seed_library.search("said", should_stop=third_call_stops)
    assert len(calls) == 3, "it stopped at the second story collected, not after all"
    assert not seed_library.repaired, "a stopped search is not a damaged index to rebuild"
    with pytest.raises(SearchCancelled):
        seed_library.count("said", should_stop=lambda: True)


@pytest.mark.parametrize("map_from", [1, 10**9], ids=["ids-by-map", "ids-by-lookup"])
def test_the_total_of_a_filtered_search_counts_what_the_filter_lets_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, map_from: int
) -> None:
    monkeypatch.setattr(idfilter, "MAP_FROM", map_from)
    for i in range(60):  # ids of their own: a file rewritten keeps its id (as a feed's do)
        story = f"---\nid: story-{i}\ntitle: Harbour story {i}\n---\nThe board met on day {i}.\n"
        write(tmp_path / "news" / f"s{i:02}.md", story)
    library = Library(Config(library=[tmp_path / "news"], index_dir=tmp_path / "ix"))
    library.index()
    read = library.search("harbour", limit=100).hits[:15]
    for hit in read:
        library.read.mark(hit.id)
    for query, matches in (("harbour unread:yes", 45), ("harbour unread:no", 15)):
        assert library.count(query) == matches
        for limit in (5, 15, 50, 100):  # fewer, as many and more than the filter lets through
            result = library.search(query, limit=limit)
            assert (result.total, len(result.hits)) == (matches, min(limit, matches)), limit
    for hit in read[:5]:  # rewritten: each id leaves its old document for a new one
        story = Path(library.article(hit.id)[0].path)  # type: ignore[index]
        story.write_text(story.read_text(encoding="utf-8") + "Revised.\n", encoding="utf-8")
    assert library.index().updated == 5
    result = library.search("harbour unread:no", limit=100)
    assert result.total == 15 and {h.id for h in result.hits} == {h.id for h in read}
    assert library.count("revised unread:no") == 5 and library.count("revised unread:yes") == 0


def test_accents_are_folded_both_ways_in_words_names_and_hits(tmp_path: Path) -> None:
    """A reader types "erdogan" for Erdoğan and "sao paulo" for São Paulo: the same stories come
    back whichever is typed, in the text and in the name fields, and the hits are marked."""
    from wirereader.render.highlight import hit_spans

    folder = tmp_path / "news"
    write(
        folder / "a.md",
        "---\ntitle: Café owners in Zürich\n---\nPresident Recep Tayyip Erdoğan said on Monday "
        '"trade with São Paulo will grow", and the cafés of Zürich agreed.\n',
    )
    write(
        folder / "b.md", "---\ntitle: Zurich Insurance\n---\nZurich Insurance said profit rose.\n"
    )
    library = Library(Config(library=[folder], index_dir=tmp_path / "ix"))
    library.index()
    assert titles(library, "erdogan") == titles(library, "Erdoğan") == ["Café owners in Zürich"]
    assert titles(library, '"sao paulo"') == ["Café owners in Zürich"]
    assert titles(library, "speaker:erdogan") == ["Café owners in Zürich"]
    assert (
        sorted(titles(library, "zürich"))
        == sorted(titles(library, "zurich"))
        == [
            "Café owners in Zürich",
            "Zurich Insurance",
        ]
    )
    assert titles(library, "cafe") == ["Café owners in Zürich"]  # stemmed and folded: "cafés"
    body = library.article(library.search("cafe").hits[0].id)[0].body
    assert [body[s:e] for s, e in hit_spans(body, ["cafe", "zurich"])] == ["cafés", "Zürich"]


def test_did_you_mean_offers_the_word_as_written_not_the_commonest_stem(tmp_path: Path) -> None:
    """Defect 4: "opek" was offered "oper", an earnings-table abbreviation, because "oper"
    is also the stem of "operations" and "operating", which fill the bodies."""
    folder = tmp_path / "news"
    for n in range(2):
        write(folder / f"oper{n}.txt", f"Acme oper net up\nAcme said operations grew {n}.\n")
    for n in range(4):
        write(folder / f"opec{n}.txt", f"Opec talks {n}\nOPEC ministers met on day {n}.\n")
    for n in range(12):
        write(
            folder / f"ops{n}.txt",
            f"Results {n}\nOperating costs fell and operations resumed; operators said {n}.\n",
        )
    library = Library(Config(library=[folder], index_dir=tmp_path / "ix"))
    library.index()
    assert library.search("opek").suggestion == "opec"


def test_folder_scope_lists_one_folder_or_file(tmp_path: Path) -> None:
    """folder:PATH, what the feed list opens for a library folder; `seeds` names the samples."""
    other = tmp_path / "my news"
    write(other / "a.txt", "Harbour strike ends\nThe dockers went back to work.\n")
    library = Library(Config(library=[SEEDS, other], index_dir=tmp_path / "ix"))
    library.index()
    assert titles(library, f'folder:"{other}"') == ["Harbour strike ends"]
    assert titles(library, f'folder:"{other / "a.txt"}"') == ["Harbour strike ends"]
    assert len(titles(library, "folder:seeds")) == 4
    assert "Harbour strike ends" not in titles(library, f'dockers NOT folder:"{other}"')
    assert len(library.ids_matching(f'folder:"{other}"')) == 1
