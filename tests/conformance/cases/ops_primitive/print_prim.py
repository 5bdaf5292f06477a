import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 2.5], [3.0, 4.0]], np.float32))
ops.Print()("value:", x)
ops.Print()(Tensor(np.array([1, 2], np.int32)))
ops.print_("fn", Tensor(np.array(3.5, np.float32)))
print("after")
