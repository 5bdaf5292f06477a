# Pooling bad inputs.
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


err(lambda: nn.MaxPool2d(0))
err(lambda: nn.MaxPool2d((2, 0)))
err(lambda: nn.MaxPool2d(2.0))
err(lambda: nn.MaxPool2d(2, pad_mode="foo"))
err(lambda: nn.MaxPool2d(2, pad_mode=1))
err(lambda: nn.MaxPool2d(2, padding=1))
err(lambda: nn.MaxPool2d(2, ceil_mode=True))
err(lambda: nn.MaxPool2d(2)(Tensor(np.ones((2, 2), np.float32))))
err(lambda: nn.AvgPool2d(2, 2)(Tensor(np.ones((2, 2), np.float32))))
err(lambda: nn.AvgPool2d(2, divisor_override=0))
err(lambda: nn.AvgPool2d(3, 1)(Tensor(np.ones((1, 1, 2, 2), np.float32))))
err(lambda: nn.AdaptiveAvgPool2d(2)(Tensor(np.ones((2,), np.float32))))
err(lambda: nn.MaxPool1d(2, padding=1))
