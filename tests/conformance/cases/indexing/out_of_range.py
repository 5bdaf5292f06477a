"""Out-of-range integer indices raise IndexError as in MindSpore (JAX would clamp them silently):
ints, negative ints, tuples with slices/None/Ellipsis, lists, setitem; scalar conversion and
ops.cast argument errors."""
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor
def run(name, f):
    try:
        r = f()
        print(name, r)
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0][:150])
a = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
run("a[5]", lambda: a[5])
run("a[-3]", lambda: a[-3])
run("a[-2]", lambda: a[-2])
run("a[0, 3]", lambda: a[0, 3])
run("a[1, -4]", lambda: a[1, -4])
run("a[:, 7]", lambda: a[:, 7])
run("a[..., 3]", lambda: a[..., 3])
run("a[None, 2]", lambda: a[None, 2])
run("a[[0, 2]]", lambda: a[[0, 2]])
def setit():
    b = a.copy()
    b[2] = 1.0
    return b
run("b[2]=", setit)
run("float", lambda: float(a))
run("int", lambda: int(a))
run("item", lambda: a.item())
run("cast str", lambda: ops.cast(a, "float"))
run("cast np", lambda: ops.cast(a, np.float32))
run("astype str", lambda: a.astype("float16").dtype)
run("astype np", lambda: a.astype(np.int32).dtype)
