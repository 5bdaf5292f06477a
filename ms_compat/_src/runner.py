"""Entry points used by ``python -m ms_compat`` and by the conformance tests."""
from .alias import install, reset_global_state, run_script, uninstall

__all__ = ["install", "reset_global_state", "run_script", "uninstall"]
