# WithLossCell, WithEvalCell (with and without add_cast_fp32) and WithGradCell outputs, names.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[0.5, -1.0], [2.0, 0.25]], np.float32)))
        self.b = Parameter(Tensor(np.array([0.1, -0.2], np.float32)))

    def construct(self, x):
        return ops.matmul(x, self.w) + self.b


net = Net()
x = Tensor(np.array([[1.0, 2.0], [3.0, -1.0]], np.float32))
y = Tensor(np.array([[0.0, 1.0], [1.0, 0.0]], np.float32))
with_loss = nn.WithLossCell(net, nn.MSELoss())
print(with_loss(x, y), with_loss.backbone_network is net)
print([n for n, _ in with_loss.parameters_and_names()])
print(with_loss)
eval_cell = nn.WithEvalCell(net, nn.MSELoss())
loss, out, label = eval_cell(x, y)
print(loss, out, label)
eval16 = nn.WithEvalCell(net, nn.L1Loss(), add_cast_fp32=True)
loss, out, label = eval16(x, Tensor(np.array([[0, 1], [1, 0]], np.float16)))
print(loss, out.dtype, label.dtype)
try:
    nn.WithEvalCell(net, nn.MSELoss(), add_cast_fp32=1)
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
grads = nn.WithGradCell(net, nn.MSELoss())(x, y)
print(type(grads).__name__, len(grads), grads[0], grads[1])
grads = nn.WithGradCell(with_loss, sens=Tensor(3.0, ms.float32))(x, y)
print(grads[0], grads[1])
