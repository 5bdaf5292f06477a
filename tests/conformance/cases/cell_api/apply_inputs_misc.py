"""Cell.apply (children first), set_inputs/get_inputs with a dynamic-shape placeholder Tensor,
recompute, cls_name; Tensor.data / value() / device and Parameter.data."""
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = nn.Dense(2, 2)
        self.seq = nn.SequentialCell([nn.ReLU(), nn.Dense(2, 1)])
    def construct(self, x):
        return self.seq(self.a(x))
net = Net()
order = []
r = net.apply(lambda c: order.append(type(c).__name__))
print(order, r is net)
try:
    net.apply(3)
except Exception as e:
    print("ERR", type(e).__name__, str(e).splitlines()[0])
print(net.set_inputs(Tensor(shape=[None, 2], dtype=ms.float32)), net.get_inputs())
print(net(Tensor(np.ones((3, 2), np.float32))).shape)
print(net.recompute(), net.cls_name, net.a.cls_name)
t = Tensor([1.0, 2.0])
print(t.data is t, type(t.data).__name__, t.device, t.value() if hasattr(t, "value") else None)
p = net.a.weight
print(type(p.data).__name__, p.data is p)
