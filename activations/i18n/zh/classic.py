"""简体中文: the texts of the entries in activations/catalog/classic.py."""

from __future__ import annotations

from activations.i18n import EntryText
from activations.i18n.zh.common import PYTORCH

ENTRIES: dict[str, EntryText] = {
    "sigmoid": EntryText(
        "Sigmoid",
        "Logistic 函数把任意实数压缩到区间 $(0, 1)$ 之内。",
    ),
    "tanh": EntryText(
        "Tanh",
        "双曲正切函数是一条以零为中心、关于原点对称（奇函数）的 S 形曲线，值域为 $(-1, 1)$。",
    ),
    "relu": EntryText(
        "ReLU",
        "修正线性单元在输入为正时原样输出，否则输出 $0$。",
        f"ReLU 在 $x = 0$ 处不可导；{PYTORCH}，导数在该点取 $0$。",
    ),
    "leaky_relu": EntryText(
        "Leaky ReLU",
        "Leaky ReLU 在负输入一侧保留一个小斜率 $a$，因此只要 $a > 0$，任何单元的梯度都不会恰好为零。",
        f"Leaky ReLU 在 $x = 0$ 处不可导；{PYTORCH}，导数在该点取斜率 $a$。",
        {"negative_slope": r"$x \le 0$ 一侧的斜率 $a$。"},
    ),
}
