"""``mindspore.dataset.engine``: the dataset classes, samplers and iterators."""
from .datasets import (  # noqa: F401
    BatchDataset, ConcatDataset, Dataset, MapDataset, MappableDataset, ProjectDataset,
    RenameDataset, RepeatDataset, ShuffleDataset, SkipDataset, SourceDataset, TakeDataset,
    ZipDataset)
from .datasets_user_defined import GeneratorDataset, NumpySlicesDataset  # noqa: F401
from .datasets_vision import Cifar10Dataset, ImageFolderDataset, MnistDataset  # noqa: F401
from .iterators import DictIterator, TupleIterator  # noqa: F401
from .samplers import BuiltinSampler, RandomSampler, SequentialSampler  # noqa: F401


def zip(datasets):  # noqa: A001 - MindSpore's name
    """``mindspore.dataset.zip((ds1, ds2, ...))``: rows side by side."""
    if not isinstance(datasets, tuple):
        raise TypeError(f"Argument datasets with value {datasets} is not of type "
                        f"[<class 'tuple'>], but got {type(datasets)}.")
    if len(datasets) <= 1:
        raise ValueError("Can't zip empty or just one dataset!")
    return ZipDataset(datasets)
