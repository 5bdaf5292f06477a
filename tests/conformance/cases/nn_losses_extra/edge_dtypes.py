"""Loss dtype rules and input checks: integer inputs, float16, MultiMarginLoss's target dtype,
weight dtype/shape and ranks."""
import numpy as np
from mindspore import nn, ops, Tensor

x = Tensor(np.arange(12).reshape(3, 4).astype(np.float32) / 7)
x16 = Tensor(x.asnumpy().astype(np.float16))
tg = Tensor(np.array([0, 1, 2], np.int64))


def run(name, fn):
    try:
        r = fn()
        print(name, r.dtype, r.shape, r)
    except Exception as e:
        print(name, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


def mm_target_int32():
    return nn.MultiMarginLoss()(x, Tensor(np.array([0, 1, 2], np.int32)))


def mm_weight_shape():
    return nn.MultiMarginLoss()(x, tg, Tensor(np.ones(3, np.float32)))


def mm_rank():
    return nn.MultiMarginLoss()(Tensor(np.ones(4, np.float32)), Tensor(np.array([1], np.int64)))


def mm_float16():
    return nn.MultiMarginLoss(reduction="none")(x16, tg)


def mm_weight_dtype():
    return nn.MultiMarginLoss()(x, tg, Tensor(np.ones(4, np.float16)))


def huber_int():
    return nn.HuberLoss(reduction="none")(Tensor(np.array([1, 5, 2], np.int32)),
                                          Tensor(np.array([0, 0, 2], np.int32)))


def huber_int_mean():
    return ops.huber_loss(Tensor(np.array([1, 5, 2], np.int32)),
                          Tensor(np.array([0, 0, 2], np.int32)), "mean", 2)


def gaussian_int():
    return ops.gaussian_nll_loss(Tensor(np.array([[1, 5]], np.int32)),
                                 Tensor(np.array([[0, 0]], np.int32)),
                                 Tensor(np.array([[1, 2]], np.int32)))


def poisson_float16_target():
    return nn.PoissonNLLLoss()(x, Tensor(np.ones((3, 4), np.float16)))


def margin_ranking_int():
    return ops.margin_ranking_loss(Tensor(np.array([1, 2], np.int32)),
                                   Tensor(np.array([2, 2], np.int32)),
                                   Tensor(np.array([1, -1], np.int32)), 0.5, "none")


def cosine_float16():
    return nn.CosineEmbeddingLoss()(x16, Tensor(x16.asnumpy()[::-1].copy()),
                                    Tensor(np.array([1, -1, 1], np.int32)))


def kl_float16():
    return nn.KLDivLoss(reduction="sum")(x16, x16)


for fn in (mm_target_int32, mm_weight_shape, mm_rank, mm_float16, mm_weight_dtype, huber_int,
           huber_int_mean, gaussian_int, poisson_float16_target, margin_ranking_int,
           cosine_float16, kl_float16):
    run(fn.__name__, fn)
