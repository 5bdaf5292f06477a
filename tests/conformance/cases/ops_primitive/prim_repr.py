import mindspore as ms
from mindspore import ops

prims = [ops.Add(), ops.ReduceSum(), ops.ReduceSum(keep_dims=True), ops.ReduceMean(True),
         ops.MatMul(transpose_b=True), ops.BatchMatMul(), ops.Softmax(), ops.Softmax(1),
         ops.LogSoftmax(-1), ops.Concat(1), ops.Stack(), ops.Split(1, 2), ops.Squeeze(0),
         ops.Squeeze((0, 2)), ops.ExpandDims(), ops.Transpose(), ops.Reshape(), ops.Tile(),
         ops.OneHot(), ops.ArgMaxWithValue(), ops.ArgMinWithValue(axis=1, keep_dims=True),
         ops.CumSum(reverse=True), ops.Gather(), ops.TopK(), ops.Sort(descending=True),
         ops.BiasAdd(), ops.L2Normalize(), ops.Unstack(1), ops.Print(), ops.Assign(), ops.Depend(),
         ops.StridedSlice(begin_mask=1), ops.BroadcastTo((2, 3)), ops.ReverseV2((0,)),
         ops.Tril(), ops.IsClose(), ops.ZerosLike(), ops.Shape(), ops.Sigmoid(), ops.ReLU()]
for p in prims:
    print(repr(p), p.name)
p = ops.ReduceSum(keep_dims=True)
print(p.attrs, p.keep_dims)
p.add_prim_attr("custom", 3)
print(p)
