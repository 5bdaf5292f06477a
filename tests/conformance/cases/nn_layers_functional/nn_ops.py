# Functional forms in mindspore.ops: conv, pooling, normalisation, dropout (eval) and losses,
# with their defaults.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor, Parameter

rng = np.random.default_rng(30)


def t(*shape, lo=-1.0, hi=1.0):
    return Tensor(rng.uniform(lo, hi, shape).astype(np.float32))


def err(f):
    try:
        out = f()
        print("OK", out.shape if isinstance(out, Tensor) else out)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


x = t(1, 2, 5, 5)
w = t(3, 2, 3, 3)
b = t(3)
print("conv2d valid", ops.conv2d(x, w).asnumpy())
print("conv2d same bias", ops.conv2d(x, w, b, pad_mode="same", stride=2).asnumpy())
print("conv2d pad", ops.conv2d(x, w, pad_mode="pad", padding=1, dilation=2).shape)
print("conv1d", ops.conv1d(t(1, 2, 6), t(3, 2, 2), stride=2).asnumpy())
print("max_pool2d", ops.max_pool2d(x, 2).asnumpy())
print("max_pool2d pad", ops.max_pool2d(x, 3, 2, padding=1, ceil_mode=True).asnumpy())
print("avg_pool2d", ops.avg_pool2d(x, 2, 2).asnumpy())
print("avg_pool2d pad", ops.avg_pool2d(x, 3, 2, padding=1, count_include_pad=False).asnumpy())
print("adaptive", ops.adaptive_avg_pool2d(x, (2, 3)).asnumpy())
xb = t(4, 3)
rm = Parameter(Tensor(np.zeros(3, np.float32)), name="rm")
rv = Parameter(Tensor(np.ones(3, np.float32)), name="rv")
g = Tensor(np.array([1.0, 2.0, 0.5], np.float32))
be = Tensor(np.array([0.0, 0.1, -0.1], np.float32))
print("batch_norm infer", ops.batch_norm(xb, rm, rv, g, be).asnumpy())
print("batch_norm train", ops.batch_norm(xb, rm, rv, g, be, training=True, momentum=0.2).asnumpy())
print("running", rm.asnumpy(), rv.asnumpy())
# ops.layer_norm (LayerNormExt) has no CPU kernel in MindSpore 2.10: not compared here.
print("group_norm", ops.group_norm(t(2, 4, 3), 2).asnumpy())
print("dropout eval", (ops.dropout(x, 0.5, training=False).asnumpy() == x.asnumpy()).all())
logits = t(4, 3)
labels = Tensor(np.array([0, 2, 1, 1], np.int32))
print("cross_entropy", ops.cross_entropy(logits, labels))
print("cross_entropy int64", ops.cross_entropy(logits, labels.astype(ms.int64), reduction="sum"))
print("cross_entropy probs", ops.cross_entropy(logits, ops.softmax(t(4, 3), 1), reduction="none"))
print("nll_loss", ops.nll_loss(ops.log_softmax(logits, 1), labels, ignore_index=1))
p = t(2, 3, lo=0.1, hi=0.9)
q = Tensor(rng.integers(0, 2, (2, 3)).astype(np.float32))
print("bce", ops.binary_cross_entropy(p, q), ops.binary_cross_entropy(p, q, reduction="none"))
print("bce logits", ops.binary_cross_entropy_with_logits(logits[:2], q))
print("smooth_l1", ops.smooth_l1_loss(p, q), ops.smooth_l1_loss(p, q, 0.5, "mean"))
print("mse", ops.mse_loss(p, q), "l1", ops.l1_loss(p, q, "sum"))
err(lambda: ops.l1_loss(p, 1.0))
err(lambda: ops.mse_loss(p, 1.0))
err(lambda: ops.cross_entropy(logits, labels, reduction="x"))
err(lambda: ops.dropout(x, 0.5, training=1))
