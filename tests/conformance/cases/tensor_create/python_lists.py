from mindspore import Tensor

for v in ([1, 2, 3], [1.0, 2, 3], [True, False], [[1, 2], [3, 4]], [[1.5], [2.5]], (4, 5), [1, 2.5, True]):
    t = Tensor(v)
    print(t.dtype, t.shape)
    print(t)
