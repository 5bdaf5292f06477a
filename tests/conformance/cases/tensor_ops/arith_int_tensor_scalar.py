import numpy as np
from mindspore import Tensor

i = Tensor(np.array([1, 2, 7], np.int32))
for name, r in [("i+1", i + 1), ("i+1.5", i + 1.5), ("i*2", i * 2), ("i/2", i / 2), ("i//2", i // 2),
                ("i%3", i % 3), ("i**2", i ** 2), ("-i", -i), ("i-True", i - True)]:
    print(name, repr(r))
j = Tensor([3, 4])
print("int64/int64", repr(j / Tensor([2, 8])))
