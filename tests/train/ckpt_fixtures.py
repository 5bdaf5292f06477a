"""The MindSpore-written fixture checkpoints in ``shared/fixtures/mindspore_ckpt`` (see its
MANIFEST.md): their manifest, their exact arrays, and how to re-save the same arrays with a
framework (``mindspore`` or ``ms_compat``) so that the bytes can be compared with the fixture's.
"""
import json
import os

import numpy as np

from ckpt_golden_io import FIXTURES


def manifest():
    with open(os.path.join(FIXTURES, "manifest.json")) as f:
        return json.load(f)["files"]


def arrays(name):
    """Entry name -> exact numpy array, in file order (bfloat16 entries as uint16 bits)."""
    with np.load(os.path.join(FIXTURES, name + ".npz")) as z:
        data = {k: z[k] for k in z.files}
    order = [p["name"] for p in manifest()[name]["params"]]
    order += [k for k in manifest()[name].get("append_dict", {})]
    return {k: data[k] for k in order}


def bf16_names(name):
    return {p["name"] for p in manifest()[name]["params"] if p["mindspore_dtype"] == "BFloat16"}


def save_args(ms, name):
    """(save_obj, kwargs) re-creating fixture ``name`` with ``ms.save_checkpoint``: a list of
    Parameters in file order (names, dtypes and requires_grad from the manifest), plus the
    fixture's own ``save_checkpoint`` keyword arguments (``append_dict`` values from the
    manifest, which recorded what MindSpore was given)."""
    entry = manifest()[name]
    data = arrays(name)
    bf16 = bf16_names(name)
    params = []
    for p in entry["params"]:
        arr = data[p["name"]]
        if p["name"] in bf16:
            t = ms.Tensor(_bits_to_f32(arr), ms.bfloat16)
        else:
            t = ms.Tensor(arr)
        params.append(ms.Parameter(t, name=p["name"], requires_grad=p["requires_grad"]))
    kwargs = dict(entry.get("save_checkpoint_kwargs", {}))
    return params, kwargs


def _bits_to_f32(bits):
    """float32 array exactly equal to the bfloat16 values with these bit patterns."""
    return (bits.astype(np.uint32) << 16).view(np.float32)
