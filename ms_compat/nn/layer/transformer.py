"""``mindspore.nn`` MultiheadAttention, TransformerEncoderLayer, TransformerEncoder,
TransformerDecoderLayer, TransformerDecoder and Transformer (``mindspore/nn/layer/transformer.py``).

MindSpore 2.10 rules copied here:
  * MultiheadAttention: ``in_proj_weight (3E, E)`` ``XavierUniform``, ``in_proj_bias`` zeros,
    ``out_proj`` a Dense (``HeUniform(sqrt(5))`` / ``Uniform(1/sqrt(E))``), ``bias_k/bias_v``
    ``XavierNormal``; separate ``q/k/v_proj_weight`` when ``kdim``/``vdim`` differ; it returns
    ``(output, weights)`` or, with ``need_weights=False``, the 1-tuple ``(output,)``; weights are
    averaged over heads by default;
  * TransformerEncoderLayer: children ``self_attn, dense1, dropout, dense2, norm1, norm2,
    dropout1, dropout2`` (construction order, which is also the init-draw and dropout-seed
    order); ``activation`` is 'relu'/'gelu' (``ops.relu``/``ops.gelu``, exact erf GELU) or
    those functions themselves; post-norm by default, ``norm_first`` for pre-norm;
  * TransformerDecoderLayer: children ``self_attn, multihead_attn, dense1, dropout, dense2,
    norm1, norm2, norm3, dropout1, dropout2, dropout3``; self-attention on ``tgt``, then
    attention over ``memory``, then the feed-forward block;
  * TransformerDecoder / TransformerEncoder build a fresh layer from the given one's arguments
    and deep-copy it ``num_layers`` times;
  * Transformer: encoder (``num_encoder_layers``, final LayerNorm) and decoder
    (``num_decoder_layers``, final LayerNorm) unless custom ones are given; afterwards every
    Parameter of rank > 1 is re-initialised ``xavier_uniform``; only the feature sizes of
    ``src``/``tgt`` are checked (MindSpore 2.10 compares ``src``'s batch size with itself).
"""
from __future__ import annotations

import copy
import math

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ...ops.function import nn_func as F
from ...ops.function import _nn_attention as K
from .basic import Dense, Dropout
from .container import CellList
from .normalization import LayerNorm


def _arr(x):
    return None if x is None else x._array()


