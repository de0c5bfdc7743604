"""Forms generated from a plugin's pydantic config model: a new backend or
connector that declares `config_model` gets its admin form for free — labels
from `title`, help from `description`, input types from the annotations,
checks from the model itself."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, SecretStr



@dataclass(frozen=True)
class PluginField:
    name: str
    label: str
    hint: str
    kind: str  # text | password | number | checkbox | select
    required: bool
    options: tuple[str, ...] = ()


def _plain(annotation: Any) -> Any:
    """`X | None` → X."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else str
    return annotation


def fields_of(model: type[BaseModel]) -> list[PluginField]:
    fields = []
    for name, info in model.model_fields.items():
        annotation = _plain(info.annotation)
        if annotation is SecretStr:
            kind, options = "password", ()
        elif annotation is bool:
            kind, options = "checkbox", ()
        elif annotation in (int, float):
            kind, options = "number", ()
        elif typing.get_origin(annotation) is Literal:
            kind, options = "select", tuple(str(a) for a in typing.get_args(annotation))
        else:
            kind, options = "text", ()
        fields.append(PluginField(name, info.title or name, info.description or "", kind, info.is_required(), options))
    return fields


def submitted(form, key: str, backends: dict[str, type[BaseModel]]) -> dict:
    """The raw form values of a plugin setting: {"backend": …, field: text, …}."""
    backend = str(form.get(f"{key}.backend", ""))
    values: dict[str, Any] = {"backend": backend}
    if backend in backends:
        for field in fields_of(backends[backend]):
            raw = form.get(f"{key}.{backend}.{field.name}")
            if field.kind == "checkbox":
                values[field.name] = raw is not None
            elif raw not in (None, ""):
                values[field.name] = str(raw)
    return values


def to_setting(values: dict) -> dict | None:
    """The setting to validate (None: switched off). Numbers stay text: the model coerces them."""
    return None if not values.get("backend") else dict(values)


def shown(stored: Any) -> dict:
    """The stored setting as form values (secrets arrive here already masked)."""
    return dict(stored) if isinstance(stored, dict) else {"backend": ""}
