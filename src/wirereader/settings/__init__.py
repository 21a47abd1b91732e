"""What the user set and chose: the config file, the keymap, themes, remembered state."""

from __future__ import annotations

from wirereader.settings.config import Config, ConfigError, load_config
from wirereader.settings.fetching import FetchSettings, Keep, Retention
from wirereader.settings.keymap import SCOPES, for_scope, key_labels, keymap
from wirereader.settings.state import load_state, save_state
from wirereader.settings.themes import TEXTUAL_KEYS, ThemeSpec, load_themes

__all__ = [
    "SCOPES",
    "TEXTUAL_KEYS",
    "Config",
    "ConfigError",
    "FetchSettings",
    "Keep",
    "Retention",
    "ThemeSpec",
    "for_scope",
    "key_labels",
    "keymap",
    "load_config",
    "load_state",
    "load_themes",
    "save_state",
]
