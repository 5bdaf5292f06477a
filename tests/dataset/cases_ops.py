"""Pipeline operations: map, batch, shuffle, repeat, take, skip, project, rename, zip, concat,
split, the size/shape queries and the iterators."""

import numpy as np

from golden_io import column, epochs, registry

CASES, case = registry()


def _ab(env, n=5):
    return env.ds.NumpySlicesDataset({"a": np.arange(n), "b": np.arange(n) * 10}, shuffle=False)


def _c(env, n=3):
    return env.ds.NumpySlicesDataset({"c": np.arange(n, dtype=np.float32)}, shuffle=False)


# ---- map -------------------------------------------------------------------------------------
@case()
def map_default_input_column(env):
    return _ab(env).map(lambda x: x + 100)


@case()
def map_one_to_two_columns(env):
    return _ab(env).map(lambda x: (x, x * 2), input_columns=["a"], output_columns=["x", "y"])


@case()
def map_second_column_to_two(env):
    return _ab(env).map(lambda x: (x, x * 2), input_columns=["b"], output_columns=["x", "y"])


@case()
def map_second_column_in_place(env):
    return _ab(env).map(lambda x: x * 3, input_columns="b")


@case()
def map_second_column_renamed(env):
    return _ab(env).map(lambda x: x * 3, input_columns=["b"], output_columns=["q"])


@case()
def map_two_to_one(env):
    return _ab(env).map(lambda x, y: x + y, input_columns=["b", "a"], output_columns=["s"])


@case()
def map_two_to_two_swapped(env):
    return _ab(env).map(lambda x, y: (y, x), input_columns=["a", "b"], output_columns=["b", "a"])


@case()
def map_operation_list(env):
    return _ab(env).map([lambda x: x + 1, lambda x: x * 2], input_columns=["a"])


@case()
def map_python_scalar_results(env):
    return _ab(env, 2).map(lambda x: (1.5, int(x), True, [1, 2]), input_columns=["a"],
                           output_columns=["f", "i", "t", "l"])


@case()
def map_parallel_workers_keep_order(env):
    return _ab(env, 40).map(lambda x: x * x, input_columns=["a"], num_parallel_workers=2)


@case()
def map_twice(env):
    d = _ab(env).map(lambda x: x + 1, input_columns=["a"])
    return d.map(lambda x, y: x * y, input_columns=["a", "b"], output_columns=["p"])


@case()
def map_compose_of_functions(env):
    t = env.transforms
    return _ab(env).map(t.Compose([lambda x: x + 1, lambda x: x * 2]), input_columns=["a"])


# ---- batch -----------------------------------------------------------------------------------
@case()
def batch_with_remainder(env):
    d = _ab(env).batch(2)
    return [d.get_dataset_size(), d.get_batch_size(), d]


@case()
def batch_drop_remainder(env):
    d = _ab(env).batch(2, drop_remainder=True)
    return [d.get_dataset_size(), d]


@case()
def batch_larger_than_dataset(env):
    return _ab(env).batch(16)


@case()
def batch_arrays(env):
    return env.ds.NumpySlicesDataset(np.arange(24, dtype=np.float32).reshape(6, 2, 2),
                                     shuffle=False).batch(4)


@case()
def batch_strings(env):
    def gen():
        for i in range(3):
            yield (np.array("s%d" % i),)
    return env.ds.GeneratorDataset(gen, ["s"]).batch(2)


@case()
def batch_then_repeat(env):
    d = _ab(env).batch(2).repeat(2)
    return [d.get_dataset_size(), d.get_repeat_count(), d]


@case()
def repeat_then_batch(env):
    d = _ab(env).repeat(2).batch(3)
    return [d.get_dataset_size(), d]


# ---- repeat / take / skip --------------------------------------------------------------------
@case()
def repeat_skip_take(env):
    d = _ab(env).repeat(2).skip(3).take(4)
    return [d.get_dataset_size(), d]


@case()
def take_more_than_size(env):
    d = _ab(env).take(100)
    return [d.get_dataset_size(), d]


@case()
def skip_everything(env):
    d = _ab(env).skip(100)
    return [d.get_dataset_size(), d]


@case()
def take_minus_one(env):
    d = _ab(env).take(-1)
    return [d.get_dataset_size(), d]


@case()
def repeat_three_take(env):
    d = _ab(env, 3).repeat(3).take(7)
    return [d.get_dataset_size(), d]


# ---- project / rename ------------------------------------------------------------------------
@case()
def project_reorder(env):
    return _ab(env).project(["b", "a"])


@case()
def project_single_string(env):
    return _ab(env).project("b")


@case()
def rename_columns(env):
    return _ab(env).rename(["a", "b"], ["b", "x"])


@case()
def rename_string(env):
    return _ab(env).rename("a", "q")


# ---- zip / concat ----------------------------------------------------------------------------
@case()
def zip_shortest(env):
    d = _ab(env).zip(_c(env))
    return [d.get_col_names(), d.get_dataset_size(), d]


