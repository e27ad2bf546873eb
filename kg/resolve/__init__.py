"""Resolution: what many articles say, joined into corpus identities before the graph is written
(identity), and what their statements of posts say together (timeline)."""
from .identity import resolve

__all__ = ["resolve"]
