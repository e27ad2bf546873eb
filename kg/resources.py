"""Where the project's data folders (ontology/, queries/) are: beside the package in a
checkout, inside it (as kg/ontology, kg/queries) when installed from a wheel."""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def resource_dir(folder: str) -> Path:
    """The folder `folder` of the project (ontology or queries)."""
    for candidate in (HERE / folder, HERE.parent / folder):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"folder {folder}/ not found next to {HERE}")


def resource_file(folder: str, name: str) -> Path:
    """A file of the project's folder `folder`."""
    path = resource_dir(folder) / name
    if not path.is_file():
        raise FileNotFoundError(f"{folder}/{name} not found in {path.parent}")
    return path
