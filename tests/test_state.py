"""The one state mechanism (``ms_compat/_src/state.py``): scoped, nestable, thread-local frames."""
import threading

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ms_compat import Parameter, Tensor
from ms_compat._src import state


def _param(v, name="p"):
    return Parameter(Tensor(np.asarray(v, np.float32)), name=name)


def test_reads_see_innermost_binding_and_outer_storage_is_untouched():
    p = _param([1.0])
    with state.bind([p], [jnp.array([2.0], jnp.float32)]):
        assert float(p.asnumpy()[0]) == 2.0
        with state.bind([p], [jnp.array([3.0], jnp.float32)]):
            assert float(p.asnumpy()[0]) == 3.0
        assert float(p.asnumpy()[0]) == 2.0
    assert float(p.asnumpy()[0]) == 1.0


def test_writes_land_in_innermost_frame_and_are_committed_explicitly():
    p = _param([1.0])
    with state.bind() as frame:
        p.set_data(Tensor([5.0]))
        assert float(p.asnumpy()[0]) == 5.0  # read-after-write inside the frame
    assert float(p.asnumpy()[0]) == 1.0  # nothing leaked
    assert frame.written_params() == [p]
    state.commit(frame.written_params(), frame.written_values())
    assert float(p.asnumpy()[0]) == 5.0


def test_strict_frame_records_reads_of_unbound_parameters():
    bound, other = _param([1.0], "a"), _param([2.0], "b")
    with state.bind([bound], [jnp.array([1.0], jnp.float32)], strict=True) as frame:
        _ = bound + other
    assert list(frame.missing.values()) == [other]


def test_traced_values_never_reach_parameter_storage():
    p = _param([1.0, 2.0])

    def f(x):
        with state.bind() as frame:
            p.set_data(Tensor(x) * 2)
        return frame.written_values()[0]

    out = jax.jit(f)(jnp.array([3.0, 4.0], jnp.float32))
    assert not isinstance(p._storage, jax.core.Tracer)
    np.testing.assert_array_equal(np.asarray(out), [6.0, 8.0])
    np.testing.assert_array_equal(p.asnumpy(), [1.0, 2.0])


def test_frames_are_thread_local():
    p = _param([1.0])
    seen = {}
    ready, done = threading.Event(), threading.Event()

    def other_thread():
        ready.wait()
        seen["value"] = float(p.asnumpy()[0])  # must not see the main thread's binding
        done.set()

    t = threading.Thread(target=other_thread)
    t.start()
    with state.bind([p], [jnp.array([9.0], jnp.float32)]):
        ready.set()
        done.wait(5)
    t.join()
    assert seen["value"] == 1.0


def test_frames_pop_in_order_even_on_error():
    p = _param([1.0])
    with pytest.raises(RuntimeError):
        with state.bind([p], [jnp.array([2.0], jnp.float32)]):
            raise RuntimeError("boom")
    assert state.current_frames() == ()
    assert float(p.asnumpy()[0]) == 1.0
