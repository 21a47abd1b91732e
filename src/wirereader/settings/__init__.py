"""What the user set and chose: the config file, the keymap, themes, remembered state."""
