"""wirereader: a terminal news reader that knows who is in a story, who said what, and the figures."""

__version__ = "0.1.0"
