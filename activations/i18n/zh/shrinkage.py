"""简体中文: the texts of the entries in activations/catalog/shrinkage.py."""

from __future__ import annotations

from inspect import cleandoc

from activations.i18n import EntryText
from activations.i18n.zh.common import PYTORCH
from activations.registry import Exercise

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
        r"所能达到的最好水平一样小。同一运算也是 $\ell_1$ 惩罚 $\lambda\lvert x\rvert$ 的近端算子"
        "（见下面的练习 2），因此它是稀疏编码中的非线性函数；在统计学中，它也是自变量正交时 lasso "
        "的解，这是 Tibshirani（1996）提出 lasso 时就指出的。",
        uses="稀疏编码与压缩感知：它是 ISTA（Daubechies、Defrise 与 De Mol，2004）中的收缩步骤；"
        "LISTA（Gregor 与 LeCun，2010）把若干次 ISTA 迭代展开成一个可训练的网络，其激活函数就是"
        "软阈值；后来的展开网络，如 ISTA-Net（Zhang 与 Ghanem，2018），沿用了同样的思路。它也是"
        "小波去噪的经典规则（Donoho，1995）；深度残差收缩网络（Zhao 等人，2020）把这一规则带进了 "
        "ResNet：软阈值是每个残差块中的一层，阈值由一个小的子网络给出，用来抑制机械故障诊断中振动"
        "信号的噪声。在普通深度网络中，它作为隐藏层激活函数则很少见。",
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
        derivation=(
            r"在 $\pm\lambda$ 以外，每一点周围都有一个小区间，Softshrink 在上面只是其中一段，所以"
            r"可以逐段求导。在两个外侧段上，$x$ 的导数是 $1$，常数 $\mp\lambda$ 的导数是 $0$（差的"
            r"求导法则）；中间一段是常数 $0$：",
            r"在 $x = \lambda$ 处两段相接，所以用导数的定义，并注意 "
            r"$\operatorname{Softshrink}(\lambda) = 0$：步长 $h > 0$ 落在 $x - \lambda$ 上，步长 "
            r"$h < 0$ 落在零段上。两个单侧差商分别为 $1$ 和 $0$，所以 **在 $\lambda$ 处不可导**。"
            r"Softshrink 是奇函数，$\operatorname{Softshrink}(-x) = -\operatorname{Softshrink}(x)$，"
            r"所以在 $-\lambda$ 处情况相同：",
            r"训练在 $\pm\lambda$ 处仍然需要一个数。本包与 PyTorch 的自动求导一样在那里返回 $0$，"
            "于是导数是一个示性函数：输入越过阈值的地方为 $1$，被置零的地方为 $0$：",
            r"**借助 Hardtanh。**当 $\lambda > 0$ 时，Softshrink 等于输入减去它在 "
            r"$[-\lambda, \lambda]$ 上的截断，本包就是这样计算的。对这个形式求导，得到的是同一个"
            r"函数，只是在两个折点处 $1 - \operatorname{Hardtanh}'$ 取值 $1$ 而不是 $0$：折点处的"
            "值是一种约定，它取决于对哪个公式求导：",
        ),
        exercises=(
            Exercise(
                r"取默认的 $\lambda = 0.5$，计算 Softshrink 及其导数在 $x = 1.2$、$x = -0.3$、"
                r"$x = -2$ 和 $x = 0.5$ 处的值。再取 $\lambda = 1$，计算 "
                r"$\operatorname{Softshrink}(1.2)$。",
                cleandoc(
                    r"""
                    - $x = 1.2 > \lambda$：$1.2 - 0.5 = 0.7$，斜率为 $1$。
                    - $x = -0.3$：$\lvert x\rvert \le 0.5$，输出为 $0$，斜率为 $0$。
                    - $x = -2 < -\lambda$：$-2 + 0.5 = -1.5$，斜率为 $1$。
                    - $x = 0.5 = \lambda$：输出为 $0$；这是折点，本包返回斜率 $0$。

                    取 $\lambda = 1$：$\operatorname{Softshrink}(1.2) = 0.2$。每个越过阈值的输入都
                    恰好缩小 $\lambda$，不论它有多大。
                    <!-- answer: softshrink(1.2) = 0.7 -->
                    <!-- answer: softshrink.derivative(1.2) = 1 -->
                    <!-- answer: softshrink(-0.3) = 0 -->
                    <!-- answer: softshrink.derivative(-0.3) = 0 -->
                    <!-- answer: softshrink(-2.0) = -1.5 -->
                    <!-- answer: softshrink.derivative(-2.0) = 1 -->
                    <!-- answer: softshrink(0.5) = 0 -->
                    <!-- answer: softshrink.derivative(0.5) = 0 -->
                    <!-- answer: softshrink(1.2, lambd=1.0) = 0.2 -->
                    """
                ),
            ),
            Exercise(
                r"证明当 $\lambda > 0$ 时，函数 "
                r"$\phi(u) = \tfrac{1}{2}(u - x)^{2} + \lambda\lvert u\rvert$ 有唯一的最小值点 "
                r"$u^{\ast} = \operatorname{Softshrink}(x)$：Softshrink 是 $\lambda\lvert\cdot\rvert$ "
                r"的*近端算子*。取 $\lambda = 0.5$，对 $x = 1.2$ 和 $x = 0.3$ 加以验证，并给出 "
                r"$x = 1.2$ 时的最小值。",
                cleandoc(
                    r"""
                    $\phi$ 是严格凸的（严格凸的抛物线加上凸函数 $\lambda\lvert u\rvert$），而且无限
                    增大，所以它恰有一个最小值点。逐段寻找它：

                    - 在 $u > 0$ 上，$\phi'(u) = u - x + \lambda$，它在 $u = x - \lambda$ 处为零；
                      这一点落在 $u > 0$ 内当且仅当 $x > \lambda$。
                    - 在 $u < 0$ 上，$\phi'(u) = u - x - \lambda$，它在 $u = x + \lambda$ 处为零，
                      这一点落在 $u < 0$ 内当且仅当 $x < -\lambda$。
                    - 其余情形是 $\lvert x\rvert \le \lambda$，最小值点只能是折点 $u = 0$。确实，
                      那里的单侧斜率为 $\phi'(0^{+}) = \lambda - x \ge 0$ 和
                      $\phi'(0^{-}) = -\lambda - x \le 0$：$\phi$ 在 $0$ 之前下降，之后上升。（用凸
                      分析的语言说，$0$ 属于次微分 $-x + [-\lambda, \lambda]$。）

                    这三种情形恰好就是 Softshrink 的三段。对 $x = 1.2$、$\lambda = 0.5$，最小值点是
                    $0.7$，最小值为

                    $$
                    \phi(0.7) = \tfrac{1}{2}(0.7 - 1.2)^{2} + 0.5 \cdot 0.7 = 0.125 + 0.35 = 0.475 ,
                    $$

                    而对 $x = 0.3$，最小值点是 $0.000$：惩罚项占了上风，这个坐标被精确地置为零。
                    lasso 和稀疏编码的稀疏性正是由此而来。
                    <!-- answer: argmin(lambda u: 0.5 * (u - 1.2) ** 2 + 0.5 * np.abs(u), -3, 3) = 0.7 -->
                    <!-- answer: softshrink(1.2) = 0.7 -->
                    <!-- answer: 0.5 * (0.7 - 1.2) ** 2 = 0.125 -->
                    <!-- answer: 0.5 * 0.7 = 0.35 -->
                    <!-- answer: minimum(lambda u: 0.5 * (u - 1.2) ** 2 + 0.5 * np.abs(u), -3, 3) = 0.475 -->
                    <!-- answer: argmin(lambda u: 0.5 * (u - 0.3) ** 2 + 0.5 * np.abs(u), -3, 3) = 0.000 -->
                    """
                ),
            ),
            Exercise(
                r"ISTA 通过交替进行两步来最小化 "
                r"$F(u) = \tfrac{1}{2}(2u - 3)^{2} + \lvert u\rvert$：先对光滑部分做一步梯度下降，"
                r"再做 Softshrink，即 "
                r"$u_{k+1} = \operatorname{Softshrink}\bigl(u_{k} - t\,g(u_{k});\ t\bigr)$，其中 "
                r"$g(u) = 2(2u - 3)$ 是光滑部分的导数，阈值是步长 $t$ 乘以惩罚权重 $1$。取 "
                r"$t = 0.2$、$u_{0} = 0$，计算 $u_{1}$、$u_{2}$、$u_{3}$，求出极限，并与 $F$ 的"
                "最小值点核对。一次迭代写成网络的一层是什么样子？",
                cleandoc(
                    r"""
                    梯度步是 $u - 0.2 \cdot 2(2u - 3) = 0.2u + 1.2$，阈值是 $0.2$：

                    - $u_{1} = \operatorname{Softshrink}(1.2;\ 0.2) = 1.0$，
                    - $u_{2} = \operatorname{Softshrink}(0.2 \cdot 1.0 + 1.2;\ 0.2) = 1.2$，
                    - $u_{3} = \operatorname{Softshrink}(0.2 \cdot 1.2 + 1.2;\ 0.2) = 1.24$。

                    只要自变量一直高于阈值，这个映射就是 $u \mapsto 0.2u + 1$，其不动点为
                    $u = 1.25$；误差每步缩小为原来的 $0.2$ 倍（$0.25$、$0.05$、$0.01$）。对
                    $u > 0$，$F'(u) = 2(2u - 3) + 1 = 4u - 5$，它在 $u = 1.25$ 处为零：极限就是
                    最小值点。（步长不能太大：$t \le 1/L$，其中 $L = 4$ 是 $g$ 的 Lipschitz 常数，
                    就能保证目标函数值下降；见 Beck 与 Teboulle，2009。）

                    **写成一层**，一次迭代就是对 $u_{k}$（以及数据）做一个仿射变换，再以 Softshrink
                    作为激活函数。LISTA（Gregor 与 LeCun，2010）把少数几次这样的迭代展开成一个网络，
                    从数据中学习其中的矩阵和阈值，让寥寥几层完成许多次 ISTA 迭代的工作。
                    <!-- answer: softshrink(1.2, lambd=0.2) = 1.0 -->
                    <!-- answer: softshrink(0.2 * 1.0 + 1.2, lambd=0.2) = 1.2 -->
                    <!-- answer: softshrink(0.2 * 1.2 + 1.2, lambd=0.2) = 1.24 -->
                    <!-- answer: argmin(lambda u: 0.5 * (2 * u - 3) ** 2 + np.abs(u), -5, 5) = 1.25 -->
                    <!-- answer: 1.25 - softshrink(1.2, lambd=0.2) = 0.25 -->
                    <!-- answer: 1.25 - softshrink(0.2 * 1.0 + 1.2, lambd=0.2) = 0.05 -->
                    <!-- answer: 1.25 - softshrink(0.2 * 1.2 + 1.2, lambd=0.2) = 0.01 -->
                    """
                ),
            ),
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
        derivation=(
            r"在 $\pm\lambda$ 以外，每一点周围都有一个小区间，Hardshrink 在上面只是其中一段：输入被"
            r"保留的地方是恒等函数（幂法则，取 $n = 1$），输入被置零的地方是常数 $0$：",
            r"在 $x = \lambda$ 处（设 $\lambda > 0$）函数甚至不连续："
            r"$\operatorname{Hardshrink}(\lambda) = 0$，左侧紧邻的值也是 $0$，右侧紧邻的值却接近 "
            r"$\lambda$。函数在某点可导就必在该点连续，所以 **在 $\lambda$ 处不可导**，右侧差商"
            r"确实趋于无穷。Hardshrink 是奇函数，所以在 $-\lambda$ 处也是如此：",
            r"训练在 $\pm\lambda$ 处仍然需要一个数；本包与 PyTorch 的自动求导一样返回 $0$。结果"
            "与 Softshrink 的导数是同一个示性函数：两个函数在都有斜率的地方斜率相等，尽管在 "
            r"$\lvert x\rvert > \lambda$ 时它们相差 $\lambda$：",
            r"**梯度看不到的东西。**Hardshrink 等于 Softshrink 在每个阈值处再加上一个高为 "
            r"$\lambda$ 的台阶：$\operatorname{Hardshrink}(x) = \operatorname{Softshrink}(x) + "
            r"\lambda\operatorname{sign}(x)\,\mathbb{1}[\lvert x\rvert > \lambda]$。在广义函数"
            r"（分布）的意义下，高为 $\lambda$ 的跳跃的导数是跳跃处的 $\lambda$ 倍狄拉克 "
            r"delta 函数，所以完整的导数带有两个尖峰。自动求导只保留第一项：没有任何梯度会告诉"
            r"输入，越过阈值会让输出改变 $\lambda$。",
        ),
        exercises=(
            Exercise(
                r"取默认的 $\lambda = 0.5$，计算 Hardshrink 在 $x = 0.5$、$x = 0.51$、$x = -2$ 和 "
                r"$x = 0.3$ 处的值，以及它在 $x = 0.51$ 和 $x = 0.3$ 处的导数。把 "
                r"$\operatorname{Hardshrink}(0.51)$ 与 $\operatorname{Softshrink}(0.51)$ 比较。",
                cleandoc(
                    r"""
                    - $x = 0.5$：$\lvert x\rvert \le \lambda$，输出为 $0$（阈值本身也被置零）。
                    - $x = 0.51$：原样保留，输出 $0.51$，斜率为 $1$。
                    - $x = -2$：原样保留，输出 $-2$。
                    - $x = 0.3$：被置零，斜率为 $0$。

                    输入从 $0.5$ 变到 $0.51$，输出就从 $0$ 变到 $0.51$：这就是跳跃。Softshrink 只
                    保留超出阈值的部分，$\operatorname{Softshrink}(0.51) = 0.01$，因而保持连续，
                    代价是把每个大输入都缩小 $\lambda$。
                    <!-- answer: hardshrink(0.5) = 0 -->
                    <!-- answer: hardshrink(0.51) = 0.51 -->
                    <!-- answer: hardshrink.derivative(0.51) = 1 -->
                    <!-- answer: hardshrink(-2.0) = -2 -->
                    <!-- answer: hardshrink(0.3) = 0 -->
                    <!-- answer: hardshrink.derivative(0.3) = 0 -->
                    <!-- answer: softshrink(0.51) = 0.01 -->
                    """
                ),
            ),
            Exercise(
                r"证明 $\operatorname{Hardshrink}(x)$ 是 "
                r"$\psi(u) = \tfrac{1}{2}(u - x)^{2} + \tfrac{\lambda^{2}}{2}\,\mathbb{1}[u \ne 0]$ "
                r"的最小值点，其中惩罚项只看 $u$ 是否非零（$\ell_0$ 惩罚）。取 $\lambda = 0.5$，"
                r"对 $x = 0.8$ 和 $x = 0.4$ 比较两个候选的代价。$\lvert x\rvert = \lambda$ 时会"
                "怎样？",
                cleandoc(
                    r"""
                    只有两个 $u$ 值可能最优。若 $u \ne 0$，惩罚是常数 $\lambda^{2}/2$，平方项在
                    $u = x$ 处最小，总代价为 $\lambda^{2}/2$。若 $u = 0$，没有惩罚，代价为
                    $x^{2}/2$。保留 $x$ 严格更好，当且仅当 $x^{2}/2 > \lambda^{2}/2$，即
                    $\lvert x\rvert > \lambda$：这正是 Hardshrink 的规则。

                    取 $\lambda = 0.5$，保留的代价是 $0.125$。对 $x = 0.8$，置零的代价是 $0.32$，
                    所以输出为 $0.8$；对 $x = 0.4$，置零的代价只有 $0.08$，所以输出为 $0$。

                    当 $\lvert x\rvert = \lambda$ 时，两种选择代价相同，都是最小值点；Hardshrink 选
                    $0$。这个目标函数不是凸的，这种平局正是从优化角度看到的 Hardshrink 的不连续性。
                    对照 [Softshrink](softshrink.md) 的练习 2：凸的 $\ell_1$ 惩罚给出连续但有偏差的
                    规则，$\ell_0$ 惩罚给出不连续但没有偏差的规则。
                    <!-- answer: 0.5 * 0.5 ** 2 = 0.125 -->
                    <!-- answer: 0.5 * 0.8 ** 2 = 0.32 -->
                    <!-- answer: hardshrink(0.8) = 0.8 -->
                    <!-- answer: 0.5 * 0.4 ** 2 = 0.08 -->
                    <!-- answer: hardshrink(0.4) = 0 -->
                    """
                ),
            ),
            Exercise(
                r"一个有 $n = 1024$ 个样本的信号带有高斯噪声，其小波系数经过归一化，每个系数上的"
                r"噪声标准差为 $\sigma = 1$。Donoho 和 Johnstone 的*通用阈值*（universal "
                r"threshold）是 $\lambda = \sigma\sqrt{2\ln n}$。计算它，并对系数 $5.0$、$-4.2$、"
                r"$3.0$ 和 $0.7$ 分别做硬阈值和软阈值处理。哪种规则有偏差，哪种规则不稳定？",
                cleandoc(
                    r"""
                    $\lambda = \sqrt{2 \ln 1024} = \sqrt{20 \ln 2} \approx 3.7233$。它被设定为刚好
                    高于噪声：$n$ 个独立标准高斯变量的最大值按 $\sqrt{2 \ln n}$ 增长，其中任何一个
                    超过这个水平的概率趋于 $0$，所以纯噪声系数几乎全被置零。

                    | 系数 | 硬阈值 | 软阈值 |
                    |---|---|---|
                    | $5.0$ | $5.0$ | $1.2767$ |
                    | $-4.2$ | $-4.2$ | $-0.4767$ |
                    | $3.0$ | $0$ | $0$ |
                    | $0.7$ | $0$ | $0$ |

                    两种规则都把低于阈值的两个系数置零：在这个水平上，它们与噪声无法区分。软阈值
                    还把每个保留下来的系数缩小整整 $3.7233$，于是观测值 $5.0$（几乎肯定是真实的
                    系数）被估计为 $1.28$：这是很大的**偏差**。硬阈值让保留的系数原样通过，但它
                    **不稳定**：位于 $3.72$ 附近的系数，取决于噪声的最后几位数字，会变成 $0$ 或约
                    $3.72$。两种规则都不是在所有情况下更好，所以两者都仍在使用。
                    <!-- answer: math.sqrt(2 * math.log(1024)) = 3.7233 -->
                    <!-- answer: hardshrink(5.0, lambd=math.sqrt(2 * math.log(1024))) = 5.0 -->
                    <!-- answer: softshrink(5.0, lambd=math.sqrt(2 * math.log(1024))) = 1.2767 -->
                    <!-- answer: softshrink(5.0, lambd=math.sqrt(2 * math.log(1024))) = 1.28 -->
                    <!-- answer: hardshrink(-4.2, lambd=math.sqrt(2 * math.log(1024))) = -4.2 -->
                    <!-- answer: softshrink(-4.2, lambd=math.sqrt(2 * math.log(1024))) = -0.4767 -->
                    <!-- answer: hardshrink(3.0, lambd=math.sqrt(2 * math.log(1024))) = 0 -->
                    <!-- answer: softshrink(0.7, lambd=math.sqrt(2 * math.log(1024))) = 0 -->
                    <!-- answer: math.sqrt(2 * math.log(1024)) = 3.72 -->
                    """
                ),
            ),
        ),
    ),
    "tanhshrink": EntryText(
        "Tanhshrink",
        r"Tanhshrink，即 $x - \tanh(x)$，在 $0$ 附近很平坦，行为类似 $x^3/3$；$\lvert x\rvert$ "
        "很大时它是向 $0$ 平移了 $1$ 的恒等映射。",
        origin="Tanhshrink 并非由某篇论文提出。它从 Lua Torch 的 `nn` 库进入 PyTorch，该库中除 "
        "`SoftShrink` 和 `HardShrink` 外还有一个 `TanhShrink` 模块（它用输入减去一个 `nn.Tanh` "
        "模块的输出）；它没有公认的引用出处。它的"
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
        derivation=(
            r"Tanhshrink 是两个可导函数之差，由差的求导法则，它的导数是 $1$（$x$ 的导数）减去 "
            r"$\tanh$ 的导数：",
            r"用商法则对 $\tanh = \sinh / \cosh$ 求导，其中 $\sinh' = \cosh$，$\cosh' = \sinh$。"
            r"分子是 $\cosh^{2} - \sinh^{2} = 1$；把这个恒等式除以 $\cosh^{2} x$ 就得到 "
            r"$1/\cosh^{2} x = 1 - \tanh^{2} x$：",
            r"代入第一行：常数项相消，剩下的是 $\tanh$ 的平方。它从不为负，只在 $x = 0$ 处为零，"
            r"所以 Tanhshrink 是递增的。由于 $\tanh x = x - y$，其中 "
            r"$y = \operatorname{Tanhshrink}(x)$，斜率也等于 $(x - y)^{2}$，只凭输入和输出就能"
            r"算出，不必再算一次 $\tanh$：",
            r"**在 $0$ 附近，以及远离它的地方。**由 $\tanh x = x - \tfrac{x^{3}}{3} + O(x^{5})$，斜率"
            r"一开始像 $x^{2}$，这正是 Tanhshrink 本身开头那一项 $\tfrac{x^{3}}{3}$ 的导数；"
            r"$\lvert x\rvert$ 很大时 $\tanh^{2} x \to 1$，函数与恒等函数平行，对很大的正 $x$ "
            r"它比恒等函数低 $1$：",
        ),
        exercises=(
            Exercise(
                r"计算 Tanhshrink 及其导数在 $x = 1$ 和 $x = 3$ 处的值。再计算 "
                r"$\operatorname{Tanhshrink}(0.1)$，并与 $0.1^{3}/3$ 比较。",
                cleandoc(
                    r"""
                    - $x = 1$：$1 - \tanh 1 \approx 1 - 0.7616 = 0.2384$，斜率为
                      $\tanh^{2} 1 \approx 0.5800$。
                    - $x = 3$：$3 - \tanh 3 \approx 2.0049$，斜率为 $\tanh^{2} 3 \approx 0.9901$：
                      已经几乎就是向下平移了 $1$ 的恒等函数。
                    - $x = 0.1$：$0.1 - \tanh 0.1 \approx 0.000332$，接近
                      $0.1^{3}/3 \approx 0.000333$。级数的下一项 $-\frac{2}{15}x^{5}$ 解释了这点
                      差别。

                    （直接计算 $0.1 - \tanh 0.1$ 是两个几乎相等的数相减，会损失有效数字；对小输入，
                    本包改用这个级数来计算。）
                    <!-- answer: tanh(1.0) = 0.7616 -->
                    <!-- answer: tanhshrink(1.0) = 0.2384 -->
                    <!-- answer: tanhshrink.derivative(1.0) = 0.5800 -->
                    <!-- answer: tanhshrink(3.0) = 2.0049 -->
                    <!-- answer: tanhshrink.derivative(3.0) = 0.9901 -->
                    <!-- answer: tanhshrink(0.1) = 0.000332 -->
                    <!-- answer: 0.1 ** 3 / 3 = 0.000333 -->
                    """
                ),
            ),
            Exercise(
                r"只用上面求得的导数和洛必达法则，证明 $x \to 0$ 时 "
                r"$\operatorname{Tanhshrink}(x)/x^{3} \to \tfrac{1}{3}$。在 $x = 0.01$ 处验证这个"
                r"比值，并计算梯度 $\operatorname{Tanhshrink}'(0.1)$：这对输入很小的单元意味着"
                "什么？",
                cleandoc(
                    r"""
                    分子和分母都趋于 $0$，而且都可导，所以洛必达法则允许我们改为比较导数：

                    $$
                    \lim_{x \to 0} \frac{\operatorname{Tanhshrink}(x)}{x^{3}}
                    = \lim_{x \to 0} \frac{\tanh^{2} x}{3x^{2}}
                    = \frac{1}{3} \Bigl(\lim_{x \to 0} \frac{\tanh x}{x}\Bigr)^{2}
                    = \frac{1}{3} \cdot \tanh'(0)^{2} = \frac{1}{3},
                    $$

                    因为 $\tanh x / x = (\tanh x - \tanh 0)/(x - 0)$ 是 $0$ 处的差商，它趋于
                    $\tanh'(0) = 1$（正因为最后这个极限存在，洛必达法则才适用）。在 $x = 0.01$ 处，
                    这个比值为 $0.33332$。

                    在 $x = 0.1$ 处，梯度为 $\tanh^{2}(0.1) \approx 0.00993$，大约只有 ReLU 或恒等
                    单元传回梯度的百分之一。输入一直很小的单元，学习速度大约慢一百倍：正是那块让
                    Tanhshrink 成为收缩函数的平坦区域，同时也是梯度几乎消失的区域。
                    <!-- answer: tanhshrink(0.01) / 0.01 ** 3 = 0.33332 -->
                    <!-- answer: tanhshrink.derivative(0.1) = 0.00993 -->
                    """
                ),
            ),
            Exercise(
                r"对 $\lambda = 1$ 的 [Softshrink](softshrink.md) 和取默认界限的 "
                r"[Hardtanh](hardtanh.md)，证明 $\operatorname{Tanhshrink}(x) - "
                r"\operatorname{Softshrink}(x) = \operatorname{Hardtanh}(x) - \tanh(x)$。求 "
                "Tanhshrink 与这个 Softshrink 之间的最大差距、它出现的位置，以及 $x = 3$ 处的差距。",
                cleandoc(
                    r"""
                    $\lambda = 1$ 的 Softshrink 等于输入减去它在 $[-1, 1]$ 上的截断：
                    $\operatorname{Softshrink}(x) = x - \operatorname{Hardtanh}(x)$。因此

                    $$
                    \operatorname{Tanhshrink}(x) - \operatorname{Softshrink}(x)
                    = \bigl(x - \tanh x\bigr) - \bigl(x - \operatorname{Hardtanh}(x)\bigr)
                    = \operatorname{Hardtanh}(x) - \tanh(x).
                    $$

                    这个差是奇函数，所以只看 $x \ge 0$。在 $[0, 1]$ 上它等于 $x - \tanh x$，是递增的
                    （导数为 $\tanh^{2} x \ge 0$）；在 $x \ge 1$ 时它等于 $1 - \tanh x$，是递减的。
                    所以最大差距出现在 $x = \pm 1$，即 Softshrink 的折点处，等于
                    $1 - \tanh 1 \approx 0.2384$。在 $x = 3$ 处它是 $1 - \tanh 3 \approx 0.0049$，
                    并且继续按 $2e^{-2x}$ 缩小。

                    所以 Tanhshrink 是光滑化了的 $\lambda = 1$ 的 Softshrink：处处与它相差不超过
                    $0.2384$，在尾部则以指数速度贴近它。对训练真正重要的差别在 $(-1, 1)$ 内：在那里
                    Softshrink 的梯度恰好为 $0$，而 Tanhshrink 的梯度虽小，除 $0$ 点外却是正的。
                    <!-- answer: tanhshrink(1.0) - softshrink(1.0, lambd=1.0) = 0.2384 -->
                    <!-- answer: hardtanh(1.0) - tanh(1.0) = 0.2384 -->
                    <!-- answer: -minimum(lambda x: softshrink(x, lambd=1.0) - tanhshrink(x), 0, 5) = 0.2384 -->
                    <!-- answer: argmin(lambda x: softshrink(x, lambd=1.0) - tanhshrink(x), 0, 5) = 1 -->
                    <!-- answer: tanhshrink(3.0) - softshrink(3.0, lambd=1.0) = 0.0049 -->
                    """
                ),
            ),
        ),
    ),
}
