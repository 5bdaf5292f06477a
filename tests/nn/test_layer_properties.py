"""Properties of the nn layers that hold by construction (no MindSpore needed): documented output
shapes, the transposed convolution being the adjoint of the convolution, the scan-based RNNs
agreeing with their one-step cells, eager and ``ms.jit`` agreeing, BatchNorm state writes.

Expected numbers come from the same computation done another way in the test, never typed in;
MindSpore's own numbers are checked by the conformance cases ``nn_layers_*``.
"""
import copy

import numpy as np
import pytest

import ms_compat as ms
from ms_compat import Tensor, nn, ops

RNG = np.random.default_rng(0)


def _t(*shape, lo=-1.0, hi=1.0):
    return Tensor(RNG.uniform(lo, hi, shape).astype(np.float32))


def _fill(net, lo=-0.5, hi=0.5):
    for p in net.trainable_params():
        p.set_data(_t(*p.shape, lo=lo, hi=hi))
    return net


# ----------------------------------------------------------------------------- shapes
CONV_CASES = [  # (kwargs, H, W): MindSpore's documented output sizes per pad_mode
    (dict(kernel_size=3), 7, 5),
    (dict(kernel_size=2, stride=2), 7, 5),
    (dict(kernel_size=(3, 2), stride=(2, 3), pad_mode="valid"), 9, 8),
    (dict(kernel_size=3, dilation=2, pad_mode="valid"), 9, 8),
    (dict(kernel_size=3, stride=2, pad_mode="pad", padding=(1, 2, 0, 1)), 9, 8),
]


