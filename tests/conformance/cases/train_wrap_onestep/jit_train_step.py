# Optimizer updates inside ms.jit and under GRAPH_MODE: a jitted value_and_grad + optimizer
# step, per-step learning-rate lists, TrainOneStepCell compiled as a graph.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[0.5, -0.2], [0.1, 0.3], [-0.4, 0.2]], np.float32)))
        self.b = Parameter(Tensor(np.array([0.05, -0.05], np.float32)))

    def construct(self, x):
        return ops.matmul(ops.relu(x), self.w) + self.b


rng = np.random.default_rng(11)
x = Tensor(rng.standard_normal((6, 3)).astype(np.float32))
y = Tensor(rng.standard_normal((6, 2)).astype(np.float32))
loss_fn = nn.MSELoss()

w = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w")
sgd = nn.SGD([w], 0.1)


def simple_loss(a):
    return (a * w).sum()


simple_grad = ms.value_and_grad(simple_loss, None, [w])


@ms.jit
def simple_step(a):
    loss, grads = simple_grad(a)
    sgd(grads)
    return loss


print(simple_step(Tensor(np.array([3.0, 4.0], np.float32))), w.asnumpy())

for name in ["Momentum", "Adam", "SGD_list"]:
    net = Net()
    if name == "Momentum":
        opt = nn.Momentum(net.trainable_params(), 0.1, 0.9)
    elif name == "Adam":
        opt = nn.Adam(net.trainable_params(), 0.05)
    else:
        opt = nn.SGD(net.trainable_params(), [0.2, 0.1, 0.05, 0.02, 0.01], momentum=0.5)

    def forward(a, b):
        return loss_fn(net(a), b)

    grad_fn = ms.value_and_grad(forward, None, opt.parameters)

    @ms.jit
    def train_step(a, b):
        loss, grads = grad_fn(a, b)
        opt(grads)
        return loss

    losses = [float(train_step(x, y).asnumpy()) for _ in range(5)]
    print(name, " ".join(f"{v:.6e}" for v in losses))
    print(name, net.w.asnumpy().ravel(), net.b.asnumpy(), opt.global_step.asnumpy())
    if name == "Adam":
        print(opt.beta1_power.asnumpy(), opt.beta2_power.asnumpy())

ms.set_context(mode=ms.GRAPH_MODE)
net = Net()
step = nn.TrainOneStepCell(nn.WithLossCell(net, loss_fn), nn.Adam(net.trainable_params(), 0.05))
print("graph", [float(step(x, y).asnumpy()) for _ in range(4)])
print("graph", net.w.asnumpy().ravel(), step.optimizer.global_step.asnumpy())
ms.set_context(mode=ms.PYNATIVE_MODE)
