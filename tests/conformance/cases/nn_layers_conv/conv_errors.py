# Conv bad inputs: constructor arguments and wrong input channels / rank.
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


err(lambda: nn.Conv2d(0, 2, 3))
err(lambda: nn.Conv2d(2, 2, 0))
err(lambda: nn.Conv2d(2, 2, 3, stride=0))
err(lambda: nn.Conv2d(2, 2, 3, padding=-1, pad_mode="pad"))
err(lambda: nn.Conv2d(2, 2, 3, padding=1.0, pad_mode="pad"))
err(lambda: nn.Conv2d(2, 2, 3, has_bias=1))
err(lambda: nn.Conv2d(3, 2, 3, pad_mode="valid", padding=1))
err(lambda: nn.Conv2d(3, 2, 3, pad_mode="foo"))
err(lambda: nn.Conv2d(3, 2, 3, group=2))
err(lambda: nn.Conv2d(3, 2, 3, pad_mode="pad", padding=(1, 2)))
err(lambda: nn.Conv1d(2, 2, (3,)))
err(lambda: nn.Conv1d(2, 2, 3, group=3))
err(lambda: nn.Conv1d(2, 2, 3, pad_mode="foo"))
c = nn.Conv2d(3, 2, 3)
err(lambda: c(Tensor(np.ones((1, 4, 5, 5), np.float32))))
err(lambda: c(Tensor(np.ones((4, 5, 5), np.float32))))
c1 = nn.Conv1d(3, 2, 3)
err(lambda: c1(Tensor(np.ones((1, 4, 5), np.float32))))
err(lambda: nn.Conv2dTranspose(2, 2, 3, output_padding=1)(Tensor(np.ones((1, 2, 3, 3),
                                                                       np.float32))))
err(lambda: nn.Conv2dTranspose(2, 2, 3, pad_mode="pad", output_padding=2)(
    Tensor(np.ones((1, 2, 3, 3), np.float32))))
