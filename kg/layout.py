"""Node positions for large pictures, computed once in Python so the browser need not.

networkx's spring_layout compares every pair of nodes in a Python loop: six minutes for
the 10,800 nodes of 5,000 news articles. Here each connected component is laid out on
its own and the components are packed in rows, largest first. Small components use
networkx's (vectorised) spring_layout; large ones Fruchterman and Reingold's grid variant,
where only nodes closer than a few edge lengths repel, found with a k-d tree
(scipy), so an iteration costs about n log n instead of n².
"""
from __future__ import annotations

import itertools
import math
from collections import deque

import networkx as nx
import numpy as np

SMALL = 300  # components up to this many nodes use networkx's spring_layout
GAP = 2.0  # space between packed components, in edge lengths


def layout(graph: nx.Graph, seed: int = 7) -> dict:
    """Positions (x, y) for every node, about one unit per edge, the same on every run."""
    components = sorted((sorted(c, key=str) for c in nx.connected_components(graph)), key=lambda c: (-len(c), str(c[0])))
    boxes = [_component(graph.subgraph(nodes), nodes, seed) for nodes in components]
    return _pack(boxes) if boxes else {}


def _component(sub: nx.Graph, nodes: list, seed: int) -> dict:
    n = len(nodes)
    if n == 1:
        return {nodes[0]: np.zeros(2)}
    if n <= SMALL:
        pos = _spring(sub, seed)
        array = np.array([pos[v] for v in nodes])
    else:
        array = force_layout(sub, nodes, seed)
    array = _unit_edges(sub, nodes, array)
    return dict(zip(nodes, array))


MEMO_NODES = 12  # components up to this size are laid out once per shape (most are a single edge)
_springs: dict[tuple, list] = {}


def _spring(sub: nx.Graph, seed: int) -> dict:
    """networkx's spring_layout of a component (twice the default spacing: hubs). Its
    result depends only on the component's shape (the edges between the nodes' places in
    its order) and the seed, so small ones are computed once per shape: a picture holds
    dozens of two-node components, each 100 iterations of numpy otherwise."""
    n = len(sub)
    if n > MEMO_NODES:
        return nx.spring_layout(sub, seed=seed, iterations=100, k=2 / math.sqrt(n))
    order = list(sub)
    place = {v: i for i, v in enumerate(order)}
    shape = (n, seed, tuple(sorted((min(place[a], place[b]), max(place[a], place[b])) for a, b in sub.edges())))
    if shape not in _springs:
        pos = nx.spring_layout(sub, seed=seed, iterations=100, k=2 / math.sqrt(n))
        _springs[shape] = [pos[v] for v in order]
    return {v: p.copy() for v, p in zip(order, _springs[shape])}


def _unit_edges(sub: nx.Graph, nodes: list, pos: np.ndarray) -> np.ndarray:
    """Scale positions so that the median edge is one unit long."""
    index = {v: i for i, v in enumerate(nodes)}
    ends = np.array([(index[a], index[b]) for a, b in sub.edges() if a != b], dtype=np.int64).reshape(-1, 2)
    lengths = np.linalg.norm(pos[ends[:, 0]] - pos[ends[:, 1]], axis=1)
    median = float(np.median(lengths)) if len(lengths) else 1.0
    return (pos - pos.mean(axis=0)) / (median or 1.0)


def force_layout(sub: nx.Graph, nodes: list, seed: int, iterations: int = 80) -> np.ndarray:
    """Fruchterman-Reingold with repulsion limited to neighbours within 3 edge lengths."""
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[a], index[b]) for a, b in sub.edges() if a != b], dtype=np.int64).reshape(-1, 2)
    from scipy.spatial import cKDTree  # imported here: ~1 s, and views of up to SMALL nodes never need it

    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) * math.sqrt(n)  # area n: one unit² per node
    k, reach = 1.0, 3.0
    temperature = math.sqrt(n) / 10
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        pairs = cKDTree(pos).query_pairs(reach * k, output_type="ndarray")
        if len(pairs):
            _push(disp, pos, pairs, lambda d: k * k / d)
        if len(edges):
            _push(disp, pos, edges, lambda d: -d * d / k)
        disp -= 0.01 * (pos - pos.mean(axis=0))  # a little gravity keeps loose parts near
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature = max(temperature * 0.95, 0.05)
    return pos


def _push(disp: np.ndarray, pos: np.ndarray, pairs: np.ndarray, force) -> None:
    """Add to `disp` a force along each pair, positive apart: f(distance) on i, -f on j."""
    i, j = pairs[:, 0], pairs[:, 1]
    delta = pos[i] - pos[j]
    dist = np.maximum(np.linalg.norm(delta, axis=1), 0.01)
    along = delta * (force(dist) / dist)[:, None]
    n = len(pos)
    for axis in (0, 1):
        disp[:, axis] += np.bincount(i, along[:, axis], minlength=n) - np.bincount(j, along[:, axis], minlength=n)


