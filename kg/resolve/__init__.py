"""Resolution: what many articles say, joined into corpus identities before the graph is written."""
from .identity import resolve

__all__ = ["resolve"]
