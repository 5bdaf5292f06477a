"""Errors raised by the pipeline, worded like MindSpore's.

MindSpore reports every failure inside a running pipeline as ``RuntimeError``: failures of its
own operations start with "Exception thrown from dataset pipeline." and a "Dataset Pipeline
Error Message" section; failures of user Python code (a generator, a ``map`` function) start
with "Exception thrown from user defined Python function in dataset." and carry the Python
traceback. Errors found while the pipeline is being *defined* (bad arguments) are plain
``TypeError`` / ``ValueError`` raised at the call.
"""
import traceback

_RULE = "-" * 66


def _section(title):
    return f"{_RULE}\n- {title} \n{_RULE}\n"


class OpFailure(Exception):
    """A vision/transforms kernel rejected its input; turned into MindSpore's RuntimeError by the
    caller (eagerly: ``pipeline_error(msg)``; inside ``map``: "map operation: [Op] failed.")."""


def pipeline_error(msg):
    err = RuntimeError("Exception thrown from dataset pipeline. Refer to 'Dataset Pipeline Error "
                       f"Message'. \n\n{_section('Dataset Pipeline Error Message')}[ERROR] {msg}\n")
    err._ms_dataset_error = True
    return err


def user_error(exc, context=""):
    tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    err = RuntimeError("Exception thrown from user defined Python function in dataset. \n\n"
                       f"{_section('Python Call Stack')}{context}{tb}")
    err._ms_dataset_error = True
    return err


def is_reported(exc):
    """True for errors already worded for the user (pass them through unchanged)."""
    return getattr(exc, "_ms_dataset_error", False)