def _pack(boxes: list[dict]) -> dict:
    """Place the components in rows, largest first, in a square-ish area."""
    placed = {}
    sized = []
    for pos in boxes:
        array = np.array(list(pos.values()))
        low, high = array.min(axis=0), array.max(axis=0)
        sized.append((pos, low, high - low + GAP))
    row_width = max(max(size[0] for _, _, size in sized), math.sqrt(sum(s[0] * s[1] for _, _, s in sized)))
    x = y = row_height = 0.0
    for pos, low, size in sized:
        if x > 0 and x + size[0] > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        offset = np.array([x, y]) - low
        for node, p in pos.items():
            placed[node] = (float(p[0] + offset[0]), float(p[1] + offset[1]))
        x += size[0]
        row_height = max(row_height, size[1])
    return placed


def radial_layout(graph: nx.Graph, root, spacing: float = 1.0) -> dict:
    """A tree read breadth first from `root`, drawn in rings: each node at its distance
    from the root, in a wedge as wide as its share of the leaves, so a province's
    districts surround it and their bodies and officials surround them. Nodes out of the
    root's reach are laid out by `layout` beside the rings. Outer leaves are about
    `spacing` apart; the same graph gives the same positions."""
    parent, depth, children = {root: None}, {root: 0}, {root: []}
    queue = deque([root])
    while queue:
        v = queue.popleft()
        for w in sorted(graph[v], key=str):
            if w not in parent:
                parent[w], depth[w], children[w] = v, depth[v] + 1, []
                children[v].append(w)
                queue.append(w)
    leaves: dict = {}
    for v in reversed(list(parent)):  # children before parents
        leaves[v] = max(1, sum(leaves[c] for c in children[v]))
    deepest = max(depth.values())
    ring = max(spacing, leaves[root] * spacing / (2 * math.pi * max(deepest, 1)))
    positions, wedges = {}, {root: (0.0, 2 * math.pi)}
    for v in parent:  # breadth first: a parent's wedge is known before its children's
        start, end = wedges[v]
        middle, radius = (start + end) / 2, ring * depth[v]
        positions[v] = (radius * math.cos(middle), radius * math.sin(middle))
        for c in children[v]:
            share = (end - start) * leaves[c] / leaves[v]
            wedges[c] = (start, start + share)
            start += share
    rest = [v for v in graph if v not in parent]
    if rest:
        others = layout(graph.subgraph(rest))
        shift = ring * deepest + 2 * spacing - min(p[0] for p in others.values())
        top = -ring * deepest - min(p[1] for p in others.values())
        positions.update({v: (p[0] * spacing + shift, p[1] * spacing + top) for v, p in others.items()})
    return positions


def separate(centres: np.ndarray, sizes: np.ndarray, order: list[int] | None = None) -> np.ndarray:
    """Boxes (centre (x, y) and size (width, height), one row each) moved so that no two
    overlap: each in turn (in `order`, the most important first) keeps its place if that is
    free, or takes the nearest free place on widening rings around it (twice as wide as
    tall: a screen is wide, and so is a label). Labels drawn beside their nodes then never
    cover each other, the layout keeps its shape, and the same boxes give the same result."""
    centres = np.asarray(centres, dtype=float)
    half = np.asarray(sizes, dtype=float) / 2
    n = len(centres)
    order = list(range(n)) if order is None else order
    step = max(float(half[:, 1].min()) if n else 1.0, 1.0)
    rings = _RingCache(step)
    placed = np.zeros((n, 2))
    done: list[int] = []
    for k in order:
        others, reach = placed[done], half[done] + half[k]
        for offsets, low, high in rings:
            candidates = centres[k] + offsets
            # only boxes near the ring can overlap one of its candidates (a margin of a unit covers rounding)
            inside = (others > centres[k] + low - reach - 1) & (others < centres[k] + high + reach + 1)
            near = inside[:, 0] & inside[:, 1]  # x and y apart: numpy is slow along an axis of 2
            if near.any():  # a candidate is free when it overlaps no placed box
                clash = _overlap(candidates[:, 0], others[near, 0], reach[near, 0]) & \
                    _overlap(candidates[:, 1], others[near, 1], reach[near, 1])
                free = np.flatnonzero(~clash.any(axis=1))
                if not len(free):
                    continue
            else:
                free = [0]
            placed[k] = candidates[free[0]]
            done.append(k)
            break
    return placed


def _overlap(candidates: np.ndarray, others: np.ndarray, reach: np.ndarray) -> np.ndarray:
    """Along one axis: whether each candidate (row) lies closer than `reach` to each other box (column)."""
    return np.abs(candidates[:, None] - others[None, :]) < reach[None, :]


class _RingCache:
    """The offsets of `_rings` with each ring's lowest and highest (x, y), each ring made
    once for all the boxes of one `separate`."""

    def __init__(self, step: float) -> None:
        self._rings = _rings(step)
        self._made: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []

    def __iter__(self):
        for n in itertools.count():
            if n == len(self._made):
                offsets = next(self._rings)
                self._made.append((offsets, offsets.min(axis=0), offsets.max(axis=0)))
            yield self._made[n]


def _rings(step: float):
    """Offsets on widening ellipses (twice as wide as tall), a ring at a time, forever."""
    yield np.zeros((1, 2))
    ring = 1
    while True:
        angles = 2 * math.pi * np.arange(8 * ring) / (8 * ring)
        yield np.column_stack([2 * step * ring * np.cos(angles), step * ring * np.sin(angles)])
        ring += 1
