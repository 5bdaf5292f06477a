# A learning-rate list shorter than the steps taken: MindSpore raises from its Gather when the
# step runs past the list; the weights and global_step keep their last values. Also through
# TrainOneStepCell, and for a group learning rate.
import re
import numpy as np
from mindspore import nn, ops, Tensor, Parameter


def attempt(label, fn):
    try:
        fn()
        print(label, "OK")
    except Exception as e:
        first = (str(e).splitlines() or [""])[0]
        m = re.match(r".*but got \d+", first)
        print(label, "ERR", type(e).__name__, m.group(0) if m else first)


w = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w")
opt = nn.SGD([w], [0.1, 0.2])
g = (Tensor(np.ones(2, np.float32)),)
for i in range(3):
    attempt(f"step{i}", lambda: opt(g))
    print(w.asnumpy(), opt.global_step.asnumpy())


class Scale(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([0.5, -0.5], np.float32)), name="w")

    def construct(self, x):
        return (x * self.w).sum()


net = Scale()
opt2 = nn.Momentum(net.trainable_params(), Tensor(np.array([0.1, 0.05, 0.02], np.float32)), 0.9)
step = nn.TrainOneStepCell(net, opt2)
x = Tensor(np.array([1.0, 2.0], np.float32))
for i in range(4):
    attempt(f"train{i}", lambda: print(step(x)))
    print(net.w.asnumpy(), opt2.global_step.asnumpy())

v = Parameter(Tensor(np.array([1.0], np.float32)), name="v")
opt3 = nn.Adam([{"params": [w], "lr": [0.1]}, {"params": [v]}], 0.1)
for i in range(2):
    attempt(f"group{i}", lambda: opt3((Tensor(np.ones(2, np.float32)), Tensor(np.ones(1, np.float32)))))
    print(w.asnumpy(), v.asnumpy(), opt3.global_step.asnumpy())
