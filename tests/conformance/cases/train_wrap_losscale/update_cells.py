# DynamicLossScaleUpdateCell / FixedLossScaleUpdateCell driven with a sequence of overflow flags.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, Parameter

upd = nn.DynamicLossScaleUpdateCell(loss_scale_value=1024.0, scale_factor=2, scale_window=3)
print(upd.get_loss_scale(), [n for n, _ in upd.parameters_and_names()])
scale = Parameter(Tensor(1024.0, ms.float32), name="scale_sense")
flags = [False, False, False, True, False, True, True, False, False, False, False, False, False]
for f in flags:
    out = upd(scale, Tensor(f))
    print(f, out, scale.asnumpy(), upd.cur_iter.asnumpy(), upd.last_overflow_iter.asnumpy())
small = Parameter(Tensor(2.0, ms.float32), name="small")
upd2 = nn.DynamicLossScaleUpdateCell(2.0, 4, 2)
for f in [True, True, False, False, False]:
    upd2(small, Tensor(f))
    print("small", small.asnumpy())
fixed = nn.FixedLossScaleUpdateCell(128.0)
print(fixed.get_loss_scale(), fixed(scale, Tensor(True)), fixed(scale, Tensor(False)),
      scale.asnumpy(), [n for n, _ in fixed.parameters_and_names()])
