"""简体中文: the texts of the entries in activations/catalog/other.py."""

from __future__ import annotations

from inspect import cleandoc

from activations.i18n import EntryText
from activations.registry import Exercise

ENTRIES: dict[str, EntryText] = {
    "identity": EntryText(
        "恒等函数",
        "恒等函数原样输出输入：它完全不引入非线性，用于回归任务的输出层。",
        origin="恒等函数是纯线性单元的激活函数，没有发明者。经典的线性单元是 Widrow 和 Hoff"
        "（1960）的 ADALINE：它用最小均方（LMS）规则调整权重，驱动学习的是加权和本身的误差，"
        "取在产生二值输出的阈值之前；与经过阈值的输出不同，这个误差随权重光滑地变化。恒等函数"
        "最重要的启示是反面的：仿射映射的复合仍是仿射映射，所以处处使用恒等激活的网络无论多深，"
        "计算能力都不超过单个线性层，这正是隐藏层需要非线性的原因。",
        uses="回归网络的输出层以及分类器在 softmax 之前的 logits 都经过恒等映射；在 Keras 中，"
        "`activation=None` 和 `'linear'` 都表示它。MobileNetV2（Sandler 等，2018）有意让各模块中"
        "狭窄的“线性瓶颈”层不带非线性，理由是在那里使用 ReLU 会破坏信息。理论研究则有意使用恒等"
        "激活：深度线性网络只能计算线性映射，但它的损失作为权重的函数并不是凸的，因此它是研究深度"
        "如何影响训练的最简单模型。Baldi 和 Hornik（1989）证明，在平方误差下，带一个狭窄隐藏层的"
        "线性网络除全局最小值外没有别的局部极小值，全局最小值对应于向前几个主成分的投影，其余临界"
        "点都是鞍点；Saxe、McClelland 和 Ganguli（2013）精确求解了深度线性网络的梯度下降动力学，"
        "发现了非线性网络中同样会出现的现象：误差长时间停滞，随后骤然下降。",
        strengths=(
            "输出在两个方向上都无界，适合实值回归目标，而 sigmoid 或 ReLU 输出会截断这样的目标。",
            "梯度恰好为 $1$，既不缩小也不放大流经它的梯度。",
            "没有计算开销，并且使模型保持线性，便于分析。",
        ),
        weaknesses=(
            "堆叠的恒等层会坍缩为一个线性映射：如果没有任何非线性，增加深度毫无作用。",
            "对于有界的目标（例如概率或正的量），线性输出可能越出有效范围，必须另想办法加以约束。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                一个单输入网络有一个由两个恒等单元组成的隐藏层，$h_1 = 2x + 1$ 与 $h_2 = -x + 3$，以及一个输出 $y = 3h_1 - h_2 + 0.5$。把它合并成单个仿射映射 $y = ax + c$，并在 $x = 1.5$ 处验证。然后证明带恒等激活的两个仿射层 $\mathbf{y} = W_2(W_1\mathbf{x} + \mathbf{b}_1) + \mathbf{b}_2$ 总等于一个仿射层，并说明比输入和输出都窄的隐藏层对这个映射有什么影响。
                """),
                cleandoc(r"""
                把隐藏单元代入输出，合并同类项：

                $$
                y = 3(2x + 1) - (-x + 3) + 0.5 = 6x + 3 + x - 3 + 0.5 = 7x + 0.5
                $$

                所以 $a = 7$，$c = 0.5$。在 $x = 1.5$ 处，分层网络给出 $h_1 = 4$、$h_2 = 1.5$ 和 $y = 12 - 1.5 + 0.5 = 11$；合并后的映射同样给出 $7 \cdot 1.5 + 0.5 = 11$。

                一般地，矩阵乘法对加法满足分配律：

                $$
                W_2(W_1\mathbf{x} + \mathbf{b}_1) + \mathbf{b}_2 = (W_2 W_1)\,\mathbf{x} + (W_2\mathbf{b}_1 + \mathbf{b}_2) = W\mathbf{x} + \mathbf{b}
                $$

                这就是一个权重为 $W = W_2W_1$、偏置为 $\mathbf{b} = W_2\mathbf{b}_1 + \mathbf{b}_2$ 的单层；对层数用归纳法，任意深度都以同样的方式坍缩。深度不会增加可表示的函数，狭窄的层却会去掉一些：乘积的秩不超过每个因子的秩，所以隐藏层有 $k$ 个单元时，$W_2W_1$ 的秩至多为 $k$。带恒等激活的 $2 \to 1 \to 2$ 网络只能计算所有输出都落在同一条直线上的映射。这就是线性自编码器；Baldi 和 Hornik（1989）证明，它在最优点学到的正是向输入的前几个主成分的投影。
                <!-- answer: 3 * identity(2 * 1.5 + 1) - identity(-1.5 + 3) + 0.5 = 11 -->
                <!-- answer: 7 * 1.5 + 0.5 = 11 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                一个回归网络以恒等输出 $\hat y = z$ 结尾，用平方误差 $E = \tfrac12(\hat y - t)^2$ 训练。对错得很离谱的预测 $z = -3$（目标 $t = 1$）计算 $\partial E / \partial z$。再换成 sigmoid 输出 $\hat y = \sigma(z)$、损失不变，重复计算，并解释两者的差别。
                """),
                cleandoc(r"""
                链式法则把梯度拆成误差与输出激活函数斜率的乘积：

                $$
                \frac{\partial E}{\partial z} = (\hat y - t)\,\frac{d\hat y}{dz}
                $$

                对恒等函数，$d\hat y / dz = \operatorname{id}'(z) = 1$，梯度就是误差本身：

                $$
                \frac{\partial E}{\partial z} = (-3 - 1) \cdot 1 = -4
                $$

                对 sigmoid，$\sigma(-3) \approx 0.0474$，$\sigma'(-3) = \sigma(-3)\,\bigl(1 - \sigma(-3)\bigr) \approx 0.0452$，所以

                $$
                \frac{\partial E}{\partial z} \approx (0.0474 - 1) \cdot 0.0452 \approx -0.0430
                $$

                预测错得同样厉害，梯度却小了将近一百倍。饱和的 sigmoid 几乎不传递梯度，而恒等函数的斜率 $1$ 让大的误差带来大的修正。这就是回归网络采用线性输出的原因，也是平方误差与之相配的原因：除一个常数外，它正是均值为 $z$、方差为 1 的高斯分布的负对数似然。（分类器则把 sigmoid 与交叉熵配对，其对 $z$ 的梯度又恰好是单纯的误差 $\sigma(z) - t$。）
                <!-- answer: (identity(-3.0) - 1) * identity.derivative(-3.0) = -4 -->
                <!-- answer: sigmoid(-3.0) = 0.0474 -->
                <!-- answer: sigmoid.derivative(-3.0) = 0.0452 -->
                <!-- answer: (sigmoid(-3.0) - 1) * sigmoid.derivative(-3.0) = -0.0430 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                最小的深度线性网络 $y = w_2\,w_1\,x$（两层，每层一个恒等单元，没有偏置）在单个样本 $x = 1$、$t = 1$ 上训练，损失为 $E(w_1, w_2) = \tfrac12(w_2 w_1 - 1)^2$。(a) 计算 $(w_1, w_2) = (0.5, 0.5)$ 处的梯度。(b) 证明 $(0, 0)$ 是临界点，但不是极小值点。(c) 证明尽管网络计算的是 $x$ 的线性函数，$E$ 却不是凸函数。
                """),
                cleandoc(r"""
                (a) 令 $p = w_2 w_1$ 为整个网络的斜率。由链式法则，$\partial E / \partial w_1 = (p - 1)\,\partial p / \partial w_1 = (p - 1)\,w_2$，同理 $\partial E / \partial w_2 = (p - 1)\,w_1$。在 $(0.5, 0.5)$ 处 $p = 0.25$，

                $$
                \frac{\partial E}{\partial w_1} = \frac{\partial E}{\partial w_2} = (0.25 - 1) \cdot 0.5 = -0.375
                $$

                每个权重的梯度都被*另一个*权重缩放：尽管网络对输入是线性的，训练动力学对权重却是非线性的。

                (b) 在 $(0, 0)$ 处两个偏导数都含有因子 $0$，梯度为零；此处 $E = 0.5$。沿对角线 $w_1 = w_2 = s$，$E = \tfrac12(s^2 - 1)^2$，当 $0 < \lvert s\rvert < \sqrt2$ 时小于 $0.5$；沿另一条对角线 $w_1 = -w_2 = s$，$E = \tfrac12(s^2 + 1)^2$，大于这个值。所以原点是鞍点。

                (c) 双曲线 $w_1 w_2 = 1$ 上的每一点都是全局最小值点，$E = 0$，例如 $(1, 1)$ 和 $(-1, -1)$。它们的中点是原点，那里 $E = 0.5$。凸函数在线段中点的值不超过它在两端取值的平均，这里是 $0$，所以 $E$ 不是凸的。从鞍点附近出发，梯度下降起初走得很慢，因为那里梯度几乎为零，随着 $p$ 增大才加速：这正是 Saxe、McClelland 和 Ganguli（2013）为深度线性网络精确推导出的先停滞、后骤降的过程。
                <!-- answer: (identity(0.5 * 0.5) - 1) * 0.5 = -0.375 -->
                <!-- answer: 0.5 * (identity(0.0 * 0.0) - 1) ** 2 = 0.5 -->
                """),
            ),
        ),
    ),
    "binary_step": EntryText(
        "二值阶跃函数",
        r"Heaviside 阶跃函数在 $x \ge 0$ 时为 $1$，否则为 $0$；它是最早的神经元模型所用的阈值"
        "单元，梯度处处为零。",
        "阶跃函数在 $x = 0$ 处跳跃，在该点没有导数；导数在该点取 $0$，即它两侧的值。",
        origin="阶跃函数是最古老的激活函数。McCulloch 和 Pitts（1943）把神经元建模为一种“全或无”"
        "的单元：当足够多的兴奋性输入活跃且没有抑制性输入活跃时，它就发放；他们还证明了由这种单元"
        "组成的网络可以计算逻辑命题。Rosenblatt 的感知机（1958）加入了一条规则，能从样本中学习阈值"
        "单元的权重；Novikoff（1962）证明，只要两类样本能被一个超平面分开，这条规则就会在有限次"
        "修正后停止。它的导数为零，这正是它被取代的原因：感知机规则只能训练单层，而能够触及隐藏层"
        "的反向传播（Rumelhart、Hinton 和 Williams，1986）需要梯度，于是光滑的 sigmoid 单元在多层"
        "网络中取代了它。",
        uses="它不能用作以梯度下降训练的隐藏层激活函数。它保留在输出必须是二值的场合：脉冲神经网络"
        "中的脉冲就是一个阶跃，训练时在反向传播中代之以替代梯度（Neftci、Mostafa 与 Zenke，2019）；"
        "二值单元可以用直通估计器训练，它把阶跃当作恒等映射来传递梯度（Bengio、Léonard 与 "
        "Courville，2013）。Hopfield 网络（1982）也使用阈值单元。",
        strengths=(
            "输出恰好是 $0$ 或 $1$，是一个二值决策，易于解释，也易于用逻辑电路或脉冲在硬件中实现。",
            "它是最廉价的非线性：只需一次比较。",
            "带可学习权重的单个阶跃单元就是一个线性分类器，感知机规则无需任何梯度即可训练它，只要"
            "数据线性可分就一定收敛。",
        ),
        weaknesses=(
            "导数在其存在之处都为 $0$，反向传播无法通过它传递任何信号；需要替代梯度或直通梯度。",
            "它在 $x = 0$ 处不连续：输入的微小变化就可能翻转输出，权重的小幅调整无法带来渐进的"
            "改进，不像它的光滑版本 sigmoid。",
            "正如 Minsky 和 Papert（1969）所强调的，单层阶跃单元无法计算异或（XOR），而由它组成的"
            "多层网络当时又没有训练规则。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                (a) 证明三个阶跃单元在 $x_1, x_2 \in \{0, 1\}$ 上计算异或（XOR）：$h_1 = H(x_1 + x_2 - 0.5)$，$h_2 = H(x_1 + x_2 - 1.5)$，$y = H(h_1 - h_2 - 0.5)$。(b) 证明任何单个阶跃单元 $H(w_1x_1 + w_2x_2 + b)$ 都无法计算异或。
                """),
                cleandoc(r"""
                (a) 只要有一个输入为 $1$，$h_1$ 就发放（或，OR）；只有两个输入都为 1 时 $h_2$ 才发放（与，AND）；$h_1 - h_2 \ge 0.5$ 时 $y$ 发放，也就是“或”成立而“与”不成立：

                | $x_1, x_2$ | $h_1$ | $h_2$ | $h_1 - h_2 - 0.5$ | $y$ |
                |---|---|---|---|---|
                | $0, 0$ | $H(-0.5) = 0$ | $H(-1.5) = 0$ | $-0.5$ | $0$ |
                | $0, 1$ | $H(0.5) = 1$ | $H(-0.5) = 0$ | $0.5$ | $1$ |
                | $1, 0$ | $H(0.5) = 1$ | $H(-0.5) = 0$ | $0.5$ | $1$ |
                | $1, 1$ | $H(1.5) = 1$ | $H(0.5) = 1$ | $-0.5$ | $0$ |

                (b) $H(z) = 1$ 当且仅当 $z \ge 0$，所以异或要求四个不等式同时成立：

                $$
                b < 0, \qquad w_1 + b \ge 0, \qquad w_2 + b \ge 0, \qquad w_1 + w_2 + b < 0
                $$

                把中间两式相加得 $w_1 + w_2 + 2b \ge 0$，再由第一式得 $w_1 + w_2 + b \ge -b > 0$，与最后一式矛盾。从几何上看，单个单元用一条直线把平面分成两半，而异或的两类样本是正方形的两条对角线，没有直线能把它们分开。这就是 Minsky 和 Papert（1969）所强调的局限。(a) 中的隐藏层消除了这一局限，但它的权重是人工设定的：感知机规则只训练输出单元，而阶跃函数的零导数又使梯度下降得不到任何可以用来学习隐藏层权重的信号。
                <!-- answer: binary_step(binary_step(1 + 0 - 0.5) - binary_step(1 + 0 - 1.5) - 0.5) = 1 -->
                <!-- answer: binary_step(binary_step(1 + 1 - 0.5) - binary_step(1 + 1 - 1.5) - 0.5) = 0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                阶跃单元 $y = H(wx + b)$（$w = 1$，$b = -0.5$）遇到样本 $x = 1$，目标为 $t = 0$。(a) 它分类正确吗？计算平方误差 $E = \tfrac12(y - t)^2$ 对 $w$ 和 $b$ 的梯度。(b) 取 $\eta = 0.5$ 做一次感知机更新：$w \leftarrow w + \eta\,(t - y)\,x$，$b \leftarrow b + \eta\,(t - y)$，再检查这个样本。(c) 证明：如果把 $H'$ 换成 $1$，$E$ 给出的梯度下降步恰好就是感知机规则。
                """),
                cleandoc(r"""
                (a) 预激活为 $z = 1 \cdot 1 - 0.5 = 0.5 \ge 0$，所以 $y = H(0.5) = 1$，而 $t = 0$：样本被错分，误差 $E = 0.5$。由链式法则，并且 $H'(0.5) = 0$，

                $$
                \frac{\partial E}{\partial w} = (y - t)\,H'(z)\,x = 1 \cdot 0 \cdot 1 = 0, \qquad
                \frac{\partial E}{\partial b} = (y - t)\,H'(z) = 0
                $$

                误差不为零，梯度却为 $0$，而且这并非这个样本的巧合：$H$ 在 $0$ 的两侧各为常数，所以只要没有样本恰好落在边界 $wx + b = 0$ 上，$w$ 和 $b$ 的微小变化就不会改变任何输出，$E$ 在局部是常数。作为权重的函数，误差是一级级台阶：梯度几乎处处为 $0$，在台阶的边缘则不存在。梯度下降寸步难行。

                (b) 这里 $t - y = -1$，所以 $w \leftarrow 1 + 0.5 \cdot (-1) \cdot 1 = 0.5$，$b \leftarrow -0.5 + 0.5 \cdot (-1) = -1$。现在 $z = 0.5 - 1 = -0.5 < 0$，$y = 0 = t$：一次更新就纠正了这个样本。

                (c) 把 $H'(z)$ 换成 $1$ 后，$E$ 对 $w$ 的“梯度”是 $(y - t)\,x$，步长为 $\eta$ 的下降步给出

                $$
                w \leftarrow w - \eta\,(y - t)\,x = w + \eta\,(t - y)\,x
                $$

                这正是感知机规则；把 $x$ 换成 $1$，对 $b$ 也同样成立。这就是 Bengio、Léonard 和 Courville（2013）的直通估计器（在反向传播中把阶跃当作恒等函数）用在单个单元上的情形。对分类正确的样本（$t - y = 0$），这条规则什么也不改变；Novikoff（1962）证明，从零权重出发，如果某个单位长度的权重向量能以间隔 $\gamma$ 把数据分开，这条规则至多做 $(R/\gamma)^2$ 次修正，其中 $R$ 是输入（末尾补上代表偏置的常数 $1$）的最大长度。
                <!-- answer: binary_step(1.0 * 1.0 - 0.5) = 1 -->
                <!-- answer: binary_step.derivative(0.5) = 0 -->
                <!-- answer: binary_step(0.5 * 1.0 - 1.0) = 0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                证明当 $k \to \infty$ 时，对每个 $x \ne 0$，陡峭的 sigmoid $\sigma(kx)$ 趋于 $H(x)$，并对 $k = 10$ 和 $k = 100$ 计算它在 $x = 0.1$ 处的值。$x = 0$ 处会怎样？对 $k = 100$，计算斜率 $\frac{d}{dx}\sigma(kx)$ 在 $x = 0$ 和 $x = 0.1$ 处的值，以及它在整个实轴上的积分。当 $k \to \infty$ 时，斜率变成了什么？
                """),
                cleandoc(r"""
                写成 $\sigma(kx) = 1/(1 + e^{-kx})$。$x > 0$ 时 $e^{-kx} \to 0$，$\sigma(kx) \to 1$；$x < 0$ 时 $e^{-kx} \to \infty$，$\sigma(kx) \to 0$。在 $x = 0.1$ 处，$k = 10$ 时 $\sigma(1) \approx 0.7311$，$k = 100$ 时 $\sigma(10) \approx 0.99995$。但在 $x = 0$ 处，对每个 $k$ 都有 $\sigma(0) = \tfrac12$，所以那里的极限是 $\tfrac12$，而不是 $H(0) = 1$：阶跃函数在跳跃点的取值只是一种约定。

                由链式法则，$\frac{d}{dx}\sigma(kx) = k\,\sigma'(kx)$。对 $k = 100$，它在 $x = 0$ 处为 $100 \cdot \tfrac14 = 25$，在 $x = 0.1$ 处为 $100\,\sigma'(10) \approx 0.00454$。它的积分对每个 $k$ 都相同：

                $$
                \int_{-\infty}^{\infty} k\,\sigma'(kx)\,dx = \Bigl[\sigma(kx)\Bigr]_{-\infty}^{\infty} = 1 - 0 = 1
                $$

                所以斜率是一个高为 $k/4$、宽约为 $1/k$ 量级、面积恒为 $1$ 的凸起。当 $k \to \infty$ 时，它在每个 $x \ne 0$ 处趋于 $0$，在 $0$ 处无限增大：在广义函数（分布）的意义下，$H'$ 是狄拉克 δ 函数 $\delta(x)$，全部权重集中在一点上。在那一点没有任何有限的数能描述它，在其他地方它又是 $0$，这就是反向传播无法通过阶跃函数得到可用信号的原因。脉冲神经网络的替代梯度训练（Neftci、Mostafa 与 Zenke，2019）在前向传播中保留阶跃，在反向传播中改用一个宽度有限的凸起，例如适度陡峭的 sigmoid 的斜率。
                <!-- answer: sigmoid(10 * 0.1) = 0.7311 -->
                <!-- answer: sigmoid(100 * 0.1) = 0.99995 -->
                <!-- answer: 100 * sigmoid.derivative(100 * 0.0) = 25 -->
                <!-- answer: 100 * sigmoid.derivative(100 * 0.1) = 0.00454 -->
                """),
            ),
        ),
    ),
    "gaussian": EntryText(
        "高斯函数",
        "高斯函数是钟形曲线 $e^{-x^2}$：在 $x = 0$ 处为 $1$，向两侧衰减到 $0$，用于径向基函数"
        "网络。",
        origin="高斯单元来自径向基函数（RBF）网络。Broomhead 和 Lowe（1988）把学习看作用径向基"
        "函数对数据做插值，由此得到一种分层网络，其训练归结为求解线性方程组；Moody 和 Darken"
        "（1989）训练了由高斯“局部调谐”单元组成的网络，每个单元只对其中心附近的输入作出响应。在"
        "那里，高斯函数作用于输入到中心的距离："
        r"$e^{-\lVert \mathbf{x} - \mathbf{c}\rVert^2/\sigma^2}$；而像本条目这样把 $e^{-x^2}$ "
        "作用于单个加权和，并没有一篇公认的首创论文。",
        uses="用于函数逼近和分类的 RBF 网络（Broomhead 与 Lowe，1988；Moody 与 Darken，1989）；"
        "Park 和 Sandberg（1991）证明，只有一个隐藏层、所有单元宽度相同的 RBF 网络就是万能逼近器。"
        "作为逐元素激活函数，它在深度网络中很少见，但用于隐式神经表示的坐标网络会使用宽度可调的"
        "高斯激活（Ramasinghe 与 Lucey，2022）。",
        strengths=(
            r"每个单元只对 $0$ 附近一个窗口内的输入作出响应，因而学到局部特征；而 ReLU 或 "
            r"$\tanh$ 这类单调函数对整条半直线都有响应。",
            r"它光滑（$C^\infty$）且有界，取值在 $(0, 1]$ 内。",
            "在坐标网络中，它能拟合普通 ReLU 网络会抹平的高频细节。",
        ),
        weaknesses=(
            "其梯度 $-2x e^{-x^2}$ 在两侧都趋于零，而且比 sigmoid 的衰减更快，输入偏离 $0$ 的单元会"
            "停止学习。",
            "它是偶函数：$x$ 与 $-x$ 给出相同的输出，单元无法区分它们的符号。",
            "这里的宽度固定为 $1$；实际使用时必须与输入的尺度相匹配。",
        ),
        derivation=(
            "高斯函数是另一个函数的指数：外层函数是 $e^{u}$，内层函数是 $u(x) = -x^2$。",
            "由链式法则，复合函数的导数等于外层函数在内层取值处的导数乘以内层函数的导数。指数函数"
            r"的导数就是它自身，$\frac{d}{du} e^{u} = e^{u}$，所以外层因子就是函数本身。",
            r"由幂法则，$u'(x) = -\frac{d}{dx} x^2 = -2x$；代入即得。",
            "因子 $e^{-x^2}$ 正是前向传播的输出，所以反向传播不必再算一次指数：保存下来的输出加上"
            "一次乘法就够了。",
            r"再求一次导数：对 $-2x$ 与 $\operatorname{gaussian}(x)$ 的乘积用乘积法则，第二个因子"
            r"的导数用第 4 步，就能找到最陡的点：$\operatorname{gaussian}''$ 只在 "
            r"$x = \pm 1/\sqrt2$ 处为零，那正是钟形曲线的拐点。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                由 $e^{-1} \approx 0.3679$，用导数的形式 $-2x\,\operatorname{gaussian}(x)$ 手算 $\operatorname{gaussian}(1)$、$\operatorname{gaussian}'(1)$ 和 $\operatorname{gaussian}'(-1)$。再由 $e^{-4} \approx 0.0183$ 对 $x = 2$ 做同样的计算。
                """),
                cleandoc(r"""
                在 $x = 1$ 处输出为 $e^{-1} \approx 0.3679$，导数直接复用它：

                $$
                \operatorname{gaussian}'(1) = -2 \cdot 1 \cdot 0.3679 \approx -0.7358
                $$

                高斯函数是偶函数，所以它的导数是奇函数：$\operatorname{gaussian}'(-1) = +0.7358$。斜率在中心左侧为正、右侧为负，两边都指回 $0$。在 $x = 2$ 处，$\operatorname{gaussian}(2) = e^{-4} \approx 0.0183$，且

                $$
                \operatorname{gaussian}'(2) = -2 \cdot 2 \cdot 0.0183 \approx -0.0733
                $$

                从 $x = 1$ 到 $x = 2$，输出相差 $e^3 \approx 20$ 倍，斜率相差约 $10$ 倍，而 ReLU 的斜率仍是 $1$：离中心两个单位的输入几乎得不到训练。
                <!-- answer: gaussian(1.0) = 0.3679 -->
                <!-- answer: gaussian.derivative(1.0) = -0.7358 -->
                <!-- answer: gaussian.derivative(-1.0) = 0.7358 -->
                <!-- answer: gaussian(2.0) = 0.0183 -->
                <!-- answer: gaussian.derivative(2.0) = -0.0733 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                高斯函数在哪里最陡？求 $\lvert \operatorname{gaussian}' \rvert$ 取最大值的点和最大斜率，并与 sigmoid 的最大斜率（$\tfrac14$）和 $\tanh$ 的最大斜率（$1$）比较。
                """),
                cleandoc(r"""
                斜率在它自身的导数为零处取极值。推导中求得的二阶导数为

                $$
                \operatorname{gaussian}''(x) = (4x^2 - 2)\, e^{-x^2}
                $$

                由于 $e^{-x^2} > 0$，它只在 $4x^2 = 2$ 处为零，即 $x = \pm 1/\sqrt2 \approx \pm 0.7071$。这两点就是拐点：在它们之间曲线向下弯曲（二阶导数为负），在外侧向上弯曲（二阶导数为正）。在 $x = -1/\sqrt2$ 处，

                $$
                \operatorname{gaussian}'\!\left(-\tfrac{1}{\sqrt2}\right) = \frac{2}{\sqrt2}\, e^{-1/2} = \sqrt{\frac{2}{e}} \approx 0.8578
                $$

                而在 $x = +1/\sqrt2$ 处斜率为 $-0.8578$。它们就是最大和最小的斜率，因为 $\operatorname{gaussian}'$ 连续，在两端趋于 $0$，而且没有别的临界点。最陡的斜率 $0.8578$ 是 sigmoid 的 $\tfrac14$ 的三倍多，略低于 $\tanh$ 的 $1$：在中心附近，高斯函数能很好地传递梯度；麻烦出在离中心更远的地方（见下一题）。
                <!-- answer: gaussian.derivative(-1 / math.sqrt(2)) = 0.8578 -->
                <!-- answer: math.sqrt(2 / math.e) = 0.8578 -->
                <!-- answer: minimum(gaussian.derivative, 0, 3) = -0.8578 -->
                <!-- answer: argmin(gaussian.derivative, 0, 3) = 0.7071 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                比较高斯函数与 sigmoid 的梯度消失得有多快：计算 $\operatorname{gaussian}'(3)$ 与 $\sigma'(3)$ 及其比值，并求 $x \to \infty$ 时两者各自的衰减速度。高斯单元在 $x = 3$ 处还保留着其最大斜率的多少？
                """),
                cleandoc(r"""
                由导数公式，$\operatorname{gaussian}'(3) = -6\,e^{-9} \approx -0.00074$，而 $\sigma'(3) = \sigma(3)\,\bigl(1 - \sigma(3)\bigr) \approx 0.0452$：sigmoid 的斜率约为前者的 $61$ 倍。$x$ 很大时，

                $$
                \sigma'(x) = \frac{e^{-x}}{(1 + e^{-x})^2} \sim e^{-x}, \qquad
                \lvert \operatorname{gaussian}'(x) \rvert = 2x\, e^{-x^2}
                $$

                sigmoid 的梯度随 $x$ 指数衰减，高斯函数的梯度则随 $x^2$ 指数衰减，所以两者之比像 $e^{x^2 - x}/(2x)$ 那样无界增长。在 $x = 3$ 处，高斯单元只保留了最大斜率的 $0.00074 / 0.8578$，约 $0.086\%$：在中心的两侧，它实际上都已停止学习。RBF 网络回避了这个问题，它不依靠从随机起点出发的梯度下降来放置单元：Moody 和 Darken（1989）通过对训练输入聚类来选取中心，然后只拟合输出层的权重。
                <!-- answer: gaussian.derivative(3.0) = -0.00074 -->
                <!-- answer: sigmoid.derivative(3.0) = 0.0452 -->
                <!-- answer: sigmoid.derivative(3.0) / -gaussian.derivative(3.0) = 61 -->
                <!-- answer: 100 * -gaussian.derivative(3.0) / gaussian.derivative(-1 / math.sqrt(2)) = 0.086 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                作用在加权和上的高斯单元 $\operatorname{gaussian}(wx + b)$ 是 $x$ 的一个凸起。把它写成 $e^{-(x - c)^2 / s^2}$ 的形式，对 $w = 2$、$b = -1$ 给出中心 $c$ 和宽度 $s$，并求它的半峰全宽（函数值等于 $\tfrac12$ 的两点之间的距离）。当输入是向量时，它与 RBF 单元有什么不同？
                """),
                cleandoc(r"""
                把 $w$ 从平方中提出来：$(wx + b)^2 = w^2 (x + b/w)^2 = (x - c)^2 / s^2$，其中 $c = -b/w$，$s = 1/\lvert w \rvert$。偏置决定中心，权重决定宽度的倒数。对 $w = 2$、$b = -1$：$c = 0.5$，$s = 0.5$；输出在 $x = 0.5$ 处为 $1$，在相距一个宽度的 $x = 1$ 处为 $\operatorname{gaussian}(1) \approx 0.3679$。

                求半峰点，即解 $e^{-u^2} = \tfrac12$，也就是 $u^2 = \ln 2$：

                $$
                u = \pm\sqrt{\ln 2} \approx \pm 0.8326
                $$

                以 $u = wx + b$ 计，半峰全宽为 $2\sqrt{\ln 2} \approx 1.6651$；换算到 $x$ 要除以 $\lvert w \rvert = 2$，得 $0.8326$。

                输入是向量时，$\operatorname{gaussian}(\mathbf{w}^\top\mathbf{x} + b)$ 在每个超平面 $\mathbf{w}^\top\mathbf{x} = \text{const}$ 上取常值：它是横贯整个输入空间的一道“山脊”，而不是一个凸起。Broomhead 和 Lowe（1988）以及 Moody 和 Darken（1989）的单元则把高斯函数作用于距离 $\lVert \mathbf{x} - \mathbf{c} \rVert$，只在点 $\mathbf{c}$ 附近有响应；两者只在一维时一致。
                <!-- answer: gaussian(2 * 1.0 - 1) = 0.3679 -->
                <!-- answer: root(lambda u: gaussian(u) - 0.5, 0, 2) = 0.8326 -->
                <!-- answer: 2 * root(lambda u: gaussian(u) - 0.5, 0, 2) = 1.6651 -->
                """),
            ),
        ),
    ),
    "sinusoid": EntryText(
        "正弦函数",
        "正弦函数是周期的、有界的，在无穷远处没有极限（在那里返回 NaN），用于隐式神经表示。",
        origin="几十年来，周期激活函数时有研究，但一直未能稳定地胜过常用函数，而且被认为难以训练。"
        "Parascandolo、Huttunen 和 Virtanen（2016）说明了原因：即使在简单的情形下，正弦网络的损失"
        "也有无穷多个浅的局部极小值，而训练得好的网络大多忽略了周期性，只用到正弦函数的中央部分。"
        "正弦函数在 SIREN 中变得实用：Sitzmann、Martel、Bergman、Lindell 和 Wetzstein（2020）构建了"
        r"使用 $\sin$ 激活的多层感知机，第一层取 $\sin(\omega_0 x)$、$\omega_0 = 30$，并根据激活值的"
        "统计性质推导出初始化方法。这种正弦表示网络把图像、视频、声音和三维形状表示为其坐标的连续"
        "函数，而且与 ReLU 网络不同，它还能表示信号的导数，因而可以求解 Poisson 方程、Helmholtz "
        "方程和波动方程等边值问题。",
        uses="隐式神经表示：SIREN（Sitzmann 等，2020）及其后续工作用正弦 MLP 表示图像、音频、有"
        "符号距离函数以及微分方程的解。与之相关但不同的是，NeRF 的位置编码（Mildenhall 等，2020）"
        r"和傅里叶特征（Tancik 等，2020）只对输入坐标取 $\sin$ 和 $\cos$，隐藏层使用的仍是 ReLU。",
        strengths=(
            r"它的导数是平移后的正弦：$\cos(x) = \sin(x + \pi/2)$，所以正弦网络的导数仍是正弦网络，"
            "可以直接对其施加监督。",
            "它能拟合精细的高频细节，而偏向低频的 ReLU 网络会把这些细节抹平。",
            r"它有界且光滑（$C^\infty$），梯度不会随输入增大而衰减，这一点与 $\tanh$ 不同。",
        ),
        weaknesses=(
            r"训练对初始化和频率 $\omega_0$ 很敏感：SIREN 需要专门的初始化方案，选择不当会导致"
            "拟合充满噪声或无法收敛。",
            "它是周期函数，许多不同的输入给出相同的输出；在普通分类网络中，它并不比 ReLU 或 GELU "
            "有明显优势。",
            r"它在 $\pm\infty$ 处没有极限，因此本包在那里返回 NaN。",
        ),
        derivation=(
            "从导数的定义出发：导数是差商的极限。",
            r"用和角公式展开 $\sin(x + h) = \sin x \cos h + \cos x \sin h$，再按 $\sin x$ 和 "
            r"$\cos x$ 整理各项；它们与 $h$ 无关，可以提到极限之外。",
            r"当 $0 < h < \pi/2$ 时，单位圆上圆心角为 $h$ 的扇形夹在两个直角三角形之间，比较三者的"
            r"面积得 $\sin h < h < \tan h$。除以 $\sin h > 0$ 再取倒数，得 "
            r"$\cos h < \frac{\sin h}{h} < 1$；两个界都趋于 $1$，且 $\frac{\sin h}{h}$ 是偶函数，"
            "由夹逼定理：",
            r"对另一个商，分子分母同乘 $\cos h + 1$，并利用 $\cos^2 h - 1 = -\sin^2 h$。由第 3 步，"
            "第一个因子趋于 $1$，第二个因子趋于 $0/2$。",
            "把两个极限代入第 2 步。",
            r"带有频率时，例如 SIREN 的 $\sin(\omega_0 x)$，链式法则要再乘以内层导数 $\omega_0$；"
            r"又因为 $\cos t = \sin(t + \pi/2)$，导数仍是一个正弦，只是平移了四分之一个周期。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                利用 $\sin(\pi/6) = \tfrac12$ 和 $\cos(\pi/6) = \sqrt3/2$，手算 $\sin$ 及其导数在 $x = \pi/6$ 处的值。再由 $\sin 2 \approx 0.9093$ 和 $\cos 2 \approx -0.4161$，说明正的输入 $2$ 对正弦单元的梯度意味着什么。
                """),
                cleandoc(r"""
                在 $x = \pi/6$ 处，输出为 $\tfrac12 = 0.5$，斜率为 $\cos(\pi/6) = \sqrt3/2 \approx 0.8660$。在 $x = 2$ 处，输出为 $\sin 2 \approx 0.9093$，但斜率

                $$
                \sin'(2) = \cos 2 \approx -0.4161
                $$

                是负的：越过 $x = \pi/2 \approx 1.5708$ 后，正弦已经过了峰值，此时增大输入反而会*减小*输出。对这样的单元做梯度下降，推动输入的方向与使用单调激活函数时相反。正弦函数只在区间 $[-\pi/2 + 2k\pi,\ \pi/2 + 2k\pi]$ 上递增；把预激活保持在 $[-\pi/2, \pi/2]$ 内的网络，是把它当作一个单调的、类似 $\tanh$ 的函数来用。
                <!-- answer: sinusoid(math.pi / 6) = 0.5 -->
                <!-- answer: sinusoid.derivative(math.pi / 6) = 0.8660 -->
                <!-- answer: sinusoid(2.0) = 0.9093 -->
                <!-- answer: sinusoid.derivative(2.0) = -0.4161 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                SIREN 的第一层计算 $y = \sin\bigl(\omega_0 (wx + b)\bigr)$，$\omega_0 = 30$。对 $w = 1$、$b = 0$，求 $y$ 关于 $x$ 的周期，计算 $x = 0$ 处的 $dy/dx$，以及 $x = 0.1$ 处的 $y$ 和 $dy/dx$。证明这一层的导数仍是一个正弦层。
                """),
                cleandoc(r"""
                正弦的周期是 $2\pi$，所以 $\omega_0 w x$ 每增加 $2\pi$，$y$ 就重复一次：周期为 $2\pi / 30 \approx 0.2094$，输入区间 $[-1, 1]$ 约跨越 $9.5$ 个周期。由链式法则，

                $$
                \frac{dy}{dx} = \omega_0\, w \cos\bigl(\omega_0 (wx + b)\bigr)
                $$

                在 $x = 0$ 处它等于 $30 \cos 0 = 30$。在 $x = 0.1$ 处自变量为 $3$，所以 $y = \sin 3 \approx 0.1411$，$dy/dx = 30 \cos 3 \approx -29.70$。因子 $\omega_0$ 使这一层的斜率最多可达正弦自身斜率的 $30$ 倍，SIREN 正是借此用普通大小的权重达到高频。由于 $\cos t = \sin(t + \pi/2)$，

                $$
                \frac{dy}{dx} = \omega_0 w \sin\!\left(\omega_0 (wx + b) + \frac{\pi}{2}\right)
                $$

                这是一个频率相同的正弦层，偏置平移了四分之一个周期，振幅乘以 $\omega_0 w$。这就是 SIREN 的导数本身也是类似 SIREN 的网络、可以直接用数据拟合的原因，Sitzmann 等（2020）的 Poisson 方程实验就是如此。
                <!-- answer: 2 * math.pi / 30 = 0.2094 -->
                <!-- answer: 2 / (2 * math.pi / 30) = 9.5 -->
                <!-- answer: 30 * sinusoid.derivative(30 * 0.0) = 30 -->
                <!-- answer: sinusoid(30 * 0.1) = 0.1411 -->
                <!-- answer: 30 * sinusoid.derivative(30 * 0.1) = -29.70 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                证明对每个实数 $x$ 都有 $\lvert \sin x - x \rvert \le \lvert x \rvert^3 / 6$，并在 $x = 0.1$ 和 $x = 1$ 处计算两边。对于预激活都很小的正弦网络，这说明了什么？
                """),
                cleandoc(r"""
                在 $0$ 处展开到二阶、带拉格朗日余项的泰勒定理要用到 $\sin 0 = 0$、$\sin' 0 = \cos 0 = 1$、$\sin'' 0 = -\sin 0 = 0$ 以及 $\sin''' = -\cos$：存在介于 $0$ 与 $x$ 之间的 $\xi$，使得

                $$
                \sin x = 0 + 1 \cdot x + 0 \cdot \frac{x^2}{2} - \cos\xi \cdot \frac{x^3}{6}
                $$

                所以 $\lvert \sin x - x \rvert = \lvert\cos\xi\rvert\,\lvert x\rvert^3/6 \le \lvert x\rvert^3/6$。在 $x = 0.1$ 处，误差为 $0.1 - \sin 0.1 \approx 0.000167$，上界为 $0.001/6 \approx 0.000167$：正弦与恒等函数之差不到输入的 $0.17\%$。在 $x = 1$ 处，误差为 $1 - \sin 1 \approx 0.1585$，低于上界 $0.1667$。

                因此，预激活都保持在约 $\pm 0.1$ 以内的正弦网络几乎就是线性网络，也会像线性网络那样近乎坍缩为单个线性映射。这是 SIREN 把第一层的预激活乘以 $\omega_0 = 30$ 的原因之一：这样，它的输入（取值在 $[-1, 1]$ 内的坐标）就分布在若干个周期上，而不是停留在近乎线性的中心区域。反过来，Parascandolo、Huttunen 和 Virtanen（2016）发现，在普通任务上学得好的网络大多停留在正弦的中央部分，那里正弦是单调的，表现与 $\tanh$ 十分相似。
                <!-- answer: 0.1 - sinusoid(0.1) = 0.000167 -->
                <!-- answer: 0.1 ** 3 / 6 = 0.000167 -->
                <!-- answer: 1 - sinusoid(1.0) = 0.1585 -->
                <!-- answer: 1 / 6 = 0.1667 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                不带偏置的单个正弦单元 $\hat y = \sin(wx)$ 拟合单个样本 $x = 1$、$t = \sin 0.5$，损失为 $E(w) = \tfrac12(\sin w - t)^2$。求 $E$ 的所有全局最小值点、其余的临界点及其函数值，并说明这对梯度下降意味着什么。
                """),
                cleandoc(r"""
                目标为 $t = \sin 0.5 \approx 0.4794$。凡是 $\sin w = \sin 0.5$ 的地方都取到最小值 $E = 0$，即对每个整数 $k$，$w = 0.5 + 2k\pi$ 和 $w = \pi - 0.5 + 2k\pi \approx 2.6416 + 2k\pi$：全局最小值点有无穷多个。由链式法则，

                $$
                E'(w) = (\sin w - t)\cos w
                $$

                它在 $\cos w = 0$ 处，即 $w = \pi/2 + k\pi$ 处，也为零。在这些点上 $\sin w = \pm 1$，$E$ 取局部极大值：在 $w = \pi/2 + 2k\pi$ 处为 $\tfrac12(1 - 0.4794)^2 \approx 0.1355$，在 $w = 3\pi/2 + 2k\pi$ 处为 $\tfrac12(1 + 0.4794)^2 \approx 1.0943$。

                梯度下降会走到起点所在山谷中的那个最小值点，所以学到的权重取决于初始化，而 $w = 0.5$ 并不比 $w = 0.5 + 2\pi$ 更“正确”；当有多个 $x$ 不同的样本时，各个样本损失的波纹不再对齐，会留下 $E > 0$ 的浅局部极小值，这正是 Parascandolo、Huttunen 和 Virtanen（2016）分析的困难。换成单调的单元，例如 $\tanh(wx)$，就只有唯一的最小值点 $w = \operatorname{artanh}(t)$。
                <!-- answer: sinusoid(0.5) = 0.4794 -->
                <!-- answer: math.pi - 0.5 = 2.6416 -->
                <!-- answer: 0.5 * (1 - sinusoid(0.5)) ** 2 = 0.1355 -->
                <!-- answer: 0.5 * (1 + sinusoid(0.5)) ** 2 = 1.0943 -->
                """),
            ),
        ),
    ),
    "sinc": EntryText(
        "Sinc 函数",
        r"这里的 sinc 是未归一化的 $\sin(x)/x$，并规定 $\operatorname{sinc}(0) = 1$；"
        r"`np.sinc` 和 `torch.sinc` 是归一化的 $\sin(\pi x)/(\pi x)$。",
        origin=r"sinc 来自信号处理，而不是神经网络。它的归一化形式 $\sin(\pi x)/(\pi x)$ 是采样"
        "定理中的插值核，Shannon（1949）为通信工程给出了该定理的这种形式：带限信号等于以其采样值"
        "为权重的一系列平移 sinc 函数之和，而 sinc 正是理想低通滤波器的冲激响应。作为激活函数，它"
        "是近年才被提出的：Saratchandran 等（2024）用采样理论分析隐式神经表示中的激活函数，论证了 "
        "sinc 激活在信号编码上是最优的。",
        uses="很少使用。Saratchandran 等（2024）在用于图像和神经辐射场的坐标网络中，以及在为动力"
        "系统建模的网络中使用了 sinc 激活。SincNet（Ravanelli 与 Bengio，2018）是另一种用法：它的"
        "第一个卷积层学习由 sinc 函数构成的带通滤波器，而激活函数仍是常规的。",
        strengths=(
            r"它光滑（$C^\infty$），取值有界，在 $[-0.217, 1]$ 内，并向两侧衰减到 $0$：一个带有"
            "波纹的局部凸起。",
            "它的平移副本构成带限信号的理想插值基，这是在隐式神经表示中使用它的采样理论依据。",
        ),
        weaknesses=(
            "它会振荡，许多输入给出相同的输出，梯度也一次又一次地改变符号。",
            r"它的波纹只按 $1/\lvert x\rvert$ 衰减，远离 $0$ 处梯度逐渐消失，输入较大的单元学得"
            "很慢。",
            r"名称有歧义：`np.sinc` 和 `torch.sinc` 计算的是归一化的 $\sin(\pi x)/(\pi x)$，"
            r"其零点在非零整数处，而不是在 $\pi$ 的倍数处。",
            r"在 $x = 0$ 附近需要小心处理，因为 $\sin(x)/x$ 在 $x = 0$ 处是 $0/0$；朴素的实现会在那里"
            "返回 NaN。",
        ),
        derivation=(
            r"当 $x \ne 0$ 时，sinc 是两个可导函数之商，且分母不为 $0$，所以可以用商法则 "
            r"$(f/g)' = (f'g - fg')/g^2$，其中 $f = \sin x$，$f' = \cos x$，$g = x$，$g' = 1$。",
            r"把分式拆开就得到注册表中的形式；其第二项是 $\operatorname{sinc}(x)/x$，所以反向传播"
            "可以复用前向传播的输出。",
            r"在 $x = 0$ 处不能用商法则：$\sin x / x$ 在那里是 $0/0$，这是一个可去奇点，而 "
            r"$\operatorname{sinc}(0) = 1$ 是使函数连续的唯一取值，因为 $\sin x / x \to 1$。$0$ 处"
            r"的导数必须由定义求出，要用到泰勒展开 $\sin h = h - h^3/6 + O(h^5)$。",
            r"当 $x \to 0$ 时，第 1 步的公式趋于同一个值，所以 $\operatorname{sinc}'$ 在 $0$ 处连续。"
            r"展开 $x \cos x = x - x^3/2 + x^5/24 - \cdots$ 与 "
            r"$\sin x = x - x^3/6 + x^5/120 - \cdots$，含 $x$ 的一次项相互抵消：",
            "两个结果都可以直接由幂级数 "
            r"$\operatorname{sinc}(x) = \sum_{k \ge 0} (-1)^k x^{2k}/(2k+1)!$ 得出：它对每个 $x$ "
            r"都收敛，可以逐项求导，所以 sinc 是 $C^\infty$ 的；当 $\lvert x \rvert < 0.25$ 时，"
            r"本包就用这个级数计算 $\operatorname{sinc}'$，从而避开 "
            r"$\cos x - \operatorname{sinc}(x)$ 中的相消。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                手算 $\operatorname{sinc}$ 与 $\operatorname{sinc}'$ 在 $x = \pi/2$ 和 $x = \pi$ 处的值。
                """),
                cleandoc(r"""
                在 $x = \pi/2$ 处，$\sin x = 1$，$\cos x = 0$，所以 $\operatorname{sinc}(\pi/2) = 2/\pi \approx 0.6366$，导数中只剩第二项：

                $$
                \operatorname{sinc}'\!\left(\tfrac{\pi}{2}\right) = \frac{0}{\pi/2} - \frac{1}{(\pi/2)^2} = -\frac{4}{\pi^2} \approx -0.4053
                $$

                在 $x = \pi$ 处，$\sin x = 0$，$\cos x = -1$：$\operatorname{sinc}(\pi) = 0$，这是第一个零点，此时只剩第一项：

                $$
                \operatorname{sinc}'(\pi) = \frac{-1}{\pi} - \frac{0}{\pi^2} \approx -0.3183
                $$

                第一个零点处的斜率是 $-1/\pi$；在第 $n$ 个零点 $x = n\pi$ 处，斜率为 $\cos(n\pi)/(n\pi) = (-1)^n/(n\pi)$，随着波纹衰减而像 $1/x$ 那样变小。
                <!-- answer: sinc(math.pi / 2) = 0.6366 -->
                <!-- answer: sinc.derivative(math.pi / 2) = -0.4053 -->
                <!-- answer: sinc.derivative(math.pi) = -0.3183 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                (a) 用 sinc 的级数求 $\operatorname{sinc}''(0)$，以及在 $0$ 附近近似 sinc 的抛物线。(b) 在双精度下，于 $x = 10^{-8}$ 处朴素地计算公式 $(\cos x - \operatorname{sinc}(x))/x$，并与 $\operatorname{sinc}'(10^{-8})$ 的真值比较。为什么本包在 $0$ 附近改用级数？
                """),
                cleandoc(r"""
                (a) 把级数 $\operatorname{sinc}'(x) = -x/3 + x^3/30 - \cdots$ 再求一次导并令 $x = 0$，只剩常数项：$\operatorname{sinc}''(0) = -1/3 \approx -0.3333$。结合 $\operatorname{sinc}(0) = 1$ 与 $\operatorname{sinc}'(0) = 0$，二阶泰勒多项式为

                $$
                \operatorname{sinc}(x) \approx 1 - \frac{x^2}{6}
                $$

                这是一条顶点在 $(0, 1)$、开口向下的抛物线，与高斯函数的 $e^{-x^2} \approx 1 - x^2$ 相似，但平坦六倍：sinc 单元在峰值附近弯曲得少得多。

                (b) 在双精度下，略小于 $1$ 的相邻浮点数间隔约为 $1.1 \times 10^{-16}$。在 $x = 10^{-8}$ 处，$\cos x = 1 - 5 \times 10^{-17} + \cdots$ 恰好舍入为 $1$，$\sin x / x = 1 - 1.7 \times 10^{-17} + \cdots$ 也恰好舍入为 $1$。朴素算法的分子是 $1 - 1 = 0$，于是返回 $0.0$，而真值为 $\operatorname{sinc}'(10^{-8}) \approx -x/3 \approx -3.3333 \times 10^{-9}$：所有有效数字全部丢失。两项的前十六位数字相同，而它们真正的差约为 $-x^2/3$，比任何一项的舍入误差都小（灾难性相消）。在 $x = 10^{-6}$ 处，朴素公式给出 $-3.3340 \times 10^{-7}$，而真值为 $-3.3333 \times 10^{-7}$，第四位有效数字就已经错了。级数 $-x/3 + x^3/30 - \cdots$ 没有这种相消，所以本包在 $\lvert x \rvert < 0.25$ 时使用它；在 $x = 0$ 处则直接返回极限值 $0.0$。
                <!-- answer: (sinc.derivative(1e-4) - sinc.derivative(-1e-4)) / 2e-4 = -0.3333 -->
                <!-- answer: (math.cos(1e-8) - math.sin(1e-8) / 1e-8) / 1e-8 = 0.0 -->
                <!-- answer: sinc.derivative(1e-8) * 1e9 = -3.3333 -->
                <!-- answer: (math.cos(1e-6) - math.sin(1e-6) / 1e-6) / 1e-6 * 1e7 = -3.3340 -->
                <!-- answer: sinc.derivative(1e-6) * 1e7 = -3.3333 -->
                <!-- answer: sinc.derivative(0.0) = 0.0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                证明 sinc 在 $0$ 以外的极值点满足 $\tan x = x$，且在这些点上 sinc 的值等于 $\cos x$。从 $x_0 = 4.5$ 出发，用牛顿法求出第一个 $x > 0$ 的极值点，进而求出 sinc 的最小值。
                """),
                cleandoc(r"""
                当 $x \ne 0$ 时，$\operatorname{sinc}'(x) = (x\cos x - \sin x)/x^2$ 为零当且仅当 $g(x) = x\cos x - \sin x = 0$。在这样的点上 $\cos x \ne 0$（否则也有 $\sin x = 0$，这不可能），两边除以 $\cos x$ 即得 $\tan x = x$。再由 $\sin x = x\cos x$，

                $$
                \operatorname{sinc}(x) = \frac{\sin x}{x} = \cos x
                $$

                在每个极值点都成立：sinc 的极值都落在曲线 $\cos x$ 上。

                对 $g$ 用牛顿法，需要 $g'(x) = \cos x - x\sin x - \cos x = -x\sin x$。从 $x_0 = 4.5$ 出发，$\cos 4.5 \approx -0.210796$，$\sin 4.5 \approx -0.977530$：

                $$
                \begin{aligned}
                g(x_0) &\approx 4.5 \cdot (-0.210796) + 0.977530 \approx 0.028949 \\
                g'(x_0) &\approx -4.5 \cdot (-0.977530) \approx 4.398886 \\
                x_1 &\approx 4.5 - \frac{0.028949}{4.398886} \approx 4.493419
                \end{aligned}
                $$

                再迭代一步得 $x^\ast \approx 4.493409$，它位于 $(\pi, 3\pi/2)$ 内。sinc 的最小值为

                $$
                \operatorname{sinc}(x^\ast) = \cos x^\ast \approx -0.2172
                $$

                这正是本条目给出的值域 $[-0.2172, 1]$ 的下端。由于 $1 + \tan^2 x = 1/\cos^2 x$ 且 $\tan x^\ast = x^\ast$，每个极值的大小都是 $\lvert \operatorname{sinc}(x^\ast) \rvert = 1/\sqrt{1 + x^{\ast 2}}$，这里为 $1/\sqrt{1 + 4.493409^2} \approx 0.2172$；之后位于 $(n + \tfrac12)\pi$ 附近的极值像 $1/x$ 那样变小。
                <!-- answer: root(sinc.derivative, 4, 5) = 4.493409 -->
                <!-- answer: 1 / math.sqrt(1 + root(sinc.derivative, 4, 5) ** 2) = 0.2172 -->
                <!-- answer: 4.5 - (4.5 * math.cos(4.5) - math.sin(4.5)) / (-4.5 * math.sin(4.5)) = 4.493419 -->
                <!-- answer: minimum(sinc, 3, 6) = -0.2172 -->
                <!-- answer: math.cos(root(sinc.derivative, 4, 5)) = -0.2172 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                NumPy 和 PyTorch 定义的是归一化的 sinc：$\operatorname{np.sinc}(x) = \sin(\pi x)/(\pi x)$。用本条目的 sinc 表示它，给出两者各自的零点，并计算 $\operatorname{np.sinc}(0.5)$、$\operatorname{np.sinc}(1)$、本条目的 $\operatorname{sinc}(1)$ 以及 $\operatorname{np.sinc}$ 在 $0.5$ 处的导数。
                """),
                cleandoc(r"""
                由定义，$\operatorname{np.sinc}(x) = \operatorname{sinc}(\pi x)$，反过来 $\operatorname{sinc}(x) = \operatorname{np.sinc}(x/\pi)$。本条目的 sinc 在 $\sin x = 0$ 且 $x \ne 0$ 处为 $0$，即 $x = k\pi$（$k \ne 0$）；归一化的 sinc 则在非零整数处为零。所以 $\operatorname{np.sinc}(0.5) = \operatorname{sinc}(\pi/2) = 2/\pi \approx 0.6366$，$\operatorname{np.sinc}(1) = 0$，而本条目的 $\operatorname{sinc}(1) = \sin 1 \approx 0.8415$。由链式法则，

                $$
                \frac{d}{dx}\operatorname{np.sinc}(x) = \pi\, \operatorname{sinc}'(\pi x), \qquad
                \frac{d}{dx}\operatorname{np.sinc}(x)\Big|_{x = 0.5} = \pi \cdot \left(-\frac{4}{\pi^2}\right) = -\frac{4}{\pi} \approx -1.2732
                $$

                两者的输入相差一个因子 $\pi$，因而每个斜率也相差这个倍数。本该用本条目的 sinc 却调用了 `np.sinc` 或 `torch.sinc` 的代码，会在不知不觉中用上一个窄 $\pi$ 倍、梯度大 $\pi$ 倍的函数。
                <!-- answer: np.sinc(0.5) = 0.6366 -->
                <!-- answer: sinc(math.pi * 0.5) = 0.6366 -->
                <!-- answer: np.sinc(1.0) = 0 -->
                <!-- answer: sinc(1.0) = 0.8415 -->
                <!-- answer: math.pi * sinc.derivative(math.pi * 0.5) = -1.2732 -->
                """),
            ),
        ),
    ),
    "snake": EntryText(
        "Snake",
        r"Snake，即 $x + \sin^2(\alpha x)/\alpha$，在恒等映射上叠加一个周期性的波纹：它像整流函数"
        "一样单调且无界，却带有周期性的偏置，使网络能够外推周期信号；BigVGAN 等音频模型使用它。",
        params={
            "alpha": r"频率 $\alpha$（论文中的 $a$）：波纹每隔 $\pi/\alpha$ 重复一次，高度为 "
            r"$1/\alpha$。BigVGAN 和 DAC 为每个通道学习一个，初始值为 $1$。"
        },
        origin="Ziyin、Hartwig 和 Ueda 于 2020 年提出 Snake。在此之前他们证明了，使用常见激活函数的"
        r"网络无法外推周期函数：远离训练数据时，ReLU 网络变成线性的，$\tanh$ 网络变成常数，无论数据的"
        "周期如何。正弦之类的周期激活函数具有这种偏置，却难以优化。Snake 在恒等映射上加上 "
        r"$\sin^{2}(\alpha x)/\alpha$，在保留单调的、类似整流函数的趋势的同时叠加一个周期部分；他们"
        "证明了由 Snake 单元构成的网络能在整条实轴上逼近周期函数。他们在气温和金融时间序列上测试了它，"
        "频率或固定或可学习。",
        uses="神经音频，其中的波形是周期性的：通用声码器 BigVGAN（Lee 等，2022）在其抗混叠多周期模块中"
        r"使用每个通道各学一个 $\alpha$ 的 Snake；Descript Audio Codec（Kumar 等，2023）用它替换了 "
        r"Leaky ReLU，重建质量明显提高；两者都把 $\alpha$ 初始化为 $1$。原论文把它用于具有日周期和年"
        "周期的时间序列。没有框架内置它。",
        strengths=(
            r"它的导数 $1 + \sin(2\alpha x)$ 落在 $[0, 2]$ 内、平均值为 $1$：Snake 是单调的，它的梯度"
            "既不会在一个区间上消失，也不会增大。",
            r"周期性的偏置使网络能把周期信号外推到训练范围之外，而 ReLU 网络在那里变成线性，$\tanh$ "
            "网络变成平的。",
            r"它光滑（$C^\infty$），在 $0$ 附近接近恒等映射（$f(0) = 0$，$f'(0) = 1$），只有一个"
            "控制频率的参数。",
        ),
        weaknesses=(
            r"频率必须与数据匹配：当 $\alpha \to 0$ 和 $\alpha \to \infty$ 时 Snake 都趋于恒等映射，"
            r"所以 $\alpha$ 通常按通道学习。",
            r"在孤立的点 $x = -\pi/(4\alpha) + k\pi/\alpha$ 处梯度恰好为 $0$，在其附近也很小。",
            "每次求值要计算一次正弦，导数要计算正弦和余弦，比整流函数的一次比较更贵；没有框架内置它。",
        ),
        derivation=(
            r"用链式法则对周期项求导：外层函数 $u^{2}/\alpha$ 给出 $2u/\alpha$，内层 "
            r"$u = \sin(\alpha x)$ 给出 $\alpha\cos(\alpha x)$，两个 $\alpha$ 相消：",
            r"由倍角公式 $2\sin t\cos t = \sin 2t$；再加上恒等映射的斜率 $1$：",
            r"由于 $\sin^{2} t + \cos^{2} t = 1$，同一个斜率是一个完全平方：永远不为负，所以 Snake "
            r"单调不减，并且只在 $\sin(\alpha x) = -\cos(\alpha x)$ 的孤立点处为 $0$。本包按这个形式"
            r"计算，因为在这些点附近 $1 + \sin(2\alpha x)$ 会发生相消而丢失有效数字。",
            r"斜率在 $0$ 与 $2$ 之间振荡，周期为 $\pi/\alpha$，所以在 $\pm\infty$ 处没有极限（本包在"
            r"那里返回 NaN）；在每个周期上它的平均值为 $1$，即恒等映射的斜率：",
        ),
        exercises=(
            Exercise(
                r"取 $\alpha = 1$，计算 Snake 及其导数在 $x = 1$ 和 $x = -\pi/4$ 处的值。第二个点有什么"
                "特别之处？其他这样的点在哪里？",
                cleandoc(
                    r"""
                    在 $x = 1$ 处：$1 + \sin^{2} 1 \approx 1.7081$，斜率为 $1 + \sin 2 \approx 1.9093$，接近最大值 $2$。在 $x = -\pi/4$ 处：$\sin^{2}(-\pi/4) = 1/2$，所以值为 $-\pi/4 + 1/2 \approx -0.2854$，斜率为 $1 + \sin(-\pi/2) = 0$：曲线在那里瞬间变平，这是一个切线水平的拐点，而不是极值点，因为两侧的斜率都为正。

                    凡是 $\sin(2x) = -1$ 的地方斜率都为 $0$，即对每个整数 $k$，$x = -\pi/4 + k\pi$：每个周期 $\pi$ 有一个平点。
                    <!-- answer: snake(1.0) = 1.7081 -->
                    <!-- answer: snake.derivative(1.0) = 1.9093 -->
                    <!-- answer: snake(-math.pi / 4) = -0.2854 -->
                    <!-- answer: snake.derivative(-math.pi / 4) = 0 -->
                    """
                ),
            ),
            Exercise(
                r"证明 $\operatorname{Snake}(x) = x + \bigl(1 - \cos(2\alpha x)\bigr)/(2\alpha)$。由此"
                r"推出 $\operatorname{Snake}(x) - x$ 是周期函数，并给出 $\alpha = 2$ 时它的周期和值域。"
                "为什么由 Snake 单元构成的网络能够表示周期函数，而不只是在数据附近逼近它？",
                cleandoc(
                    r"""
                    由 $\cos 2t = 1 - 2\sin^{2} t$ 得 $\sin^{2} t = (1 - \cos 2t)/2$；取 $t = \alpha x$ 并乘以因子 $1/\alpha$：

                    $$
                    \operatorname{Snake}(x) = x + \frac{1}{2\alpha} - \frac{\cos(2\alpha x)}{2\alpha}
                    $$

                    即一条直线加上一个周期为 $2\pi/(2\alpha) = \pi/\alpha$ 的余弦。对 $\alpha = 2$，周期为 $\pi/2 \approx 1.5708$，$\operatorname{Snake}(x) - x$ 的取值范围是 $[0, 1/\alpha] = [0, 0.5]$，最高点在 $x = \pi/4$。

                    一个单元计算 $\operatorname{Snake}(wx + c)$，其中含有精确的余弦 $\cos(2\alpha(wx + c))$；下一层可以用两个权重相反的单元抵消线性趋势而保留周期部分，而这类余弦之和就是傅里叶级数。于是周期性在整条实轴上都成立，而不只是在有数据的地方。
                    <!-- answer: math.pi / 2 = 1.5708 -->
                    <!-- answer: snake(math.pi / 4, alpha=2.0) - math.pi / 4 = 0.5 -->
                    <!-- answer: snake(0.0, alpha=2.0) = 0 -->
                    """
                ),
            ),
            Exercise(
                r"证明 $\lvert \operatorname{Snake}(x) - x \rvert \le 1/\alpha$，并证明对固定的 $x$，"
                r"当 $\alpha$ 很小时两者之差约为 $\alpha x^{2}$。在 $x = 2$ 处分别对 $\alpha = 0.01$ 和 "
                r"$\alpha = 100$ 计算这个差。这对选择频率说明了什么？",
                cleandoc(
                    r"""
                    差 $\sin^{2}(\alpha x)/\alpha$ 介于 $0$ 与 $1/\alpha$ 之间，因为 $\sin^{2}$ 就是如此。当 $\alpha x$ 很小时 $\sin(\alpha x) \approx \alpha x$，所以差约为 $(\alpha x)^{2}/\alpha = \alpha x^{2}$。

                    在 $x = 2$ 处，$\alpha = 0.01$ 时差为 $\sin^{2}(0.02)/0.01 \approx 0.0400$，与 $\alpha x^{2} = 0.04$ 相符：在这个频率下波纹的周期约为 $314$，所以在通常的输入范围内 Snake 几乎就是恒等映射，只是略微向上弯。$\alpha = 100$ 时差为 $\sin^{2}(200)/100 \approx 0.0076$，低于上界 $0.01$：波纹小到无关紧要。两个极端都使 Snake 近乎线性，所以有用的 $\alpha$ 要与输入的尺度和信号的周期相匹配，模型也因此按通道学习它。
                    <!-- answer: snake(2.0, alpha=0.01) - 2.0 = 0.0400 -->
                    <!-- answer: 0.01 * 2.0**2 = 0.04 -->
                    <!-- answer: math.pi / 0.01 = 314 -->
                    <!-- answer: snake(2.0, alpha=100.0) - 2.0 = 0.0076 -->
                    """
                ),
            ),
        ),
    ),
    "exponential": EntryText(
        "指数函数",
        r"指数函数 $e^x$ 把任意得分映射为正数，Keras 把它作为激活函数提供。在 float64 中当 "
        r"$x \approx 709.78$ 以上（float32 中为 $88.72$，float16 中为 $11.09$）时，真实值超过最大的"
        r"浮点数，结果溢出为 $+\infty$。",
        origin="指数函数无需发明者，但它作为输出激活函数的角色有一个明确的来源：广义线性模型的对数连接"
        "（Nelder 和 Wedderburn，1972）。Poisson 回归把计数均值的对数建模为输入的线性函数，于是均值是"
        "一个线性得分的指数，天然为正。神经网络把同样的办法用于任何必须为正的量，例如速率、尺度或方差；"
        "指数函数也是 softmax 的分子。Keras 以 `keras.activations.exponential` 的形式提供它。",
        uses="用于正值量的输出层：Poisson 或其他计数模型的均值（对数连接），以及以对数形式预测的尺度和"
        r"方差，例如变分自编码器（Kingma 和 Welling，2013）的编码器输出 $\log\sigma^{2}$，再用指数函数"
        r"还原 $\sigma$。它是 softmax 以及 Transformer 中注意力权重的分子。它很少用作隐藏层激活函数："
        "它的输出和梯度都会无界增长。",
        strengths=(
            r"它对每个输入都给出正值，并把加性的得分变成乘性的效应：得分每增加一个单位，输出就乘以 "
            r"$e \approx 2.718$。",
            "它的导数就是它自身，所以反向传播可以复用前向输出；它光滑且是凸的。",
            "用对数来预测一个正值量，可以让普通大小的得分覆盖许多个数量级。",
        ),
        weaknesses=(
            r"它会溢出：在 float64 中 $x \approx 709.78$ 以上、float32 中 $88.72$ 以上、float16 中 "
            r"$11.09$ 以上，真实值超出最大的浮点数，本包在那里返回 $+\infty$，与 IEEE 运算一致；梯度"
            "与输出一样大。",
            r"对负输入它会饱和：$e^{x}$ 及其梯度都趋于零，在 float64 中约 $-745$ 以下下溢为恰好 $0$。",
            "softplus 是更温和的正值映射，对大输入只线性增长；指数函数适合那些本来就是对数的输出。",
        ),
        derivation=(
            r"从差商出发，利用 $e^{x + h} = e^{x}e^{h}$：因子 $e^{x}$ 与 $h$ 无关，可以提到极限之外。",
            r"剩下的极限是 $0$ 处的斜率。由幂级数 $e^{h} = \sum_{k \ge 0} h^{k}/k!$，这个商等于 "
            r"$1 + h/2 + h^{2}/6 + \cdots$，它趋于 $1$：",
            r"所以指数函数是它自己的导数，由归纳法，各高阶导数也都是它自己：它是 $C^\infty$ 的、正的、"
            r"凸的。带有速率时，例如 $e^{\beta x}$，链式法则要再乘以 $\beta$：",
            r"用输出 $y = e^{x}$ 来表示，斜率就是 $y$ 本身，所以反向传播把传入的梯度乘以保存的输出。相对"
            "变化处处相同：输出的对数随得分一比一地变化。",
        ),
        exercises=(
            Exercise(
                r"分别求 float64、float32 和 float16 中使 $e^{x}$ 仍为有限值的最大输入；它们的最大数约为 "
                r"$1.80 \times 10^{308}$、$3.40 \times 10^{38}$ 和 $65504$。$e^{11}$ 在 float16 中是多少？",
                cleandoc(
                    r"""
                    指数函数在 $x = \ln M$ 处越过最大浮点数 $M$：float64 中约为 $709.78$，float32 中为 $88.72$，float16 中为 $11.09$。再往外，真实值无法表示，本包返回 $+\infty$，即 IEEE 舍入的结果，并且不发出警告。

                    $e^{11} \approx 59874.1$，而 float16 的数在 $32768$ 与 $65536$ 之间相隔 $32$，所以它被存为 $59872$。因此在混合精度训练中，指数输出要在 float32 中计算，或者换成有界的或增长更慢的映射。
                    <!-- answer: math.log(np.finfo(np.float64).max) = 709.78 -->
                    <!-- answer: math.log(np.finfo(np.float32).max) = 88.72 -->
                    <!-- answer: math.log(np.finfo(np.float16).max) = 11.09 -->
                    <!-- answer: exponential(11.0) = 59874.1 -->
                    <!-- answer: exponential(np.float16(11.0)) = 59872 -->
                    """
                ),
            ),
            Exercise(
                r"Poisson 回归由得分 $s$ 预测计数 $k$ 的速率 $\lambda = e^{s}$，其负对数似然为 "
                r"$e^{s} - ks + \ln k!$。求它对 $s$ 的梯度，在 $k = 3$ 时分别于 $s = \ln 2$ 和 "
                r"$s = \ln 3$ 处求值，并说明 $s$ 从 $-5$ 到 $5$ 时速率跨越多少个数量级。",
                cleandoc(
                    r"""
                    梯度为 $e^{s} - k$：预测的速率减去计数，与 logistic 损失的 $\sigma(s) - y$ 形式相同。在 $s = \ln 2$ 处速率为 $2$，梯度为 $2 - 3 = -1$，把得分往上推；在 $s = \ln 3$ 处梯度为 $0$，即最小值点。

                    在 $s \in [-5, 5]$ 上，速率从 $e^{-5}$ 变到 $e^{5}$，相差因子 $e^{10} \approx 22026$，也就是 $\log_{10} e^{10} \approx 4.34$ 个数量级，而得分的大小都很普通。
                    <!-- answer: exponential(math.log(2.0)) - 3 = -1 -->
                    <!-- answer: exponential(math.log(3.0)) - 3 = 0 -->
                    <!-- answer: exponential(10.0) = 22026 -->
                    <!-- answer: math.log10(exponential(10.0)) = 4.34 -->
                    """
                ),
            ),
            Exercise(
                r"变分自编码器的编码器输出 $v = \log\sigma^{2}$，而 $\sigma = e^{v/2}$。对 $v = -2$ 计算 "
                r"$\sigma$ 和 $d\sigma/dv$，并与用 $\sigma^{2} = \operatorname{softplus}(v)$ 预测方差的"
                "做法比较。",
                cleandoc(
                    r"""
                    $\sigma = e^{-1} \approx 0.3679$，由链式法则 $d\sigma/dv = \tfrac{1}{2}e^{v/2} = \sigma/2 \approx 0.1839$：梯度与输出成正比，所以 $v$ 每走一步，$\sigma$ 都按同样的倍数变化，无论 $\sigma$ 是 $10^{-3}$ 还是 $10^{3}$。

                    用 softplus 时，$\sigma^{2} = \ln(1 + e^{-2}) \approx 0.1269$，$\sigma \approx 0.3563$，在这里很接近；但对大的 $v$，softplus 线性增长，$\sigma^{2} \approx v$，而指数函数按 $e^{v}$ 增长并可能溢出；对非常负的 $v$，两者都像 $e^{v}$ 那样缩小。
                    <!-- answer: exponential(-1.0) = 0.3679 -->
                    <!-- answer: exponential(-1.0) / 2 = 0.1839 -->
                    <!-- answer: softplus(-2.0) = 0.1269 -->
                    <!-- answer: math.sqrt(softplus(-2.0)) = 0.3563 -->
                    """
                ),
            ),
        ),
    ),
}
