# nn.learning_rate_schedule cells evaluated at Int32 global steps (shape (1,) as the optimizer
# passes it, and 0-d), their dtypes, and their argument checks.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def report(name, cell):
    values = [cell(Tensor(np.array([s], np.int32))) for s in range(0, 13)]
    print(name, values[0].dtype, values[0].shape,
          " ".join(f"{float(v.asnumpy()[0]):.7e}" for v in values))
    scalar = cell(Tensor(5, ms.int32))
    print(name, "0-d", scalar.dtype, scalar.shape, f"{float(scalar.asnumpy()):.7e}")


report("exp", nn.ExponentialDecayLR(0.1, 0.9, 4))
report("exp_stair", nn.ExponentialDecayLR(0.1, 0.9, 4, is_stair=True))
report("natural", nn.NaturalExpDecayLR(0.1, 0.3, 4))
report("natural_stair", nn.NaturalExpDecayLR(0.1, 0.3, 4, is_stair=True))
report("inverse", nn.InverseDecayLR(0.1, 0.5, 4))
report("inverse_stair", nn.InverseDecayLR(0.1, 0.5, 4, True))
report("cosine", nn.CosineDecayLR(0.01, 0.1, 8))
report("poly", nn.PolynomialDecayLR(0.1, 0.01, 8, 0.5))
report("poly_update", nn.PolynomialDecayLR(0.1, 0.01, 5, 2.0, update_decay_steps=True))
report("warmup", nn.WarmUpLR(0.1, 6))
print(type(nn.WarmUpLR(0.1, 6)).__mro__[1].__name__)


def attempt(label, build):
    try:
        build()
        print(label, "OK")
    except Exception as e:
        print(label, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


attempt("exp_steps0", lambda: nn.ExponentialDecayLR(0.1, 0.9, 0))
attempt("exp_lr_int", lambda: nn.ExponentialDecayLR(1, 0.9, 4))
attempt("exp_lr_neg", lambda: nn.ExponentialDecayLR(-0.1, 0.9, 4))
attempt("exp_rate_str", lambda: nn.ExponentialDecayLR(0.1, "0.9", 4))
attempt("exp_stair_int", lambda: nn.ExponentialDecayLR(0.1, 0.9, 4, is_stair=1))
attempt("cosine_min_int", lambda: nn.CosineDecayLR(0, 0.1, 4))
attempt("cosine_min_ge_max", lambda: nn.CosineDecayLR(0.2, 0.1, 4))
attempt("cosine_steps_float", lambda: nn.CosineDecayLR(0.0, 0.1, 4.0))
attempt("poly_end_int", lambda: nn.PolynomialDecayLR(0.1, 0, 4, 1.0))
attempt("poly_power_neg", lambda: nn.PolynomialDecayLR(0.1, 0.0, 4, -1.0))
attempt("poly_update_int", lambda: nn.PolynomialDecayLR(0.1, 0.0, 4, 1.0, 1))
attempt("warmup_lr_int", lambda: nn.WarmUpLR(1, 4))
attempt("warmup_steps_neg", lambda: nn.WarmUpLR(0.1, -4))
