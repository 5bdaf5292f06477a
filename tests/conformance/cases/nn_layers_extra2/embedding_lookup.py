"""nn.EmbeddingLookup (target='CPU', sparse=True): lookups of Int32/Int64 indices of several
ranks, out-of-range and negative indices (zero rows), parameters, gradient through the lookup,
argument errors. (max_norm is left out: MindSpore 2.10 CPU prints values that are not the
documented per-row ClipByNorm; target='DEVICE' cannot be constructed on MindSpore's CPU build.)"""
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(7)


def show(fn):
    try:
        r = fn()
        print(r.shape, r.dtype)
        print(r)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


m = nn.EmbeddingLookup(5, 3)
print(m)
print([(p.name, p.shape, p.dtype, p.requires_grad) for p in m.get_parameters()])
m.embedding_table.set_data(Tensor(rng.standard_normal((5, 3)).astype(np.float32)))
show(lambda: m(Tensor(np.array([[0, 4], [2, 7]], np.int32))))
show(lambda: m(Tensor(np.array([[0, -1], [2, 5]], np.int64))))
show(lambda: m(Tensor(np.array([3, 3, 1], np.int32))))
show(lambda: m(Tensor(np.array([[[1], [2]], [[0], [4]]], np.int64))))
m16 = nn.EmbeddingLookup(4, 2, param_init="ones", dtype=ms.float16)
print([(p.name, p.shape, p.dtype) for p in m16.get_parameters()])
show(lambda: m16(Tensor(np.array([0, 3, 9], np.int32))))

idx = Tensor(np.array([[0, 4], [2, 2], [6, -2]], np.int32))


def f(t):
    return (m(idx) * t).sum()


w = Tensor(np.arange(18).reshape(3, 2, 3).astype(np.float32))
# (the gradient w.r.t. embedding_table is left out: MindSpore returns the sparse gradient's
# per-index values, shape (indices.size, embedding_size), not a table-shaped Tensor)
print(ms.grad(f)(w))
for fn in [lambda: m(Tensor(np.array([1.0], np.float32))),
           lambda: m(Tensor(np.array(3, np.int32))),
           lambda: nn.EmbeddingLookup(5, 3, target="GPU"),
           lambda: nn.EmbeddingLookup(5, 3, sparse=False),
           lambda: nn.EmbeddingLookup(5, 3, sparse=1),
           lambda: nn.EmbeddingLookup(0, 3),
           lambda: nn.EmbeddingLookup(5, 3.0),
           lambda: nn.EmbeddingLookup(5, -1)]:
    show(fn)
