import numpy as np
from mindspore import Tensor

t = Tensor(np.array([1.0, 2.0, 4.0], np.float32))
for name, r in [("t+1", t + 1), ("t*2.5", t * 2.5), ("1-t", 1 - t), ("t/2", t / 2), ("2/t", 2 / t),
                ("t**2", t ** 2), ("t//3", t // 3), ("t%3", t % 3), ("-t", -t), ("abs", abs(-t)),
                ("t+True", t + True)]:
    print(name, repr(r))
