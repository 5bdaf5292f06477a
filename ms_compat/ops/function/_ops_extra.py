"""Extra functional ops (``ops.pad``, ``ops.kl_div``, ...): see each function's docstring."""
from __future__ import annotations

__all__ = []
