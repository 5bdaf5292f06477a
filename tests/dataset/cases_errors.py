"""Bad input: the exception type MindSpore raises (and a piece of its message) for each."""

import os

import numpy as np

from golden_io import registry

CASES, case = registry()


def _ab(env, n=5):
    return env.ds.NumpySlicesDataset({"a": np.arange(n), "b": np.arange(n) * 10}, shuffle=False)


def _rows(d):
    return [list(r) for r in d.create_tuple_iterator(output_numpy=True)]


# ---- sources ---------------------------------------------------------------------------------
@case(match='Data length in each column is not equal')
def numpy_slices_mismatched_lengths(env):
    return env.ds.NumpySlicesDataset(([1, 2], [3, 4, 5]), shuffle=False)


@case(match='Data length in each column is not equal')
def numpy_slices_dict_mismatched_lengths(env):
    return env.ds.NumpySlicesDataset({"a": [1, 2], "b": [3, 4, 5]}, shuffle=False)


@case(match='Num of input column names is 1')
def numpy_slices_wrong_column_count(env):
    return env.ds.NumpySlicesDataset(([1, 2], [3, 4]), column_names=["x"])


@case(match='Neither columns_names nor schema')
def generator_without_column_names(env):
    return env.ds.GeneratorDataset(lambda: iter([(1,)]))


@case(match='generator failed at row 3')
def generator_raises_mid_epoch(env):
    def gen():
        for i in range(6):
            if i == 3:
                raise ValueError("generator failed at row 3")
            yield (np.array(i),)
    return _rows(env.ds.GeneratorDataset(gen, ["x"]))


@case(match='should return same number of NumPy arrays as specified in column_names')
def generator_too_many_columns(env):
    def gen():
        for i in range(3):
            yield i, i, i
    return _rows(env.ds.GeneratorDataset(gen, ["a", "b"]))


@case(match='no row 2')
def generator_random_access_raises(env):
    class Source:
        def __getitem__(self, i):
            if i == 2:
                raise IndexError("no row 2")
            return (np.array(i),)

        def __len__(self):
            return 4
    return _rows(env.ds.GeneratorDataset(Source(), ["x"], shuffle=False))


class _RaisingSource:
    """Random-access source whose row 5 raises."""

    def __getitem__(self, i):
        if i == 5:
            raise IndexError("no row 5")
        return (np.array(i),)

    def __len__(self):
        return 12


@case(match='no row 5')
def generator_random_access_raises_parallel(env):
    return _rows(env.ds.GeneratorDataset(_RaisingSource(), ["x"], shuffle=False,
                                         num_parallel_workers=2))


@case(match='no row 5')
def generator_random_access_raises_threads(env):
    return _rows(env.ds.GeneratorDataset(_RaisingSource(), ["x"], shuffle=False,
                                         num_parallel_workers=2, python_multiprocessing=False))


@case(match='bad row 4')
def generator_raises_mid_epoch_batched(env):
    def gen():
        for i in range(10):
            if i == 4:
                raise ValueError("bad row 4")
            yield (np.array(i),)
    d = env.ds.GeneratorDataset(gen, ["x"], num_parallel_workers=2).batch(2)
    return [sorted(r) for r in d.create_dict_iterator(output_numpy=True)]


@case(match='Data type of')
def generator_yields_object(env):
    def gen():
        yield (object(),)
    return _rows(env.ds.GeneratorDataset(gen, ["x"]))


@case(match='does not exist or is not a directory')
def mnist_missing_dir(env):
    return env.ds.MnistDataset(os.path.join(env.mnist_dir, "nope"))


@case(match='Input usage is not within the valid set')
def mnist_bad_usage(env):
    return env.ds.MnistDataset(env.mnist_dir, usage="valid")


@case(match="MnistDataset API can't read the data file")
def mnist_dir_without_files(env):
    return _rows(env.ds.MnistDataset(os.path.dirname(env.mnist_dir), usage="train"))


