import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


def show(label, thunk, cut=None):
    """Print a result, or the error type and the first line (up to ``cut``) of its message."""
    try:
        print(label, thunk())
    except Exception as e:  # noqa: BLE001 - the case records MindSpore's error
        msg = (str(e).splitlines() or [""])[0]
        if cut is not None:
            msg = msg.split(cut)[0]
        print(label, "ERR", type(e).__name__, msg)

rng = np.random.default_rng(7)
w1 = Tensor(rng.standard_normal((4, 3)).astype(np.float32) * 0.5)
b1 = Tensor(rng.standard_normal((4,)).astype(np.float32) * 0.1)
w2 = Tensor(rng.standard_normal((2, 4)).astype(np.float32) * 0.5)
b2 = Tensor(rng.standard_normal((2,)).astype(np.float32) * 0.1)
x = Tensor(np.array([0.3, -0.7, 1.1], np.float32))


def mlp(a, p1, q1, p2, q2):
    # matrix-vector products as broadcast + sum: MindSpore 2.10 batches the arguments of
    # jacfwd/jacrev with vmap, whose matmul rule fails for a batched vector
    h = ops.tanh((p1 * a).sum(axis=1) + q1)
    return ops.tanh((p2 * h).sum(axis=1) + q2)


jw = ops.jacrev(mlp, grad_position=(1, 2, 3, 4))(x, w1, b1, w2, b2)
for j in jw:
    print(j.shape)
print(jw[1])
print(jw[3])
