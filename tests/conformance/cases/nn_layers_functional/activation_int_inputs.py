# relu / sigmoid / softmax / log_softmax / hardswish / selu on int, bool and non-Tensor inputs:
# which dtypes MindSpore's CPU kernels accept, and the TypeErrors of the others.
# Every call gets an input of a new shape: MindSpore 2.10 caches a failed kernel selection /
# shape inference by input shape and re-raises it for the next op on an input of that shape,
# and sometimes reports a failed kernel selection again, as the next op's error: so errors print
# only their type here (the messages are checked in activations_more).
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

n = [2]


def fresh(values, dt):
    n[0] += 1
    return Tensor(np.resize(np.array(values), (n[0],)), dt)


def run(name, f):
    try:
        r = f()
        print(name, r.dtype, r.asnumpy().tolist()[:11])
    except Exception as e:
        print(name, "ERR", type(e).__name__)
        try:
            ops.relu(fresh([1.0], ms.float32)).asnumpy()
        except Exception:
            pass


vals = [-7, -5, -3, -2, -1, 0, 1, 2, 3, 4, 7]
for dt in (ms.int8, ms.int16, ms.int32, ms.int64, ms.uint8):
    for name in ("relu", "hardswish", "selu", "sigmoid", "softmax", "log_softmax"):
        run(name + " " + str(dt), lambda: getattr(ops, name)(fresh(vals, dt)))
for name in ("relu", "sigmoid", "softmax", "log_softmax", "hardswish", "selu"):
    run(name + " bool", lambda: getattr(ops, name)(fresh([True, False], ms.bool_)))
    run(name + " f64", lambda: getattr(ops, name)(fresh([1.0, -1.0], ms.float64)))
run("softmax int dtype=f32", lambda: ops.softmax(fresh([1, 2], ms.int32), dtype=ms.float32))
run("Tensor.sigmoid int", lambda: fresh([1, 2], ms.int32).sigmoid())
run("Tensor.softmax int", lambda: fresh([1, 2], ms.int32).softmax(0))
run("Tensor.relu bool", lambda: fresh([True, False], ms.bool_).relu())
for dt in (ms.int8, ms.int32):
    run("selu wide " + str(dt), lambda: ops.selu(fresh([-100, -20, -17, -1, 1, 5, 100], dt)))
    run("hardswish wide " + str(dt), lambda: ops.hardswish(fresh([-100, -4, -3, -2, 2, 3, 100], dt)))