class MultiheadAttention(Cell):
    """Multi-head attention over ``(L, N, E)`` (``(N, L, E)`` with ``batch_first``)."""

    def __init__(self, embed_dim, num_heads, dropout=0.0, has_bias=True, add_bias_kv=False,
                 add_zero_attn=False, kdim=None, vdim=None, batch_first=False,
                 dtype=mstype.float32):
        from ...common.initializer import HeUniform, Uniform, XavierNormal, XavierUniform, \
            initializer
        super().__init__()
        self.embed_dim = embed_dim
        self.kdim = kdim if kdim is not None else embed_dim
        self.vdim = vdim if vdim is not None else embed_dim
        self._qkv_same_embed_dim = self.kdim == embed_dim and self.vdim == embed_dim
        self.num_heads = num_heads
        self.dropout = dropout
        self.batch_first = batch_first
        self.head_dim = embed_dim // num_heads
        if self.head_dim * num_heads != self.embed_dim:
            raise ValueError("The init argument 'embed_dim' must be divisible by 'num_heads'.")
        if dtype is None:
            dtype = mstype.float32
        if not self._qkv_same_embed_dim:
            self.q_proj_weight = Parameter(initializer(XavierUniform(), (embed_dim, embed_dim),
                                                       dtype), "q_proj_weight")
            self.k_proj_weight = Parameter(initializer(XavierUniform(), (embed_dim, self.kdim),
                                                       dtype), "k_proj_weight")
            self.v_proj_weight = Parameter(initializer(XavierUniform(), (embed_dim, self.vdim),
                                                       dtype), "v_proj_weight")
            self.in_proj_weight = None
        else:
            self.in_proj_weight = Parameter(initializer(XavierUniform(),
                                                        (3 * embed_dim, embed_dim), dtype),
                                            "in_proj_weight")
            self.q_proj_weight = self.k_proj_weight = self.v_proj_weight = None
        if has_bias:
            self.in_proj_bias = Parameter(initializer("zeros", 3 * embed_dim, dtype),
                                          "in_proj_bias")
        else:
            self.in_proj_bias = None
        bound = 1 / math.sqrt(embed_dim)
        self.out_proj = Dense(embed_dim, embed_dim, has_bias=has_bias,
                              weight_init=HeUniform(math.sqrt(5)), bias_init=Uniform(bound),
                              dtype=dtype)
        if add_bias_kv:
            self.bias_k = Parameter(initializer(XavierNormal(), (1, 1, embed_dim), dtype),
                                    "bias_k")
            self.bias_v = Parameter(initializer(XavierNormal(), (1, 1, embed_dim), dtype),
                                    "bias_v")
        else:
            self.bias_k = self.bias_v = None
        self.add_zero_attn = add_zero_attn
        self.dtype = dtype
        self._attn_dropout = None

    def _dropout_kernel(self):
        if self._attn_dropout is None:
            from ..._src import random_kernels  # lazy: host kernels
            self.__dict__["_attn_dropout"] = random_kernels.dropout_kernel_for_op(None)
        return self._attn_dropout

    def construct(self, query, key, value, key_padding_mask=None, need_weights=True,
                  attn_mask=None, average_attn_weights=True):
        q, k, v = query._array(), key._array(), value._array()
        batched = q.ndim == 3
        if key_padding_mask is not None:
            if key_padding_mask.dtype is not mstype.bool_ and \
                    not mstype.is_float(key_padding_mask.dtype):
                raise ValueError("only bool and floating types of key_padding_mask are supported")
        if q.ndim not in (2, 3):
            raise ValueError(f"The `query` should be unbatched 2D or batched 3D tensor, but got "
                             f"`query` with {q.ndim}D.")
        if k.ndim != q.ndim or v.ndim != q.ndim:
            which = "batched" if batched else "unbatched"
            raise ValueError(f"For {which} `query`, the `key` and `value` must be {q.ndim}D "
                             f"tensor, but got `key` with {k.ndim}D and `value` with {v.ndim}D.")
        if self.batch_first and batched:
            q, k, v = (a.swapaxes(0, 1) for a in (q, k, v))
        if q.shape[-1] != self.embed_dim:
            raise ValueError(f"The `embed_dim` should be {self.embed_dim}, but got "
                             f"{q.shape[-1]}.")
        training = self.training
        kernel = self._dropout_kernel() if training and self.dropout > 0 else None
        out, weights = K.multi_head_attention_arrays(
            q, k, v, self.num_heads, _arr(self.in_proj_weight), _arr(self.in_proj_bias),
            _arr(self.bias_k), _arr(self.bias_v), self.add_zero_attn, self.dropout,
            self.out_proj.weight._array(), _arr(self.out_proj.bias), training=training,
            key_padding_mask=_arr(key_padding_mask), attn_mask=_arr(attn_mask),
            q_proj_weight=_arr(self.q_proj_weight), k_proj_weight=_arr(self.k_proj_weight),
            v_proj_weight=_arr(self.v_proj_weight), average_attn_weights=average_attn_weights,
            dropout_kernel=kernel)
        if self.batch_first and batched:
            out = out.swapaxes(0, 1)
        if need_weights:
            return Tensor._wrap(out), Tensor._wrap(weights)
        return (Tensor._wrap(out),)


def _get_activation_fn(activation):
    if activation == "relu":
        return F.relu
    if activation == "gelu":
        return F.gelu
    raise ValueError(f"The activation must be relu/gelu, but get {activation}")


def _check_activation(activation):
    from .activation import GELU, ReLU
    if not isinstance(activation, str) and not isinstance(activation, Cell) and \
            not callable(activation):
        raise ValueError(f"The argument 'activation' must be str, callable or Cell instance, but "
                         f"get {activation}.")
    if isinstance(activation, Cell) and not isinstance(activation, (ReLU, GELU)):
        raise ValueError(f"The argument 'activation' must be nn.ReLU or nn.GELU instance, but "
                         f"get {activation}.")
    # MindSpore checks callables after Cells, so Cell instances (callable) end up here too.
    if callable(activation) and activation is not F.relu and activation is not F.gelu:
        raise ValueError(f"The argument 'activation' must be ops.relu or ops.gelu instance, but "
                         f"get {activation}.")


