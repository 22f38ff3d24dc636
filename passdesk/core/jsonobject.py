"""Typed dataclasses that read and write JSON objects without losing anything.

The PassEntry API adds fields over time and documents some loosely, so a
record keeps every key it did not expect (``extra``) and the order and
presence of the keys it received (``key_order``): ``to_json()`` gives back
exactly what ``from_json()`` was given, null versus absent included.

A field maps to a JSON key through :func:`key`; nested objects name a
:class:`Codec` that loads and dumps them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, ClassVar, Self

_MISSING = object()


@dataclass(frozen=True)
class Codec:
    """How one JSON value turns into a Python value and back."""

    load: Callable[[Any], Any]
    dump: Callable[[Any], Any]


def nested(cls: type[JsonObject]) -> Codec:
    """A nested object; anything that is not an object is kept as it came."""
    return Codec(
        load=lambda v: cls.from_json(v) if isinstance(v, Mapping) else v,
        dump=lambda v: v.to_json() if isinstance(v, JsonObject) else v,
    )


def list_of(cls: type[JsonObject]) -> Codec:
    """A list of nested objects."""
    inner = nested(cls)
    return Codec(
        load=lambda v: [inner.load(x) for x in v] if isinstance(v, list) else v,
        dump=lambda v: [inner.dump(x) for x in v] if isinstance(v, list) else v,
    )


def key(name: str, *aliases: str, default: Any = None, codec: Codec | None = None,
        secret: bool = False) -> Any:
    """Declare a dataclass field read from JSON key ``name`` (or an alias).

    ``secret`` fields are left out of ``repr`` so they never reach a log.
    """
    return field(
        default=default,
        repr=not secret,
        metadata={"keys": (name, *aliases), "codec": codec, "secret": secret},
    )


@dataclass(kw_only=True)
class JsonObject:
    """Base of every record read from the API."""

    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    key_order: tuple[str, ...] = field(default=(), repr=False, compare=False)

    SECRET_MASK: ClassVar[str] = "********"  # noqa: S105 - the mask, not a secret

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Self:
        known = _json_keys(cls)
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for k, v in obj.items():
            if k in known:
                name, codec = known[k]
                values[name] = codec.load(v) if codec and v is not None else v
            else:
                extra[k] = v
        return cls(**values, extra=extra, key_order=tuple(obj))

    def to_json(self) -> dict[str, Any]:
        known = _json_keys(type(self))
        out: dict[str, Any] = {}
        for k in self._keys_to_write(known):
            if k in known:
                name, codec = known[k]
                value = getattr(self, name)
                out[k] = codec.dump(value) if codec and value is not None else value
            else:
                out[k] = self.extra[k]
        return out

    def _keys_to_write(self, known: dict[str, tuple[str, Codec | None]]) -> list[str]:
        # Keys received keep their place; fields set in code (not received)
        # follow under their first key when not None; unknown keys last.
        keys = [k for k in self.key_order if k in known or k in self.extra]
        names_written = {known[k][0] for k in keys if k in known}
        for k, (name, _codec) in known.items():
            if name not in names_written and getattr(self, name) is not None:
                keys.append(k)
                names_written.add(name)
        keys.extend(k for k in self.extra if k not in keys)
        return keys

    def redacted_json(self) -> dict[str, Any]:
        """``to_json()`` with secret fields masked, for display and logs."""
        out = self.to_json()
        for f in dataclasses.fields(self):
            if f.metadata.get("secret"):
                for k in f.metadata["keys"]:
                    if out.get(k) is not None:
                        out[k] = self.SECRET_MASK
        return out


@cache
def _json_keys(cls: type[JsonObject]) -> dict[str, tuple[str, Codec | None]]:
    """JSON key -> (field name, codec), first key of each field first."""
    table: dict[str, tuple[str, Codec | None]] = {}
    for f in dataclasses.fields(cls):
        for k in f.metadata.get("keys", ()):
            table[k] = (f.name, f.metadata.get("codec"))
    return table
