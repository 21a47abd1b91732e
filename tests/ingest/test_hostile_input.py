"""Nothing gets in: terminal escapes, bidi overrides and YAML bombs from files, paths and config."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import run_cli, write
from wirereader.settings.config import ConfigError, load_config
from wirereader.settings.themes import load_themes

# What must never reach a terminal: C0 (but newline), DEL, C1 (CSI is U+009B), bidi overrides.
FORBIDDEN = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
HOSTILE_YAML = r'"Zebraquux \e]52;c;UFdORUQ=\e\\ \e[2J \x9b31m \u202eevil"'
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(20)
)


run = run_cli


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    write(
        folder / "evil.md",
        f"---\ntitle: {HOSTILE_YAML}\nbyline: {HOSTILE_YAML}\nsource: {HOSTILE_YAML}\n"
        f"url: {HOSTILE_YAML}\n---\nThe Zebraquux council met on Monday, officials said.\n",
    )
    write(folder / "bad\x1b[2Jname\u202e.txt", "")  # an empty file whose name is hostile
    return write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path / 'ix'}\n")


def test_escapes_in_front_matter_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], hostile: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--config", str(hostile), "index")
    assert code == 0 and "empty file" in out
    assert not FORBIDDEN.search(out + err)
    for args in (["search", "zebraquux"], ["search", "--json", "zebraquux"], ["summary"]):
        code, out, err = run(capsys, "--config", str(hostile), *args)
        assert code == 0 and "Zebraquux" in out
        assert not FORBIDDEN.search(out + err), args
    article_id = re.search(
        r"id ([0-9a-f]{16})", run(capsys, "--config", str(hostile), "summary")[1]
    )
    assert article_id
    code, out, err = run(capsys, "--config", str(hostile), "show", article_id.group(1))
    assert code == 0 and "Zebraquux" in out and not FORBIDDEN.search(out + err)


def test_hostile_bookmark_files_print_clean(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    write(
        isolated_home / "data" / "wirereader" / "bookmarks.yaml",
        f"bookmarks:\n- article_id: a\n  start: 0\n  end: 3\n  text: {HOSTILE_YAML}\n"
        f"  title: {HOSTILE_YAML}\n  note: {HOSTILE_YAML}\n  url: {HOSTILE_YAML}\n",
    )
    for args in (["bookmarks"], ["bookmarks", "export", "--markdown"]):
        code, out, err = run(capsys, *args)
        assert code == 0 and "Zebraquux" in out and not FORBIDDEN.search(out + err)


NASTY = st.text(
    alphabet=st.sampled_from([*"ab Z.:", "\x1b", "\x9b", "\x07", "\u202e", "\u2066", "[", "]"]),
    min_size=1,
    max_size=20,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=NASTY, source=NASTY, url=NASTY)
def test_no_field_reaches_stdout_with_a_control_character(
    capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory,
    title: str, source: str, url: str,
) -> None:  # fmt: skip
    tmp = tmp_path_factory.mktemp("nasty")
    quoted = {k: v.replace("\\", "\\\\").replace('"', '\\"') for k, v in locals().items()
              if k in ("title", "source", "url")}  # fmt: skip
    text = "".join(f'{k}: "{v}"\n' for k, v in quoted.items())
    name = f"n{source[:8].replace('/', '')}.md"
    write(tmp / "news" / name, f"---\n{text}---\nQuuxword body text here.\n")
    config = write(tmp / "c.yaml", f"library: [{tmp / 'news'}]\nindex_dir: {tmp / 'ix'}\n")
    for args in (["index"], ["search", "quuxword"], ["summary"]):
        _, out, err = run(capsys, "--config", str(config), *args)
        assert not FORBIDDEN.search(out + err), (args, out, err)


def test_alias_bombs_and_deep_nesting_in_front_matter_skip_only_that_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    write(folder / "bomb.md", "---\n" + BOMB + "title: *u\n---\nBody.\n")
    write(folder / "deep.md", "---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\nBody.\n")
    write(folder / "huge.md", "---\ntitle: " + "9" * 5000 + "\n---\nBody.\n")
    write(folder / "fine.md", "---\ntitle: Fine story\n---\nThe fine body.\n")
    config = write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path / 'ix'}\n")
    code, out, _ = run(capsys, "--config", str(config), "index")
    assert code == 2 and "1 new" in out and "3 skipped" in out
    assert "bomb.md:" in out and "aliases" in out
    assert "deep.md:2" in out and "nested more than" in out
    assert "huge.md" in out and "cannot read" in out
    assert len(out) < 5000, "errors quote a short excerpt at most"


def test_a_config_bomb_is_a_config_error(tmp_path: Path) -> None:
    path = write(tmp_path / "c.yaml", BOMB + "theme: *u\n")
    with pytest.raises(ConfigError, match=r"c.yaml:\d+: .*aliases"):
        load_config(path)


def test_a_theme_bomb_becomes_a_warning(tmp_path: Path) -> None:
    write(tmp_path / "themes" / "bomb.yaml", BOMB + "name: *u\n")
    loaded = load_themes(tmp_path / "themes")
    assert not loaded.themes and "aliases" in loaded.warnings[0]


def test_a_library_file_bomb_is_reported(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    write(isolated_home / "data" / "wirereader" / "library.yaml", BOMB + "folders: *u\n")
    code, _, err = run(capsys, "library")
    assert code == 2 and "aliases" in err


def test_an_opml_list_nested_thousands_deep_imports_its_feeds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    depth = 5000
    opml = write(
        tmp_path / "deep.opml",
        '<opml version="2.0"><body>'
        + '<outline text="Folder">' * depth
        + '<outline text="Deep wire" xmlUrl="https://deep.example/rss"/>'
        + "</outline>" * depth
        + '<outline text="Top wire" xmlUrl="https://top.example/rss"/></body></opml>',
    )
    code, out, err = run(capsys, "feeds", "import", str(opml))
    assert code == 0 and "Imported 2 feeds" in out, err
    _, listed, _ = run(capsys, "feeds", "list")
    assert "deep.example" in listed and "top.example" in listed


ZERO = Path("/dev/zero")
MEMORY = 3 << 30  # bytes the child may map: a file read without a bound would take it all


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@pytest.mark.skipif(not ZERO.exists() or os.name != "posix", reason="needs /dev/zero and rlimits")
@pytest.mark.parametrize(
    ("kind", "config", "args"),
    [
        ("a config file", None, ["summary"]),
        ("a bookmarks file", "bookmarks_file", ["bookmarks", "list"]),
        ("a feeds file", "feeds_file", ["feeds", "list"]),
        ("a library file", "library", ["library"]),
        ("an OPML list", "", ["feeds", "import", str(ZERO)]),
    ],
)
def test_a_device_named_as_a_file_is_refused_before_memory_runs_out(
    tmp_path: Path, kind: str, config: str | None, args: list[str]
) -> None:
    """`/dev/zero` (or a link to it) where a file is expected never ends: a file the program
    reads must be a regular file, and anything else is refused with its name, unread."""
    cfg = tmp_path / "c.yaml"
    lines = [f"index_dir: {tmp_path / 'ix'}"]
    if config in ("bookmarks_file", "feeds_file"):
        (tmp_path / "linked").symlink_to(ZERO)
        lines.append(f"{config}: {tmp_path / 'linked'}")
    elif config == "library":
        (tmp_path / "library.yaml").symlink_to(ZERO)  # the library file sits beside index_dir
    write(cfg, "\n".join(lines) + "\n")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    env.pop("WIREREADER_CONFIG", None)
    command = [sys.executable, "-m", "wirereader", "--config", str(ZERO if config is None else cfg)]
    done = subprocess.run(
        [*command, *args], capture_output=True, text=True, env=env, timeout=120,
        preexec_fn=_limit_memory,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr[-2000:]
    assert "not a regular file (a device)" in done.stderr and "Traceback" not in done.stderr
    named = {"bookmarks_file": "linked", "feeds_file": "linked", "library": "library.yaml"}
    assert named.get(config or "", "/dev/zero") in done.stderr, "the message names the file"
