"""ops.dropout1d / ops.dropout3d and nn.Dropout1d / nn.Dropout3d: eval identity; training: shapes,
dtypes, whole rows/volumes zeroed, the rest scaled by 1/(1-p) (not the random bits); errors."""
import numpy as np
from mindspore import nn, ops, Tensor


def err(fn):
    try:
        r = fn()
        print(r.shape, r.dtype)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


def summary(out, rows):
    o = out.asnumpy().reshape(rows, -1)
    vals = sorted(set(np.unique(o).tolist()) - {0})
    print(out.shape, out.dtype, bool((o == o[:, :1]).all()), vals)


for dt in (np.float32, np.float16, np.int32):
    for p in (0.3, 0.5, 0.0, 1.0):
        # >= 64 channels, so that some survive (0.5**64 ~ 0)
        summary(ops.dropout1d(Tensor(np.full((4, 16, 5), 3, dt)), p), 64)
        summary(ops.dropout1d(Tensor(np.full((64, 5), 3, dt)), p), 64)
        summary(ops.dropout3d(Tensor(np.full((2, 32, 2, 2, 3), 3, dt)), p), 64)
x3 = Tensor(np.ones((2, 3, 4), np.float32))
x5 = Tensor(np.ones((2, 3, 2, 2, 2), np.float32))
print(ops.dropout1d(x3, 0.5, training=False) is x3, ops.dropout3d(x5, 0.5, training=False) is x5)
print(nn.Dropout1d(), nn.Dropout1d(0.2), nn.Dropout3d(), nn.Dropout3d(0.2))
m1, m3 = nn.Dropout1d(0.5), nn.Dropout3d(0.5)
print(m1(x3) is x3, m3(x5) is x5, m1.training)
m1.set_train()
m3.set_train()
summary(m1(Tensor(np.full((4, 16, 5), 3, np.float32))), 64)
summary(m3(Tensor(np.full((2, 32, 2, 2, 3), 3, np.float32))), 64)
m10 = nn.Dropout1d(1.0)
m10.set_train()
summary(m10(Tensor(np.full((4, 8, 5), 3, np.float32))), 32)
for fn in [lambda: ops.dropout1d(Tensor(np.ones((1, 8, 5, 1), np.float32)), 0.5),
           lambda: ops.dropout1d(Tensor(np.ones((5,), np.float32)), 0.5),
           lambda: ops.dropout1d(x3, 1.5),
           lambda: ops.dropout1d(x3, 1),
           lambda: ops.dropout1d(x3, 0.5, training=1),
           lambda: ops.dropout1d(np.ones((2, 2, 2)), 0.5),
           lambda: ops.dropout1d(Tensor(np.ones((2, 2, 2), np.bool_)), 0.5),
           lambda: ops.dropout3d(Tensor(np.ones((8, 2, 2, 2), np.float32)), 0.5),
           lambda: ops.dropout3d(x5, 1.5),
           lambda: ops.dropout3d(x5, 0.5, training=1),
           lambda: ops.dropout3d(Tensor(np.ones((2, 8, 2, 2, 2), np.bool_)), 0.5),
           lambda: m1(Tensor(np.ones((1, 2, 3, 4), np.float32))),
           lambda: m3(Tensor(np.ones((2, 2, 2), np.float32))),
           lambda: nn.Dropout1d(1),
           lambda: nn.Dropout1d(1.5),
           lambda: nn.Dropout3d(1),
           lambda: nn.Dropout3d(-0.5)]:
    err(fn)