@case(match='truncated data length')
def mnist_truncated_images(env):
    bad = os.path.join(os.path.dirname(env.mnist_dir), "mnist_truncated")
    return _rows(env.ds.MnistDataset(bad, usage="train"))


@case(match='the number of labels in')
def mnist_bad_magic(env):
    bad = os.path.join(os.path.dirname(env.mnist_dir), "mnist_bad_magic")
    return _rows(env.ds.MnistDataset(bad, usage="train"))


@case(match='Invalid cifar10 file, failed to read data from')
def cifar10_short_file(env):
    bad = os.path.join(os.path.dirname(env.mnist_dir), "cifar_short")
    return _rows(env.ds.Cifar10Dataset(bad, usage="train"))


@case(match='does not exist or is not a directory')
def image_folder_missing_dir(env):
    return env.ds.ImageFolderDataset(os.path.join(env.folder_dir, "nope"))


@case(match='sampler and shuffle cannot be specified at the same time')
def sampler_and_shuffle_together(env):
    return env.ds.MnistDataset(env.mnist_dir, shuffle=True, sampler=env.ds.SequentialSampler())


# ---- operations ------------------------------------------------------------------------------
@case(match='bad value 3')
def map_function_raises(env):
    def bad(x):
        if x == 3:
            raise ValueError("bad value 3")
        return x
    return _rows(_ab(env).map(bad, input_columns=["a"]))


@case(match='bad value 13')
def map_function_raises_parallel(env):
    def bad(x):
        if x == 13:
            raise KeyError("bad value 13")
        return x
    return _rows(_ab(env, 40).map(bad, input_columns=["a"], num_parallel_workers=2))


@case(match="input column name: zz doesn't exist")
def map_missing_input_column(env):
    return _rows(_ab(env).map(lambda x: x, input_columns=["zz"]))


@case(match="the number of columns returned in 'map' operations should match")
def map_output_count_mismatch(env):
    return _rows(_ab(env).map(lambda x: (x, x), input_columns=["a"]))


@case(match='should be callable')
def map_not_callable(env):
    return _ab(env).map(3, input_columns=["a"])


@case(match='Cannot batch tensors with different shapes in column 0')
def batch_ragged(env):
    def gen():
        for i in range(4):
            yield (np.zeros(i + 1),)
    return _rows(env.ds.GeneratorDataset(gen, ["x"]).batch(2))


@case(match='Cannot batch tensors with different types in column 0')
def batch_mixed_dtypes(env):
    def gen():
        yield (np.zeros(2, np.float32),)
        yield (np.zeros(2, np.float64),)
    return _rows(env.ds.GeneratorDataset(gen, ["x"]).batch(2))


@case(match='batch_size is not within the required interval')
def batch_size_zero(env):
    return _ab(env).batch(0)


@case(match='batch_size should either be an int or a callable')
def batch_size_float(env):
    return _ab(env).batch(2.0)


@case(match='count should be either -1')
def take_zero(env):
    return _ab(env).take(0)


@case(match='count is not within the required interval')
def skip_negative(env):
    return _ab(env).skip(-1)


@case(match='count should be either -1 or positive integer')
def repeat_zero(env):
    return _ab(env).repeat(0)


@case(match='buffer_size is not within the required interval')
def shuffle_buffer_one(env):
    return _ab(env).shuffle(1)


@case(match='column name: zz does not exist')
def project_missing_column(env):
    return _rows(_ab(env).project(["zz"]))


@case(match='column to be renamed does not exist')
def rename_missing_column(env):
    return _rows(_ab(env).rename(["zz"], ["q"]))


@case(match='input_columns and output_columns is not equal')
def rename_length_mismatch(env):
    return _ab(env).rename(["a", "b"], ["q"])


@case(match='duplicate column b')
def zip_duplicate_columns(env):
    return _rows(_ab(env).zip(_ab(env)))


@case(match='Argument datasets')
def zip_not_dataset(env):
    return _ab(env).zip([1, 2])


