"""Run wirereader with `python -m wirereader`."""

from wirereader.cli import main

if __name__ == "__main__":  # guarded: spawned index processes import this module too
    raise SystemExit(main())
