"""``SequentialCell``, ``CellList`` and ``CellDict`` (``mindspore/nn/layer/container.py``).

Children are registered under their index (``0``, ``1``, ...) or key, and their Parameters are
renamed to ``<prefix><index>.<name>`` where ``<prefix>`` is the container's own path when it is
already a child of another Cell (MindSpore recovers it from the first child's Parameter names).
Cells without Parameters (ReLU) still take an index. ``SequentialCell`` accepts Cells, a list
or an ``OrderedDict`` (not a plain dict).
"""
from __future__ import annotations

from collections import OrderedDict, abc

from ..._src.cell import Cell


def _valid_index(n, index, cls):
    if not isinstance(index, int):
        raise TypeError(f"For '{cls}', the type of 'index' must be int, but got "
                        f"{type(index).__name__}.")
    if not -n <= index < n:
        raise IndexError(f"For '{cls}', the value of 'index' must be a number in range [{-n}, "
                         f"{n}), but got {index}.")
    return index % n


def _valid_insert_index(n, index, cls):
    if not isinstance(index, int):
        raise TypeError(f"For '{cls}', the type of 'index' must be int, but got "
                        f"{type(index).__name__}.")
    if not -n <= index <= n:
        raise IndexError(f"For '{cls}', the value of 'index' must be a number in range [{-n}, "
                         f"{n}], but got {index}.")
    return index % n if n != 0 and index != n else index


def _valid_cell(cell, cls):
    if isinstance(cell, Cell):
        return True
    raise TypeError(f"For '{cls}', each cell must be subclass of Cell, but got "
                    f"{type(cell).__name__}.")


def _prefix_and_index(cells):
    """(path prefix of the container, position of the child key in a Parameter name)."""
    first = second = None
    for key, cell in cells.items():
        params = list(cell.parameters_and_names())
        if not params:
            continue
        if first is None:
            first = (key, params[0][1])
            continue
        second = (key, params[0][1])
        break
    if first is None:
        return "", 0
    key, param = first
    parts = param.name.split(".")
    prefix, index = "", 0
    for i, part in enumerate(parts):
        if part == key:
            prefix = ".".join(parts[:i])
            prefix = prefix + "." if prefix else prefix
            index = i
            if second is not None and second[1].name.split(".")[i] == second[0]:
                break
    return prefix, index


def _renumber(container, dynamic=None):
    """After a deletion: re-key children 0..n-1 and rename their Parameters."""
    prefix, key_index = _prefix_and_index(container._cells)
    new = OrderedDict()
    for i, (key, cell) in enumerate(container._cells.items()):
        if dynamic is None or dynamic[i]:
            if container._auto_prefix:
                for _, p in cell.parameters_and_names():
                    rest = ".".join(p.name.split(".")[key_index + 1:])
                    p.name = f"{prefix}{i}.{rest}"
            new[str(i)] = cell
        else:
            new[key] = cell
    container.__dict__["_cells"] = new


