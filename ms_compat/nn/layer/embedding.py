"""``mindspore.nn.Embedding`` (``mindspore/nn/layer/embedding.py``).

MindSpore 2.10 rules copied here: the table Parameter is ``embedding_table`` of shape
``(vocab_size, embedding_size)``, initialised with ``'normal'`` (``Normal(sigma=0.01)``, one
numpy draw) in float32 whatever ``dtype`` says (``dtype`` is the one-hot matmul's dtype); the
``padding_idx`` row is zeroed once at construction (it still receives gradients); ids outside
``[0, vocab_size)`` raise eagerly as MindSpore's CPU Gather does.
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from . import _validator as V


class Embedding(Cell):
    """Lookup of ``ids`` (any shape) in ``embedding_table``: output ``ids.shape + (embedding_size,)``."""

    def __init__(self, vocab_size, embedding_size, use_one_hot=False, embedding_table="normal",
                 dtype=mstype.float32, padding_idx=None):
        from ...common.initializer import initializer
        super().__init__()
        self.vocab_size = V.check_value_type("vocab_size", vocab_size, [int], "Embedding")
        self.embedding_size = V.check_value_type("embedding_size", embedding_size, [int],
                                                 "Embedding")
        V.check_value_type("use_one_hot", use_one_hot, [bool], "Embedding")
        if dtype not in mstype.number_type:
            raise TypeError(f"For 'Embedding', the 'dtype' must be a subclass of number type, but "
                            f"got {dtype}.")
        self.use_one_hot = use_one_hot
        self.dtype = dtype
        init_tensor = initializer(embedding_table, [vocab_size, embedding_size])
        self.padding_idx = padding_idx
        if padding_idx is not None:
            self.padding_idx = V.check_int_range(padding_idx, 0, vocab_size, "padding_idx",
                                                 "Embedding")
            if isinstance(init_tensor, Tensor) and init_tensor.has_init:
                init_tensor = init_tensor.init_data()
            table_dtype = init_tensor.dtype
            table = np.array(init_tensor.asnumpy())
            table[self.padding_idx] = 0
            init_tensor = Tensor(table, table_dtype)
        self.embedding_table = Parameter(init_tensor, name="embedding_table")

    def construct(self, ids):
        idx = ids._array()
        if idx.dtype.kind not in "iu":
            raise TypeError(f"For 'Gather', the 'input_indices' must be an int tensor, but got "
                            f"{mstype.from_np_dtype(idx.dtype)}.")
        if not isinstance(idx, jax.core.Tracer) and idx.size:
            lo, hi = int(jnp.min(idx)), int(jnp.max(idx))
            bad = hi if hi >= self.vocab_size else (lo if lo < 0 else None)
            if bad is not None:
                raise RuntimeError(f"For 'Gather', the 'input_indices' should be in the range "
                                   f"[0, {self.vocab_size}), but got {bad}, error_code[58]")
        table = self.embedding_table._array()
        flat = idx.reshape(-1)
        if self.use_one_hot:
            np_dt = mstype.to_np_dtype(self.dtype)
            one_hot = (flat[:, None] == jnp.arange(self.vocab_size)[None, :]).astype(np_dt)
            out = jnp.matmul(one_hot, table.astype(np_dt))
        else:
            out = jnp.take(table, flat, axis=0, mode="fill", fill_value=0)
        return Tensor._wrap(out.reshape(tuple(idx.shape) + (self.embedding_size,)))

    def extend_repr(self):
        return (f"vocab_size={self.vocab_size}, embedding_size={self.embedding_size}, "
                f"use_one_hot={self.use_one_hot}, embedding_table={self.embedding_table}, "
                f"dtype={self.dtype}, padding_idx={self.padding_idx}")
