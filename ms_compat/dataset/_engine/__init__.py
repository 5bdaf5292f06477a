"""Private machinery of ``ms_compat.dataset`` (random engines, threads, resize, errors)."""
