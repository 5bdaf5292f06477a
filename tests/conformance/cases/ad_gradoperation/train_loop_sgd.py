import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


def show(label, thunk, cut=None):
    """Print a result, or the error type and the first line (up to ``cut``) of its message."""
    try:
        print(label, thunk())
    except Exception as e:  # noqa: BLE001 - the case records MindSpore's error
        msg = (str(e).splitlines() or [""])[0]
        if cut is not None:
            msg = msg.split(cut)[0]
        print(label, "ERR", type(e).__name__, msg)

class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(3, 2)
        self.dense.weight.set_data(Tensor(np.array([[0.1, -0.2, 0.3], [0.0, 0.5, -0.5]], np.float32)))
        self.dense.bias.set_data(Tensor(np.array([0.05, -0.05], np.float32)))

    def construct(self, a):
        return self.dense(a)


class WithLoss(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.net = net
        self.loss = nn.MSELoss()

    def construct(self, a, t):
        return self.loss(self.net(a), t)


net = WithLoss(Model())
weights = ParameterTuple(net.trainable_params())
grad_op = ops.GradOperation(get_by_list=True)
a = Tensor(np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 0.0]], np.float32))
t = Tensor(np.array([[1.0, 0.0], [0.0, 1.0]], np.float32))
for step in range(3):
    grads = grad_op(net, weights)(a, t)
    for p, g in zip(weights, grads):
        p.set_data(p - 0.1 * g)
    print(step, net(a, t))
print(weights[0].value())
print(weights[1].value())