class _LayerBase(Cell):
    """What the encoder and decoder layers share: the feed-forward block, one LayerNorm and one
    dropout per sub-block, the self-attention block, and their arguments kept as attributes
    (TransformerEncoder/Decoder rebuild a layer from them). Sub-Cells are created in MindSpore's
    order, so initial weights drawn from the global seed match."""

    def _init_feed_forward(self, n_blocks, d_model, nhead, dim_feedforward, dropout, activation,
                           layer_norm_eps, batch_first, norm_first, dtype):
        from ...common.initializer import HeUniform, Uniform
        self.dense1 = Dense(d_model, dim_feedforward, weight_init=HeUniform(math.sqrt(5)),
                            bias_init=Uniform(1 / math.sqrt(d_model)), dtype=dtype)
        self.dropout = Dropout(p=dropout)
        self.dense2 = Dense(dim_feedforward, d_model, weight_init=HeUniform(math.sqrt(5)),
                            bias_init=Uniform(1 / math.sqrt(dim_feedforward)), dtype=dtype)
        self.norm_first = norm_first
        for i in range(1, n_blocks + 1):
            setattr(self, f"norm{i}", LayerNorm((d_model,), epsilon=layer_norm_eps, dtype=dtype))
        for i in range(1, n_blocks + 1):
            setattr(self, f"dropout{i}", Dropout(p=dropout))
        self.activation1 = activation
        _check_activation(activation)
        if isinstance(activation, str):
            activation = _get_activation_fn(activation)
        self.activation = activation
        self.d_model = d_model
        self.nhead = nhead
        self.dim_feedforward = dim_feedforward
        self.dropout_num = dropout
        self.layernorm_eps = layer_norm_eps
        self.batch_first = batch_first
        self.dtype = dtype

    def _sa_block(self, x, attn_mask, key_padding_mask):
        x = self.self_attn(x, x, x, attn_mask=attn_mask, key_padding_mask=key_padding_mask,
                           need_weights=False)[0]
        return self.dropout1(x)


class TransformerEncoderLayer(_LayerBase):
    """Self-attention + feed-forward block with residuals, LayerNorm and dropout."""

    def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation="relu",
                 layer_norm_eps=1e-05, batch_first=False, norm_first=False,
                 dtype=mstype.float32):
        super().__init__()
        self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout,
                                            batch_first=batch_first, dtype=dtype)
        self._init_feed_forward(2, d_model, nhead, dim_feedforward, dropout, activation,
                                layer_norm_eps, batch_first, norm_first, dtype)

    def construct(self, src, src_mask=None, src_key_padding_mask=None):
        if src_key_padding_mask is not None:
            dt = src_key_padding_mask.dtype
            if dt is not mstype.bool_ and not mstype.is_float(dt):
                raise AssertionError("only bool and floating types of key_padding_mask are "
                                     "supported")
        x = src
        if self.norm_first:
            x = x + self._sa_block(self.norm1(x), src_mask, src_key_padding_mask)
            x = x + self._ff_block(self.norm2(x))
        else:
            x = self.norm1(x + self._sa_block(x, src_mask, src_key_padding_mask))
            x = self.norm2(x + self._ff_block(x))
        return x

    def _ff_block(self, x):
        x = self.dense2(self.dropout(self.activation(self.dense1(x))))
        return self.dropout2(x)


class TransformerEncoder(Cell):
    """``num_layers`` copies of a layer built like ``encoder_layer`` then ``norm``.

    As MindSpore does, a *new* ``TransformerEncoderLayer`` is built from ``encoder_layer``'s
    arguments (new initial weights) and deep-copied ``num_layers`` times, so all layers start
    equal and ``encoder_layer``'s own weights are not used.
    """

    def __init__(self, encoder_layer, num_layers, norm=None):
        super().__init__()
        e = encoder_layer
        layer = TransformerEncoderLayer(e.d_model, e.nhead, e.dim_feedforward, e.dropout_num,
                                        e.activation1, e.layernorm_eps, e.batch_first,
                                        e.norm_first, dtype=e.dtype)
        self.layers = CellList([copy.deepcopy(layer) for _ in range(num_layers)])
        self.num_layers = num_layers
        self.norm = norm

    def construct(self, src, src_mask=None, src_key_padding_mask=None):
        if src_key_padding_mask is not None:
            dt = src_key_padding_mask.dtype
            if dt is not mstype.bool_ and not mstype.is_float(dt):
                raise AssertionError("only bool and floating types of key_padding_mask are "
                                     "supported")
        output = src
        for mod in self.layers:
            output = mod(output, src_mask=src_mask, src_key_padding_mask=src_key_padding_mask)
        if self.norm is not None:
            output = self.norm(output)
        return output


