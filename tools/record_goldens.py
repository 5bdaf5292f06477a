#!/usr/bin/env python3
"""Record conformance goldens by running each case under real MindSpore.

Usage::

    python tools/record_goldens.py                      # every case
    python tools/record_goldens.py --group grad_matrix  # one group (repeatable)
    python tools/record_goldens.py tests/conformance/cases/dtype/int_list.py
    python tools/record_goldens.py --missing            # only cases without an up-to-date golden
    python tools/record_goldens.py --list-stale         # report, run nothing

Each case runs in its own subprocess of the MindSpore interpreter (``$MS_PYTHON``, default
``<repo>/.venv-ms/bin/python``) with a fixed environment and a scratch working directory; only
stdout is recorded. The golden ``tests/goldens/conformance/<group>/<name>.json`` holds stdout, the
exit status, the MindSpore version and the sha256 of the case file (the test reports a golden as
stale when the case changes). A case that exits non-zero is reported and gets no golden: cases
catch the errors they exercise and print them (see tests/conformance/README.md).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO_ROOT, "tests", "conformance"))

import conformance_harness as H  # noqa: E402

TIMEOUT_S = 300


def ms_python() -> str:
    return os.path.abspath(os.environ.get("MS_PYTHON", os.path.join(REPO_ROOT, ".venv-ms", "bin", "python")))


def fixed_env() -> dict:
    """The environment every case runs in: nothing inherited but PATH/HOME, logs silenced."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONUNBUFFERED": "1",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "GLOG_v": "3",
        "GLOG_logtostderr": "1",
        "OMP_NUM_THREADS": "1",
        "TF_CPP_MIN_LOG_LEVEL": "3",
    }
    return env


def mindspore_version(python: str) -> str:
    out = subprocess.run(
        [python, "-c", "import mindspore; print(mindspore.__version__)"],
        env=fixed_env(), capture_output=True, text=True, timeout=TIMEOUT_S, check=True)
    return out.stdout.strip().splitlines()[-1]


def run_case(python: str, case_path: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="ms-conformance-") as scratch:
        return subprocess.run(
            [python, case_path], cwd=scratch, env=fixed_env(), capture_output=True,
            text=True, encoding="utf-8", timeout=TIMEOUT_S)


def record_one(python: str, version: str, case_path: str) -> tuple[str, bool, str]:
    cid = H.case_id(case_path)
    sha = H.file_sha256(case_path)
    try:
        proc = run_case(python, case_path)
    except subprocess.TimeoutExpired:
        return cid, False, f"timed out after {TIMEOUT_S}s"
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        return cid, False, f"exit status {proc.returncode}; no golden written\n{tail}"
    H.write_json_atomic(H.golden_path(case_path), {
        "case": cid,
        "case_sha256": sha,
        "mindspore_version": version,
        "returncode": proc.returncode,
        "stdout": proc.stdout,
    })
    return cid, True, f"{len(proc.stdout.splitlines())} lines"


def is_current(case_path: str) -> bool:
    gpath = H.golden_path(case_path)
    if not os.path.exists(gpath):
        return False
    return H.load_golden(case_path).get("case_sha256") == H.file_sha256(case_path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", nargs="*", help="case files (default: all cases)")
    ap.add_argument("--group", action="append", help="only cases of this group (repeatable)")
    ap.add_argument("--missing", action="store_true", help="only cases whose golden is missing or stale")
    ap.add_argument("--list-stale", action="store_true", help="list missing/stale/orphan goldens and exit")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel MindSpore processes (default 2)")
    args = ap.parse_args(argv)

    if args.cases:
        cases = [os.path.abspath(p) for p in args.cases]
        for p in cases:
            if not p.startswith(H.CASES_DIR + os.sep) or not os.path.isfile(p):
                ap.error(f"not a case file under {H.CASES_DIR}: {p}")
    else:
        cases = H.discover_cases(args.group)

    if args.list_stale:
        bad = [H.case_id(c) for c in cases if not is_current(c)]
        known = {H.case_id(c) for c in H.discover_cases()}
        orphans = [g for g in H.discover_goldens() if g not in known]
        for cid in bad:
            print("stale or missing:", cid)
        for cid in orphans:
            print("orphan golden (no case):", cid)
        return 1 if bad or orphans else 0

    if args.missing:
        cases = [c for c in cases if not is_current(c)]
    if not cases:
        print("nothing to record")
        return 0

    python = ms_python()
    if not os.path.exists(python):
        print(f"MindSpore interpreter not found: {python} (set MS_PYTHON)", file=sys.stderr)
        return 2
    version = mindspore_version(python)
    print(f"recording {len(cases)} case(s) with MindSpore {version} ({python})")
    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(record_one, python, version, c) for c in cases]
        for fut in concurrent.futures.as_completed(futures):
            cid, ok, info = fut.result()
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {cid}: {info}", flush=True)
    print(f"{len(cases) - failures} recorded, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
