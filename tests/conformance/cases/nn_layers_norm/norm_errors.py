# Normalisation layers: bad constructor arguments and inputs.
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


err(lambda: nn.BatchNorm2d(0))
err(lambda: nn.BatchNorm2d(2.0))
err(lambda: nn.BatchNorm2d(2, momentum=1.5))
err(lambda: nn.BatchNorm2d(2, use_batch_statistics=1))
err(lambda: nn.BatchNorm2d(2)(Tensor(np.ones((2, 2), np.float32))))
err(lambda: nn.BatchNorm1d(2)(Tensor(np.ones((2, 2, 2, 2), np.float32))))
err(lambda: nn.BatchNorm2d(3)(Tensor(np.ones((2, 2, 2, 2), np.float32))))
err(lambda: nn.LayerNorm(4))
err(lambda: nn.LayerNorm(()))
err(lambda: nn.LayerNorm((4,))(Tensor(np.ones((2, 3), np.float32))))
err(lambda: nn.GroupNorm(3, 4))
err(lambda: nn.GroupNorm(0, 4))
err(lambda: nn.GroupNorm(2, 4, eps=1))
err(lambda: nn.GroupNorm(2, 4, affine=1))
err(lambda: nn.GroupNorm(2, 4)(Tensor(np.ones((2, 6, 2), np.float32))))
