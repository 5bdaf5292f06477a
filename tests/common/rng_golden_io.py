"""Running an initializer / random-op case on a framework and comparing with its golden.

A case is a function ``fn(ms)`` taking the framework module (real ``mindspore`` in
``tools/record_init_goldens.py``, ``ms_compat`` in the tests) and returning a list of
``(label, array)``. Its outcome records, per array, dtype, shape, the sha256 of the exact bytes
and the first values; or the exception (type and first message line). After the case one more
``np.random.randint`` is drawn and recorded, so the number of draws a case makes from numpy's
global RandomState is checked too.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import os
import tempfile

import numpy as np

HEAD = 4


def describe(a) -> dict:
    a = np.ascontiguousarray(np.asarray(a))
    head = a.reshape(-1)[:HEAD]
    if a.dtype.kind == "f" or a.dtype.name == "bfloat16":
        head = [float(v) for v in head]
    elif a.dtype.kind == "b":
        head = [bool(v) for v in head]
    else:
        head = [int(v) for v in head]
    return {"dtype": a.dtype.name, "shape": list(a.shape),
            "sha256": hashlib.sha256(a.tobytes()).hexdigest(), "head": head}


def reset(ms):
    """The seed state of a fresh interpreter, PyNative mode."""
    seed_mod = importlib.import_module(ms.__name__ + ".common.seed")
    if hasattr(seed_mod, "_reset"):  # ms_compat
        seed_mod._reset()
    else:  # MindSpore: what a fresh interpreter has
        seed_mod._GLOBAL_SEED = None
        seed_mod._KERNEL_SEED.clear()
    ms.set_context(mode=ms.PYNATIVE_MODE)
    np.random.seed(20240601)


def run_case(fn, ms) -> dict:
    reset(ms)
    try:
        items = fn(ms)
        out = {"arrays": [dict(label=label, **describe(a)) for label, a in items]}
    except Exception as e:  # noqa: BLE001 - the outcome records what was raised
        out = {"error": type(e).__name__, "message": str(e).strip().split("\n")[0].strip()}
    finally:
        ms.set_context(mode=ms.PYNATIVE_MODE)
    out["numpy_after"] = int(np.random.randint(0, 2 ** 31 - 1))
    return out


def compare(outcome: dict, golden: dict) -> list[str]:
    """Differences between an outcome and its golden (empty when they agree bit for bit)."""
    problems = []
    if "error" in golden or "error" in outcome:
        for key in ("error", "message"):
            if outcome.get(key) != golden.get(key):
                problems.append(f"{key}: got {outcome.get(key)!r}, MindSpore {golden.get(key)!r}")
        if "error" not in golden:
            problems.append(f"MindSpore returned {golden['arrays']}")
    else:
        got, want = outcome["arrays"], golden["arrays"]
        if [a["label"] for a in got] != [a["label"] for a in want]:
            problems.append(f"labels: got {[a['label'] for a in got]}, "
                            f"MindSpore {[a['label'] for a in want]}")
        for g, w in zip(got, want):
            for key in ("dtype", "shape", "sha256"):
                if g[key] != w[key]:
                    problems.append(f"{w['label']} {key}: got {g[key]} head {g['head']}, "
                                    f"MindSpore {w[key]} head {w['head']}")
                    break
    if outcome["numpy_after"] != golden["numpy_after"]:
        problems.append("numpy's global RandomState was drawn a different number of times")
    return problems


def load(path) -> dict:
    with open(path) as f:
        return json.load(f)


def save(path, data):
    """Atomic write (temp file + os.replace)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
    with os.fdopen(fd, "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
