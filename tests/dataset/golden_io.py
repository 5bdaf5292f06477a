"""Run a dataset case and encode what it produced as JSON; compare a later run with that JSON.

Used by ``tools/record_dataset_goldens.py`` (on real MindSpore) and by the tests (on ms_compat),
so both sides collect results the same way:

* a Dataset -> its column names, dataset size and every row of one epoch
  (``create_tuple_iterator(output_numpy=True)``);
* numpy arrays -> dtype, shape and exact bytes (zlib + base64), or a sha256 digest when large;
* a framework Tensor -> its printed dtype (``Float32``), shape and the array;
* an exception -> its type name and message.
"""

import base64
import hashlib
import json
import os
import zlib

import numpy as np

INLINE_BYTES = 16384
GOLDEN_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "goldens", "dataset")


def load_goldens(group):
    with open(os.path.join(GOLDEN_DIR, group + ".json")) as f:
        return json.load(f)["cases"]


class Env:
    """What a case may use: the framework under test and the data directories."""

    def __init__(self, ms, ds, vision, transforms, dirs):
        self.ms = ms
        self.ds = ds
        self.vision = vision
        self.transforms = transforms
        self.mnist_dir = dirs["mnist"]
        self.cifar_dir = dirs["cifar"]
        self.folder_dir = dirs["folder"]
        self.golden_dir = dirs.get("goldens")


def _is_dataset(x):
    return hasattr(x, "create_tuple_iterator") and hasattr(x, "get_dataset_size")


def _is_tensor(x):
    return type(x).__name__ in ("Tensor", "Parameter") and hasattr(x, "asnumpy")


def encode_array(a):
    a = np.asarray(a)
    if a.dtype.kind in "US":
        return {"__array__": a.dtype.str, "shape": list(a.shape),
                "list": np.vectorize(lambda s: s if isinstance(s, str) else s.decode("latin-1"),
                                     otypes=[object])(a).tolist() if a.size else []}
    raw = a.tobytes(order="C")
    out = {"__array__": a.dtype.str, "shape": list(a.shape)}
    if len(raw) <= INLINE_BYTES:
        out["b64"] = base64.b64encode(zlib.compress(raw, 9)).decode("ascii")
    else:
        out["sha256"] = hashlib.sha256(raw).hexdigest()
        out["sum"] = float(a.astype(np.float64).sum())
    return out


def decode_array(enc):
    if "b64" in enc:
        raw = zlib.decompress(base64.b64decode(enc["b64"]))
        return np.frombuffer(raw, dtype=np.dtype(enc["__array__"])).reshape(enc["shape"])
    if "list" in enc:
        return np.array(enc["list"], dtype=np.dtype(enc["__array__"])).reshape(enc["shape"])
    return None


def collect_dataset(d):
    out = {"col_names": list(d.get_col_names()), "size": int(d.get_dataset_size())}
    out["rows"] = [[encode_array(x) for x in row]
                   for row in d.create_tuple_iterator(output_numpy=True)]
    return {"__dataset__": out}


