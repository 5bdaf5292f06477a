"""Record the initializer / random-op goldens from real MindSpore.

    python tools/record_init_goldens.py [--only GROUP ...] [--show]

Also rewrites ``init_goldens.json`` (the seed x network cases of ``tests/common/init_cases.py``).
Runs with the MindSpore interpreter (``$MS_PYTHON``, default ``<repo>/.venv-ms/bin/python``;
started on it when the current interpreter has no ``mindspore``). Every case of
``tests/common/init_rng_cases.py`` and ``tests/common/random_op_cases.py`` runs from a fresh
seed state and its outcome (sha256 and first values of each array, or the exception, plus the
next draw of numpy's global RandomState) is written to
``tests/goldens/initializer/<group>.json``. ``--show`` prints the outcomes instead of writing.
"""
from __future__ import annotations

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN_DIR = os.path.join(ROOT, "tests", "goldens", "initializer")
sys.path.insert(0, os.path.join(ROOT, "tests", "common"))


def ms_python() -> str:
    return os.path.abspath(os.environ.get("MS_PYTHON",
                                          os.path.join(ROOT, ".venv-ms", "bin", "python")))


def _ensure_mindspore():
    try:
        import mindspore  # noqa: F401
    except ImportError:
        python = ms_python()
        if not os.path.exists(python):
            raise SystemExit(f"MindSpore interpreter not found: {python} (set MS_PYTHON)")
        os.execv(python, [python, os.path.abspath(__file__)] + sys.argv[1:])
    import mindspore
    if "ms_compat" in mindspore.__file__:
        raise SystemExit("run this with real MindSpore, not ms_compat")


def _record_init_goldens(ms, init_cases, gio, show):
    """``init_goldens.json``: the seed x network cases of ``tests/common/init_cases.py``."""
    out = {"mindspore_version": ms.__version__, "cases": {}}
    for which in init_cases.WHICH:
        for seed in init_cases.SEEDS:
            out["cases"][f"{which}/{seed}"] = init_cases.summarize(
                init_cases.build(ms, seed, which))
    print(f"init_goldens: {len(out['cases'])} cases")
    if not show:
        gio.save(os.path.join(GOLDEN_DIR, "init_goldens.json"), out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", help="groups to record")
    parser.add_argument("--show", action="store_true", help="print, do not write")
    args = parser.parse_args(argv)
    os.environ.setdefault("GLOG_v", "3")
    _ensure_mindspore()
    import mindspore as ms

    import init_cases
    import init_rng_cases
    import random_op_cases
    import rng_golden_io as gio

    if not args.only or "init_goldens" in args.only:
        _record_init_goldens(ms, init_cases, gio, args.show)

    groups = {**init_rng_cases.CASES, **random_op_cases.CASES}
    for group, cases in groups.items():
        if args.only and group not in args.only:
            continue
        out = {"mindspore_version": ms.__version__, "cases": {}}
        for name, fn in cases.items():
            outcome = gio.run_case(fn, ms)
            out["cases"][name] = outcome
            if args.show:
                print(group, "|", name, "|", outcome)
        errors = sum("error" in o for o in out["cases"].values())
        print(f"{group}: {len(cases)} cases ({errors} raise)")
        if not args.show:
            gio.save(os.path.join(GOLDEN_DIR, f"{group}.json"), out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
