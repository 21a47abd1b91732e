"""The app's screens: main, help, bookmarks, and the bookmark-note prompt."""
