"""Record initializer goldens with real MindSpore (sha256 of every initial array).

    .venv-ms/bin/python tools/record_init_goldens.py

Writes tests/goldens/initializer/init_goldens.json (atomically).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, "tests", "common"))

import mindspore as ms  # noqa: E402

import init_cases  # noqa: E402


def main():
    out = {"mindspore_version": ms.__version__, "cases": {}}
    for which in init_cases.WHICH:
        for seed in init_cases.SEEDS:
            out["cases"][f"{which}/{seed}"] = init_cases.summarize(init_cases.build(ms, seed, which))
    path = os.path.join(REPO, "tests", "goldens", "initializer", "init_goldens.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
    os.replace(tmp, path)
    print(f"wrote {path}: {len(out['cases'])} cases")


if __name__ == "__main__":
    main()
