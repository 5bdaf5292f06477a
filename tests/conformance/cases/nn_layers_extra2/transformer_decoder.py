"""nn.TransformerDecoderLayer, nn.TransformerDecoder, nn.Transformer: parameter names/shapes,
post-norm and pre-norm outputs, batch_first, masks, gelu, gradients w.r.t. the inputs, argument
errors. Every Parameter is set from a fixed numpy stream (no dependence on init RNG)."""
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(8)


def fill(cell):
    names = []
    for name, p in cell.parameters_and_names():
        names.append((name, p.shape))
        if "norm" in name and name.endswith("gamma"):
            v = 1.0 + 0.1 * rng.standard_normal(p.shape)
        else:
            v = 0.3 * rng.standard_normal(p.shape)
        p.set_data(Tensor(v.astype(np.float32)))
    return names


def show(fn):
    try:
        r = fn()
        print(r.shape, r.dtype)
        print(r)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


E, H, FF = 4, 2, 6
tgt = Tensor(rng.standard_normal((3, 2, E)).astype(np.float32))
mem = Tensor(rng.standard_normal((5, 2, E)).astype(np.float32))
layer = nn.TransformerDecoderLayer(E, H, FF, dropout=0.0)
for n, s in fill(layer):
    print(n, s)
show(lambda: layer(tgt, mem))
causal = Tensor(np.triu(np.full((3, 3), -1e9, np.float32), 1))
kpm = Tensor(np.array([[False, False, False, False, True], [False, False, True, True, True]]))
show(lambda: layer(tgt, mem, tgt_mask=causal, memory_key_padding_mask=kpm))

pre = nn.TransformerDecoderLayer(E, H, FF, dropout=0.0, norm_first=True, activation="gelu",
                                 batch_first=True)
fill(pre)
show(lambda: pre(tgt.swapaxes(0, 1), mem.swapaxes(0, 1)))


def fl(t, m):
    return (layer(t, m) * Tensor(np.arange(24).reshape(3, 2, 4).astype(np.float32) / 10)).sum()


print(ms.grad(fl, grad_position=(0, 1))(tgt, mem))

dec = nn.TransformerDecoder(nn.TransformerDecoderLayer(E, H, FF, dropout=0.0), 2,
                            norm=nn.LayerNorm((E,)))
for n, s in fill(dec):
    print(n, s)
show(lambda: dec(tgt, mem, tgt_mask=causal))

tr = nn.Transformer(d_model=E, nhead=H, num_encoder_layers=1, num_decoder_layers=2,
                    dim_feedforward=FF, dropout=0.0)
for n, s in fill(tr):
    print(n, s)
src = Tensor(rng.standard_normal((5, 2, E)).astype(np.float32))
show(lambda: tr(src, tgt))
show(lambda: tr(src, tgt, tgt_mask=causal, src_key_padding_mask=kpm, memory_key_padding_mask=kpm))


def ft(s, t):
    return (tr(s, t) * Tensor(np.arange(24).reshape(3, 2, 4).astype(np.float32) / 10)).sum()


print(ms.grad(ft, grad_position=(0, 1))(src, tgt))
trb = nn.Transformer(d_model=E, nhead=H, num_encoder_layers=1, num_decoder_layers=1,
                     dim_feedforward=FF, dropout=0.0, batch_first=True, norm_first=True)
fill(trb)
show(lambda: trb(src.swapaxes(0, 1), tgt.swapaxes(0, 1)))

for fn in [lambda: nn.TransformerDecoderLayer(E, 3),
           lambda: nn.TransformerDecoderLayer(E, H, activation="tanh"),
           lambda: nn.TransformerDecoderLayer(E, H, activation=nn.Tanh()),
           lambda: nn.TransformerDecoderLayer(E, H, activation=3),
           lambda: tr(Tensor(np.ones((5, 2, 3), np.float32)), tgt),
           lambda: tr(src, Tensor(np.ones((3, 2, 5), np.float32)))]:
    show(fn)
try:
    nn.TransformerDecoderLayer(E, H, activation=ops.tanh)
except ValueError as e:  # the message ends with the function's repr (an address)
    print("ERR", type(e).__name__, str(e).split(" but get ")[0])
