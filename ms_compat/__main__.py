"""``python -m ms_compat [--check] SCRIPT [ARGS...]`` (also the ``ms-compat`` command).

Runs an unchanged MindSpore script with ``mindspore`` resolved to ms_compat, or with ``--check``
reports (without running it) the MindSpore APIs the script uses and whether ms_compat has them.
"""
from __future__ import annotations

import sys

USAGE = "usage: python -m ms_compat [--check] SCRIPT [ARGS...]"


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        print(__doc__.strip().splitlines()[2].strip() if __doc__ else "")
        return 0 if argv else 2
    if argv[0] == "--check":
        if len(argv) < 2:
            print(USAGE, file=sys.stderr)
            return 2
        from ._src.check import main as check_main
        return check_main(argv[1:])
    from ._src.alias import run_script
    run_script(argv[0], argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
