"""The candidates stage: one signature per document, the band index, the search, the screen.

Documents are signed window by window (:mod:`.signing`); documents sharing band
keys are candidates (:mod:`.bands`, :mod:`.search`); a candidate pair sharing too
few word 3-grams is not aligned (:mod:`.screen`). Several processes or machines
can share a datasketch index in Redis (:mod:`.shared`).
"""
