"""简体中文: the texts of the entries in activations/catalog/other.py."""

from __future__ import annotations

from activations.i18n import EntryText

ENTRIES: dict[str, EntryText] = {
    "identity": EntryText(
        "恒等函数",
        "原样输出输入：完全没有非线性，用于回归任务的输出层。",
    ),
    "binary_step": EntryText(
        "二值阶跃函数",
        "Heaviside 阶跃函数：x >= 0 时为 1，否则为 0；它是最早的神经元模型所用的阈值单元，"
        "梯度处处为零。",
        "阶跃函数在 0 处跳跃，在该点没有导数；导数在该点取 0，即它两侧的值。",
    ),
    "gaussian": EntryText(
        "高斯函数",
        "钟形曲线 exp(-x^2)：在 0 处为 1，向两侧衰减到 0，用于径向基函数网络。",
    ),
    "sinusoid": EntryText(
        "正弦函数",
        "正弦：周期、有界，在无穷远处没有极限（在那里返回 NaN），用于隐式神经表示。",
    ),
    "sinc": EntryText(
        "Sinc 函数",
        "未归一化的 sinc 函数 sin(x)/x，并规定 sinc(0) = 1"
        "（np.sinc 和 torch.sinc 是归一化的 sin(pi x)/(pi x)）。",
    ),
}
