"""``SequentialCell`` and ``CellList`` (``mindspore/nn/layer/container.py``).

Children are registered under their index (``0``, ``1``, ...), so Parameters are named
``seq.0.weight`` — Cells without Parameters (ReLU) still take an index.
"""
from __future__ import annotations

from collections import OrderedDict

from ..._src.cell import Cell


class SequentialCell(Cell):
    def __init__(self, *args):
        super().__init__()
        cells = args[0] if len(args) == 1 and isinstance(args[0], (list, OrderedDict, dict)) else args
        if isinstance(cells, (OrderedDict, dict)):
            for name, cell in cells.items():
                self._check(cell)
                setattr(self, name, cell)
        else:
            for i, cell in enumerate(cells):
                self._check(cell)
                setattr(self, str(i), cell)

    @staticmethod
    def _check(cell):
        if not isinstance(cell, Cell):
            raise TypeError(f"For 'SequentialCell', each cell should be subclass of Cell, but got "
                            f"{type(cell)}.")

    def __getitem__(self, index):
        cells = list(self._cells.values())
        if isinstance(index, slice):
            return SequentialCell(cells[index])
        return cells[index]

    def __setitem__(self, index, cell):
        self._check(cell)
        key = list(self._cells.keys())[index]
        setattr(self, key, cell)

    def __delitem__(self, index):
        key = list(self._cells.keys())[index]
        del self._cells[key]

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells.values())

    def append(self, cell):
        self._check(cell)
        setattr(self, str(len(self._cells)), cell)
        return self

    def construct(self, x):
        for cell in self._cells.values():
            x = cell(x)
        return x


class CellList(Cell):
    def __init__(self, *args, **kwargs):
        super().__init__()
        if args and args[0] is not None:
            self.extend(args[0])

    def __getitem__(self, index):
        cells = list(self._cells.values())
        if isinstance(index, slice):
            return CellList(cells[index])
        return cells[index]

    def __setitem__(self, index, cell):
        key = list(self._cells.keys())[index]
        setattr(self, key, cell)

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells.values())

    def append(self, cell):
        setattr(self, str(len(self._cells)), cell)
        return self

    def extend(self, cells):
        for c in cells:
            self.append(c)
        return self

    def insert(self, index, cell):
        cells = list(self._cells.values())
        cells.insert(index, cell)
        self._cells.clear()
        for c in cells:
            self.append(c)

    def construct(self, *inputs):
        raise NotImplementedError("CellList has no construct; iterate over it.")
