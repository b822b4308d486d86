"""简体中文: the texts of the entries in activations/catalog/smooth.py."""

from __future__ import annotations

from activations.i18n import EntryText
from activations.i18n.zh.common import PYTORCH

ENTRIES: dict[str, EntryText] = {
    "gelu": EntryText(
        "GELU",
        "高斯误差线性单元：输入乘以标准正态变量小于它的概率，即 x Phi(x)。",
    ),
    "gelu_tanh": EntryText(
        "GELU（tanh 近似）",
        "原论文给出的 GELU 的 tanh 近似，至今仍是一些框架和预训练模型的默认形式。",
    ),
    "silu": EntryText(
        "SiLU（Swish）",
        "以 sigmoid 加权的线性单元 x sigmoid(beta x)：beta = 1 时即 SiLU，beta 可学习时即 Swish。",
        "",
        {"beta": "门控的陡峭程度 beta（Swish）；取 1 即为 SiLU。"},
    ),
    "mish": EntryText(
        "Mish",
        "输入乘以 softplus 的 tanh，即 x tanh(log(1 + e^x))：光滑、非单调、上方无界。",
    ),
    "hardswish": EntryText(
        "Hardswish",
        "分段二次的 SiLU：输入乘以硬 sigmoid relu6(x + 3)/6，在移动端硬件上计算代价很低。",
        f"Hardswish 在 -3 和 3 处不可导；{PYTORCH}，导数在这两点取 x/3 + 1/2"
        "（即 -1/2 和 3/2，也就是内侧的单侧斜率）。",
    ),
    "softplus": EntryText(
        "Softplus",
        "形如 log(1 + e^(beta x)) / beta 的光滑凸函数，可看作光滑版 ReLU；与 PyTorch 一样，"
        "当 beta x 超过阈值时直接返回 x 本身。",
        "",
        {
            "beta": "陡峭程度 beta；取值越大越接近 ReLU。",
            "threshold": "当 beta x > threshold 时改为返回恒等映射"
            "（PyTorch 的切换点；在该处两者之差小于 1e-8 / beta）。",
        },
    ),
    "squareplus": EntryText(
        "Squareplus",
        "形如 (x + sqrt(x^2 + b)) / 2 的光滑 ReLU：与 softplus 相似，但用平方根代替了 exp 和 log。",
        "",
        {"b": "拐弯处的曲率 b；取 0 即为 ReLU。"},
    ),
    "bent_identity": EntryText(
        "弯曲恒等函数",
        "恒等函数加上 sqrt(x^2 + 1) - 1 的一半：一条光滑的凸曲线，左侧斜率趋于 1/2，右侧趋于 3/2。",
    ),
}
