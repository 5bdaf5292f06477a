# ops.kl_div (reductions), ops.cosine_similarity, ops.histc, ops.matrix_exp, ops.expand: values, dtypes, gradients and argument errors.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor, Parameter


def err(fn, n=None):
    try:
        print(fn())
    except Exception as e:  # noqa: BLE001
        line = str(e).splitlines()[0]
        print("ERR", type(e).__name__, line if n is None else line[:n])


rng = np.random.default_rng(5)
logits = Tensor(np.log(np.array([[0.2, 0.3, 0.5], [0.1, 0.6, 0.3]], np.float32)))
labels = Tensor(np.array([[0.3, 0.3, 0.4], [0.0, 0.5, 0.5]], np.float32))
print("kl_div")
for red in ["mean", "sum", "batchmean", "none"]:
    err(lambda: ops.kl_div(logits, labels, red))
    err(lambda: ms.grad(lambda a, b: ops.kl_div(a, b, red), (0, 1))(logits, labels))
err(lambda: ops.kl_div(logits, labels, "max"))
err(lambda: ops.kl_div(logits.astype(ms.float16), labels.astype(ms.float16), "sum"))
err(lambda: ops.kl_div(logits, labels.astype(ms.float16), "sum"))
err(lambda: ops.kl_div(logits, Tensor(np.ones((3,), np.float32)) / 3, "none"))
err(lambda: ops.kl_div(logits.asnumpy(), labels))
err(lambda: ops.kl_div(logits, Tensor(np.ones((2, 4), np.float32)), "mean"))
err(lambda: ops.kl_div(Tensor([1, 2]), Tensor([1, 2]), "sum"))

print("cosine_similarity")
a = Tensor(np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [-1.0, 0.5, 2.0]], np.float32))
b = Tensor(np.array([[3.0, 2.0, 1.0], [1.0, 1.0, 1.0], [2.0, -1.0, -4.0]], np.float32))
print(ops.cosine_similarity(a, b), ops.cosine_similarity(a, b, dim=0), ops.cosine_similarity(a, b, 1, 0.5))
print(ops.cosine_similarity(a, Tensor(np.array([[1.0, 0.0, 1.0]], np.float32))))
print(ops.cosine_similarity(a.astype(ms.float16), b.astype(ms.float16)))
print(ms.grad(ops.cosine_similarity, (0, 1))(a, b))
err(lambda: ops.cosine_similarity(a, b, 2))
err(lambda: ops.cosine_similarity(a, Tensor(np.ones((2, 3), np.float32))))
err(lambda: ops.cosine_similarity(a.asnumpy(), b))
err(lambda: ops.cosine_similarity(Tensor([[1, 2]]), Tensor([[1, 2]])))

print("histc")
h = Tensor(np.array([1.0, 2.0, 1.0, 4.0, 2.5, -1.0, 3.9, 4.0], np.float32))
print(ops.histc(h), ops.histc(h, bins=4), ops.histc(h, 4, 0.0, 3.0), ops.histc(h, 3, min=1, max=4))
print(ops.histc(Tensor([1, 2, 1, 5], ms.int32), bins=4, min=0, max=5))
print(ops.histc(Tensor(np.ones(3, np.float32)), bins=3), ops.histc(h.astype(ms.float16), bins=2))
print(ops.histc(h).dtype, ops.histc(h.astype(ms.float16)).dtype, ops.histc(Tensor([1, 2], ms.int32)).dtype)
err(lambda: ops.histc(h.astype(ms.float64), 2))
err(lambda: ops.histc(Tensor([1, 2]), 2))
print(ops.histc(Tensor([0.1, 0.2, 0.3, 0.7, 1.0, 0.45], ms.float32), 10, 0.0, 1.0))
err(lambda: ms.grad(lambda t: ops.histc(t, 4) * 1.0)(h))
err(lambda: ops.histc(h, bins=0))
err(lambda: ops.histc(h, bins=3, min=3.0, max=1.0))
err(lambda: ops.histc(h, bins=2.5))
err(lambda: ops.histc(h.asnumpy()))
err(lambda: ops.histc(h, 3, min="a"))

print("expand")
e = Tensor(np.array([[1.0], [2.0], [3.0]], np.float32))
print(ops.expand(e, Tensor(np.array([3, 4], np.int32))), ops.expand(e, Tensor(np.array([2, 3, 2], np.int64))))
print(ops.expand(e, Tensor(np.array([-1, 2], np.int32))), ops.expand(Tensor([1, 2], ms.int32), Tensor(np.array([2, 2]))))
print(ops.expand(Tensor([[1], [0]], ms.uint8), Tensor(np.array([2, 3]))), ops.expand(e.astype(ms.float16), Tensor(np.array([3, 2]))).dtype)
err(lambda: ops.expand(Tensor([1, 2]), Tensor(np.array([2, 2]))))
err(lambda: ops.expand(e.astype(ms.float64), Tensor(np.array([3, 2]))))
print(ms.grad(lambda t: ops.expand(t, Tensor(np.array([2, 3, 4], np.int32))))(e))
err(lambda: ops.expand(e, (3, 4)))
err(lambda: ops.expand(e, Tensor(np.array([4, 4], np.int32))))
err(lambda: ops.expand(e, Tensor(np.array([4], np.int32))))
err(lambda: ops.expand(e, Tensor(np.array([3.0, 4.0], np.float32))))
err(lambda: ops.expand(e.asnumpy(), Tensor(np.array([3, 4], np.int32))))
