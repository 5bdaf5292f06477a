"""``mindspore.ops.function``: the functional op surface, one file per MindSpore file."""
