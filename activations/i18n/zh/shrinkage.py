"""简体中文: the texts of the entries in activations/catalog/shrinkage.py."""

from __future__ import annotations

from activations.i18n import EntryText
from activations.i18n.zh.common import PYTORCH

LAMBD = r"阈值 $\lambda$：满足 $\lvert x\rvert \le \lambda$ 的输入映射为 $0$。"

ENTRIES: dict[str, EntryText] = {
    "softshrink": EntryText(
        "Softshrink",
        r"Softshrink（软阈值）把满足 $\lvert x\rvert \le \lambda$ 的输入映射为 $0$，并把其余"
        r"输入向 $0$ 移动 $\lambda$。",
        r"Softshrink 在 $-\lambda$ 和 $\lambda$ 处不可导；"
        f"{PYTORCH}，导数在这两点都取 $0$。",
        {"lambd": LAMBD},
        origin="软阈值来自统计学和信号处理。Donoho 在 1995 年的论文《De-noising by "
        "soft-thresholding》中把它作为从 $n$ 个带噪声样本中恢复函数的方法：先做小波变换，把每个"
        "经验小波系数向 $0$ 移动一个由噪声水平和 $n$ 决定的阈值，再做逆变换。他证明了，所得估计以"
        "很高的概率至少与真实函数一样光滑，并且在很宽的光滑函数类上，其均方误差几乎与任何估计量"
        r"所能达到的最好水平一样小。同一运算也是 $\ell_1$ 惩罚 $\lambda\lvert x\rvert$ 的近端算子，"
        "因此它是稀疏编码中的非线性函数。",
        uses="稀疏编码与压缩感知：它是 ISTA（Daubechies、Defrise 与 De Mol，2004）中的收缩步骤；"
        "LISTA（Gregor 与 LeCun，2010）把若干次 ISTA 迭代展开成一个可训练的网络，其激活函数就是"
        "软阈值；后来的展开网络，如 ISTA-Net（Zhang 与 Ghanem，2018），沿用了同样的思路。它也是"
        "小波去噪的经典规则（Donoho，1995）；在普通深度网络中作为隐藏层激活函数则很少见。",
        strengths=(
            r"它把小输入精确地置为 $0$，输出是真正稀疏的，正符合 $\ell_1$ 惩罚的要求。",
            r"它是连续的，在 $[-\lambda, \lambda]$ 之外斜率为 $1$，大输入连同梯度完整通过，不像 "
            r"$\tanh$ 那样饱和。",
            r"作为 $\ell_1$ 最小化的近端步骤，它让展开网络具有优化算法的含义，这是 ReLU 或 GELU "
            "层所没有的。",
        ),
        weaknesses=(
            r"每个大输入都被平移 $\lambda$，这是一种朝向 $0$ 的偏差，Hardshrink 没有这个问题。",
            r"满足 $\lvert x\rvert \le \lambda$ 的输入梯度为零，$\lambda$ 较大时许多单元会停止"
            "学习，类似“死亡”的 ReLU 单元，只是发生在 $0$ 的两侧。",
            "在稀疏编码和去噪之外，它作为隐藏层激活函数鲜有成功先例；那里通常选用 ReLU 或 GELU。",
        ),
    ),
    "hardshrink": EntryText(
        "Hardshrink",
        r"Hardshrink（硬阈值）把满足 $\lvert x\rvert \le \lambda$ 的输入映射为 $0$，其余输入"
        "原样输出。",
        r"Hardshrink 在 $-\lambda$ 和 $\lambda$ 处跳跃；"
        f"{PYTORCH}，导数在这两点都取 $0$。",
        {"lambd": LAMBD},
        origin="硬阈值是统计学中“保留或舍弃”（keep or kill）的规则。Donoho 和 Johnstone 在 1994 年"
        "关于小波收缩的论文中，以“借助先知（oracle）的选择性小波重构”为标准来衡量估计量：先知恰好"
        "保留值得保留的小波系数，把其余的置为 $0$；对经验系数做阈值处理，则只凭数据本身来做这个"
        r"选择。他们证明，对于 $n$ 个样本，他们的收缩估计量的风险与先知的风险相差不超过约 "
        r"$2\log n$ 倍，并且没有任何估计量能给出更好的保证。",
        uses="稀疏逼近：迭代硬阈值算法（Blumensath 与 Davies，2009）用它在压缩感知中恢复稀疏信号，"
        "小波去噪则把它作为软阈值之外的另一种选择。Konda 等的零偏置自编码器（2014）中的“阈值线性”"
        "（thresholded linear）隐藏单元计算的就是这个函数；除此之外，它在深度网络中很少用作激活"
        "函数。",
        strengths=(
            r"大输入原样通过，没有收缩偏差，不像 Softshrink 那样把它们移动 $\lambda$。",
            r"小输入被精确地置为 $0$，输出是稀疏的；它是计算非零元个数的 $\ell_0$ 惩罚的近端算子。",
            "只需一次比较和一次乘法。",
        ),
        weaknesses=(
            r"它是不连续的：在 $\lvert x\rvert = \lambda$ 处输出跳变 $\lambda$，输入的微小变化"
            r"就可能让单元在 $0$ 与 $\pm\lambda$ 之间切换。",
            r"当 $\lvert x\rvert \le \lambda$ 时梯度为 $0$，且梯度不反映跳变，因此梯度下降无法学到"
            "哪些输入应当越过阈值。",
            "作为估计量，它不如软阈值稳定：数据的微小变化就可能让系数被保留或被舍弃。",
        ),
    ),
    "tanhshrink": EntryText(
        "Tanhshrink",
        r"Tanhshrink，即 $x - \tanh(x)$，在 $0$ 附近很平坦，行为类似 $x^3/3$；$\lvert x\rvert$ "
        "很大时它是向 $0$ 平移了 $1$ 的恒等映射。",
        origin="Tanhshrink 并非由某篇论文提出。它从 Lua Torch 的 `nn` 库进入 PyTorch，该库中除 "
        "`SoftShrink` 和 `HardShrink` 外还有一个 `TanhShrink` 模块；它没有公认的引用出处。它的"
        "行为像一个光滑的收缩函数：在 $0$ 附近约为 $x^3/3$，小输入几乎被压到 $0$；远离 $0$ 时约为 "
        r"$x - \operatorname{sign}(x)$，即 $\lambda = 1$ 的 Softshrink。",
        uses="很少使用：据我们所知，没有知名架构采用它。PyTorch 以 `torch.nn.Tanhshrink` 提供它，"
        "Keras 也把它作为激活函数提供。",
        strengths=(
            r"它处处光滑（$C^\infty$），而 Softshrink 和 Hardshrink 在 $\pm\lambda$ 处有折点或"
            "跳变。",
            r"$\lvert x\rvert$ 很大时其导数 $\tanh^2(x)$ 趋于 $1$，大输入连同梯度一起通过，"
            r"而 $\tanh$ 在那里会饱和。",
            "没有需要调节的参数。",
        ),
        weaknesses=(
            r"在 $0$ 附近其梯度 $\tanh^2(x) \approx x^2$ 几乎为 $0$，输入较小的单元学得很慢；"
            "而 ReLU 对每个正输入都给出梯度 $1$。",
            "小输入只被缩小，从不被精确置为 $0$，因此不像 Softshrink 那样能给出精确的稀疏性。",
            r"平坦区域的宽度固定在输入尺度上约为 $1$，无法调节，不像 Softshrink 有 $\lambda$。",
            r"每个元素都要计算一次 $\tanh$，比 ReLU 开销大。",
        ),
    ),
}
