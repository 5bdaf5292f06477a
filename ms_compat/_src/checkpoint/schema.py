"""The ``.ckpt`` protobuf schema, built at import time from ``descriptor_pb2`` (no protoc step).

Layout (proto2, field numbers as observed on MindSpore 2.10's files)::

    message Checkpoint     { repeated Value value = 1;
                             message Value { required string tag = 1;
                                             oneof value { TensorProto tensor = 2;
                                                           MapTensorProto maptensor = 3; } } }
    message TensorProto    { repeated int64 dims = 1;            // not packed: one key per dim
                             required string tensor_type = 2;
                             required bytes tensor_content = 3; }
    message MapTensorProto { repeated TensorProto tensor = 1; }

The ``required`` labels matter: a stream that omits them fails to parse, exactly as in MindSpore.
The classes live in a private descriptor pool so they never clash with another copy of the
schema (MindSpore's own ``checkpoint_pb2`` registers the same message names globally).
"""
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

__all__ = ["Checkpoint", "TensorProto", "MapTensorProto"]

_F = descriptor_pb2.FieldDescriptorProto
_PACKAGE = "ms_compat.ckpt"


def _field(msg, name, number, label, ftype, type_name=None, oneof_index=None):
    f = msg.field.add(name=name, number=number, label=label, type=ftype)
    if type_name is not None:
        f.type_name = f".{_PACKAGE}.{type_name}"
    if oneof_index is not None:
        f.oneof_index = oneof_index
    return f


def _file_proto():
    fp = descriptor_pb2.FileDescriptorProto(name="ms_compat_checkpoint.proto", package=_PACKAGE,
                                            syntax="proto2")
    ckpt = fp.message_type.add(name="Checkpoint")
    _field(ckpt, "value", 1, _F.LABEL_REPEATED, _F.TYPE_MESSAGE, "Checkpoint.Value")
    value = ckpt.nested_type.add(name="Value")
    value.oneof_decl.add(name="value")
    _field(value, "tag", 1, _F.LABEL_REQUIRED, _F.TYPE_STRING)
    _field(value, "tensor", 2, _F.LABEL_OPTIONAL, _F.TYPE_MESSAGE, "TensorProto", oneof_index=0)
    _field(value, "maptensor", 3, _F.LABEL_OPTIONAL, _F.TYPE_MESSAGE, "MapTensorProto",
           oneof_index=0)
    tensor = fp.message_type.add(name="TensorProto")
    _field(tensor, "dims", 1, _F.LABEL_REPEATED, _F.TYPE_INT64)
    _field(tensor, "tensor_type", 2, _F.LABEL_REQUIRED, _F.TYPE_STRING)
    _field(tensor, "tensor_content", 3, _F.LABEL_REQUIRED, _F.TYPE_BYTES)
    maptensor = fp.message_type.add(name="MapTensorProto")
    _field(maptensor, "tensor", 1, _F.LABEL_REPEATED, _F.TYPE_MESSAGE, "TensorProto")
    return fp


def _build():
    pool = descriptor_pool.DescriptorPool()
    pool.Add(_file_proto())
    fd = pool.FindFileByName("ms_compat_checkpoint.proto")
    return tuple(message_factory.GetMessageClass(fd.message_types_by_name[n])
                 for n in ("Checkpoint", "TensorProto", "MapTensorProto"))


Checkpoint, TensorProto, MapTensorProto = _build()
