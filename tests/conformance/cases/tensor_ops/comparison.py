import numpy as np
from mindspore import Tensor

a = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
b = Tensor(np.array([3.0, 2.0, 1.0], np.float32))
for name, r in [("a<b", a < b), ("a<=2", a <= 2), ("a>b", a > b), ("a>=2.5", a >= 2.5),
                ("a==b", a == b), ("a!=b", a != b), ("i==f", Tensor([1, 2, 3]) == a),
                ("2<a", 2 < a)]:
    print(name, repr(r))
