"""Record the checkpoint goldens from real MindSpore, and check ms_compat's files in MindSpore.

Run with the MindSpore interpreter (it calls the ms_compat interpreter itself)::

    .venv-ms/bin/python tools/record_ckpt_goldens.py [--only GROUP] [--show] [--skip-interop]

1. Runs every case of ``tests/train/ckpt_cases.py`` with ``mindspore`` and writes the outcomes
   (results, exception types and messages, files left behind, written bytes) to
   ``tests/goldens/checkpoint/<group>.json``.
2. Interop: runs ``.venv/bin/python tools/record_ckpt_goldens.py --write-with-ms-compat DIR``,
   which saves every non-deviating ``save_files`` case and every fixture's arrays with
   ``ms_compat``; then loads each of those files with ``mindspore.load_checkpoint`` and compares
   what MindSpore gets with what it gets from its own file for the same case (or with the
   fixture's .npz); writes ``tests/goldens/checkpoint/interop.json``.
"""
import argparse
import hashlib
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "train"))

import ckpt_cases  # noqa: E402
import ckpt_fixtures  # noqa: E402
import ckpt_golden_io as gio  # noqa: E402

COMPAT_PYTHON = os.path.join(ROOT, ".venv", "bin", "python")


def _framework(name):
    if name == "ms_compat":
        sys.path.insert(0, ROOT)
        import ms_compat as ms
        from ms_compat._src.checkpoint import ckpt_codec
        default = ckpt_codec.SLICE_BYTES

        def set_slice(n):
            ckpt_codec.SLICE_BYTES = default if n is None else n
        return ms, set_slice
    os.environ.setdefault("GLOG_v", "3")
    import mindspore as ms
    import mindspore.train.serialization as ser
    if "ms_compat" in ms.__file__:
        raise SystemExit("run this with real MindSpore, not ms_compat")
    default = ser.SLICE_SIZE

    def set_slice(n):  # MindSpore's slice size is in KiB
        ser.SLICE_SIZE = default if n is None else n // 1024
    return ms, set_slice


def record(groups, show):
    ms, set_slice = _framework("mindspore")
    for group in groups:
        out = {"mindspore_version": ms.__version__, "cases": {}}
        for name, c in ckpt_cases.CASES[group].items():
            outcome = gio.run_case(c.fn, ms, set_slice)
            out["cases"][name] = outcome
            if show:
                print(group, name, outcome.get("error"), outcome.get("message", "")[:100])
        gio.write_json(os.path.join(gio.GOLDEN_DIR, group + ".json"), out)
        print(f"wrote {group}.json ({len(out['cases'])} cases)")


def interop_cases():
    return {n: c for n, c in ckpt_cases.CASES["save_files"].items() if c.deviation is None}


def write_with_ms_compat(out_dir):
    """(ms_compat side) every interop case's files under out_dir/<case>/, fixtures under
    out_dir/fixture.<name>/."""
    ms, set_slice = _framework("ms_compat")
    for name, c in interop_cases().items():
        d = os.path.join(out_dir, name)
        os.makedirs(d)
        gio.run_case(c.fn, ms, set_slice, keep_dir=d)
    for name, entry in ckpt_fixtures.manifest().items():
        d = os.path.join(out_dir, "fixture." + name)
        os.makedirs(d)
        obj, kw = ckpt_fixtures.save_args(ms, name)
        ms.save_checkpoint(obj, os.path.join(d, name + ".ckpt"), **kw)
        if "safetensors" in entry["files"]:
            ms.save_checkpoint(obj, os.path.join(d, name + ".safetensors"), format="safetensors")


def _sha(path):
    """sha256 of the file's canonical bytes (safetensors metadata order is random)."""
    with open(path, "rb") as f:
        return hashlib.sha256(gio.canonical_file_bytes(path, f.read())).hexdigest()


def _has_crc(path):
    """Whether a file carries a CRC (then MindSpore must verify ours with crc_check=True)."""
    import json
    import struct
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".safetensors"):
        n = struct.unpack("<Q", data[:8])[0]
        return "crc_num" in json.loads(data[8:8 + n]).get("__metadata__", {})
    return data[-17:-10] == b"crc_num"


def _load_encoded(ms, path):
    fmt = "safetensors" if path.endswith(".safetensors") else "ckpt"
    try:
        loaded = ms.load_checkpoint(path, format=fmt, crc_check=_has_crc(path))
        return gio.encode(loaded)
    except Exception as e:  # recorded: a file MindSpore cannot load is a failed check
        return {"error": type(e).__name__}


