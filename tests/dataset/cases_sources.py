"""Dataset sources: the file readers, GeneratorDataset and NumpySlicesDataset (MindSpore style).

Each case builds a pipeline with ``env.ds`` (``mindspore.dataset`` or ``ms_compat.dataset``);
``golden_io.run_case`` collects it.
"""

import numpy as np

from golden_io import column, epochs, registry

CASES, case = registry()


# ---- MnistDataset ---------------------------------------------------------------------------
@case()
def mnist_train_in_order(env):
    return env.ds.MnistDataset(env.mnist_dir, usage="train", shuffle=False)


@case()
def mnist_test_in_order(env):
    return env.ds.MnistDataset(env.mnist_dir, usage="test", shuffle=False)


@case()
def mnist_all_in_order_num_samples(env):
    return env.ds.MnistDataset(env.mnist_dir, usage="all", shuffle=False, num_samples=8)


@case()
def mnist_default_usage_size(env):
    d = env.ds.MnistDataset(env.mnist_dir)
    return [d.get_dataset_size(), d.get_col_names(), d.num_classes()]


@case()
def mnist_shuffled_two_epochs_seed_5(env):
    env.ds.config.set_seed(5)
    d = env.ds.MnistDataset(env.mnist_dir, usage="train").project("label")
    return epochs(d, 2)


@case()
def mnist_shuffled_num_samples_seed_11(env):
    env.ds.config.set_seed(11)
    d = env.ds.MnistDataset(env.mnist_dir, num_samples=6)
    return [d.get_dataset_size(), column(d, "label")]


@case()
def mnist_ms_set_seed_shuffles(env):
    env.ms.set_seed(21)
    return column(env.ds.MnistDataset(env.mnist_dir, usage="all"), "label")


# ---- Cifar10Dataset --------------------------------------------------------------------------
@case()
def cifar10_train_first_rows(env):
    return env.ds.Cifar10Dataset(env.cifar_dir, usage="train", shuffle=False, num_samples=3)


@case()
def cifar10_sizes(env):
    return [env.ds.Cifar10Dataset(env.cifar_dir, usage=u).get_dataset_size()
            for u in ("train", "test", "all")] + [
        env.ds.Cifar10Dataset(env.cifar_dir).get_col_names()]


@case()
def cifar10_all_crosses_files(env):
    d = env.ds.Cifar10Dataset(env.cifar_dir, usage="all", shuffle=False)
    return d.skip(19998).take(4)


@case()
def cifar10_test_labels_shuffled_seed_1(env):
    env.ds.config.set_seed(1)
    return column(env.ds.Cifar10Dataset(env.cifar_dir, usage="test", num_samples=7), "label")


# ---- ImageFolderDataset ----------------------------------------------------------------------
@case()
def image_folder_raw_bytes_in_order(env):
    d = env.ds.ImageFolderDataset(env.folder_dir, shuffle=False)
    return [d.get_class_indexing(), d.num_classes(), d]


@case()
def image_folder_decode(env):
    return env.ds.ImageFolderDataset(env.folder_dir, shuffle=False, decode=True)


@case()
def image_folder_class_indexing(env):
    d = env.ds.ImageFolderDataset(env.folder_dir, shuffle=False,
                                  class_indexing={"dog": 0, "cat": 5, "ant": 2})
    return [d.get_class_indexing(), column(d, "label")]


@case()
def image_folder_extensions_filter(env):
    d = env.ds.ImageFolderDataset(env.folder_dir, shuffle=False, extensions=[".jpg"])
    return d.get_dataset_size()


@case()
def image_folder_shuffled_seed_3(env):
    env.ds.config.set_seed(3)
    return column(env.ds.ImageFolderDataset(env.folder_dir), "label")


# ---- GeneratorDataset ------------------------------------------------------------------------
def _gen_pairs():
    for i in range(5):
        yield np.array([i, i + 1], dtype=np.float32), np.array(i * 10, dtype=np.int32)


