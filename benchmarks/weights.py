"""Fixed weights and batches shared by every framework in the benchmarks (seeded numpy)."""
import numpy as np


def _rs(seed):
    return np.random.RandomState(seed)


def _dense(rs, n_in, n_out):
    bound = 1 / np.sqrt(n_in)
    return [rs.uniform(-bound, bound, (n_out, n_in)).astype(np.float32),
            rs.uniform(-bound, bound, (n_out,)).astype(np.float32)]


def mlp():
    rs = _rs(0)
    return _dense(rs, 784, 512) + _dense(rs, 512, 512) + _dense(rs, 512, 10)


def mlp_batch(batch=64):
    rs = _rs(1)
    return (rs.rand(batch, 1, 28, 28).astype(np.float32),
            rs.randint(0, 10, (batch,)).astype(np.int32))


def lenet():
    rs = _rs(2)
    conv1 = rs.uniform(-0.2, 0.2, (6, 1, 5, 5)).astype(np.float32)
    conv2 = rs.uniform(-0.08, 0.08, (16, 6, 5, 5)).astype(np.float32)
    return [conv1, conv2] + _dense(rs, 400, 120) + _dense(rs, 120, 84) + _dense(rs, 84, 10)


def lenet_batch(batch=32):
    rs = _rs(3)
    return (rs.rand(batch, 1, 32, 32).astype(np.float32),
            rs.randint(0, 10, (batch,)).astype(np.int32))


def small():
    rs = _rs(4)
    return rs.randn(4, 4).astype(np.float32), rs.randn(4).astype(np.float32)


def small_input():
    return _rs(5).randn(8, 4).astype(np.float32)


def tanh_layer():
    return (_rs(6).randn(64, 64) / 8).astype(np.float32)


def w4_inputs():
    rs = _rs(7)
    return rs.randn(64).astype(np.float32), rs.randn(32).astype(np.float32)