@case()
def zip_function_three(env):
    d = env.ds.zip((_c(env), _ab(env, 4), _c(env, 5).rename("c", "e")))
    return [d.get_col_names(), d.get_dataset_size(), d]


@case()
def concat_two(env):
    d = _ab(env).concat(_ab(env, 2))
    return [d.get_dataset_size(), d]


@case()
def concat_plus_operator_and_list(env):
    d = _c(env) + _c(env, 2)
    e = _c(env).concat([_c(env, 1), _c(env, 2)])
    return [d.get_dataset_size(), d, e.get_dataset_size(), e]


# ---- shuffle ---------------------------------------------------------------------------------
@case()
def shuffle_buffer_two_epochs_seed_0(env):
    env.ds.config.set_seed(0)
    return epochs(_ab(env, 10).shuffle(4).project("a"), 2)


@case()
def shuffle_buffer_bigger_than_data_seed_5(env):
    env.ds.config.set_seed(5)
    return epochs(_ab(env, 30).shuffle(100).project("a"), 2)


@case()
def shuffle_buffer_two_seed_3(env):
    env.ds.config.set_seed(3)
    return column(_ab(env, 50).shuffle(2), "a")


@case()
def shuffle_then_repeat_seed_9(env):
    env.ds.config.set_seed(9)
    return column(_ab(env, 10).shuffle(4).repeat(2), "a")


@case()
def sampler_shuffle_then_buffer_shuffle_seed_9(env):
    env.ds.config.set_seed(9)
    d = env.ds.NumpySlicesDataset({"a": np.arange(10)}, shuffle=True).shuffle(4)
    return column(d, "a")


@case()
def sampler_shuffle_repeat_seed_9(env):
    env.ds.config.set_seed(9)
    d = env.ds.NumpySlicesDataset({"a": np.arange(10)}).repeat(3)
    return column(d, "a")


@case()
def seed_read_when_iterator_is_created(env):
    d = _ab(env, 10)
    env.ds.config.set_seed(9)
    d = d.shuffle(4)
    env.ds.config.set_seed(10)
    return column(d, "a")


@case()
def shuffle_then_batch_seed_4(env):
    env.ds.config.set_seed(4)
    return _ab(env, 9).shuffle(5).batch(4)


@case()
def config_get_seed(env):
    env.ds.config.set_seed(123)
    return env.ds.config.get_seed()


# ---- split -----------------------------------------------------------------------------------
@case()
def split_in_order(env):
    return list(_ab(env).split([3, 2], randomize=False))


@case()
def split_fractions(env):
    return [d.get_dataset_size() for d in _ab(env, 10).split([0.65, 0.35], randomize=False)]


@case()
def split_randomized_seed_3(env):
    env.ds.config.set_seed(3)
    return [column(d, "a") for d in _ab(env, 10).split([6, 4])]


@case()
def split_mnist_default_shuffle_seed_13(env):
    env.ds.config.set_seed(13)
    parts = env.ds.MnistDataset(env.mnist_dir, usage="train").split([0.75, 0.25])
    return [[d.get_dataset_size(), column(d, "label")] for d in parts]


@case()
def split_generator_randomized_seed_8(env):
    env.ds.config.set_seed(8)
    def gen():
        for i in range(8):
            yield (np.array(i),)
    return [column(d, "v") for d in env.ds.GeneratorDataset(gen, ["v"]).split([5, 3])]


# ---- queries and iterators -------------------------------------------------------------------
@case()
def output_shapes_and_types(env):
    d = env.ds.MnistDataset(env.mnist_dir, usage="train", shuffle=False).batch(5)
    return [d.output_shapes(), [np.dtype(t).str for t in d.output_types()]]


@case()
def dict_iterator_rows(env):
    d = _ab(env, 3)
    return [sorted(r) for r in d.create_dict_iterator(output_numpy=True)] + [
        list(d.create_dict_iterator(output_numpy=True))]


@case()
def tuple_iterator_columns_subset(env):
    d = _ab(env, 3)
    return [list(r) for r in d.create_tuple_iterator(columns=["b"], output_numpy=True)]


@case()
def tensor_outputs(env):
    d = env.ds.MnistDataset(env.mnist_dir, usage="test", shuffle=False).take(2)
    out = [list(r) for r in d.create_tuple_iterator()]
    out += [list(r) for r in d]
    out += [sorted(r.items()) for r in d.create_dict_iterator()]
    return out


@case()
def tensor_outputs_after_batch(env):
    d = env.ds.MnistDataset(env.mnist_dir, usage="test", shuffle=False).batch(3)
    return [list(r) for r in d.create_tuple_iterator()]


@case()
def iterator_reused_for_epochs(env):
    it = _ab(env, 3).create_dict_iterator(num_epochs=3, output_numpy=True)
    return [[r["a"] for r in it] for _ in range(3)]


@case(match="")
def iterator_past_num_epochs(env):
    it = _ab(env, 3).create_tuple_iterator(num_epochs=1, output_numpy=True)
    first = [list(r) for r in it]
    second = [list(r) for r in it]
    return [first, second]