def _strip_names(encoded):
    """Loaded entries without the Parameter-name flag (safetensors names are counters)."""
    if isinstance(encoded, dict) and "dict" in encoded:
        return [{k: v for k, v in e.items() if k != "named_as_key"} for e in encoded["dict"]]
    return encoded


def _fixture_expected(name):
    exp = []
    bf16 = ckpt_fixtures.bf16_names(name)
    for k, arr in ckpt_fixtures.arrays(name).items():
        exp.append((k, arr, k in bf16))
    return exp


def _matches_fixture(ms, loaded, name, fmt):
    import numpy as np
    exp = _fixture_expected(name)
    keys = [k for k, _, _ in exp]
    if fmt == "safetensors":
        keys = sorted(keys)
    if list(loaded) != keys:
        return False
    for k, ref, is_bf16 in exp:
        v = loaded[k]
        if isinstance(v, str):
            if ref.dtype.kind != "U" or str(ref) != v:
                return False
            continue
        if is_bf16:
            got = (v.float().asnumpy().view(np.uint32) >> 16).astype(np.uint16)
        else:
            got = v.asnumpy()
        if got.dtype != ref.dtype or got.shape != ref.shape or not np.array_equal(got, ref):
            return False
    return True


def interop():
    ms, set_slice = _framework("mindspore")
    work = tempfile.mkdtemp(prefix="ckpt_interop_")
    try:
        compat_dir = os.path.join(work, "ms_compat")
        os.makedirs(compat_dir)
        subprocess.run([COMPAT_PYTHON, os.path.abspath(__file__), "--write-with-ms-compat",
                        compat_dir], check=True, cwd=ROOT)
        results = {}
        for name, c in interop_cases().items():
            ms_dir = os.path.join(work, "mindspore", name)
            os.makedirs(ms_dir)
            gio.run_case(c.fn, ms, set_slice, keep_dir=ms_dir)
            for rel in sorted(os.listdir(os.path.join(compat_dir, name))):
                ours = os.path.join(compat_dir, name, rel)
                theirs = os.path.join(ms_dir, rel)
                got = _load_encoded(ms, ours)
                ref = _load_encoded(ms, theirs)
                results[f"{name}/{rel}"] = {
                    "ms_compat_sha256": _sha(ours),
                    "mindspore_sha256": _sha(theirs) if os.path.exists(theirs) else None,
                    # a file MindSpore cannot read even when it wrote it (complex64) must fail
                    # the same way when ms_compat wrote it
                    "mindspore_loads_own_file": "error" not in ref,
                    "loads_in_mindspore": "error" not in got,
                    "values_equal": _strip_names(got) == _strip_names(ref),
                }
        for name, entry in ckpt_fixtures.manifest().items():
            d = os.path.join(compat_dir, "fixture." + name)
            for rel in sorted(os.listdir(d)):
                fmt = "safetensors" if rel.endswith(".safetensors") else "ckpt"
                path = os.path.join(d, rel)
                try:
                    loaded = ms.load_checkpoint(path, format=fmt, crc_check=_has_crc(path))
                    ok, equal = True, _matches_fixture(ms, loaded, name, fmt)
                except Exception:  # recorded as a failed check
                    ok, equal = False, False
                fixture_file = entry["files"][fmt]
                results[f"fixture.{name}/{rel}"] = {
                    "ms_compat_sha256": _sha(path),
                    "mindspore_sha256": _sha(os.path.join(gio.FIXTURES, fixture_file["file"])),
                    "mindspore_loads_own_file": True,
                    "loads_in_mindspore": ok, "values_equal": equal,
                }
        out = {"mindspore_version": ms.__version__,
               "command": ".venv-ms/bin/python tools/record_ckpt_goldens.py",
               "files": results}
        gio.write_json(os.path.join(gio.GOLDEN_DIR, "interop.json"), out)
        bad = [k for k, v in results.items() if not v["values_equal"] or
               v["loads_in_mindspore"] != v["mindspore_loads_own_file"]]
        print(f"wrote interop.json ({len(results)} files; {len(bad)} failing: {bad})")
    finally:
        gio.remove_tree(work)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=ckpt_cases.GROUPS, action="append")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--skip-interop", action="store_true")
    parser.add_argument("--write-with-ms-compat", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_with_ms_compat:
        write_with_ms_compat(args.write_with_ms_compat)
        return
    os.makedirs(gio.GOLDEN_DIR, exist_ok=True)
    record(args.only or ckpt_cases.GROUPS, args.show)
    if not args.skip_interop:
        interop()


if __name__ == "__main__":
    main()
