import numpy as np
from mindspore import Tensor

a = Tensor(np.array([1.0, 2.0], np.float32))
b = Tensor(np.array([3, 4], np.int32))
print((a, b))
print([a, b])
print((a,))
print({"a": a})
print(((a, b), [b]))
print(str((a, b)))
print(f"{a}")
print(f"value={a!r}")
print("%s" % a)
print(str(a) == a.__str__())
