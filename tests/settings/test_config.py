"""Config: defaults in the XDG folders, settings read, and errors that name file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support import write
from wirereader.settings.config import ConfigError, load_config


def test_defaults_live_in_the_xdg_data_dir(isolated_home: Path) -> None:
    config = load_config()
    assert config.index_dir == isolated_home / "data" / "wirereader" / "index"
    assert config.bookmarks_file.parent == isolated_home / "data" / "wirereader"
    assert config.library == []  # no folders of the config's own: the library is the seeds
    assert config.library_file == isolated_home / "data" / "wirereader" / "library.yaml"


def test_env_variable_chooses_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "c.yaml", "library: [news]\nindex_dir: ~/ix\nsearch:\n  limit: 5\n")
    monkeypatch.setenv("WIREREADER_CONFIG", str(path))
    config = load_config()
    assert config.library == [tmp_path / "news"]
    assert config.index_dir == Path("~/ix").expanduser()
    assert config.search_limit == 5


def test_the_example_config_is_valid() -> None:
    example = Path(__file__).resolve().parents[2] / "config.example.yaml"
    config = load_config(example)
    assert config.theme and config.keys


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("theme: dark\nlibrary: [a\n", 3, "not valid YAML"),
        ("theme: dark\ncolour: red\n", 2, "unknown setting 'colour'"),
        ("search:\n  limit: -3\n", 2, "search.limit"),
        (
            "search:\n  limit: 100000000\n",
            2,
            "'search.limit' must be a whole number from 1 to 1,000",
        ),
        ("search:\n  debounce_ms: 600000\n", 2, "from 0 to 5,000"),
        ("search:\n  sort: random\n", 2, "search.sort"),
        ("keys:\n  quit: 5\n", 1, "keys"),
        ("keys:\n  fly_away: x\n", 2, "unknown action 'fly_away'"),
        ("theme: dark\nkeys:\n  next_actor: q\n", 3, "'q' for 'next_actor' is already 'go_back'"),
        ("keys:\n  open: j\n", 2, "'j' for 'open' is already 'cursor_down' (article list)"),
        ("keys:\n  bookmark_note: ctrl+x\n  close: d\n", 3, "already 'delete_bookmark'"),
        ("index_dir: 42\n", 1, "index_dir"),
        ("theme: dark\nkeys:\n  quit: ''\n", 3, "keys.quit: no key given"),
        ("keys:\n  quit: ctrl+\n", 2, "keys.quit: 'ctrl+' is not a key"),
        ("keys:\n  open: enter,\n", 2, "keys.open: '' is not a key"),
    ],
)
def test_malformed_config_names_file_line_and_problem(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = write(tmp_path / "config.yaml", text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.line == line
    assert words in str(info.value)
    assert str(path) in str(info.value)


def test_keys_may_be_swapped_between_two_actions(tmp_path: Path) -> None:
    path = write(tmp_path / "config.yaml", "keys:\n  next_actor: f\n  next_figure: a\n")
    assert load_config(path).keys == {"next_actor": "f", "next_figure": "a"}


def test_every_shipped_binding_passes_the_check_a_users_key_gets() -> None:
    from wirereader.settings.keymap import KEYMAP, key_problem

    assert [(k.action, k.keys) for k in KEYMAP if key_problem(k.keys)] == []
    assert key_problem("ctrl+shift+up,f1,]") == ""


def test_an_empty_library_list_means_only_what_i_add(tmp_path: Path) -> None:
    from wirereader.library.folders import LibraryFolders

    config = load_config(write(tmp_path / "c.yaml", "library: []\nindex_dir: ix\n"))
    assert config.library == [] and config.library_given
    assert [f.origin for f in LibraryFolders(config).folders()] == [], "no seeds"
    assert LibraryFolders(config).add(tmp_path / "mine")
    assert [f.origin for f in LibraryFolders(config).folders()] == ["added"]
    defaults = load_config(write(tmp_path / "other" / "d.yaml", "index_dir: ix\n"))
    assert [f.origin for f in LibraryFolders(defaults).folders()] == ["seeds"]


def test_fetch_and_retention_settings_are_read_and_checked(tmp_path: Path) -> None:
    text = (
        "fetch:\n  connect_timeout: 3\n  feed_timeout: 12.5\n"
        "retention:\n  keep: 500\n  feeds:\n    wire: {days: 7}\n"
    )
    config = load_config(write(tmp_path / "c.yaml", text))
    assert config.fetch.connect_timeout == 3 and config.fetch.feed_timeout == 12.5
    assert config.fetch.first_byte_timeout == 20, "the default for what is not set"
    assert config.retention.of("wire").days == 7 and config.retention.of("wire").newest == 0
    assert config.retention.of("other").newest == 500
    for bad, said in [
        ("fetch:\n  feed_timeout: 0\n", "c2.yaml:2: 'fetch.feed_timeout' must be a number"),
        ("fetch:\n  timeout: 5\n", "c2.yaml:2: unknown setting 'fetch.timeout'"),
        ("retention:\n  feeds:\n    w: {keep: x}\n", "'retention.feeds.w.keep' must be"),
        ("retention: 5\n", "c2.yaml:1: 'retention' must be a mapping"),
    ]:
        with pytest.raises(ConfigError, match=re.escape(said)):
            load_config(write(tmp_path / "c2.yaml", bad))
