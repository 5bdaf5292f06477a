from mindspore import Tensor

for v in (1, 1.5, True, -7, 0.0):
    t = Tensor(v)
    print(repr(v), t.dtype, t.shape, t)
