"""The actor page: one actor across the archive, its roles, stories by month, quotes, company."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from wirereader.archive import ActorGroup, ActorPage, QuoteRef, timeline_bars
from wirereader.library import Library
from wirereader.support import plural, safe_line
from wirereader.tui.bindings import bindings
from wirereader.tui.host import host_of
from wirereader.tui.messages import PageLoaded
from wirereader.tui.widgets.choice_list import ChoiceList

Target = QuoteRef | str  # a quote to open at, or a search to run (actor:"NAME")


class ActorScreen(Screen[Target | None]):
    """Pushed over the reader; Enter on a quote opens its story there, on a name that actor's
    own page (stacked: back returns here)."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("actor")
    DEFAULT_CSS = """
    ActorScreen { layout: vertical; }
    ActorScreen #actor-head { height: auto; padding: 0 1; }
    ActorScreen #actor-timeline { height: auto; padding: 0 1; margin-bottom: 1; }
    ActorScreen Horizontal { height: 1fr; }
    ActorScreen #actor-said { width: 2fr; }
    ActorScreen #actor-side { width: 1fr; }
    ActorScreen OptionList {
        height: 1fr; border: round $panel-lighten-2;
        border-title-color: $foreground;  /* $primary 50% was 2:1 on the light theme */
    }
    ActorScreen OptionList:focus { border: round $accent; border-title-color: $accent; }
    ActorScreen OptionList > .option-list--option-disabled { color: $wr-muted; }
    """

    def __init__(self, library: Library, group: ActorGroup, spans: dict[str, str]) -> None:
        super().__init__()
        self.library, self.group, self.spans = library, group, spans
        self.page: ActorPage | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text(safe_line(self.group.name), style="bold"), id="actor-head")
        yield Static(id="actor-timeline")
        with Horizontal():
            said = ChoiceList(id="actor-said")
            said.border_title = "Quoted, newest first"
            yield said
            with Vertical(id="actor-side"):
                company = ChoiceList(id="actor-with")
                company.border_title = "Appears most with"
                yield company
                figures = ChoiceList(id="actor-figures")
                figures.border_title = "Figures in their quotes"
                yield figures
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#actor-said", ChoiceList).focus()
        self.load()

    def load(self) -> None:
        def read() -> None:
            self.post_message(PageLoaded(self.library.actor_page(self.group)))

        # not exclusive: pages stack, and the one below still wants its own page
        host_of(self).in_background(read, "actor-page", "The actor page", exclusive=False)

    def on_page_loaded(self, message: PageLoaded) -> None:
        self.show(message.page)

    def restyle(self, spans: dict[str, str]) -> None:
        """Draw the page again in a new theme's colours."""
        self.spans = spans
        if self.page is not None:
            self.show(self.page)

    def show(self, page: ActorPage) -> None:
        self.page = page
        head = Text(safe_line(page.name), style=f"bold {self.spans.get(page.kind, '')}")
        head.append(f"  {page.kind} · {plural(page.articles, 'story')} · "
                    f"{plural(page.quotes, 'quote')}")  # fmt: skip
        for role, first, last, n in page.roles[:4]:
            span = first if first == last else f"{first} – {last}"
            head.append(f"\n{safe_line(role)}", style="italic")
            head.append(
                f"  {span or 'undated'} · {plural(n, 'story')}", style=self.spans.get("muted", "")
            )
        self.query_one("#actor-head", Static).update(head)
        self.query_one("#actor-timeline", Static).update(self._timeline(page))
        said = self.query_one("#actor-said", ChoiceList)
        said.clear_options()
        said.add_options(
            [Option(self._quote_line(q), id=f"q{i}") for i, q in enumerate(page.said)]
            or [_nothing("Not quoted in the library.")]
        )
        company = self.query_one("#actor-with", ChoiceList)
        company.clear_options()
        if page.with_most_over < page.articles:
            company.border_title = f"Appears most with (latest {page.with_most_over:,} stories)"
        for i, (name, kind, n) in enumerate(page.with_most):
            line = Text(safe_line(name), style=self.spans.get(kind, ""))
            line.append(f" ×{n} {kind}", style=self.spans.get("muted", ""))
            company.add_option(Option(line, id=f"w{i}"))
        if not page.with_most:
            company.add_option(_nothing("No one else is named in their stories."))
        figures = self.query_one("#actor-figures", ChoiceList)
        figures.clear_options()
        for i, fig in enumerate(page.figures):
            line = Text(safe_line(fig.text), style=self.spans.get("figure", ""))
            line.append(f" {fig.kind}", style=self.spans.get("muted", ""))
            figures.add_option(Option(line, id=f"f{i}"))
        if not page.figures:
            figures.add_option(_nothing("No figures in their quotes."))
        if said.has_focus:
            said.on_focus()

    def _timeline(self, page: ActorPage) -> Text:
        if not page.timeline:
            return Text("No dated stories.", style="italic")
        first, last = page.timeline[0][0], page.timeline[-1][0]
        if first == last:  # one bar between two equal dates says nothing a sentence does not
            line = Text("Stories: ", style="bold")
            line.append(f"{plural(page.timeline[0][1], 'story')}, all in {first}")
            return line
        busiest = max(page.timeline, key=lambda t: t[1])
        bars, unit = timeline_bars(page.timeline)
        line = Text(f"Stories by {unit} ", style="bold")
        line.append(f"{first} ", style=self.spans.get("muted", ""))
        line.append(bars, style=self.spans.get("figure", ""))
        line.append(f" {last}", style=self.spans.get("muted", ""))
        line.append(f"   busiest {busiest[0]}: {plural(busiest[1], 'story')}",
                    style=self.spans.get("muted", ""))  # fmt: skip
        return line

    def _quote_line(self, quote: QuoteRef) -> Text:
        line = Text("“", style=self.spans.get("quote", ""))
        line.append(safe_line(quote.text), style=self.spans.get("quote", ""))
        line.append("”", style=self.spans.get("quote", ""))
        line.append(f"\n  {quote.date[:10] or 'undated'} · {safe_line(quote.title)}",
                    style=self.spans.get("muted", ""))  # fmt: skip
        return line

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.page is None or not event.option.id:
            return
        kind, index = event.option.id[0], int(event.option.id[1:])
        if kind == "q":
            self.dismiss(self.page.said[index])
        elif kind == "w":
            name, other_kind, _ = self.page.with_most[index]
            self.open_actor(name, other_kind)
        elif kind == "f":
            fig = self.page.figures[index]
            quote = next((q for q in self.page.said if q.article_id == fig.article_id), None)
            if quote is not None:
                self.dismiss(quote)

    def open_actor(self, name: str, kind: str) -> None:
        group = self.library.find_actor(name, kind)
        if group is None:
            self.notify(f"{safe_line(name)} is no longer in the library.", severity="warning")
            return
        self.app.push_screen(ActorScreen(self.library, group, self.spans), self._came_back)

    def _came_back(self, target: Target | None) -> None:
        if target is not None:  # a quote chosen on a page opened from here: pass it down
            self.dismiss(target)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_actor_stories(self) -> None:
        self.dismiss(f'actor:"{self.group.name}"')


def _nothing(message: str) -> Option:
    """What an empty list says instead of staying blank; it cannot be chosen."""
    return Option(Text(message, style="italic"), disabled=True)
