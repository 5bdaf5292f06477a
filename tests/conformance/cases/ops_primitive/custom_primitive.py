import mindspore as ms
from mindspore import ops
from mindspore.ops import Primitive, PrimitiveWithInfer, prim_attr_register


class MyScale(PrimitiveWithInfer):
    @prim_attr_register
    def __init__(self, scale=2.0, mode="x"):
        self.init_prim_io_names(inputs=["x"], outputs=["y"])


p = MyScale(3.0)
print(repr(p), p.name, p.scale, p.mode)
print(sorted(p.attrs.items()))
q = Primitive("Raw")
print(repr(q), q.name)
q.add_prim_attr("k", 1)
print(repr(q))