class SequentialCell(Cell):
    """Calls its children in order: ``x = cell(x)``."""

    def __init__(self, *args):
        super().__init__()
        self.__dict__["_is_dynamic_name"] = []
        if len(args) == 1 and not isinstance(args[0], Cell):
            cells = args[0]
            if isinstance(cells, list):
                items = [(str(i), c, True) for i, c in enumerate(cells)]
            elif isinstance(cells, OrderedDict):
                items = [(k, c, False) for k, c in cells.items()]
            else:
                raise TypeError(f"For 'SequentialCell', the 'args[0]' must be Cell, list or "
                                f"orderedDict, but got {type(cells).__name__}")
        else:
            items = [(str(i), c, True) for i, c in enumerate(args)]
        for key, cell, dynamic in items:
            self.insert_child_to_cell(key, cell)
            cell.update_parameters_name(key + ".")
            self._is_dynamic_name.append(dynamic)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return type(self)(OrderedDict(list(self._cells.items())[index]))
        index = _valid_index(len(self), index, type(self).__name__)
        return list(self._cells.values())[index]

    def __setitem__(self, index, cell):
        cls = type(self).__name__
        if _valid_cell(cell, cls):
            prefix, _ = _prefix_and_index(self._cells)
            index = _valid_index(len(self), index, cls)
            key = list(self._cells.keys())[index]
            self._cells[key] = cell
            cell.update_parameters_name(prefix + key + ".")

    def __delitem__(self, index):
        cls = type(self).__name__
        if isinstance(index, int):
            index = _valid_index(len(self), index, cls)
            del self._cells[list(self._cells.keys())[index]]
            del self._is_dynamic_name[index]
        elif isinstance(index, slice):
            for key in list(self._cells.keys())[index]:
                del self._cells[key]
            del self._is_dynamic_name[index]
        else:
            raise TypeError(f"For '{cls}', the type of index must be int type or slice type, but "
                            f"got {type(index).__name__}")
        _renumber(self, self._is_dynamic_name)

    def __bool__(self):
        return len(self._cells) != 0

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells.values())

    def append(self, cell):
        if _valid_cell(cell, type(self).__name__):
            prefix, _ = _prefix_and_index(self._cells)
            cell.update_parameters_name(prefix + str(len(self)) + ".")
            self._is_dynamic_name.append(True)
            self._cells[str(len(self))] = cell
        return self

    def _insert(self, index, cell):
        """Insert before ``index`` (private in MindSpore 2.10: SequentialCell has no ``insert``)."""
        cls = type(self).__name__
        idx = _valid_insert_index(len(self), index, cls)
        _valid_cell(cell, cls)
        cells = list(self._cells.values())
        cells.insert(idx, cell)
        prefix, _ = _prefix_and_index(self._cells)
        self._cells.clear()
        for i, c in enumerate(cells):
            self._cells[str(i)] = c
            c.update_parameters_name(f"{prefix}{i}.")
        self._is_dynamic_name.insert(idx, True)

    def construct(self, input_data):
        for cell in self._cells.values():
            input_data = cell(input_data)
        return input_data


class CellList(Cell):
    """A list of Cells registered as children ``0..n-1``; it has no ``construct``."""

    def __init__(self, *args, **kwargs):
        super().__init__(kwargs.get("auto_prefix", True))
        if len(args) == 1:
            self.extend(args[0])

    def __getitem__(self, index):
        cls = type(self).__name__
        if isinstance(index, slice):
            return CellList(list(self._cells.values())[index])
        if isinstance(index, int):
            return self._cells[str(_valid_index(len(self), index, cls))]
        raise TypeError(f"For '{cls}', the type of 'index' must be int or slice, but got "
                        f"{type(index).__name__}.")

    def __setitem__(self, index, cell):
        cls = type(self).__name__
        if not isinstance(index, int) and _valid_cell(cell, cls):
            raise TypeError(f"For '{cls}', the type of 'index' must be int, but got "
                            f"{type(index).__name__}.")
        index = _valid_index(len(self), index, cls)
        if self._auto_prefix:
            prefix, _ = _prefix_and_index(self._cells)
            cell.update_parameters_name(prefix + str(index) + ".")
        self._cells[str(index)] = cell

    def __delitem__(self, index):
        cls = type(self).__name__
        if isinstance(index, int):
            del self._cells[str(_valid_index(len(self), index, cls))]
        elif isinstance(index, slice):
            for key in list(self._cells.keys())[index]:
                del self._cells[key]
        else:
            raise TypeError(f"For '{cls}', the type of 'index' must be int or slice, but got "
                            f"{type(index).__name__}.")
        _renumber(self)

    def __bool__(self):
        return len(self._cells) != 0

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells.values())

    def __iadd__(self, cells):
        return self.extend(cells)

    def insert(self, index, cell):
        cls = type(self).__name__
        idx = _valid_insert_index(len(self), index, cls)
        _valid_cell(cell, cls)
        cells = list(self._cells.values())
        cells.insert(idx, cell)
        prefix, _ = _prefix_and_index(self._cells)
        self._cells.clear()
        for i, c in enumerate(cells):
            self._cells[str(i)] = c
            if self._auto_prefix:
                c.update_parameters_name(f"{prefix}{i}.")

    def extend(self, cells):
        cls = type(self).__name__
        if not isinstance(cells, list):
            raise TypeError(f"For '{cls}', the new cells wanted to append should be instance of "
                            f"list, but got {type(cells).__name__}.")
        prefix, _ = _prefix_and_index(self._cells)
        for cell in cells:
            if isinstance(cell, CellDict):
                raise TypeError(f"For '{cls}', the type of cell can not be CellDict, but got "
                                f"{type(cell).__name__}.")
            if _valid_cell(cell, cls):
                if self._auto_prefix:
                    cell.update_parameters_name(prefix + str(len(self)) + ".")
                self._cells[str(len(self))] = cell
        return self

    def append(self, cell):
        if _valid_cell(cell, type(self).__name__):
            if self._auto_prefix:
                prefix, _ = _prefix_and_index(self._cells)
                cell.update_parameters_name(prefix + str(len(self)) + ".")
            self._cells[str(len(self))] = cell

    def construct(self, *inputs):
        raise NotImplementedError("CellList has no construct; iterate over it.")


