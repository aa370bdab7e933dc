"""Plain value classes: what ``dataclasses`` would generate for them, written out.

Building a dataclass generates and compiles its methods, about half a millisecond a class;
the two dozen classes a command-line parse defines were a tenth of its cold start.  The
classes of the record and of a batch run (``record``, ``batch.task``, ``cli.run``,
``cli.inputs``) are these instead: each names its fields in ``FIELDS`` (also its
``__slots__``) and writes its ``__init__``; this base gives a dataclass's equality (the
same class, equal fields) and ``repr``, and ``Frozen`` a frozen dataclass's refusal to
change, hash and ``replace``.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self


class Plain:
    """A value of ``FIELDS``: equal to an object of the same class with equal fields (else
    ``NotImplemented``), unhashable, shown as ``Name(field=value, ...)``."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()
    """The fields, in order."""

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: unhashable, as a dataclass

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.FIELDS)

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self.FIELDS)})"

    def as_dict(self) -> dict[str, Any]:
        """The fields, in order, by name (the values as they are: not copied, not converted)."""
        return {name: getattr(self, name) for name in self.FIELDS}


class Frozen(Plain):
    """A ``Plain`` value that cannot change once made (its ``__init__`` sets its fields with
    ``object.__setattr__``): setting or deleting a field raises ``AttributeError``; hashable
    by its fields; ``replace(**changes)`` gives a copy with some fields changed.  Its
``__init__`` takes the fields, in order, as positional arguments too (pickling relies on it)."""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a frozen {type(self).__qualname__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a frozen {type(self).__qualname__}")

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, name) for name in self.FIELDS))

    def __reduce__(self) -> tuple[type[Self], tuple[Any, ...]]:
        # pickled (for a worker process) and copied as the call that makes it: the fields
        # in order, which a ``Frozen`` class's ``__init__`` takes as positional arguments
        return type(self), tuple(getattr(self, name) for name in self.FIELDS)

    def replace(self, **changes: Any) -> Self:
        """A copy with the fields ``changes`` names set to its values (``TypeError`` for an
        unknown field)."""
        return type(self)(**{name: changes.pop(name, getattr(self, name)) for name in self.FIELDS}, **changes)
