"""Internal failure kinds of the format layer; ``load.py`` turns them into MindSpore's errors.

MindSpore 2.10 reports a bad ``.ckpt`` in one of three ways (all ``ValueError``), depending on
where it fails; the format layer raises the matching kind without knowing the file name:

* ``ParseError``: the bytes are not a valid ``Checkpoint`` protobuf ("... The file may be
  corrupted, and the content cannot be parsed.");
* ``ReadError``: reading or checking the bytes failed otherwise, e.g. a CRC mismatch or a
  directory ("... May not have permission to read it, please check the correct of the file.");
* ``EntryError``: one entry cannot be turned into a tensor ("<detail>\\nFor 'load_checkpoint',
  failed to load the checkpoint file <file>.").
"""


class CheckpointFormatError(Exception):
    """Base of the internal failure kinds."""


class ParseError(CheckpointFormatError):
    pass


class ReadError(CheckpointFormatError):
    pass


class EntryError(CheckpointFormatError):
    pass
