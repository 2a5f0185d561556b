"""The sort-based unique helpers return what np.unique returns."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from lineage.kernels.arrays import unique, unique_counts


@given(st.lists(st.integers(0, 2**64 - 1), max_size=300), st.sampled_from([np.uint64, np.uint32, np.int64]))
def test_unique_equals_numpy(values: list[int], dtype: type) -> None:
    info = np.iinfo(dtype)
    x = np.array([v % (int(info.max) + 1) if info.min == 0 else v % int(info.max) for v in values], dtype=dtype)
    assert unique(x).tolist() == np.unique(x).tolist()
    assert unique(x).dtype == x.dtype
    got, counts = unique_counts(x)
    want, want_counts = np.unique(x, return_counts=True)
    assert got.tolist() == want.tolist()
    assert counts.tolist() == want_counts.tolist()
