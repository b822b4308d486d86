"""Phrases the Chinese entry texts share."""

from __future__ import annotations

PYTORCH = "与 PyTorch 的自动求导一致"
