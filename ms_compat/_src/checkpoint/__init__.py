"""Checkpoint machinery behind ``mindspore.save_checkpoint`` / ``load_checkpoint``.

Format layer (numpy arrays and str, no Tensors): ``schema`` (the protobuf messages),
``dtypes`` (type names), ``ckpt_codec`` (.ckpt bytes), ``safetensors_codec``, ``atomic``
(temp file + rename). API layer: ``checks`` (MindSpore's argument checks and messages),
``collect`` (what ``save_checkpoint`` writes for a Cell / list / dict), ``save``, ``load``,
``load_net`` (``load_param_into_net``).
"""
