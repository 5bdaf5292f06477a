"""Element types of the two checkpoint formats, as MindSpore 2.10 reads and writes them.

``.ckpt``: ``tensor_type`` is ``str(tensor.dtype)`` (``"Float32"``, ``"BFloat16"``...), or
``"str"`` for a string entry whose bytes are numpy unicode (UTF-32-LE). The reader table is
MindSpore's: types outside it (``Complex64``...) can be written but not read back, as in MindSpore.
``"Int4"`` (qint4x2) is known to MindSpore's reader but has no ms_compat dtype.

safetensors: the standard codes; MindSpore's reader accepts exactly the codes of ``SAFETENSORS``.
All bytes are little-endian; bfloat16 is ``ml_dtypes.bfloat16``.
"""
import ml_dtypes
import numpy as np

__all__ = ["CKPT_READ_TYPES", "STRING_TYPE", "UNSUPPORTED_TYPES", "SAFETENSORS",
           "tensor_type_of", "np_dtype_of_tensor_type"]

STRING_TYPE = "str"

_BF16 = np.dtype(ml_dtypes.bfloat16)

# tensor_type -> numpy dtype, for every type MindSpore's reader knows (except str / Int4).
CKPT_READ_TYPES = {
    "Int8": np.dtype("<i1"), "UInt8": np.dtype("<u1"), "Int16": np.dtype("<i2"),
    "UInt16": np.dtype("<u2"), "Int32": np.dtype("<i4"), "UInt32": np.dtype("<u4"),
    "Int64": np.dtype("<i8"), "UInt64": np.dtype("<u8"), "Float16": np.dtype("<f2"),
    "Float32": np.dtype("<f4"), "Float64": np.dtype("<f8"), "Bool": np.dtype(np.bool_),
    "BFloat16": _BF16,
}
# Known to MindSpore's reader, not representable in ms_compat.
UNSUPPORTED_TYPES = {"Int4": "qint4x2"}

# numpy dtype -> tensor_type, for writing numpy arrays directly (format layer).
_WRITE_TYPES = {v: k for k, v in CKPT_READ_TYPES.items()}
_WRITE_TYPES[np.dtype("<c8")] = "Complex64"
_WRITE_TYPES[np.dtype("<c16")] = "Complex128"

# safetensors code -> (numpy dtype, element size): MindSpore's reader table.
SAFETENSORS = {
    "BOOL": np.dtype(np.bool_), "U8": np.dtype("<u1"), "I8": np.dtype("<i1"),
    "I16": np.dtype("<i2"), "U16": np.dtype("<u2"), "I32": np.dtype("<i4"),
    "U32": np.dtype("<u4"), "I64": np.dtype("<i8"), "U64": np.dtype("<u8"),
    "F16": np.dtype("<f2"), "BF16": _BF16, "F32": np.dtype("<f4"), "F64": np.dtype("<f8"),
}


def tensor_type_of(dtype) -> str:
    """The ``tensor_type`` MindSpore writes for arrays of numpy ``dtype``."""
    dt = np.dtype(dtype).newbyteorder("<") if np.dtype(dtype).byteorder == ">" else np.dtype(dtype)
    try:
        return _WRITE_TYPES[dt]
    except KeyError:
        raise TypeError(f"For 'save_checkpoint', the data type {dtype} is not supported.") from None


def np_dtype_of_tensor_type(tensor_type: str) -> np.dtype:
    """numpy dtype for a ``tensor_type`` read from a file; ``KeyError`` for an unknown type (as
    MindSpore), ``NotImplementedError`` for a MindSpore type ms_compat lacks."""
    if tensor_type in UNSUPPORTED_TYPES:
        raise NotImplementedError(
            f"load_checkpoint: tensor_type '{tensor_type}' (MindSpore "
            f"{UNSUPPORTED_TYPES[tensor_type]}) is not supported by ms_compat.")
    return CKPT_READ_TYPES[tensor_type]
