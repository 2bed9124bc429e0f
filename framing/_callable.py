"""Modules that share their name with their main function (``framing.show``, ``framing.evaluate``).

``import framing.show`` binds the *module* to the package attribute, after which ``framing.show(article)`` would
fail with "module is not callable". A module made callable here forwards calls to its function, so both
spellings work whatever was imported first.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any


def make_module_callable(module_name: str, function: Callable[..., Any]) -> None:
    """Make the module ``module_name`` callable as ``function`` (keeping its docstring for ``help``)."""

    class _CallableModule(types.ModuleType):
        __doc__ = function.__doc__

        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return function(*args, **kwargs)

    sys.modules[module_name].__class__ = _CallableModule
