"""简体中文: the texts of the entries in activations/catalog/shrinkage.py."""

from __future__ import annotations

from activations.i18n import EntryText
from activations.i18n.zh.common import PYTORCH

ENTRIES: dict[str, EntryText] = {
    "softshrink": EntryText(
        "Softshrink",
        "软阈值：|x| <= lambda 时为 0，否则把输入向 0 移动 lambda。",
        f"Softshrink 在 -lambda 和 lambda 处不可导；{PYTORCH}，导数在这两点都取 0。",
        {"lambd": "阈值 lambda：满足 |x| <= lambda 的输入映射为 0。"},
    ),
    "hardshrink": EntryText(
        "Hardshrink",
        "硬阈值：|x| <= lambda 时为 0，否则原样输出。",
        f"Hardshrink 在 -lambda 和 lambda 处跳跃；{PYTORCH}，导数在这两点都取 0。",
        {"lambd": "阈值 lambda：满足 |x| <= lambda 的输入映射为 0。"},
    ),
    "tanhshrink": EntryText(
        "Tanhshrink",
        "形如 x - tanh(x) 的函数：在 0 附近很平坦，行为类似 x^3/3；|x| 很大时是向 0 平移了 1 的恒等映射。",
    ),
}
