"""Registry entries, one module per family; ``ENTRIES`` is their concatenation in site order."""

from activations.catalog import classic, other, rectifiers, shrinkage, sigmoidal, smooth

ENTRIES = [
    *classic.ENTRIES,
    *rectifiers.ENTRIES,
    *smooth.ENTRIES,
    *sigmoidal.ENTRIES,
    *shrinkage.ENTRIES,
    *other.ENTRIES,
]
