# Embedding: lookup of any id shape, use_one_hot, padding_idx row zeroed, gradients, repr, errors.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def err(f):
    try:
        out = f()
        if isinstance(out, Tensor):
            out = out.asnumpy().shape
        print("OK", out)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


table = Tensor(np.arange(15, dtype=np.float32).reshape(5, 3) / 10)
ids = Tensor(np.array([[0, 2, 4], [1, 1, 3]], np.int32))
for kw in [{}, {"use_one_hot": True}]:
    emb = nn.Embedding(5, 3, embedding_table=table, **kw)
    out = emb(ids)
    print(out.shape, out.dtype, out.asnumpy())
    sens = Tensor(np.arange(18, dtype=np.float32).reshape(2, 3, 3))

    def f(i):
        return (emb(i) * sens).sum()

    print("grad", ms.grad(f, None, emb.trainable_params())(ids)[0].asnumpy())
e = nn.Embedding(5, 3, embedding_table=table, padding_idx=2)
print(e.embedding_table.asnumpy())
print(repr(e))
print(e(Tensor(np.array(3, np.int64))).asnumpy())
print(nn.Embedding(4, 2, embedding_table="ones", dtype=ms.float16).embedding_table.dtype)
print([p.name for p in nn.Embedding(4, 2).get_parameters()])
err(lambda: nn.Embedding(10, 3, padding_idx=10))
err(lambda: nn.Embedding(10.0, 3))
err(lambda: nn.Embedding(10, 3, use_one_hot=1))
err(lambda: nn.Embedding(4, 3)(Tensor(np.array([0, 5]), ms.int32)))
