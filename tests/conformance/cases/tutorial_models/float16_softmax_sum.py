# Float16 attention scores (mixed-precision tutorials): ops.softmax / nn.Softmax / ops.Softmax
# and log_softmax on float16 must round as MindSpore's kernels do (last-bit differences show
# at float16 precision), also with softmax's dtype argument; float16 sums (Tensor.sum, ops.sum,
# ops.ReduceSum) accumulate in float32 and round once.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(3)
x = Tensor((rng.standard_normal((4, 12)) * 3).astype(np.float16))
np.set_printoptions(linewidth=200)
print(ops.softmax(x, axis=-1))
print(ops.softmax(x, axis=0))
print(nn.Softmax(axis=1)(x))
print(ops.Softmax(axis=0)(x))
print(ops.log_softmax(x, axis=-1))
print(nn.LogSoftmax(axis=-1)(x))
y = Tensor(rng.standard_normal((2, 3, 5)).astype(np.float32))
print(ops.softmax(y, axis=-1, dtype=ms.float16))
q = Tensor(rng.standard_normal((2, 3, 4)).astype(np.float16))
k = Tensor(rng.standard_normal((2, 5, 4)).astype(np.float16))
scores = ops.BatchMatMul(transpose_b=True)(q, k) * 0.5
attn = ops.softmax(scores, axis=-1)
print(attn.dtype, attn)
print(attn.sum(-1))
p = Tensor(rng.random((24, 37)).astype(np.float16))
print(p.sum(-1))
print(p.sum(0))
print(p.sum(), ops.sum(p, 1)[:6], ops.ReduceSum(keep_dims=True)(p, 0)[:, :6])
print(p.mean(-1)[:6], ops.mean(p, 0)[:6])