class CellDict(Cell):
    """A dict of Cells registered as children under their (string) keys; no ``construct``."""

    def __init__(self, *args, **kwargs):
        super().__init__(kwargs.get("auto_prefix", True))
        if len(args) == 1:
            self.update(args[0])

    def __getitem__(self, key):
        return self._cells[key]

    def __setitem__(self, key, cell):
        cls = type(self).__name__
        if not isinstance(key, str):
            raise TypeError(f"For '{cls}', the type of key should be string but got "
                            f"{type(key).__name__}.")
        if key not in self._cells and hasattr(self, key):
            raise KeyError(f"For '{cls}', the key can not be same with the attributes of Cell, "
                           f"but got key {key}.")
        if "." in key:
            raise KeyError(f'For \'{cls}\', key can not contain ".", but got key {key}')
        if key == "":
            raise KeyError(f'For \'{cls}\', key can not be empty string "", but got key {key}')
        if cell is None:
            raise TypeError(f"For '{cls}', cell can not be None.")
        if not isinstance(cell, Cell):
            raise TypeError(f"For '{cls}', the type of cell should be Cell, but got "
                            f"{type(cell).__name__}.")
        if isinstance(cell, (CellDict, CellList, SequentialCell)):
            raise TypeError(f"For '{cls}', the type of cell can not be CellDict, CellList or "
                            f"SequentialCell, but got {type(cell).__name__}.")
        if self._auto_prefix:
            prefix, _ = _prefix_and_index(self._cells)
            cell.update_parameters_name(prefix + key + ".")
        self._cells[key] = cell

    def __delitem__(self, key):
        del self._cells[key]

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells)

    def __contains__(self, key):
        return key in self._cells

    def clear(self):
        return self._cells.clear()

    def pop(self, key):
        value = self[key]
        del self[key]
        return value

    def keys(self):
        return self._cells.keys()

    def values(self):
        return self._cells.values()

    def items(self):
        return self._cells.items()

    def update(self, cells):
        if not isinstance(cells, abc.Iterable):
            raise TypeError("CellDict.update() should be called with an iterable of key-value "
                            "pairs, but got " + type(cells).__name__)
        if isinstance(cells, (abc.Mapping, CellDict)):
            for key, cell in cells.items():
                self[key] = cell
            return
        for i, kv in enumerate(cells):
            if not isinstance(kv, abc.Iterable):
                raise TypeError(f"CellDict update sequence element #{i} should be Iterable; but "
                                f"got {type(kv).__name__}")
            if len(kv) != 2:
                raise ValueError(f"CellDict update sequence element #{i}, length should be 2; "
                                 f"but has length {len(kv)}")
            self[kv[0]] = kv[1]

    def construct(self, *inputs):
        raise NotImplementedError("CellDict has no construct; index it by key.")
