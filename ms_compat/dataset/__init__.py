"""``mindspore.dataset`` on numpy: local-file sources, the pipeline operations and iterators.

Public names mirror MindSpore's; the machinery lives in ``ms_compat/dataset/_engine`` and the
dataset classes in ``engine/`` (MindSpore's own file layout). Names MindSpore has but ms_compat
does not raise NotImplementedError when used.
"""
from . import config  # noqa: F401
from . import transforms  # noqa: F401
from . import vision  # noqa: F401
from .config import get_seed, set_seed  # noqa: F401
from .engine import (  # noqa: F401
    BatchDataset, BuiltinSampler, Cifar10Dataset, ConcatDataset, Dataset, DictIterator,
    GeneratorDataset, ImageFolderDataset, MapDataset, MappableDataset, MnistDataset,
    NumpySlicesDataset, ProjectDataset, RandomSampler, RenameDataset, RepeatDataset,
    SequentialSampler, ShuffleDataset, SkipDataset, SourceDataset, TakeDataset, TupleIterator,
    ZipDataset, zip)
from .._src.api_surface import missing_attr_hook as _missing_attr_hook

__getattr__ = _missing_attr_hook("mindspore.dataset")