def encode(value):
    if _is_dataset(value):
        return collect_dataset(value)
    if _is_tensor(value):
        return {"__tensor__": str(value.dtype), "array": encode_array(value.asnumpy())}
    if isinstance(value, (np.ndarray, np.generic)):
        return encode_array(value)
    if isinstance(value, dict):
        return {"__dict__": [[str(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, (list, tuple)):
        return {"__list__": type(value).__name__, "items": [encode(v) for v in value]}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return {"__repr__": type(value).__name__, "text": str(value)}


def run_case(fn, env):
    """Run ``fn(env)``; return the encoded result or the encoded exception."""
    try:
        return encode(fn(env))
    except Exception as e:  # noqa: BLE001 - the type is the recorded result
        return {"__error__": type(e).__name__, "message": str(e)[:4000]}


def _array_diff(path, exp, act):
    act = np.asarray(act)
    if act.dtype.str != exp["__array__"] and not (act.dtype.kind in "US" and
                                                  exp["__array__"][1] in "US"):
        return f"{path}: dtype {act.dtype.str} != expected {exp['__array__']}"
    if list(act.shape) != exp["shape"]:
        return f"{path}: shape {list(act.shape)} != expected {exp['shape']}"
    if "sha256" in exp:
        digest = hashlib.sha256(act.tobytes(order="C")).hexdigest()
        if digest != exp["sha256"]:
            return (f"{path}: content differs (sum {float(act.astype(np.float64).sum())!r} "
                    f"vs expected {exp['sum']!r})")
        return None
    want = decode_array(exp)
    if act.dtype.kind in "US":
        same = act.astype(str).tolist() == want.astype(str).tolist()
    else:
        same = act.tobytes(order="C") == want.tobytes(order="C")
    if not same:
        if act.dtype.kind in "fiub" and act.size:
            diff = np.abs(act.astype(np.float64) - want.astype(np.float64))
            idx = np.unravel_index(int(np.nanargmax(diff)), act.shape) if act.ndim else ()
            return (f"{path}: values differ at {int((diff != 0).sum())} of {act.size} places; "
                    f"max |diff| {float(np.nanmax(diff))!r} at {idx}: got "
                    f"{act[idx]!r}, expected {want[idx]!r}")
        return f"{path}: values differ: got {act!r}, expected {want!r}"
    return None


def compare(exp, act, path="result"):
    """First difference between an expected encoding and an actual encoding, or None."""
    if isinstance(exp, dict) and "__array__" in exp:
        if not (isinstance(act, dict) and "__array__" in act):
            return f"{path}: expected an array, got {act!r}"[:500]
        got = decode_array(act)
        if got is None:  # both large: compare digests
            if act["__array__"] != exp["__array__"] or act["shape"] != exp["shape"]:
                return (f"{path}: {act['__array__']}{act['shape']} != expected "
                        f"{exp['__array__']}{exp['shape']}")
            if act.get("sha256") != exp.get("sha256"):
                return f"{path}: content differs (sum {act['sum']!r} vs expected {exp['sum']!r})"
            return None
        return _array_diff(path, exp, got)
    if isinstance(exp, dict):
        if not isinstance(act, dict):
            return f"{path}: expected {sorted(exp)}, got {act!r}"[:500]
        if "__error__" in exp or "__error__" in act:
            if exp.get("__error__") != act.get("__error__"):
                return (f"{path}: expected {exp.get('__error__') or 'no error'}, got "
                        f"{act.get('__error__') or 'no error'}: "
                        f"{act.get('message', '')[:300]}")
            return None
        if set(exp) != set(act):
            return f"{path}: keys {sorted(act)} != expected {sorted(exp)}"
        for k in exp:
            r = compare(exp[k], act[k], f"{path}.{k}")
            if r:
                return r
        return None
    if isinstance(exp, list):
        if not isinstance(act, list) or len(act) != len(exp):
            n = len(act) if isinstance(act, list) else act
            return f"{path}: length {n} != expected {len(exp)}"
        for i, (e, a) in enumerate(zip(exp, act)):
            r = compare(e, a, f"{path}[{i}]")
            if r:
                return r
        return None
    if isinstance(exp, float) and isinstance(act, float):
        return None if (exp == act or (exp != exp and act != act)) else f"{path}: {act!r} != {exp!r}"
    if exp != act or type(exp) is not type(act):
        return f"{path}: {act!r} != expected {exp!r}"
    return None


def registry():
    """``CASES, case = registry()``: ``@case(match="text")`` registers ``fn(env)`` under its name.

    ``match`` is a piece of text the error message must contain on both frameworks.
    """
    cases = {}

    def case(match=None):
        def deco(fn):
            cases[fn.__name__] = (fn, match)
            return fn
        return deco

    return cases, case


def epochs(d, n, **kw):
    """Rows of ``n`` epochs read through one iterator created with ``num_epochs=n``."""
    it = d.create_tuple_iterator(num_epochs=n, output_numpy=True, **kw)
    return [[list(row) for row in it] for _ in range(n)]


def column(d, name):
    """One column of one epoch as a list of numpy values (keeps shuffle goldens small)."""
    return [row[name] for row in d.create_dict_iterator(output_numpy=True)]
