"""Read the colours the app really draws (the compositor's segments) and measure their contrast."""

from __future__ import annotations

from dataclasses import dataclass

from rich.color import Color
from rich.style import Style
from textual.app import App

from wirereader.settings.themes import contrast


@dataclass(frozen=True)
class Cell:
    x: int
    y: int
    text: str
    fg: str
    bg: str

    @property
    def ratio(self) -> float:
        return contrast(self.fg, self.bg)


def _hex(color: Color | None, fallback: str) -> str:
    if color is None or color.is_default:
        return fallback
    r, g, b = color.get_truecolor()
    return f"#{r:02x}{g:02x}{b:02x}"


def _blend(fg: str, bg: str, amount: float) -> str:
    a = [int(fg[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(bg[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


def _colours(style: Style, default_fg: str, default_bg: str) -> tuple[str, str]:
    fg, bg = _hex(style.color, default_fg), _hex(style.bgcolor, default_bg)
    if style.reverse:
        fg, bg = bg, fg
    if style.dim:  # terminals draw dim text about halfway to the background
        fg = _blend(fg, bg, 0.5)
    return fg, bg


def text_cells(app: App[object]) -> list[Cell]:
    """Every cell of the current screen that shows a visible character, with its colours."""
    theme = app.current_theme
    default_fg = theme.foreground or "#ffffff"
    default_bg = theme.background or "#000000"
    cells: list[Cell] = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        x = 0
        for segment in strip:
            text, style = segment.text, segment.style or Style()
            if segment.control:
                continue
            fg, bg = _colours(style, default_fg, default_bg)
            for char in text:
                if not char.isspace() and not "\u2500" <= char <= "\u259f":  # lines, blocks
                    cells.append(Cell(x, y, char, fg, bg))
                x += 1
    return cells


def worst(cells: list[Cell], minimum: float) -> list[str]:
    """Runs of cells below `minimum`, one line each (text, colours, ratio), for a failure."""
    found: dict[tuple[int, str, str], list[Cell]] = {}
    for cell in cells:
        if cell.ratio < minimum or cell.fg == cell.bg:
            found.setdefault((cell.y, cell.fg, cell.bg), []).append(cell)
    return [
        f"row {y}: {''.join(c.text for c in run)!r} {fg} on {bg} = {run[0].ratio:.2f}:1"
        for (y, fg, bg), run in sorted(found.items())
    ]
