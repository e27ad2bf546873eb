"""govkg: a knowledge graph of who directs what in Vietnamese government, read from news."""
from __future__ import annotations

__version__ = "0.1.0"
