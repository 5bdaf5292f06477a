# In the style of MindSpore's autograd tutorial: gradients w.r.t. network weights only.
import numpy as np
import mindspore as ms
import mindspore.nn as nn
from mindspore import ops, Tensor

model = nn.Dense(8, 2)
criterion = nn.MSELoss()


def forward_fn(data, target):
    pred = model(data)
    return criterion(pred, target), pred


rng = np.random.default_rng(7)
data = Tensor(rng.standard_normal((5, 8)).astype(np.float32))
target = Tensor(rng.standard_normal((5, 2)).astype(np.float32))
params = model.trainable_params()
grad_fn = ops.value_and_grad(forward_fn, grad_position=None, weights=params, has_aux=True)
(loss, pred), grads = grad_fn(data, target)
print(pred.shape, len(params), len(grads))
print([g.shape for g in grads], loss.shape, loss.dtype)
