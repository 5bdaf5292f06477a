# MultiheadAttention: self/cross attention, batch_first, masks (bool/float, key padding),
# bias_k/v, add_zero_attn, kdim/vdim, unbatched input, need_weights, average_attn_weights; grads.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(13)


def fill(net):
    for p in net.trainable_params():
        p.set_data(Tensor(rng.uniform(-0.5, 0.5, p.shape).astype(np.float32)))


def t(*shape):
    return Tensor(rng.uniform(-1, 1, shape).astype(np.float32))


mha = nn.MultiheadAttention(8, 2)
fill(mha)
q = t(3, 2, 8)
out, w = mha(q, q, q)
print("self", out.shape, w.shape, out.asnumpy()[0], w.asnumpy())
k = t(4, 2, 8)
v = t(4, 2, 8)
out, w = mha(q, k, v, average_attn_weights=False)
print("cross", out.asnumpy()[1], w.shape, w.asnumpy()[0, 1])
res = mha(q, k, v, need_weights=False)
print("need_weights=False", type(res).__name__, len(res), res[0].shape)
mask = Tensor(np.array([[False, True, False, False], [False, False, True, True],
                        [True, False, False, False]]))
out, w = mha(q, k, v, attn_mask=mask)
print("bool mask", w.asnumpy()[0])
fmask = Tensor(rng.uniform(-2, 0, (3, 4)).astype(np.float32))
kpm = Tensor(np.array([[False, False, False, True], [False, True, False, False]]))
out, w = mha(q, k, v, attn_mask=fmask, key_padding_mask=kpm)
print("float mask + kpm", out.asnumpy()[2], w.asnumpy()[1])
out, w = mha(q[:, 0], k[:, 0], v[:, 0])
print("unbatched", out.shape, w.shape, out.asnumpy()[0])
bf = nn.MultiheadAttention(8, 4, batch_first=True, add_bias_kv=True, add_zero_attn=True)
fill(bf)
qb = t(2, 3, 8)
out, w = bf(qb, qb, qb)
print("batch_first bias_kv zero_attn", out.shape, w.shape, out.asnumpy()[1, 2], w.asnumpy()[0, 0])
kv = nn.MultiheadAttention(8, 2, kdim=5, vdim=6, has_bias=False)
fill(kv)
print([(n, p.shape) for n, p in kv.parameters_and_names()])
out, w = kv(q, t(4, 2, 5), t(4, 2, 6))
print("kdim/vdim", out.asnumpy()[0])


def f(query, key, value):
    o, _ = mha(query, key, value)
    return (o * o).sum()


loss, (gq, gk, gv) = ms.value_and_grad(f, (0, 1, 2))(q, k, v)
print("loss", loss)
print("gq", gq.asnumpy()[0], "gk", gk.asnumpy()[0], "gv", gv.asnumpy()[0])
gw = ms.grad(f, None, mha.trainable_params())(q, k, v)
for p, g in zip(mha.trainable_params(), gw):
    print("g", p.name, g.shape, np.abs(g.asnumpy()).sum())
