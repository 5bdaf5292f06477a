# TrainOneStepWithLossScaleCell with dynamic and fixed scales and a Tensor scale: loss, overflow
# flag and scale per step, the update skipped on overflow. MindSpore 2.10's own overflow check
# needs an Ascend/GPU status op, so the Cell here checks with isfinite (a user override that runs
# on MindSpore CPU); everything else is MindSpore's.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FiniteCheckCell(nn.TrainOneStepWithLossScaleCell):
    def get_overflow_status(self, status, compute_output):
        flags = [ops.logical_not(ops.isfinite(g).all()) for g in compute_output]
        return ops.stack(flags).any()


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[0.5], [-1.0]], np.float32)))
        self.b = Parameter(Tensor(np.array([0.1], np.float32)))

    def construct(self, x):
        return ops.matmul(x, self.w) + self.b


rng = np.random.default_rng(5)
x = Tensor(rng.standard_normal((4, 2)).astype(np.float32))
y = Tensor(rng.standard_normal((4, 1)).astype(np.float32))
x_bad = Tensor(np.array([[3e38, 3e38]] * 4, np.float32))


def run(label, scale_sense, inputs):
    net = Net()
    step = FiniteCheckCell(nn.WithLossCell(net, nn.MSELoss()),
                           nn.Momentum(net.trainable_params(), 0.1, 0.9), scale_sense)
    print(label, [n for n, _ in step.parameters_and_names()])
    for xi in inputs:
        loss, cond, scale = step(xi, y)
        print(label, loss, cond, scale, step.scale_sense.asnumpy(), net.w.asnumpy().ravel(),
              net.b.asnumpy(), step.optimizer.global_step.asnumpy())
    return step


seq = [x, x, x_bad, x, x, x, x_bad, x_bad, x]
run("dynamic", nn.DynamicLossScaleUpdateCell(2.0 ** 10, 2, 2), seq)
run("fixed", nn.FixedLossScaleUpdateCell(64.0), [x, x_bad, x])
step = run("tensor", Tensor([16.0], ms.float32), [x, x_bad, x])
step.set_sense_scale(Tensor([4.0], ms.float32))
print(step.scale_sense.asnumpy(), step(x, y)[2])
for bad in [Tensor(np.ones((2,), np.float32)), 2.0]:
    try:
        FiniteCheckCell(nn.WithLossCell(Net(), nn.MSELoss()),
                        nn.SGD(Net().trainable_params()), bad)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
try:
    step.set_sense_scale(4.0)
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
