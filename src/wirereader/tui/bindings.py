"""Turn the keymap table into Textual Bindings, each with an id so the config can rebind it."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from wirereader.settings import for_scope


def bindings(scope: str) -> list[BindingType]:
    return [
        Binding(k.keys, k.action, k.description, show=k.show, id=k.action) for k in for_scope(scope)
    ]
