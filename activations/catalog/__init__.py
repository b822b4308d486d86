"""Registry entries, one module per family; ``ENTRIES`` is their concatenation in site order."""

from activations.catalog import classic

ENTRIES = [*classic.ENTRIES]