class TransformerDecoderLayer(_LayerBase):
    """Self-attention on ``tgt``, attention over ``memory``, feed-forward; each with a residual,
    LayerNorm (post-norm, or pre-norm with ``norm_first``) and dropout."""

    def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation="relu",
                 layer_norm_eps=1e-5, batch_first=False, norm_first=False, dtype=mstype.float32):
        super().__init__()
        self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout,
                                            batch_first=batch_first, dtype=dtype)
        self.multihead_attn = MultiheadAttention(d_model, nhead, dropout=dropout,
                                                 batch_first=batch_first, dtype=dtype)
        self._init_feed_forward(3, d_model, nhead, dim_feedforward, dropout, activation,
                                layer_norm_eps, batch_first, norm_first, dtype)

    def construct(self, tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None,
                  memory_key_padding_mask=None):
        x = tgt
        if self.norm_first:
            x = x + self._sa_block(self.norm1(x), tgt_mask, tgt_key_padding_mask)
            x = x + self._mha_block(self.norm2(x), memory, memory_mask, memory_key_padding_mask)
            x = x + self._ff_block(self.norm3(x))
        else:
            x = self.norm1(x + self._sa_block(x, tgt_mask, tgt_key_padding_mask))
            x = self.norm2(x + self._mha_block(x, memory, memory_mask, memory_key_padding_mask))
            x = self.norm3(x + self._ff_block(x))
        return x

    def _mha_block(self, x, mem, attn_mask, key_padding_mask):
        x = self.multihead_attn(x, mem, mem, attn_mask=attn_mask,
                                key_padding_mask=key_padding_mask, need_weights=False)[0]
        return self.dropout2(x)

    def _ff_block(self, x):
        x = self.dense2(self.dropout(self.activation(self.dense1(x))))
        return self.dropout3(x)


class TransformerDecoder(Cell):
    """``num_layers`` copies of a layer built like ``decoder_layer``, then ``norm`` (see the
    module docstring: ``decoder_layer``'s own weights are not used)."""

    def __init__(self, decoder_layer, num_layers, norm=None):
        super().__init__()
        d = decoder_layer
        layer = TransformerDecoderLayer(d.d_model, d.nhead, d.dim_feedforward, d.dropout_num,
                                        d.activation1, d.layernorm_eps, d.batch_first,
                                        d.norm_first, dtype=d.dtype)
        self.layers = CellList([copy.deepcopy(layer) for _ in range(num_layers)])
        self.num_layers = num_layers
        self.norm = norm

    def construct(self, tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None,
                  memory_key_padding_mask=None):
        output = tgt
        for mod in self.layers:
            output = mod(output, memory, tgt_mask=tgt_mask, memory_mask=memory_mask,
                         tgt_key_padding_mask=tgt_key_padding_mask,
                         memory_key_padding_mask=memory_key_padding_mask)
        if self.norm is not None:
            output = self.norm(output)
        return output


class Transformer(Cell):
    """Encoder-decoder Transformer (see the module docstring)."""

    def __init__(self, d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6,
                 dim_feedforward=2048, dropout=0.1, activation="relu", custom_encoder=None,
                 custom_decoder=None, layer_norm_eps=1e-5, batch_first=False, norm_first=False,
                 dtype=mstype.float32):
        from ...common.initializer import initializer
        super().__init__()
        if custom_encoder is not None:
            self.encoder = custom_encoder
        else:
            enc_layer = TransformerEncoderLayer(d_model, nhead, dim_feedforward, dropout,
                                                activation, layer_norm_eps, batch_first,
                                                norm_first, dtype=dtype)
            enc_norm = LayerNorm((d_model,), epsilon=layer_norm_eps, dtype=dtype)
            self.encoder = TransformerEncoder(enc_layer, num_encoder_layers, enc_norm)
        if custom_decoder is not None:
            self.decoder = custom_decoder
        else:
            dec_layer = TransformerDecoderLayer(d_model, nhead, dim_feedforward, dropout,
                                                activation, layer_norm_eps, batch_first,
                                                norm_first, dtype=dtype)
            dec_norm = LayerNorm((d_model,), epsilon=layer_norm_eps, dtype=dtype)
            self.decoder = TransformerDecoder(dec_layer, num_decoder_layers, dec_norm)
        for _, p in self.parameters_and_names():
            if p.ndim > 1:
                p.set_data(initializer("xavier_uniform", p.shape, p.dtype))
        self.d_model = d_model
        self.nhead = nhead
        self.batch_first = batch_first

    def construct(self, src, tgt, src_mask=None, tgt_mask=None, memory_mask=None,
                  src_key_padding_mask=None, tgt_key_padding_mask=None,
                  memory_key_padding_mask=None):
        if src.shape[-1] != self.d_model or tgt.shape[-1] != self.d_model:
            raise ValueError("The number of features for 'src' and 'tgt' must be equal to "
                             "`d_model`.")
        memory = self.encoder(src, src_mask=src_mask, src_key_padding_mask=src_key_padding_mask)
        return self.decoder(tgt, memory, tgt_mask=tgt_mask, memory_mask=memory_mask,
                            tgt_key_padding_mask=tgt_key_padding_mask,
                            memory_key_padding_mask=memory_key_padding_mask)