def _expected_conv_hw(kw, h, w):
    k = kw["kernel_size"]
    k = (k, k) if isinstance(k, int) else k
    s = kw.get("stride", 1)
    s = (s, s) if isinstance(s, int) else s
    d = kw.get("dilation", 1)
    mode = kw.get("pad_mode", "same")
    p = kw.get("padding", 0)
    p = (p,) * 4 if isinstance(p, int) else p
    out = []
    for i, n in enumerate((h, w)):
        if mode == "same":
            out.append(-(-n // s[i]))
        elif mode == "valid":
            out.append((n - d * (k[i] - 1) - 1) // s[i] + 1)
        else:
            out.append((n + p[2 * i] + p[2 * i + 1] - d * (k[i] - 1) - 1) // s[i] + 1)
    return tuple(out)


@pytest.mark.parametrize("kw,h,w", CONV_CASES)
def test_conv2d_output_shape_follows_mindspore_formulas(kw, h, w):
    net = nn.Conv2d(2, 3, **kw)
    out = net(_t(1, 2, h, w))
    assert out.shape == (1, 3) + _expected_conv_hw(kw, h, w)


@pytest.mark.parametrize("kw,h,w", CONV_CASES)
def test_conv2d_transpose_is_the_adjoint_of_conv2d(kw, h, w):
    """<conv(y), x> == <y, conv_transpose(x)> with the same weight: MindSpore's
    Conv2dTranspose is Conv2DBackpropInput, the exact transpose of Conv2d; its output size
    formula makes the forward convolution map it back to the input size."""
    conv = _fill(nn.Conv2d(3, 2, **kw))
    deconv = nn.Conv2dTranspose(2, 3, **kw)
    deconv.weight.set_data(conv.weight.value())  # (in=2, out=3) of the transpose = conv's (2, 3)
    x = _t(1, 2, h, w)
    out = deconv(x)
    y = _t(*out.shape)
    assert conv(y).shape == x.shape
    lhs = float((conv(y).asnumpy().astype(np.float64) * x.asnumpy()).sum())
    rhs = float((y.asnumpy().astype(np.float64) * out.asnumpy()).sum())
    assert lhs == pytest.approx(rhs, rel=1e-5, abs=1e-5)


@pytest.mark.parametrize("stride,pad_mode", [(1, "same"), (2, "same"), (2, "valid"), (3, "valid")])
def test_conv2d_transpose_output_sizes(stride, pad_mode):
    net = nn.Conv2dTranspose(2, 4, 3, stride=stride, pad_mode=pad_mode)
    out = net(_t(2, 2, 4, 5))
    if pad_mode == "same":
        assert out.shape == (2, 4, 4 * stride, 5 * stride)
    else:
        assert out.shape == (2, 4, (4 - 1) * stride + 3, (5 - 1) * stride + 3)


def test_conv1d_matches_conv2d_on_a_height_one_image():
    c1 = _fill(nn.Conv1d(2, 3, 3, stride=2, pad_mode="pad", padding=1, has_bias=True))
    c2 = nn.Conv2d(2, 3, (1, 3), stride=(1, 2), pad_mode="pad", padding=(0, 0, 1, 1),
                   has_bias=True)
    c2.weight.set_data(c1.weight.value())
    c2.bias.set_data(c1.bias.value())
    x = _t(2, 2, 9)
    np.testing.assert_allclose(c1(x).asnumpy(), c2(x.reshape((2, 2, 1, 9))).asnumpy()[:, :, 0],
                               rtol=1e-6, atol=1e-6)


# ----------------------------------------------------------------------------- RNNs
def test_lstm_scan_equals_a_loop_of_lstm_cells():
    lstm = _fill(nn.LSTM(3, 4))
    cell = nn.LSTMCell(3, 4)
    params = lstm.parameters_dict()
    for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
        getattr(cell, name).set_data(params[name + "_l0"].value())
    x = _t(5, 2, 3)
    out, (h, c) = lstm(x)
    hx = (Tensor(np.zeros((2, 4), np.float32)), Tensor(np.zeros((2, 4), np.float32)))
    steps = []
    for t in range(5):
        hx = cell(x[t], hx)
        steps.append(hx[0].asnumpy())
    np.testing.assert_allclose(out.asnumpy(), np.stack(steps), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(h.asnumpy()[0], hx[0].asnumpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(c.asnumpy()[0], hx[1].asnumpy(), rtol=1e-5, atol=1e-6)


def test_gru_reverse_direction_is_a_forward_gru_on_the_reversed_sequence():
    gru = _fill(nn.GRU(2, 3, bidirectional=True))
    x = _t(4, 1, 2)
    out, h = gru(x)
    fwd_only = nn.GRU(2, 3)
    src = gru.parameters_dict()
    for name, p in fwd_only.parameters_dict().items():
        p.set_data(src[name + "_reverse"].value())
    back, h_back = fwd_only(Tensor(x.asnumpy()[::-1].copy()))
    np.testing.assert_allclose(out.asnumpy()[:, :, 3:], back.asnumpy()[::-1], rtol=1e-5,
                               atol=1e-6)
    np.testing.assert_allclose(h.asnumpy()[1], h_back.asnumpy()[0], rtol=1e-5, atol=1e-6)


def test_rnn_parameter_tuples_register_in_mindspore_order():
    net = nn.LSTM(2, 3, num_layers=2, bidirectional=True)
    names = [n for n, _ in net.parameters_and_names()]
    assert names[:4] == ["weight_ih_l0", "weight_ih_l0_reverse", "weight_ih_l1",
                         "weight_ih_l1_reverse"]
    assert names[4:8] == [n.replace("ih", "hh") for n in names[:4]]
    assert names[8:] == [n.replace("weight", "bias") for n in names[:8]]


# ----------------------------------------------------------------------------- jit / state
class _Small(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3, has_bias=True)
        self.bn = nn.BatchNorm2d(2)
        self.pool = nn.MaxPool2d(2, 2)
        self.flat = nn.Flatten()
        self.fc = nn.Dense(8, 3)

    def construct(self, x):
        return self.fc(self.flat(self.pool(ops.relu(self.bn(self.conv(x))))))


def test_jit_forward_and_batchnorm_updates_equal_eager():
    eager = _fill(_Small())
    jitted = copy.deepcopy(eager)
    eager.set_train()
    jitted.set_train()
    step = ms.jit(jitted)
    for i in range(3):
        x = _t(2, 1, 4, 4)
        np.testing.assert_allclose(step(x).asnumpy(), eager(x).asnumpy(), rtol=1e-5, atol=1e-6)
    for a, b in zip(jitted.get_parameters(), eager.get_parameters()):
        np.testing.assert_allclose(a.asnumpy(), b.asnumpy(), rtol=1e-5, atol=1e-6)
    assert not np.allclose(eager.bn.moving_mean.asnumpy(), 0)


def test_batchnorm_statistics_are_state_writes_without_gradient():
    net = _fill(_Small())
    net.set_train()
    x = _t(2, 1, 4, 4)

    def loss(inp):
        return (net(inp) ** 2).sum()

    before = net.bn.moving_mean.asnumpy().copy()
    grads = ms.grad(loss, None, net.trainable_params())(x)
    assert len(grads) == len(net.trainable_params())
    after = net.bn.moving_mean.asnumpy()
    assert not np.allclose(before, after)  # committed once by the grad call
    net.set_train(False)
    frozen = net.bn.moving_mean.asnumpy().copy()
    ms.grad(loss, None, net.trainable_params())(x)
    np.testing.assert_array_equal(frozen, net.bn.moving_mean.asnumpy())


def test_dropout_masks_under_jit_continue_the_eager_stream():
    x = Tensor(np.ones((6, 7), np.float32))
    ms.set_seed(11)
    eager = nn.Dropout(p=0.4)
    ms.set_seed(11)
    traced = nn.Dropout(p=0.4)
    eager.set_train()
    traced.set_train()
    step = ms.jit(traced)
    outs_e = [eager(x).asnumpy() for _ in range(3)]
    outs_j = [step(x).asnumpy() for _ in range(3)]
    for a, b in zip(outs_e, outs_j):
        np.testing.assert_array_equal(a, b)
    assert not np.array_equal(outs_e[0], outs_e[1])


def test_transformer_encoder_layers_are_independent_copies():
    layer = nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0)
    enc = nn.TransformerEncoder(layer, 2)
    names = [p.name for p in enc.get_parameters()]
    assert len(names) == len(set(names)) == 2 * len(list(layer.get_parameters()))
    p0 = enc.layers[0].dense1.weight
    p1 = enc.layers[1].dense1.weight
    np.testing.assert_array_equal(p0.asnumpy(), p1.asnumpy())
    p0.set_data(ops.zeros(p0.shape))
    assert not np.allclose(p1.asnumpy(), 0)
