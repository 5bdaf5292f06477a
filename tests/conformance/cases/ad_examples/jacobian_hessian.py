"""Jacobians and Hessians in MindSpore style: runs unchanged on MindSpore 2.10 and on ms_compat
(``python -m ms_compat examples/jacobian_hessian.py``).

* Jacobian of a two-layer tanh network with respect to its input and to its weights, by forward
  (``ops.jacfwd``) and reverse (``ops.jacrev``) mode;
* Hessian of the Rosenbrock function by composing the two, and a few Newton steps with it.
"""
import numpy as np

import mindspore as ms
from mindspore import ops, Tensor

rng = np.random.default_rng(0)
w1 = Tensor(rng.standard_normal((5, 3)).astype(np.float32) * 0.6)
b1 = Tensor(np.zeros(5, np.float32))
w2 = Tensor(rng.standard_normal((2, 5)).astype(np.float32) * 0.6)
b2 = Tensor(np.array([0.1, -0.1], np.float32))
x = Tensor(np.array([0.2, -0.4, 0.9], np.float32))


def net(inp, p1, q1, p2, q2):
    # matrix-vector products written as broadcast + sum (MindSpore 2.10's jacfwd batches every
    # argument, and its vmap rule for a batched matrix times a batched vector fails)
    hidden = ops.tanh((p1 * inp).sum(axis=1) + q1)
    return ops.tanh((p2 * hidden).sum(axis=1) + q2)


j_fwd = ops.jacfwd(net)(x, w1, b1, w2, b2)
j_rev = ops.jacrev(net)(x, w1, b1, w2, b2)
print("d out / d x:", j_fwd.shape)
print(j_fwd)
print("forward and reverse agree:", np.allclose(j_fwd.asnumpy(), j_rev.asnumpy(), atol=1e-6))

j_w = ops.jacrev(net, grad_position=(1, 3))(x, w1, b1, w2, b2)
print("d out / d w1:", j_w[0].shape, " d out / d w2:", j_w[1].shape)
print(j_w[1])


def rosenbrock(p):
    return (100.0 * (p[1:] - p[:-1] ** 2) ** 2 + (1.0 - p[:-1]) ** 2).sum()


hessian = ops.jacfwd(ops.jacrev(rosenbrock))
gradient = ops.grad(rosenbrock)
p = Tensor(np.array([0.8, 0.7, 0.5], np.float32))
print("Hessian at p:")
print(hessian(p))

for step in range(6):
    h = hessian(p).asnumpy().astype(np.float64)
    g = gradient(p).asnumpy().astype(np.float64)
    p = Tensor((p.asnumpy() - np.linalg.solve(h, g)).astype(np.float32))
    print("newton step", step, "f = %.4g" % float(rosenbrock(p).asnumpy()))
print("minimum near", np.round(p.asnumpy(), 4))
