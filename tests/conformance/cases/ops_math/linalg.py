import numpy as np
from mindspore import ops, Tensor

a = Tensor(np.array([[4.0, 1.0], [2.0, 3.0]], np.float32))
print(repr(ops.det(a)), repr(ops.inverse(a)))
print(repr(ops.slogdet(Tensor(np.array([[-2.0, 0.0], [0.0, 3.0]], np.float32)))))
print(repr(ops.matrix_power(a, 3)), repr(ops.matrix_power(a, 0)))
spd = Tensor(np.array([[4.0, 2.0], [2.0, 3.0]], np.float32))
print(repr(ops.cholesky(spd)), repr(ops.cholesky(spd, upper=True)))
s = ops.svd(a, compute_uv=False)
print(repr(s))
b = Tensor(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], np.float32))
for ord_ in [None, 1, 2, float("inf"), "fro", "nuc"]:
    print(ord_, repr(ops.norm(b, ord_)))
print(repr(ops.norm(b, 2, 1)), repr(ops.norm(b, 1, 0, True)), repr(ops.norm(b, None, (0, 1))))
print(repr(ops.norm(Tensor(np.array([3, 4], np.int32)))))
