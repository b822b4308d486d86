"""Benchmarks (``make bench``): timings are goals measured here, never asserted in tests."""
