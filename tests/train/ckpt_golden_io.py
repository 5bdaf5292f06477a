"""Run a checkpoint case and encode its outcome as JSON; compare a later run with that JSON.

Shared by ``tools/record_ckpt_goldens.py`` (real MindSpore) and the tests (ms_compat), so both
sides observe a case the same way. Each case runs in a fresh temporary folder; paths in messages
are replaced by ``{tmp}`` / ``{fixtures}``. An outcome holds:

* ``result``: what the case returned, encoded: a load dict -> its entries in order (key, kind,
  dtype, shape, exact bytes, whether the Parameter is named after its key); arrays / Tensors ->
  dtype, shape and bytes; files -> size, sha256 and the bytes (base64) when small;
* or ``error``/``message``: the exception's type name and normalized message;
* ``listing``: the folder's files afterwards (no partial files may be left behind).
"""
import base64
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import OrderedDict

import numpy as np

INLINE_BYTES = 8192
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN_DIR = os.path.join(ROOT, "tests", "goldens", "checkpoint")
FIXTURES = os.path.realpath(os.path.join(ROOT, "..", "shared", "fixtures", "mindspore_ckpt"))
if not os.path.isdir(FIXTURES):  # the development tree keeps shared/ at /work/shared
    FIXTURES = os.path.realpath(os.path.join(ROOT, "shared", "fixtures", "mindspore_ckpt"))


def load_goldens(group):
    with open(os.path.join(GOLDEN_DIR, group + ".json")) as f:
        return json.load(f)


def write_json(path, obj):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(obj, f, indent=1)
        f.write("\n")
    os.replace(tmp, path)


class Env:
    """What a case may use: the framework (``ms``), its own temp folder, the fixtures, and a hook
    that lowers the .ckpt slice size (to exercise splitting on small tensors)."""

    def __init__(self, ms, tmp, set_slice_bytes):
        self.ms = ms
        self.tmp = tmp
        self.fixtures = FIXTURES
        self.set_slice_bytes = set_slice_bytes

    def path(self, name):
        return os.path.join(self.tmp, name)

    def write(self, name, data):
        with open(self.path(name), "wb") as f:
            f.write(data)
        return self.path(name)

    def fixture(self, name):
        return os.path.join(self.fixtures, name)

    def fixture_bytes(self, name):
        with open(self.fixture(name), "rb") as f:
            return f.read()

    def read(self, name):
        with open(self.path(name), "rb") as f:
            return f.read()


def _bytes(data):
    out = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    if len(data) <= INLINE_BYTES:
        out["b64"] = base64.b64encode(data).decode()
    return out


def _tensor(t):
    arr = t.asnumpy()
    return {"dtype": str(t.dtype), "shape": list(arr.shape), "data": _bytes(arr.tobytes())}


def _is_tensor(x):
    return hasattr(x, "asnumpy") and hasattr(x, "dtype")


def encode(x):
    """JSON-able form of a case's return value."""
    if isinstance(x, dict):
        entries = []
        for key, v in x.items():
            if isinstance(v, str):
                entries.append({"key": key, "kind": "str", "value": v})
            elif isinstance(v, list):
                entries.append({"key": key, "kind": "list", "value": [encode(e) for e in v]})
            elif _is_tensor(v):
                e = {"key": key, "kind": type(v).__name__}
                e.update(_tensor(v))
                if hasattr(v, "name"):
                    e["named_as_key"] = v.name == key
                    e["requires_grad"] = bool(v.requires_grad)
                entries.append(e)
            else:
                entries.append({"key": key, "kind": "other", "value": encode(v)})
        return {"dict": entries}
    if isinstance(x, (list, tuple)):
        return [encode(e) for e in x]
    if _is_tensor(x):
        return _tensor(x)
    if isinstance(x, np.ndarray):
        return {"dtype": str(x.dtype), "shape": list(x.shape), "data": _bytes(x.tobytes())}
    if isinstance(x, bytes):
        return _bytes(x)
    if x is None or isinstance(x, (bool, int, float, str)):
        return x
    raise TypeError(f"cannot encode {type(x)}")


def _normalize(text, tmp):
    text = text.replace(tmp, "{tmp}").replace(FIXTURES, "{fixtures}")
    return re.sub(r"/\.tmp\w{6}\b", "/.tmpXXXXXX", text)  # safetensors' random temp name


def _listing(tmp):
    out = []
    for root, dirs, files in os.walk(tmp):
        for name in dirs + files:
            out.append(os.path.relpath(os.path.join(root, name), tmp))
    return sorted(out)


def run_case(fn, ms, set_slice_bytes, keep_dir=None):
    """Run ``fn(env)`` in a fresh temp folder (or in ``keep_dir``, which is then kept); return
    its encoded outcome."""
    tmp = os.path.realpath(keep_dir or tempfile.mkdtemp(prefix="ckpt_case_"))
    env = Env(ms, tmp, set_slice_bytes)
    try:
        out = {"result": encode(fn(env))}
    except Exception as e:  # the outcome under test
        out = {"error": type(e).__name__, "message": _normalize(str(e), tmp)}
    out["listing"] = _listing(tmp)
    if not keep_dir:
        remove_tree(tmp)
    return out


def remove_tree(path):
    """rmtree that also removes owner-read-only files (checkpoints are written 0o400)."""
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chmod(os.path.join(root, name), 0o700)
    shutil.rmtree(path, ignore_errors=True)


def message_view(message, mode):
    """The part of a message a case compares: all of it, nothing, or the text before a marker."""
    if mode == "exact":
        return message
    if mode == "type":
        return None
    if mode.startswith("before:"):
        return message.split(mode[len("before:"):])[0]
    raise ValueError(mode)


def canonical_file_bytes(name, data):
    """File bytes for comparison. The safetensors package writes ``__metadata__`` keys in a
    per-process random order (Rust HashMap), so two saves of the same checkpoint, by MindSpore or
    by ms_compat, may differ there only. A safetensors file is therefore compared as: its 8-byte
    header length, its header JSON re-serialized with the metadata keys sorted (tensor entries
    keep their order), and its data region byte for byte."""
    if not name.endswith(".safetensors") or len(data) < 8:
        return data
    n = int.from_bytes(data[:8], "little")
    try:
        header = json.loads(data[8:8 + n], object_pairs_hook=OrderedDict)
    except ValueError:
        return data
    if isinstance(header, dict) and isinstance(header.get("__metadata__"), dict):
        header["__metadata__"] = OrderedDict(sorted(header["__metadata__"].items()))
    text = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode()
    return data[:8] + text + b"|" + data[8 + n:]
