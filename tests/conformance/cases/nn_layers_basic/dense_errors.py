# Dense bad inputs: constructor arguments and wrong input feature size.
import numpy as np
from mindspore import nn, Tensor


def err(f):
    try:
        out = f()
        if isinstance(out, Tensor):
            out = out.asnumpy().shape
        print("OK", out)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


err(lambda: nn.Dense(0, 2))
err(lambda: nn.Dense(2.0, 2))
err(lambda: nn.Dense(2, -1))
err(lambda: nn.Dense(2, 2, has_bias=1))
err(lambda: nn.Dense(2, 2, activation=3))
err(lambda: nn.Dense(2, 2, activation="foo"))
err(lambda: nn.Dense(2, 2, weight_init=Tensor(np.ones((2, 3), np.float32))))
err(lambda: nn.Dense(2, 2, bias_init=Tensor(np.ones((3,), np.float32))))
d = nn.Dense(3, 2)
err(lambda: d(Tensor(np.ones((2, 4), np.float32))))
err(lambda: d(Tensor(np.ones((4,), np.float32))))
err(lambda: d(Tensor(np.ones((2, 2, 4), np.float32))))
err(lambda: nn.Flatten(2)(Tensor(np.ones((2, 3), np.float32))))
err(lambda: nn.Flatten(0, 5)(Tensor(np.ones((2, 3), np.float32))))
err(lambda: nn.get_activation("foo"))