@case(match="'column name' or 'column order' of concat datasets")
def concat_different_columns(env):
    return _rows(_ab(env).concat(_ab(env).rename(["a"], ["z"])))


@case(match='the data types of the two datasets to be concatenated should be the same')
def concat_different_dtypes(env):
    d1 = env.ds.NumpySlicesDataset({"c": np.arange(3)}, shuffle=False)
    d2 = env.ds.NumpySlicesDataset({"c": np.arange(3.0)}, shuffle=False)
    return _rows(d1.concat(d2))


@case(match='Sum of split sizes 6 is not equal to dataset size 5')
def split_sizes_do_not_sum(env):
    return _ab(env).split([3, 3])


@case(match='Split percentage 0.05 is too small')
def split_fraction_too_small(env):
    return _ab(env).split([0.95, 0.05])


# ---- transforms on the wrong input -----------------------------------------------------------
@case(match='map operation: [Rescale] failed')
def rescale_int64_in_map(env):
    return _rows(_ab(env).map(env.vision.Rescale(0.5, 0), input_columns=["a"]))


@case(match='Rescale: load image failed')
def rescale_eager_string(env):
    return env.vision.Rescale(0.5, 0)(np.array(["a", "b"]))


@case(match='image shape should be <H,W> or <H,W,C>, but got rank: 4')
def hwc2chw_4d(env):
    return env.vision.HWC2CHW()(np.zeros((1, 2, 3, 3), np.uint8))


@case(match='but got rank: 1')
def hwc2chw_1d(env):
    return env.vision.HWC2CHW()(np.zeros((3,), np.uint8))


@case(match='map operation: [HWC2CHW] failed')
def hwc2chw_scalar_in_map(env):
    return _rows(_ab(env).map(env.vision.HWC2CHW(), input_columns=["a"]))


@case(match='number of channels does not match the size of mean and std')
def normalize_channel_mismatch(env):
    return env.vision.Normalize([1.0, 2.0], [1.0, 1.0])(np.zeros((4, 4, 3), np.uint8))


@case()
def normalize_4d(env):
    return env.vision.Normalize([1.0], [1.0])(np.zeros((1, 4, 4, 1), np.float32))


@case(match='std[0] is not within the required interval')
def normalize_zero_std(env):
    return env.vision.Normalize([1.0], [0.0])


@case(match='Normalize: unsupported type')
def normalize_string_input(env):
    return env.vision.Normalize([1.0], [1.0])(np.array([["a"]]))


@case(match='Argument rescale')
def rescale_bad_argument_type(env):
    return env.vision.Rescale("0.5", 0)


@case(match='not within the required interval of [1, 16777216]')
def resize_negative_size(env):
    return env.vision.Resize(-3)


@case(match='the image tensor should have at least two dimensions')
def resize_1d_input(env):
    return env.vision.Resize((2, 2))(np.zeros((5,), np.uint8))


@case(match='crop size is bigger than the image dimensions')
def random_crop_too_big(env):
    return env.vision.RandomCrop(10)(np.zeros((4, 4, 3), np.uint8))


@case(match='Only support input of int type')
def onehot_float_input(env):
    return env.transforms.OneHot(5)(np.array(1.0))


@case(match='index values should not bigger than num classes')
def onehot_index_out_of_range(env):
    return env.transforms.OneHot(5)(np.array(7))


@case(match='Argument data_type')
def typecast_bad_type(env):
    return env.transforms.TypeCast("floatx")


@case(match='does not support cast from string')
def typecast_string_input(env):
    return env.transforms.TypeCast(env.ms.int32)(np.array(["1"]))


@case(match='Decode: image decode failed')
def decode_not_an_image(env):
    return env.vision.Decode()(np.frombuffer(b"not an image at all", np.uint8))


@case(match='number of array dimensions of the encoded image should be 1')
def decode_wrong_dtype(env):
    return env.vision.Decode()(np.zeros((4, 4), np.float32))