class _RandomAccess:
    def __init__(self, n=7):
        self.data = np.arange(n * 2, dtype=np.int16).reshape(n, 2)

    def __getitem__(self, index):
        return self.data[index], index

    def __len__(self):
        return len(self.data)


class _Iterable:
    def __iter__(self):
        return iter([(np.float64(0.5),), (np.float64(1.5),), (np.float64(2.5),)])


@case()
def generator_function(env):
    return env.ds.GeneratorDataset(_gen_pairs, column_names=["data", "label"])


@case()
def generator_single_column_string_name(env):
    return env.ds.GeneratorDataset([1, 2, 3], "col", shuffle=False)


@case()
def generator_python_types(env):
    def gen():
        for i in range(2):
            yield 1.5 * i, i % 2 == 0, i, [i, i + 1], [0.5, 1.0], np.float16(i)
    return env.ds.GeneratorDataset(gen, ["f", "b", "i", "li", "lf", "h"])


@case()
def generator_strings(env):
    def gen():
        for s in ("ab", "c"):
            yield (np.array(s),)
    return env.ds.GeneratorDataset(gen, ["s"])


@case()
def generator_non_tuple_row(env):
    def gen():
        for i in range(3):
            yield np.array([i, i])
    return env.ds.GeneratorDataset(gen, ["x"])


@case()
def generator_random_access_in_order(env):
    return env.ds.GeneratorDataset(_RandomAccess(), ["x", "idx"], shuffle=False)


@case()
def generator_random_access_default_shuffle_seed_7(env):
    env.ds.config.set_seed(7)
    return epochs(env.ds.GeneratorDataset(_RandomAccess(), ["x", "idx"]), 2)


@case()
def generator_random_access_num_samples(env):
    env.ds.config.set_seed(2)
    d = env.ds.GeneratorDataset(_RandomAccess(), ["x", "idx"], num_samples=3)
    return [d.get_dataset_size(), column(d, "idx")]


@case()
def generator_iterable(env):
    d = env.ds.GeneratorDataset(_Iterable(), ["v"])
    return [d.get_dataset_size(), d]


@case()
def generator_num_samples_function(env):
    d = env.ds.GeneratorDataset(_gen_pairs, ["data", "label"], num_samples=2)
    return [d.get_dataset_size(), d]


@case()
def generator_list_source_shuffle_false(env):
    return env.ds.GeneratorDataset([(1, 2.0), (3, 4.0)], ["a", "b"], shuffle=False)


# ---- NumpySlicesDataset ----------------------------------------------------------------------
@case()
def numpy_slices_list(env):
    return env.ds.NumpySlicesDataset([1, 2, 3], shuffle=False)


@case()
def numpy_slices_float_list(env):
    return env.ds.NumpySlicesDataset([0.25, 1.5], shuffle=False)


@case()
def numpy_slices_tuple(env):
    return env.ds.NumpySlicesDataset(([1, 2], [3.0, 4.0]), shuffle=False)


@case()
def numpy_slices_dict(env):
    return env.ds.NumpySlicesDataset({"z": [1, 2], "a": np.array([3, 4], np.uint8)}, shuffle=False)


@case()
def numpy_slices_2d_array(env):
    return env.ds.NumpySlicesDataset(np.arange(6, dtype=np.float32).reshape(3, 2), shuffle=False)


@case()
def numpy_slices_list_of_lists(env):
    return env.ds.NumpySlicesDataset([[1, 2], [3, 4], [5, 6]], column_names=["v"], shuffle=False)


@case()
def numpy_slices_column_names(env):
    return env.ds.NumpySlicesDataset(([1, 2], [3, 4]), column_names=["x", "y"], shuffle=False)


@case()
def numpy_slices_default_shuffle_seed_0(env):
    env.ds.config.set_seed(0)
    return epochs(env.ds.NumpySlicesDataset(list(range(10))), 3)


@case()
def numpy_slices_large_shuffle_seed_3(env):
    env.ds.config.set_seed(3)
    rows = column(env.ds.NumpySlicesDataset({"i": np.arange(70000)}), "i")
    return np.array(rows)
