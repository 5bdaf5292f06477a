"""ms_compat-only behaviour with no MindSpore oracle: the live progress line of Model.train
(only on a terminal, never mixed into callback output) and nn.Lamb, which MindSpore 2.10 cannot
run on CPU, against a numpy transcription of its documented update."""
import io
import re

import numpy as np
import pytest

from ms_compat import Parameter, Tensor, nn
from ms_compat.train import LossMonitor, Model
from ms_compat.train.callback import _progress


class _Dataset:
    def __init__(self, steps):
        rng = np.random.default_rng(0)
        self.rows = [[Tensor(rng.standard_normal((2, 3)).astype(np.float32)),
                      Tensor(rng.standard_normal((2, 1)).astype(np.float32))]
                     for _ in range(steps)]

    def get_dataset_size(self):
        return len(self.rows)

    def create_tuple_iterator(self, num_epochs=-1, do_copy=True):
        return _Epochs(self.rows)


class _Epochs:
    def __init__(self, rows):
        self.rows, self.pos = rows, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos == len(self.rows):
            self.pos = 0
            raise StopIteration
        self.pos += 1
        return self.rows[self.pos - 1]


class _Terminal(io.StringIO):
    def __init__(self, tty):
        super().__init__()
        self.tty = tty

    def isatty(self):
        return self.tty


def _train(monkeypatch, tty):
    monkeypatch.setattr(_progress, "_DELAY_S", 0.0)
    monkeypatch.setattr(_progress, "_HZ", 1e9)
    out = _Terminal(tty)
    monkeypatch.setattr("sys.stdout", out)
    net = nn.Dense(3, 1, weight_init="ones", bias_init="zeros")
    Model(net, nn.MSELoss(), nn.SGD(net.trainable_params(), 0.01)).train(
        2, _Dataset(3), callbacks=LossMonitor(2))
    return out.getvalue()


def test_progress_line_only_on_a_terminal_and_erased_before_callbacks(monkeypatch):
    plain = _train(monkeypatch, tty=False)
    assert "\r" not in plain
    shown = _train(monkeypatch, tty=True)
    assert re.search(r"epoch 2/2  step 3/3  loss [0-9.e-]+  [0-9.]+ step/s", shown)
    # erasing the status line before each callback leaves LossMonitor's lines intact
    cleaned = re.sub(r"\r\033\[K[^\r\n]*?(?=\r\033\[K|$)", "", shown)
    cleaned = cleaned.replace("\r\033[K", "")
    assert cleaned == plain


def test_progress_disabled_by_environment(monkeypatch):
    monkeypatch.setenv("MS_COMPAT_PROGRESS", "0")
    assert "\r" not in _train(monkeypatch, tty=True)


def _lamb_reference(w, grads, lr, beta1, beta2, eps, wd):
    """MindSpore's documented Lamb update in numpy float32."""
    f = np.float32
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t, g in enumerate(grads, start=1):
        m = f(beta1) * m + f(1 - beta1) * g
        v = f(beta2) * v + f(1 - beta2) * g * g
        m_hat = m / (f(1) - f(beta1) ** t)
        v_hat = v / (f(1) - f(beta2) ** t)
        r = m_hat / (np.sqrt(v_hat) + f(eps)) + f(wd) * w
        ratio = np.linalg.norm(w) / np.linalg.norm(r)
        w = w - f(lr) * ratio * r
    return w


@pytest.mark.parametrize("wd", [0.0, 0.1])
def test_lamb_matches_documented_update(wd):
    rng = np.random.default_rng(3)
    w0 = rng.standard_normal((3, 4)).astype(np.float32)
    grads = [rng.standard_normal((3, 4)).astype(np.float32) for _ in range(3)]
    w = Parameter(Tensor(w0), name="w")
    opt = nn.Lamb([w], 0.05, weight_decay=wd)
    for g in grads:
        opt((Tensor(g),))
    np.testing.assert_allclose(w.asnumpy(), _lamb_reference(w0, grads, 0.05, 0.9, 0.999, 1e-6,
                                                            wd), rtol=2e-6, atol=1e-7)
    assert int(opt.global_step.asnumpy()[0]) == 3
