# Tutorial-style weight gradients with fixed weights so the numbers are deterministic.
import numpy as np
import mindspore as ms
import mindspore.nn as nn
from mindspore import ops, Tensor

model = nn.Dense(4, 1)
model.weight.set_data(Tensor(np.array([[0.2, -0.1, 0.4, 0.3]], np.float32)))
model.bias.set_data(Tensor(np.array([0.05], np.float32)))
criterion = nn.MSELoss()


def forward_fn(data, target):
    pred = model(data)
    return criterion(pred, target), pred


rng = np.random.default_rng(3)
data = Tensor(rng.standard_normal((6, 4)).astype(np.float32))
target = Tensor(rng.standard_normal((6, 1)).astype(np.float32))
grad_fn = ops.value_and_grad(forward_fn, None, model.trainable_params(), has_aux=True)
(loss, pred), grads = grad_fn(data, target)
print(loss)
print(pred)
print(grads)
