# nn.dynamic_lr functions: the per-step learning-rate lists and their argument checks.
from mindspore import nn


def show(name, values):
    print(name, len(values), " ".join(f"{v:.10e}" for v in values))


show("piecewise", nn.piecewise_constant_lr([2, 5, 10], [0.1, 0.05, 0.01]))
show("exp", nn.exponential_decay_lr(0.1, 0.9, 10, 2, 2))
show("exp_stair", nn.exponential_decay_lr(0.1, 0.9, 10, 2, 2, True))
show("natural", nn.natural_exp_decay_lr(0.1, 0.5, 10, 2, 2))
show("natural_stair", nn.natural_exp_decay_lr(0.1, 0.5, 10, 2, 2, is_stair=True))
show("inverse", nn.inverse_decay_lr(0.1, 0.5, 10, 2, 2))
show("inverse_stair", nn.inverse_decay_lr(0.1, 0.5, 10, 2, 2, True))
show("cosine", nn.cosine_decay_lr(0.01, 0.1, 10, 2, 3))
show("poly", nn.polynomial_decay_lr(0.1, 0.01, 10, 2, 3, 0.5))
show("poly_update", nn.polynomial_decay_lr(0.1, 0.01, 12, 2, 2, 2.0, update_decay_epoch=True))
show("warmup", nn.warmup_lr(0.1, 10, 2, 3))
print(type(nn.warmup_lr(0.1, 4, 1, 2)).__name__)


def attempt(label, build):
    try:
        build()
        print(label, "OK")
    except Exception as e:
        print(label, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


attempt("piecewise_len", lambda: nn.piecewise_constant_lr([2, 5], [0.1]))
attempt("piecewise_order", lambda: nn.piecewise_constant_lr([5, 2], [0.1, 0.2]))
attempt("piecewise_int_lr", lambda: nn.piecewise_constant_lr([2], [1]))
attempt("piecewise_tuple", lambda: nn.piecewise_constant_lr((2, 4), (0.1, 0.2)))
attempt("piecewise_str", lambda: nn.piecewise_constant_lr("2", [0.1]))
attempt("exp_total0", lambda: nn.exponential_decay_lr(0.1, 0.9, 0, 2, 2))
attempt("exp_lr_int", lambda: nn.exponential_decay_lr(1, 0.9, 10, 2, 2))
attempt("exp_stair_int", lambda: nn.exponential_decay_lr(0.1, 0.9, 10, 2, 2, 1))
attempt("cosine_min_ge_max", lambda: nn.cosine_decay_lr(0.1, 0.1, 10, 2, 2))
attempt("cosine_min_int", lambda: nn.cosine_decay_lr(0, 0.1, 10, 2, 2))
attempt("poly_end_int", lambda: nn.polynomial_decay_lr(0.1, 0, 10, 2, 2, 1.0))
attempt("warmup_epoch0", lambda: nn.warmup_lr(0.1, 10, 2, 0))
attempt("warmup_lr_neg", lambda: nn.warmup_lr(-0.1, 10, 2, 2))
