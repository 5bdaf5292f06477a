"""``mindspore.common.dtype`` (``mstype``): MindSpore's dtype objects."""
from .._src.dtype import (  # noqa: F401
    Type, all_types, bfloat16, bool_, cdouble, cfloat, complex64, complex128, complex_type, double,
    dtype_to_nptype, dtype_to_pytype, float16, float32, float64, float_, float_type,
    get_py_obj_dtype, half, int8, int16, int32, int64, int_, int_type, intc, intp, long,
    number_type, pytype_to_dtype, short, signed_type, single, string, type_none, uint, uint8,
    uint16, uint32, uint64, uint_type, ushort)

__all__ = ["Type", "bfloat16", "bool_", "cdouble", "cfloat", "complex64", "complex128", "double",
           "dtype_to_nptype", "dtype_to_pytype", "float16", "float32", "float64", "float_", "half",
           "int8", "int16", "int32", "int64", "int_", "intc", "intp", "long", "pytype_to_dtype",
           "short", "single", "string", "type_none", "uint", "uint8", "uint16", "uint32",
           "uint64", "ushort", "number_type", "int_type", "uint_type", "float_type"]
