"""Per-sample gradients with ``ops.vmap`` over ``ops.grad``, in MindSpore style: runs unchanged
on MindSpore 2.10 and on ms_compat (``python -m ms_compat examples/per_sample_grads.py``).

A ``nn.Dense`` regression model with an MSE loss: vmapping the gradient function over the batch
gives one gradient per sample (the model's Parameters are shared, not batched); their mean equals
the gradient of the batch loss, and their norms can be clipped per sample (as in DP-SGD).
"""
import numpy as np

import mindspore as ms
from mindspore import nn, ops, Tensor

net = nn.Dense(4, 2)
net.weight.set_data(Tensor(np.array([[0.2, -0.1, 0.0, 0.3], [0.1, 0.4, -0.2, 0.0]], np.float32)))
net.bias.set_data(Tensor(np.array([0.05, -0.05], np.float32)))
loss_fn = nn.MSELoss()
params = net.trainable_params()

rng = np.random.default_rng(42)
inputs = Tensor(rng.standard_normal((6, 4)).astype(np.float32))
targets = Tensor(rng.standard_normal((6, 2)).astype(np.float32))


def sample_loss(x, y):
    pred = net(x.reshape(1, -1))
    return loss_fn(pred, y.reshape(1, -1))


per_sample = ops.vmap(ops.grad(sample_loss, None, params))(inputs, targets)
print("per-sample weight grads:", per_sample[0].shape, " bias grads:", per_sample[1].shape)
print(per_sample[1])


def batch_loss(x, y):
    return loss_fn(net(x), y)


batch = ops.grad(batch_loss, None, params)(inputs, targets)
for name, ps, bg in zip(("weight", "bias"), per_sample, batch):
    print(name, "mean of per-sample == batch grad:",
          np.allclose(ps.asnumpy().mean(axis=0), bg.asnumpy(), atol=1e-6))

# Clip each sample's gradient to norm 1 and average (DP-SGD style).
flat = ops.concat([per_sample[0].reshape(6, -1), per_sample[1].reshape(6, -1)], axis=1)
norms = ops.sqrt((flat * flat).sum(axis=1))
print("per-sample norms:", norms)
scale = ops.clamp(1.0 / norms, max=1.0)
clipped_w = (per_sample[0] * scale.reshape(6, 1, 1)).mean(axis=0)
clipped_b = (per_sample[1] * scale.reshape(6, 1)).mean(axis=0)
print("clipped weight grad:")
print(clipped_w)
print("clipped bias grad:", clipped_b)
losses = ops.vmap(sample_loss)(inputs, targets)
print("per-sample losses:", losses)
