"""简体中文: the texts of the entries in activations/catalog/rectifiers.py."""

from __future__ import annotations

from activations.i18n import EntryText
from activations.i18n.zh.common import PYTORCH

ENTRIES: dict[str, EntryText] = {
    "relu6": EntryText(
        "ReLU6",
        "上限为 6 的 ReLU：把输入截断到 [0, 6]，是一种有界的整流函数，适合低精度运算。",
        f"ReLU6 在 0 和 6 处不可导；{PYTORCH}，导数在这两点都取 0。",
    ),
    "prelu": EntryText(
        "PReLU",
        "参数化 ReLU：一种 Leaky ReLU，其负半轴斜率与其他权重一起学习得到。",
        f"PReLU 在 0 处不可导；{PYTORCH}，导数在该点取斜率 a。",
        {
            "weight": "x <= 0 一侧的斜率 a，是一个可学习的参数（PyTorch 将其初始化为 0.25，且不加约束）。"
        },
    ),
    "rrelu": EntryText(
        "RReLU",
        "评估模式下的随机化 Leaky ReLU：训练时负半轴斜率从 [lower, upper] 中均匀抽取，"
        "评估时固定为其均值。",
        "RReLU 在 0 处不可导；与 PyTorch 的自动求导在评估模式下的做法一致，"
        "导数在该点取斜率 (l + u)/2。",
        {"lower": "训练时斜率区间的下端 l。", "upper": "训练时斜率区间的上端 u。"},
    ),
    "threshold": EntryText(
        "阈值函数",
        "输入超过阈值时原样输出，否则输出一个固定值；默认值（阈值 1、取值 0）是本站的选择，"
        "PyTorch 没有默认值。",
        f"阈值函数在 t 处跳跃（除非 v = t）；{PYTORCH}，导数在该点取 0。",
        {"threshold": "阈值 t：输入必须超过它才能原样通过。", "value": "x <= t 时返回的值 v。"},
    ),
    "elu": EntryText(
        "ELU",
        "指数线性单元：正输入时为恒等映射，负输入时以指数方式趋近 -alpha。",
        "ELU 的二阶导数在 0 处跳跃，alpha 不等于 1 时一阶导数也跳跃；"
        f"{PYTORCH}，导数在该点取 alpha（即 x <= 0 分支的值）。",
        {"alpha": "负半轴饱和值 -alpha 的大小。"},
    ),
    "celu": EntryText(
        "CELU",
        "把指数项按 1/alpha 缩放的 ELU，使得无论 alpha 取何值，0 处的斜率都是 1。",
        "CELU 的二阶导数在 0 处跳跃（从 1/alpha 跳到 0）；一阶导数在该点左右两侧都等于 1。",
        {"alpha": "负半轴饱和值 -alpha 的大小。"},
    ),
    "selu": EntryText(
        "SELU",
        "缩放 ELU：其常数经过专门选取，使激活值在深层网络中始终保持零均值和单位方差。",
        f"SELU 在 0 处不可导（左侧斜率为 lambda alpha，右侧为 lambda）；{PYTORCH}，"
        "导数在该点取 lambda alpha。",
    ),
    "isrlu": EntryText(
        "ISRLU",
        "逆平方根线性单元：正输入时为恒等映射，负输入时为 x / sqrt(1 + alpha x^2)，"
        "是一条形状类似 ELU、却不含指数运算的曲线。",
        "ISRLU 在 0 处二阶连续可导（只有三阶导数跳跃）；一阶导数在该点左右两侧都等于 1。",
        {"alpha": "决定负半轴的饱和值 -1/sqrt(alpha)。"},
    ),
}
