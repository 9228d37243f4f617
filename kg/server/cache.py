"""The answer cache: the same query on the same store gives the same bytes, served again without running.

Queries whose answer can change by themselves (NOW(), RAND(), UUID(),
SERVICE ...) are never cached; an update empties the cache.
"""

from __future__ import annotations

import re
from typing import Any


class ResponseCache:
    """Answers to repeated queries, least recently used out first, within a byte budget.

    Sound because the store a worker serves does not change under it: a
    read-only store is a snapshot, and a writable one is written only through
    this worker (every update clears the cache). Queries whose answer may change
    between runs (NOW, RAND, UUID, BNODE, SERVICE) are never kept (:func:`cacheable`).
    """

    def __init__(self, budget: int) -> None:
        from collections import OrderedDict

        self.budget = budget
        self.size = 0
        self._items: OrderedDict[tuple[Any, ...], tuple[list[tuple[bytes, bytes]], bytes]] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> tuple[list[tuple[bytes, bytes]], bytes] | None:
        item = self._items.get(key)
        if item is not None:
            self._items.move_to_end(key)
        return item

    def put(self, key: tuple[Any, ...], headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        cost = self._cost(key, body)
        if cost > self.budget // 8 or key in self._items:
            return
        self._items[key] = (headers, body)
        self.size += cost
        while self.size > self.budget and self._items:
            old_key, (_, old_body) = self._items.popitem(last=False)
            self.size -= self._cost(old_key, old_body)

    @staticmethod
    def _cost(key: tuple[Any, ...], body: bytes) -> int:
        return len(body) + len(key[0]) + 256

    def clear(self) -> None:
        self._items.clear()
        self.size = 0


_VOLATILE = re.compile(r"(?i)\b(NOW|RAND|UUID|STRUUID|BNODE)\s*\(|\bSERVICE\b")


def cacheable(query: str) -> bool:
    """Whether the same query gives the same answer on the same data (no NOW(), RAND(), SERVICE…)."""
    return _VOLATILE.search(query) is None
