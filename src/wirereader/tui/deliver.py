"""Hand a worker thread's result to the UI, only while the app and the receiving widget live."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.message_pump import MessagePump
from textual.worker import NoActiveWorker, get_current_worker


def deliver(node: MessagePump, callback: Callable[..., object], *args: Any, **kwargs: Any) -> None:
    """From a worker thread: run `callback` on the UI thread unless the work no longer matters.

    A cancelled worker (a newer keystroke superseded it) paints nothing; neither does one that
    finishes while the app shuts down, when the widgets it would fill are being taken apart.
    """
    try:
        if get_current_worker().is_cancelled:
            return
    except NoActiveWorker:
        pass
    app = node.app
    if not app.is_running:
        return
    try:
        app.call_from_thread(_if_alive, node, callback, args, kwargs)
    except RuntimeError:  # the event loop closed between the check and the call
        return


def _if_alive(
    node: MessagePump,
    callback: Callable[..., object],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:
    if node.app.is_running and (node is node.app or node.is_attached):
        callback(*args, **kwargs)
