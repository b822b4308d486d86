"""简体中文: the texts of the entries in activations/catalog/sigmoidal.py."""

from __future__ import annotations

from activations.i18n import EntryText
from activations.i18n.zh.common import PYTORCH

ENTRIES: dict[str, EntryText] = {
    "hardsigmoid": EntryText(
        "Hardsigmoid",
        "分段线性的 sigmoid，relu6(x + 3)/6：在 -3 及以下为 0，在 3 及以上为 1，中间是一条直线。",
        f"Hardsigmoid 在 -3 和 3 处不可导；{PYTORCH}，导数在这两点都取 0。",
    ),
    "hardtanh": EntryText(
        "Hardtanh",
        "分段线性的 tanh：把输入截断到 [min_val, max_val]，默认为 [-1, 1]。",
        f"Hardtanh 在 min_val 和 max_val 处不可导；{PYTORCH}，导数在这两点都取 0。",
        {"min_val": "截断下限。", "max_val": "截断上限。"},
    ),
    "softsign": EntryText(
        "Softsign",
        "形如 x / (1 + |x|) 的 S 形曲线，值域为 (-1, 1)，以多项式速度逼近上下界，比 tanh 慢得多。",
        "Softsign 的二阶导数在 0 处跳跃（从 2 跳到 -2）；一阶导数在该点左右两侧都等于 1。",
    ),
    "arctan": EntryText(
        "反正切函数",
        "反正切：一条值域为 (-pi/2, pi/2) 的奇函数 S 形曲线，斜率以多项式速度衰减。",
    ),
    "isru": EntryText(
        "ISRU",
        "逆平方根单元 x / sqrt(1 + alpha x^2)：一条类似 tanh、却不含指数运算的曲线，"
        "值域为 (-1/sqrt(alpha), 1/sqrt(alpha))。",
        "",
        {"alpha": "决定上下界 ±1/sqrt(alpha)。"},
    ),
    "logsigmoid": EntryText(
        "LogSigmoid",
        "sigmoid 的对数，即 -softplus(-x)：输入很大时接近 0，输入很负时接近 x。",
    ),
}
