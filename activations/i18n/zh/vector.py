"""向量激活函数的中文文本：softmax 一族与门控线性单元。"""

from __future__ import annotations

from inspect import cleandoc

from activations.i18n import EntryText
from activations.registry import Exercise

TEMPERATURE = {"temperature": "在取指数之前除输入：小于 1 更尖锐，大于 1 更平缓。"}

ENTRIES: dict[str, EntryText] = {
    "softmax": EntryText(
        "Softmax",
        "Softmax 把一个实数得分向量变成概率：取指数，再除以它们的和。",
        params=TEMPERATURE,
        origin="这个公式比神经网络古老得多。在统计力学中，处于温度 $T$ 的平衡系统出现在能量为 "
        r"$E_i$ 的状态的概率正比于 $e^{-E_i/kT}$：Boltzmann 在 1868 年推导出这一分布，Gibbs "
        "在《统计力学的基本原理》（*Elementary Principles in Statistical Mechanics*，1902）中"
        "把它作为正则系综的基础。带温度的 softmax 就是这个分布，只是用得分代替了负能量，这也是"
        "它的参数被称为“温度”的原因。这个名字来自 Bridle（1990）。为了把多输出网络的输出解读"
        "为类别概率，他提出了“归一化指数（softmax）”输出层，即 logistic sigmoid 的多输入推广，"
        "并且不再用平方误差训练，而是用概率评分，即正确类别的对数概率（也就是今天的交叉熵）。"
        "这个名字描述了它的行为：它是“取最大得分”的光滑、可导的替代品，当 $T \\to 0$ 时输出趋向"
        "最大得分的 one-hot 指示向量。严格地说，它软化的是 *argmax*，而不是 max。",
        uses="每个多分类器的输出层：线性层为每个类别给出一个得分（logit），softmax 把这些得分"
        "变成一个分布，多项逻辑回归也是如此。在每个 Transformer 内部，缩放点积注意力用 "
        r"$\operatorname{softmax}(QK^\top/\sqrt{d_k})$ 对值加权（Vaswani 等，2017）；之所以"
        r"除以 $\sqrt{d_k}$，是因为过大的点积会把 softmax 推入梯度极小的区域。语言模型从 softmax "
        "中采样下一个词元，其温度在多样性与可靠性之间权衡。Hinton、Vinyals 和 Dean（2015）在"
        "升高的温度下让小模型匹配大模型的 softmax 输出，从而把大模型蒸馏为小模型；Guo 等"
        "（2017）在留出数据上拟合单个温度来校准训练好的分类器（温度缩放），这只改变置信度，"
        "从不改变预测的类别。训练时，各框架把 softmax 与交叉熵损失中的对数合并计算：见 "
        "[log-softmax](log_softmax.md)。",
        strengths=(
            r"输出为正且和为 $1$，可以解读为概率；配合交叉熵损失，它对得分的梯度就是 $p - y$。",
            r"它光滑（$C^\infty$），并且只依赖得分之间的差：给每个得分加上同一个常数不改变结果，"
            "正因如此，取指数前先减去最大得分是精确的。",
            r"一个参数，即温度，使它从均匀分布（$T \to \infty$）连续地变到硬 argmax"
            r"（$T \to 0$）；对两个类别，它恰好是 logistic sigmoid。",
        ),
        weaknesses=(
            r"它会饱和：当某个得分领先几个单位时，其概率接近 $1$，雅可比矩阵的每个元素 "
            r"$p_i(\delta_{ij} - p_j)/T$ 都接近 $0$，得分不再获得梯度。这就是注意力要把 logit "
            r"乘以 $1/\sqrt{d_k}$ 的原因。",
            "它从不输出精确的零，因此在长输入上的注意力会给每个位置都分一点权重；"
            "[sparsemax](sparsemax.md) 能给出精确的零。",
            r"若直接计算，得分超过约 $709$ 时 $e^{x_i}$ 在 float64 中溢出（float32 中约为 "
            r"$88$）；实现中都先减去最大得分。对其输出取对数会丢失很小的概率，所以损失函数改用 "
            "log-softmax。",
            "softmax 给出的高概率并不是经过校准的置信度：现代网络往往过于自信（Guo 等，2017）。",
        ),
        derivation=(
            r"把缩放后的得分记为 $z = x/T$，归一化因子记为 $S$，于是每个输出都是 $z$ 的两个函数"
            "之商。",
            r"用商法则对 $z_j$ 求导。分子 $e^{z_i}$ 只在 $i = j$ 时依赖 $z_j$，所以其导数为 "
            r"$\delta_{ij}\,e^{z_i}$；分母的导数为 $\partial S/\partial z_j = e^{z_j}$。",
            r"把分式拆开：$e^{z_i}/S$ 和 $e^{z_j}/S$ 都是输出概率，因此导数可以只用输出来表示。",
            r"通过 $z_j = x_j/T$ 应用链式法则，其导数为 $1/T$，于是每个元素都除以温度。",
            r"写成矩阵形式，$J$ 是对称的，每一行的和为 $p_i - p_i \sum_j p_j = 0$：所有得分一起"
            r"移动不产生任何影响。反向传播从不构造 $J$，它只需要梯度 $g$ 与它的乘积，这正是"
            "核函数所计算的。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                对 $x = (1, 2, 3)$，在 $T = 1$ 下计算 $p = \operatorname{softmax}(x)$，再计算雅可比矩阵的元素 $\partial p_3/\partial x_3$ 和 $\partial p_1/\partial x_3$。验证雅可比矩阵第三行之和为 $0$，并解释为什么每一行都必须如此。
                """),
                cleandoc(r"""
                各指数为 $e^1 \approx 2.7183$、$e^2 \approx 7.3891$ 和 $e^3 \approx 20.0855$，其和为 $30.1929$，所以 $p \approx (0.0900, 0.2447, 0.6652)$。由 $\partial p_i/\partial x_j = p_i(\delta_{ij} - p_j)$：

                $$
                \frac{\partial p_3}{\partial x_3} = p_3\,(1 - p_3) \approx 0.2227, \qquad \frac{\partial p_1}{\partial x_3} = -p_1\,p_3 \approx -0.0599
                $$

                第三行余下的元素为 $-p_2 p_3 \approx -0.1628$，而 $-0.0599 - 0.1628 + 0.2227 = 0$。一般地，$\sum_j p_i(\delta_{ij} - p_j) = p_i - p_i \sum_j p_j = 0$，所以 $J\mathbf{1} = 0$：方向 $\mathbf{1}$，即给每个得分加上相同的量，对 softmax 是不可见的。这正是 $\operatorname{softmax}(x + c) = \operatorname{softmax}(x)$ 的无穷小形式。
                <!-- answer: math.exp(1) + math.exp(2) + math.exp(3) = 30.1929 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]))[0] = 0.0900 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]))[1] = 0.2447 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]))[2] = 0.6652 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]))[2, 2] = 0.2227 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]))[0, 2] = -0.0599 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]))[2, 1] = -0.1628 -->
                <!-- answer: np.sum(softmax.jacobian(np.array([1.0, 2.0, 3.0]))[2]) = 0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                证明两个得分的 softmax 就是 logistic sigmoid，即 $\operatorname{softmax}(x, 0)_1 = \sigma(x)$，并证明雅可比矩阵的元素 $\partial p_1/\partial x$ 等于 $\sigma'(x)$。在 $x = 1.5$ 处计算二者。这对两类别的 softmax 层说明了什么？
                """),
                cleandoc(r"""
                分子分母同除以 $e^{x}$：

                $$
                \operatorname{softmax}(x, 0)_1 = \frac{e^{x}}{e^{x} + e^{0}} = \frac{1}{1 + e^{-x}} = \sigma(x)
                $$

                雅可比矩阵的对角元素为 $p_1(1 - p_1) = \sigma(x)\bigl(1 - \sigma(x)\bigr)$，正是 sigmoid 的导数。在 $x = 1.5$ 处，$p_1 \approx 0.8176$，$\partial p_1/\partial x \approx 0.1491$，与 [sigmoid](sigmoid.md) 及其导数的数值相同。更一般地，$\operatorname{softmax}(x_1, x_2)_1 = \sigma(x_1 - x_2)$：只有两个得分之差起作用，所以两类别的 softmax 层有一个多余的得分。因此二分类器只输出一个 logit，并使用 sigmoid。
                <!-- answer: softmax(np.array([1.5, 0.0]))[0] = 0.8176 -->
                <!-- answer: sigmoid(1.5) = 0.8176 -->
                <!-- answer: softmax.jacobian(np.array([1.5, 0.0]))[0, 0] = 0.1491 -->
                <!-- answer: sigmoid.derivative(1.5) = 0.1491 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                对 $x = (1, 2, 3)$，分别在 $T = 0.25$ 和 $T = 10$ 下计算 softmax，以及每种情形下雅可比矩阵的最大元素。证明当 $T \to 0$ 时输出趋向最大得分的 one-hot 向量，当 $T \to \infty$ 时趋向均匀分布。在这两个极限下梯度会怎样？
                """),
                cleandoc(r"""
                在 $T = 0.25$ 时，缩放后的得分为 $(4, 8, 12)$，$p \approx (0.0003, 0.0180, 0.9817)$；在 $T = 10$ 时，得分为 $(0.1, 0.2, 0.3)$，$p \approx (0.3006, 0.3322, 0.3672)$。为求极限，记 $m = \max_k x_k$，分子分母同除以最大的项：

                $$
                p_i = \frac{e^{(x_i - m)/T}}{\sum_j e^{(x_j - m)/T}}
                $$

                每个指数都 $\le 0$，并且只有最大得分的指数为 $0$。当 $T \to 0$ 时，其余指数趋于 $-\infty$，对应的项趋于 $0$，$p$ 趋向最大值的 one-hot 向量（若有几个得分并列最大，则平分）。当 $T \to \infty$ 时，每个指数趋于 $0$，每一项趋于 $1$，$p$ 的每个元素趋于 $1/n$。

                两个极限都会让梯度消失，但原因不同。雅可比矩阵的最大元素为 $p_3(1 - p_3)/T$：在 $T = 0.25$ 时，尽管 $1/T = 4$，它也只有 $0.0719$，因为 $p_3(1 - p_3)$ 约为 $0.018$；当 $T \to 0$ 时它以指数速度趋于 $0$（饱和）。在 $T = 10$ 时它为 $0.0232$，接近 $\tfrac13 \cdot \tfrac23 / T$，当 $T \to \infty$ 时按 $1/T$ 下降。
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=0.25)[0] = 0.0003 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=0.25)[1] = 0.0180 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=0.25)[2] = 0.9817 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=10.0)[0] = 0.3006 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=10.0)[1] = 0.3322 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=10.0)[2] = 0.3672 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]), temperature=0.25)[2, 2] = 0.0719 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]), temperature=0.25)[2, 2] / 4 = 0.018 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]), temperature=10.0)[2, 2] = 0.0232 -->
                """),
            ),
        ),
    ),
    "log_softmax": EntryText(
        "Log-softmax",
        "Log-softmax 是 softmax 的对数，计算时不必先算出概率：得分减去它们的 log-sum-exp。",
        params=TEMPERATURE,
        origin="Log-softmax 没有单独的发明者：它是 Bridle（1990）的 softmax 取对数，随他的概率"
        "评分一同出现。那种训练方式让网络最大化正确类别的对数概率，也就是今天的交叉熵损失，"
        r"它需要的恰好是 $\log p_y$。展开写就是 $\log \operatorname{softmax}(x)_i = x_i - "
        r"\log\sum_j e^{x_j}$：得分减去它们的 log-sum-exp，后者是得分最大值的一个光滑的凸近似。"
        "按这种形式计算，而不是对算出的概率取对数，是一个数值上的选择。log-sum-exp 平移 "
        r"$\log\sum_j e^{x_j} = m + \log\sum_j e^{x_j - m}$（其中 $m = \max_j x_j$）使每个指数"
        "都不为正，因此不会溢出；而一个小到无法表示的概率，其对数仍然有限且精确。",
        uses="每个用交叉熵训练的分类器都会用到它，通常藏在损失函数里：PyTorch 的 "
        "`CrossEntropyLoss` 把 `LogSoftmax` 与 `NLLLoss` 合并在一个类中，TensorFlow 的 "
        "`tf.nn.softmax_cross_entropy_with_logits` 和 Optax 的 `softmax_cross_entropy` 同样"
        "直接接收原始得分。序列模型自始至终使用对数概率：束搜索和采样沿序列把它们相加，而不是"
        "把会下溢的概率相乘。蒸馏（Hinton、Vinyals 和 Dean，2015）最小化教师模型软化后的分布"
        "与学生模型在同一温度下的 log-softmax 之间的交叉熵。",
        strengths=(
            "对任何有限的得分它都数值稳定：减去最大得分后，每个指数都不超过 $0$，像 $-200$ 这样"
            r"的对数概率能被精确算出，而概率本身此时已下溢为 $0$。",
            r"它的雅可比矩阵很简单，为 $(\delta_{ij} - p_j)/T$；与负对数似然配合，梯度为 "
            r"$(p - y)/T$，任何地方都不用除以一个很小的概率。",
            "它是似然的自然表示：独立事件的对数概率相加即可。",
        ),
        weaknesses=(
            r"它的输出不是概率：它们 $\le 0$，且和不为 $1$。采样或报告置信度需要再取指数，"
            "输出必须搭配负对数似然损失，而不是期望输入概率的损失。",
            "与 softmax 一样，它只依赖得分之差并且会饱和：一旦正确类别占据主导，"
            r"$p - y \approx 0$，该样本就不再对学习作出贡献。",
            "对单独算出的 softmax 再取对数会丢掉这种稳定性：在 float32 中，"
            r"$\operatorname{softmax}(0, -200)$ 的第二个元素下溢为 $0$，其对数为 $-\infty$，"
            r"而 log-softmax 返回 $-200$。",
        ),
        derivation=(
            r"记 $z = x/T$，取对数把 softmax 的商变成差：缩放后的得分减去归一化因子的对数。",
            r"用链式法则对 $\log S$ 求导：外层导数为 $1/S$，内层导数为 "
            r"$\partial S/\partial z_j = e^{z_j}$。结果正是 softmax 本身。",
            r"第一项 $z_i$ 的导数为 $\delta_{ij}$；再减去第二项的导数。",
            r"通过 $z_j = x_j/T$ 应用链式法则，每个元素都除以 $T$。由 softmax 的雅可比矩阵也能得到"
            r"同样的结果，因为 $\partial \log p_i = \partial p_i / p_i$。",
            r"对正确类别 $y$ 的交叉熵损失 $L = -\ell_y$，取雅可比矩阵的第 $y$ 行并加负号：梯度就是"
            r"预测分布减去 one-hot 目标，再除以 $T$。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                用 log-sum-exp 平移计算 $x = (1000, 1001, 1002)$ 的 log-softmax，并说明在 float64 中直接计算 $\log\bigl(e^{x_i} / \sum_j e^{x_j}\bigr)$ 会得到什么。然后在 float32 中比较 $\operatorname{softmax}(0, -200)$ 的对数与 $\operatorname{log\,softmax}(0, -200)$。
                """),
                cleandoc(r"""
                取 $m = 1002$，平移后的和为 $e^{-2} + e^{-1} + 1 \approx 1.5032$，其对数为 $0.4076$，所以

                $$
                \log \sum_j e^{x_j} = 1002 + \log\bigl(e^{-2} + e^{-1} + 1\bigr) \approx 1002.4076
                $$

                输出为 $x - 1002.4076 \approx (-2.4076, -1.4076, -0.4076)$。直接计算则会失败：float64 在约 $e^{709.78}$ 以上溢出，所以每个 $e^{x_i}$ 都是 $\infty$，商 $\infty/\infty$ 为 NaN。

                在 float32 中，$e^{-200} \approx 1.4 \times 10^{-87}$ 远小于 float32 能表示的最小正数（约 $1.4 \times 10^{-45}$），所以 softmax 的第二个元素舍入为 0.0，其对数为 $-\infty$。log-softmax 计算的是 $-200 - \log(1 + e^{-200})$，在 float32 中为 $-200.0$：概率丢失的信息保留在了它的对数里。
                <!-- answer: 1 + math.exp(-1) + math.exp(-2) = 1.5032 -->
                <!-- answer: math.log(1 + math.exp(-1) + math.exp(-2)) = 0.4076 -->
                <!-- answer: 1000 - log_softmax(np.array([1000.0, 1001.0, 1002.0]))[0] = 1002.4076 -->
                <!-- answer: log_softmax(np.array([1000.0, 1001.0, 1002.0]))[0] = -2.4076 -->
                <!-- answer: log_softmax(np.array([1000.0, 1001.0, 1002.0]))[1] = -1.4076 -->
                <!-- answer: log_softmax(np.array([1000.0, 1001.0, 1002.0]))[2] = -0.4076 -->
                <!-- answer: softmax(np.array([0.0, -200.0], dtype=np.float32))[1] = 0.0 -->
                <!-- answer: log_softmax(np.array([0.0, -200.0], dtype=np.float32))[1] = -200.0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                一个分类器给出得分 $x = (2, 1, 0.1)$，正确类别是第一类。计算交叉熵损失 $L = -\ell_1$，并由 $T = 1$ 时 log-softmax 的雅可比矩阵求它对得分的梯度。验证梯度之和为 $0$，并说明一步梯度下降对每个得分有什么作用。
                """),
                cleandoc(r"""
                概率为 $p \approx (0.6590, 0.2424, 0.0986)$，损失为 $L = -\log 0.6590 \approx 0.4170$。梯度是雅可比矩阵第一行取负：

                $$
                \frac{\partial L}{\partial x_j} = -(\delta_{1j} - p_j) = p_j - \delta_{1j}
                $$

                即 $p - y \approx (-0.3410, 0.2424, 0.0986)$，其和为 $0$，因为 $p$ 与 one-hot 的 $y$ 之和都是 $1$。一步梯度下降提高正确类别的得分，并按每个错误类别所得的概率成比例地降低其得分。当 $p_1 \to 1$ 时整个梯度消失：分类正确的样本不再提供训练信号。
                <!-- answer: softmax(np.array([2.0, 1.0, 0.1]))[0] = 0.6590 -->
                <!-- answer: softmax(np.array([2.0, 1.0, 0.1]))[1] = 0.2424 -->
                <!-- answer: softmax(np.array([2.0, 1.0, 0.1]))[2] = 0.0986 -->
                <!-- answer: -log_softmax(np.array([2.0, 1.0, 0.1]))[0] = 0.4170 -->
                <!-- answer: log_softmax.vjp(np.array([2.0, 1.0, 0.1]), np.array([-1.0, 0.0, 0.0]))[0] = -0.3410 -->
                <!-- answer: log_softmax.vjp(np.array([2.0, 1.0, 0.1]), np.array([-1.0, 0.0, 0.0]))[1] = 0.2424 -->
                <!-- answer: np.sum(log_softmax.vjp(np.array([2.0, 1.0, 0.1]), np.array([-1.0, 0.0, 0.0]))) = 0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                在蒸馏（Hinton、Vinyals 和 Dean，2015）中，得分为 $x$ 的学生模型向得分为 $v$ 的教师模型学习，方法是最小化 $C = -\sum_i q_i\,\ell_i$，其中 $q$ 是 $v$ 的 softmax，$\ell$ 是 $x$ 的 log-softmax，二者取同一温度 $T$。用雅可比矩阵证明 $\partial C/\partial x_j = (p_j - q_j)/T$，其中 $p$ 是学生模型的 softmax。再证明当 $T$ 很大且 $x$ 与 $v$ 均值相同时，$\partial C/\partial x_j \approx (x_j - v_j)/(n T^2)$，并对 $x = (2, 1, 0)$ 和 $v = (1, 2, 0)$ 在 $T = 10$ 与 $T = 100$ 下验证。Hinton 等为什么把这个损失乘以 $T^2$？
                """),
                cleandoc(r"""
                由 $\partial \ell_i/\partial x_j = (\delta_{ij} - p_j)/T$ 和 $\sum_i q_i = 1$：

                $$
                \frac{\partial C}{\partial x_j} = -\frac{1}{T}\sum_i q_i\,(\delta_{ij} - p_j) = \frac{1}{T}\,(p_j - q_j)
                $$

                当 $T$ 很大时，$e^{x_i/T} \approx 1 + x_i/T$，记 $\bar x$ 为平均得分，则 $p_j \approx \bigl(1 + (x_j - \bar x)/T\bigr)/n$，$q_j$ 同理。当 $\bar x = \bar v$ 时，差为 $p_j - q_j \approx (x_j - v_j)/(nT)$，所以梯度为 $(x_j - v_j)/(nT^2)$：在高温下，蒸馏匹配的就是得分本身。这里 $n = 3$，$x_1 - v_1 = 1$。在 $T = 10$ 时，近似值为 $0.00333$，精确值为 $0.00349$；在 $T = 100$ 时，二者分别为 $0.0000333$ 和 $0.0000335$。

                梯度按 $1/T^2$ 缩小。Hinton 等把这个软损失与 $T = 1$ 下真实标签上的普通交叉熵相加，并把软损失乘以 $T^2$，使得改变 $T$ 时两部分的相对权重保持不变。
                <!-- answer: log_softmax.vjp(np.array([2.0, 1.0, 0.0]), -softmax(np.array([1.0, 2.0, 0.0]), temperature=10.0), temperature=10.0)[0] = 0.00349 -->
                <!-- answer: 1 / (3 * 10.0**2) = 0.00333 -->
                <!-- answer: log_softmax.vjp(np.array([2.0, 1.0, 0.0]), -softmax(np.array([1.0, 2.0, 0.0]), temperature=100.0), temperature=100.0)[0] = 0.0000335 -->
                <!-- answer: 1 / (3 * 100.0**2) = 0.0000333 -->
                """),
            ),
        ),
    ),
    "softmin": EntryText(
        "Softmin",
        "Softmin 是对取负后的得分做 softmax：得分最小的一项概率最大。",
        params=TEMPERATURE,
        origin="Softmin 是作用于取负得分的 softmax，所以它的历史就是 softmax 的历史。事实上，"
        "它就是按字面理解的 Boltzmann 分布，把输入当作能量：能量越低，概率越高，"
        r"$e^{-E_i/kT}$ 正是物理学中的写法（Boltzmann 1868；Gibbs 1902）。作为一个有名字的函数，"
        "它是程序库提供的便利，即 PyTorch 的 `torch.nn.Softmin`，而不是一项有专门论文的发明；"
        "大多数代码直接写 `softmax(-x)`。与它天然配对的是软最小值 "
        r"$-T\log\sum_j e^{-x_j/T}$，这是 $\min_j x_j$ 的一个光滑下界，其梯度恰好就是 softmin。",
        uses="把距离或代价变成权重，最近或最便宜的得到最大的权重。小样本学习中的原型网络"
        "（Snell、Swersky 和 Zemel，2017）对查询样本到各类原型的负距离做 softmax 来分类，"
        "这就是对距离做 softmin。在 PyTorch 中它是 `torch.nn.Softmin` 和 "
        "`torch.nn.functional.softmin`；TensorFlow 和 JAX 则写成 `-x` 的 softmax。",
        strengths=(
            "它平滑地把最大的权重给最小的输入：一个可导的 argmin，温度决定它偏向最小值的程度。",
            r"它保留了 softmax 的优点：输出为正且和为 $1$，加上常数不变，雅可比矩阵也很简单，"
            "就是 softmax 的雅可比矩阵变号。",
            r"它是软最小值 $-T\log\sum_j e^{-x_j/T}$ 的梯度，因此与平滑化的最小代价天然配合。",
        ),
        weaknesses=(
            "它与 softmax 只差一个符号，模型用取负的权重同样能学到，它的价值在于可读性。",
            "与 softmax 一样，它从不给出精确的零；当某个输入远小于其他输入时会饱和。",
            "它依赖输入的尺度：把所有距离加倍等同于把温度减半，所以距离需要合适的尺度，"
            r"或者要调节 $T$。",
        ),
        derivation=(
            r"Softmin 是 softmax 与取负的复合：记 $u = -x$，每个输出就是 $u$ 在同一温度下的 "
            "softmax。",
            r"应用多元链式法则。内层映射的导数为 $\partial u_k/\partial x_j = -\delta_{kj}$，"
            r"所以只有 $k = j$ 的项保留下来，并带一个负号。",
            r"代入在 $u$ 处取值的 softmax 雅可比矩阵，此时它的输出为 $p(u) = q(x)$。",
            "因此 softmin 的雅可比矩阵就是取负输入处的 softmax 雅可比矩阵再变号；它的对角元素"
            "从不为正：增大一个输入只会降低它自己的权重。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                三个类别原型到查询样本的平方距离为 $x = (1, 2, 4)$。在 $T = 1$ 下计算 softmin 权重，再计算 $\partial q_1/\partial x_1$ 和 $\partial q_2/\partial x_1$，并解释它们的符号。softmin 是不是把 $x$ 的 softmax 各元素倒过来排列？
                """),
                cleandoc(r"""
                各项为 $e^{-1} \approx 0.3679$、$e^{-2} \approx 0.1353$ 和 $e^{-4} \approx 0.0183$，其和为 $0.5215$，所以 $q \approx (0.7054, 0.2595, 0.0351)$。由 $\partial q_i/\partial x_j = -q_i(\delta_{ij} - q_j)$：

                $$
                \frac{\partial q_1}{\partial x_1} = -q_1\,(1 - q_1) \approx -0.2078, \qquad \frac{\partial q_2}{\partial x_1} = q_2\,q_1 \approx 0.1830
                $$

                把最近的原型移远会降低它的权重，并把权重让给其他原型。softmin 不是倒序的 softmax：$\operatorname{softmax}(x)$ 约为 $(0.0420, 0.1142, 0.8438)$，把它倒过来并不得到 $q$，因为 $e^{-x_i}$ 与 $e^{x_i}$ 之间不是一个置换关系。
                <!-- answer: math.exp(-1) + math.exp(-2) + math.exp(-4) = 0.5215 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]))[0] = 0.7054 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]))[1] = 0.2595 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]))[2] = 0.0351 -->
                <!-- answer: softmin.jacobian(np.array([1.0, 2.0, 4.0]))[0, 0] = -0.2078 -->
                <!-- answer: softmin.jacobian(np.array([1.0, 2.0, 4.0]))[1, 0] = 0.1830 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 4.0]))[0] = 0.0420 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 4.0]))[1] = 0.1142 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 4.0]))[2] = 0.8438 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                令 $m_T(x) = -T\log\sum_j e^{-x_j/T}$，即软最小值。证明 $\partial m_T/\partial x_j$ 就是温度为 $T$ 的 softmin，证明 $\min_j x_j - T\log n \le m_T(x) \le \min_j x_j$，并对 $x = (1, 2, 4)$ 在 $T = 1$ 和 $T = 0.1$ 下计算 $m_T$。
                """),
                cleandoc(r"""
                由链式法则，记 $S = \sum_k e^{-x_k/T}$：

                $$
                \frac{\partial m_T}{\partial x_j} = -T\,\frac{1}{S}\,\Bigl(-\frac{1}{T}\Bigr)\,e^{-x_j/T} = \frac{e^{-x_j/T}}{S} = q_j
                $$

                至于上下界：$S$ 包含 $e^{-\min_j x_j/T}$ 这一项，并且最多有 $n$ 项，每项都不超过它，所以 $e^{-\min_j x_j/T} \le S \le n\,e^{-\min_j x_j/T}$；取 $-T\log$ 后不等号反向。在 $T = 1$ 时，$m_1 = -\log 0.5215 \approx 0.6510$，介于 $1 - \log 3 \approx -0.0986$ 与最小值 $1$ 之间。在 $T = 0.1$ 时，$m_{0.1} \approx 0.999995$，最小元素的 softmin 权重为 $0.99995$：软最小值趋近最小值，其梯度趋近 one-hot 的 argmin。
                <!-- answer: -np.log(np.sum(np.exp(-np.array([1.0, 2.0, 4.0])))) = 0.6510 -->
                <!-- answer: 1 - math.log(3) = -0.0986 -->
                <!-- answer: -0.1 * np.log(np.sum(np.exp(-np.array([1.0, 2.0, 4.0]) / 0.1))) = 0.999995 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]), temperature=0.1)[0] = 0.99995 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                证明对 $c > 0$，$c\,x$ 在温度 $T$ 下的 softmin 等于 $x$ 在温度 $T/c$ 下的 softmin。对 $x = (1, 2, 4)$ 和 $c = 2$ 验证，并计算 $T = \tfrac12$ 时的 $\partial q_1/\partial x_1$。为什么它与第一题中 $T = 1$ 的值很接近？
                """),
                cleandoc(r"""
                每一项都是 $e^{-c x_i/T} = e^{-x_i/(T/c)}$，所以两者是同一个函数。对 $x = (1, 2, 4)$、$c = 2$，二者都给出 $q \approx (0.8789, 0.1189, 0.0022)$。$T = \tfrac12$ 时的雅可比矩阵元素为

                $$
                \frac{\partial q_1}{\partial x_1} = -2\,q_1\,(1 - q_1) \approx -0.2129
                $$

                温度减半使因子 $1/T$ 加倍，但也使 $q$ 更尖锐，把 $q_1(1 - q_1)$ 从约 $0.2078$ 缩小到约 $0.1065$。在这里两种效应几乎抵消；再往下推，饱和会占上风，梯度随之消失。
                <!-- answer: softmin(2 * np.array([1.0, 2.0, 4.0]))[0] = 0.8789 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]), temperature=0.5)[0] = 0.8789 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]), temperature=0.5)[1] = 0.1189 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]), temperature=0.5)[2] = 0.0022 -->
                <!-- answer: softmin.jacobian(np.array([1.0, 2.0, 4.0]), temperature=0.5)[0, 0] = -0.2129 -->
                <!-- answer: -softmin.jacobian(np.array([1.0, 2.0, 4.0]), temperature=0.5)[0, 0] / 2 = 0.1065 -->
                """),
            ),
        ),
    ),
    "sparsemax": EntryText(
        "Sparsemax",
        "Sparsemax 是得分在概率单纯形上的欧几里得投影：与 softmax 一样给出概率，但会给出精确的零。",
        kink_convention=r"当某个得分恰好位于阈值上（$x_i = \tau$，于是 $p_i = 0$，但任何增大都会"
        "使它变为正数）时，支撑集即将改变，sparsemax 在此不可导：相邻两段（$i$ 在支撑集内与不在"
        "支撑集内）的雅可比矩阵不同，二者都是合法的单侧雅可比矩阵。核函数把支撑集取为 "
        r"$p_i > 0$ 的元素，所以这样的元素算作在支撑集之外：它在雅可比矩阵中对应的行和列都为零。",
        origin="Martins 和 Astudillo（2016）提出 sparsemax，作为一种能说出“恰好为零”的 softmax。"
        r"他们的出发点是几何的：概率向量位于单纯形 $\Delta = \{p : p_i \ge 0,\ \sum_i p_i = 1\}$ "
        "上，而 sparsemax 返回单纯形上在欧几里得距离意义下离得分最近的点。由于单纯形有面，最近"
        r"的点常常落在某个面上，此时有些坐标恰好为 $0$。这个投影有闭式解 $p_i = \max(x_i - \tau, "
        r"0)$，其中阈值 $\tau$ 通过对得分排序求得。他们推导了它的雅可比矩阵，使它可以用反向"
        "传播训练，还提出了与之配套的凸的“sparsemax 损失”，即 logistic 损失的稀疏对应物，并发现"
        "它与 Huber 分类损失有联系。后来 Peters、Niculae 和 Martins（2019）把 softmax 和 "
        r"sparsemax 纳入同一族 $\alpha$-entmax：$\alpha = 1$ 时是 softmax，$\alpha = 2$ 时是 "
        "sparsemax。",
        uses="忽略无关位置的注意力：Martins 和 Astudillo 在一个基于注意力的自然语言推理模型中用 "
        "sparsemax 替换 softmax，以更有选择性、更紧凑的注意力达到了相同的准确率。多标签分类："
        "sparsemax 损失让模型把概率分给若干个标签，其余标签恰好为零。TabNet（Arik 和 Pfister，"
        "2021）用 sparsemax 计算稀疏的特征选择掩码，这使它在表格数据上的预测可以解释。entmax 族"
        "（Peters 等，2019）把稀疏注意力和稀疏输出分布带入序列到序列模型，有时能使束搜索变为"
        "精确搜索。Keras 自 3.8 版起提供它（`keras.activations.sparsemax`），此前 TensorFlow "
        "Addons 有一个实现，`entmax` 包提供了 PyTorch 版本；PyTorch 和 JAX 的核心库都没有它。",
        strengths=(
            r"它给出精确的零：低于阈值 $\tau$ 的得分概率为 $0$，所以输出稀疏、易于解读，而其余"
            r"概率之和仍为 $1$。",
            "它是分段线性的：只要支撑集不变，它就是一个仿射映射，其雅可比矩阵 "
            r"$\operatorname{diag}(s) - s s^\top/\lvert S \rvert$ 只需要支撑集，不需要任何指数运算。",
            "与 softmax 一样，它不受给所有得分加上同一常数的影响；对两个得分，它就是"
            "[稀疏 sigmoid](sparse_sigmoid.md)，正如 softmax 此时就是 sigmoid。",
        ),
        weaknesses=(
            "支撑集之外的得分梯度为零，所以一个已经掉出支撑集的选项得不到回来的信号，除非损失函数"
            "（例如 sparsemax 损失）提供这种信号。",
            r"在支撑集改变的地方它不可导，而且需要一次排序（$O(n \log n)$），而不是一遍指数运算。",
            "这里它没有温度参数；缩放得分起到温度的作用，尺度越大，输出越稀疏。",
            "PyTorch 和 JAX 的核心库没有提供它，在那里需要额外的包。",
        ),
        derivation=(
            r"固定支撑集 $S = \{i : p_i > 0\}$。只要没有得分恰好位于阈值上，得分的微小变化就不会"
            "改变支撑集，所以在局部，每个输出要么是平移后的得分，要么为零。",
            r"输出之和为 $1$，且只有支撑集内的输出有贡献，所以 $\sum_{k \in S}(x_k - \tau) = 1$："
            "解出阈值（Martins 和 Astudillo 的闭式解）。",
            r"对 $\tau$ 求导：当且仅当 $j \in S$ 时，和式中含有 $x_j$。把指示量记为 "
            r"$s_j = [j \in S]$。",
            r"对 $i \in S$，$\partial p_i/\partial x_j = \delta_{ij} - \partial "
            r"\tau/\partial x_j$；对 $i \notin S$，输出恒为 $0$。两种情形都可以用因子 $s_i$ 统一"
            "表示。",
            r"写成矩阵形式，$J$ 是对称的，并且由于 $s^\top s = \lvert S \rvert$，它是幂等的：它是"
            "到“支撑集外为零、支撑集上和为零”的向量空间的正交投影。反向传播把梯度减去它在支撑集上"
            r"的均值 $\bar g_S$，并在支撑集外置零。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                手算 $x = (1, 0.8, 0.1)$ 的 $\operatorname{sparsemax}(x)$：把得分排序，用 Martins 和 Astudillo 的判别条件 $1 + k\,z_{(k)} > \sum_{j \le k} z_{(j)}$（其中 $z_{(k)}$ 是第 $k$ 大的得分）找出支撑集，再求 $\tau$ 和 $p$。写出雅可比矩阵，并把输出与 softmax 比较。
                """),
                cleandoc(r"""
                排序后的得分为 $(1, 0.8, 0.1)$，累加和为 $(1, 1.8, 1.9)$。$k = 1$ 时：$2 > 1$；$k = 2$ 时：$2.6 > 1.8$；$k = 3$ 时：$1.3 > 1.9$ 不成立。所以支撑集有两个元素，并且

                $$
                \tau = \frac{1 + 0.8 - 1}{2} = 0.4, \qquad p = (1 - 0.4,\ 0.8 - 0.4,\ 0) = (0.6,\ 0.4,\ 0)
                $$

                由 $s = (1, 1, 0)$ 和 $\lvert S \rvert = 2$，雅可比矩阵前两个对角元素为 $0.5$，二者之间的元素为 $-0.5$，第三行和第三列全为零。同样得分的 softmax 约为 $(0.4494, 0.3679, 0.1827)$：它在第三类上保留了 18% 的概率，而 sparsemax 给出的恰好是 0。
                <!-- answer: sparsemax(np.array([1.0, 0.8, 0.1]))[0] = 0.6 -->
                <!-- answer: sparsemax(np.array([1.0, 0.8, 0.1]))[1] = 0.4 -->
                <!-- answer: sparsemax(np.array([1.0, 0.8, 0.1]))[2] = 0 -->
                <!-- answer: sparsemax.jacobian(np.array([1.0, 0.8, 0.1]))[0, 0] = 0.5 -->
                <!-- answer: sparsemax.jacobian(np.array([1.0, 0.8, 0.1]))[0, 1] = -0.5 -->
                <!-- answer: softmax(np.array([1.0, 0.8, 0.1]))[0] = 0.4494 -->
                <!-- answer: softmax(np.array([1.0, 0.8, 0.1]))[1] = 0.3679 -->
                <!-- answer: softmax(np.array([1.0, 0.8, 0.1]))[2] = 0.1827 -->
                <!-- answer: 100 * softmax(np.array([1.0, 0.8, 0.1]))[2] = 18 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                证明对两个得分 $(t, 0)$，sparsemax 的第一个输出为 $\min\bigl(\max\bigl((t + 1)/2, 0\bigr), 1\bigr)$，即稀疏 sigmoid。当 $\lvert t \rvert < 1$ 时它的斜率是多少？与 sigmoid 的最大斜率相比如何？在 $t = 0.5$、$t = 1$ 和 $t = 1.5$ 处计算输出与雅可比矩阵，并解释核函数在 $t = 1$ 处给出的值。
                """),
                cleandoc(r"""
                若两个元素都在支撑集内，则 $\tau = (t + 0 - 1)/2$，$p_1 = t - \tau = (t + 1)/2$，它恰好在 $\lvert t \rvert < 1$ 时落在 $(0, 1)$ 内。当 $t \ge 1$ 时，投影是顶点 $(1, 0)$；当 $t \le -1$ 时，是顶点 $(0, 1)$。在内部，雅可比矩阵元素为 $\partial p_1/\partial t = 1 - \tfrac12 = 0.5$，是 sigmoid 最大斜率 $0.25$ 的两倍：在 $t = 0.5$ 处，$p = (0.75, 0.25)$。

                在 $t = 1$ 处，斜率从 $\tfrac12$（左侧）跳到 $0$（右侧）；此处 $p = (1, 0)$，第二个元素恰好位于阈值上。核函数只把 $p_i > 0$ 的元素算作支撑集，因此返回右侧的雅可比矩阵，其元素为 0，与标量稀疏 sigmoid 在 $1$ 处的导数一致。在 $t = 1.5$ 处，$p_1 = 1$，斜率为 $0$。
                <!-- answer: sparsemax(np.array([0.5, 0.0]))[0] = 0.75 -->
                <!-- answer: sparse_sigmoid(0.5) = 0.75 -->
                <!-- answer: sparsemax.jacobian(np.array([0.5, 0.0]))[0, 0] = 0.5 -->
                <!-- answer: sigmoid.derivative(0.0) = 0.25 -->
                <!-- answer: sparsemax(np.array([1.0, 0.0]))[0] = 1 -->
                <!-- answer: sparsemax.jacobian(np.array([1.0, 0.0]))[0, 0] = 0 -->
                <!-- answer: sparse_sigmoid.derivative(1.0) = 0 -->
                <!-- answer: sparsemax(np.array([1.5, 0.0]))[0] = 1 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Sparsemax 对加常数不变，但对缩放不是不变的。计算 $x = (1, 0.8, 0.1)$ 乘以 $\tfrac12$ 和乘以 $2$ 后的 sparsemax，以及 $x + 5$ 的 sparsemax。然后证明雅可比矩阵是一个投影，$J^2 = J$，并说明它投影到什么上。
                """),
                cleandoc(r"""
                对 $\tfrac12 x = (0.5, 0.4, 0.05)$，判别条件在 $k = 3$ 时成立（$1.15 > 0.95$），所以三个元素都在支撑集内，$\tau = (0.95 - 1)/3 \approx -0.0167$，$p \approx (0.5167, 0.4167, 0.0667)$。对 $2x = (2, 1.6, 0.2)$，条件在 $k = 3$ 时不成立（$1.6 > 3.8$ 为假），$\tau = (3.6 - 1)/2 = 1.3$，$p = (0.7, 0.3, 0)$。加上 $5$ 使 $\tau$ 增加 $5$，$p = (0.6, 0.4, 0)$ 不变。得分的尺度相当于温度的倒数：得分越大，输出越稀疏。

                至于投影，利用 $\operatorname{diag}(s)\,s = s$ 和 $s^\top s = \lvert S \rvert$：

                $$
                J^{2} = \operatorname{diag}(s) - \frac{2\,s\,s^{\top}}{\lvert S \rvert} + \frac{s\,(s^{\top} s)\,s^{\top}}{\lvert S \rvert^{2}} = \operatorname{diag}(s) - \frac{s\,s^{\top}}{\lvert S \rvert} = J
                $$

                由于 $J$ 还是对称的，它是到“支撑集外为零、支撑集上和为零”的向量的正交投影：得分沿这些方向作微小变化时，输出在单纯形的同一个面内移动。
                <!-- answer: (0.95 - 1) / 3 = -0.0167 -->
                <!-- answer: sparsemax(0.5 * np.array([1.0, 0.8, 0.1]))[0] = 0.5167 -->
                <!-- answer: sparsemax(0.5 * np.array([1.0, 0.8, 0.1]))[1] = 0.4167 -->
                <!-- answer: sparsemax(0.5 * np.array([1.0, 0.8, 0.1]))[2] = 0.0667 -->
                <!-- answer: sparsemax(2 * np.array([1.0, 0.8, 0.1]))[0] = 0.7 -->
                <!-- answer: sparsemax(2 * np.array([1.0, 0.8, 0.1]))[1] = 0.3 -->
                <!-- answer: sparsemax(np.array([1.0, 0.8, 0.1]) + 5)[0] = 0.6 -->
                """),
            ),
        ),
    ),
    "glu": EntryText(
        "GLU",
        "门控线性单元把输入分成值的一半 a 和门的一半 b，返回 a 乘以 b 的 sigmoid。",
        origin="Dauphin、Fan、Auli 和 Grangier 于 2017 年提出门控线性单元，用于以卷积网络而非"
        r"循环网络做语言建模。每一层对输入计算两个卷积 $A = X * W + b$ 和 $B = X * V + c$，输出 "
        r"$A \otimes \sigma(B)$：sigmoid 门逐元素决定线性信号能通过多少。这个想法来自 LSTM 的输入门"
        "和输出门（Hochreiter 和 Schmidhuber，1997），它们把信号乘以一个介于 $0$ 与 $1$ 之间的 "
        "sigmoid；van den Oord 等（2016）已经把一种“LSTM 式”的门 "
        r"$\tanh(A) \otimes \sigma(B)$ 引入了卷积的 PixelCNN。Dauphin 等去掉了 $\tanh$，发现这个"
        r"更简单的单元效果更好：$A \otimes \sigma(B)$ 对 $A$ 的梯度是 $\sigma(B)$，没有会使它缩小"
        r"的因子 $\tanh'(A) \le 1$，这是一条梯度的线性通路，他们把它比作乘性的跳跃连接。他们的"
        "门控卷积网络在 WikiText-103 基准上创造了新的最好成绩。在本注册表中，与 "
        r"`torch.nn.functional.glu` 一样，一个输入向量的两半分别充当 $A$ 和 $B$：前一半是值，"
        "后一半是门。",
        uses="门控卷积语言模型（Dauphin 等，2017），以及 Gehring 等（2017）的卷积序列到序列翻译"
        "模型，后者处处使用门控线性单元。Conformer 语音编码器（Gulati 等，2020）的卷积模块：一个"
        "逐点卷积后接一个 GLU。TabNet（Arik 和 Pfister，2021）的特征变换模块。在 Transformer 的"
        "前馈模块中，sigmoid 门已让位于 Shazeer（2020）测试的各种变体：见 "
        "[SwiGLU](swiglu.md) 和 [GEGLU](geglu.md)。",
        strengths=(
            r"值的通路是线性的，$\partial f_i/\partial a_i = \sigma(b_i)$：打开的门让梯度不打折扣"
            r"地通过，Dauphin 等发现这比 $\tanh$ 门控单元训练得更好。",
            r"门光滑且有界，取值在 $(0, 1)$ 内，所以单元能针对每个输入柔和地选择特征，这种乘性"
            "相互作用是逐元素激活函数表达不了的。",
            "它的计算量很小：每个输出只需一次 sigmoid 和一次乘法。",
        ),
        weaknesses=(
            r"它使宽度减半：$n$ 个输入只给出 $n/2$ 个输出，所以前一层需要两倍的输出，前馈模块"
            "需要三个而不是两个权重矩阵。",
            r"门的通路仍会饱和：$\partial f_i/\partial b_i = a_i\,\sigma(b_i)"
            r"\bigl(1 - \sigma(b_i)\bigr)$ 至多为 $\lvert a_i \rvert/4$，并在 "
            r"$\lvert b_i \rvert$ 很大时趋于零。",
            "在 Transformer 的前馈模块中，sigmoid 门在 Shazeer 的比较中不如 GELU 门和 Swish 门："
            "留出集对数困惑度为 $1.663$，而后两者为 $1.633$ 和 $1.636$。",
        ),
        derivation=(
            r"每个输出只依赖一个值和一个门，$f_i = a_i\,\sigma(b_i)$，所以对其他分量的导数都为零："
            "雅可比矩阵的两个块都是对角的。",
            r"由乘积法则，固定 $\sigma(b_i)$，对值的导数就是门本身。",
            r"固定 $a_i$，对门的导数是 $a_i$ 乘以 sigmoid 的导数 $\sigma' = \sigma(1 - \sigma)$。",
            r"组装 $\tfrac{n}{2} \times n$ 的雅可比矩阵：先是值的块，再是门的块，二者都是对角的。",
            r"与 van den Oord 等的 $\tanh$ 门控单元比较：它的值通路多出一个因子 "
            r"$\tanh'(a_i) \le 1$，而这正是 Dauphin 等去掉的。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                计算 $x = (2, -1, 0, 1)$ 的 $\operatorname{GLU}(x)$，即 $a = (2, -1)$、$b = (0, 1)$，以及它的 $2 \times 4$ 雅可比矩阵。取 $\sigma(1) \approx 0.7311$。
                """),
                cleandoc(r"""
                两个门为 $\sigma(0) = 0.5$ 和 $\sigma(1) \approx 0.7311$，所以 $f = (2 \cdot 0.5,\ -1 \cdot 0.7311) = (1, -0.7311)$。值的块为 $\operatorname{diag}(0.5, 0.7311)$。对于门的块，$\sigma'(0) = 0.25$，$\sigma'(1) \approx 0.1966$：

                $$
                \frac{\partial f_1}{\partial b_1} = 2 \cdot 0.25 = 0.5, \qquad \frac{\partial f_2}{\partial b_2} = -1 \cdot 0.1966 = -0.1966
                $$

                其余元素都为 $0$：输出 $1$ 只依赖输入 $1$ 和 $3$，输出 $2$ 只依赖输入 $2$ 和 $4$。
                <!-- answer: glu(np.array([2.0, -1.0, 0.0, 1.0]))[0] = 1 -->
                <!-- answer: glu(np.array([2.0, -1.0, 0.0, 1.0]))[1] = -0.7311 -->
                <!-- answer: glu.jacobian(np.array([2.0, -1.0, 0.0, 1.0]))[0, 0] = 0.5 -->
                <!-- answer: glu.jacobian(np.array([2.0, -1.0, 0.0, 1.0]))[1, 1] = 0.7311 -->
                <!-- answer: glu.jacobian(np.array([2.0, -1.0, 0.0, 1.0]))[0, 2] = 0.5 -->
                <!-- answer: glu.jacobian(np.array([2.0, -1.0, 0.0, 1.0]))[1, 3] = -0.1966 -->
                <!-- answer: sigmoid.derivative(1.0) = 0.1966 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Dauphin 等之所以选择 $a\,\sigma(b)$ 而不是 $\tanh$ 门控单元 $\tanh(a)\,\sigma(b)$，是因为值通路上的梯度。在 $a = 3$、$b = 2$ 处计算二者的这个梯度，以及它们之间相差的倍数。在多层堆叠中这个倍数会怎样？
                """),
                cleandoc(r"""
                对 GLU，$\partial f/\partial a = \sigma(2) \approx 0.8808$。对 $\tanh$ 门控单元，它是 $(1 - \tanh^2 3)\,\sigma(2)$；由于 $1 - \tanh^2 3 \approx 0.0099$，梯度约为 $0.0087$，小了大约一百倍。预激活值为 $3$ 并不罕见，而在层层堆叠中这些因子会相乘：穿过若干个饱和 $\tanh$ 单元的通路按几何级数缩小，而 GLU 的通路只被门缩小，门打开时门值接近 $1$。这就是 Dauphin 等认为使训练更容易的“线性通路”。
                <!-- answer: sigmoid(2.0) = 0.8808 -->
                <!-- answer: tanh.derivative(3.0) = 0.0099 -->
                <!-- answer: tanh.derivative(3.0) * sigmoid(2.0) = 0.0087 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                值与门相等的单元 $\operatorname{GLU}(x, x)$ 是哪个标量函数？证明沿这条对角线的导数是雅可比矩阵两个元素之和，并在 $x = 1$ 处计算二者。再计算 $(0, 1, 2, -1)$ 的 GLU，即把第一题的输入两半交换后的结果，并说明它说明了什么。
                """),
                cleandoc(r"""
                当 $a = b = x$ 时，单元为 $x\,\sigma(x)$，即 [SiLU](silu.md)。沿方向 $(1, 1)$ 应用链式法则，

                $$
                \frac{d}{dx}\,f(x, x) = \frac{\partial f}{\partial a} + \frac{\partial f}{\partial b} = \sigma(x) + x\,\sigma'(x) = \operatorname{SiLU}'(x)
                $$

                在 $x = 1$ 处：$\operatorname{SiLU}(1) \approx 0.7311$，$\operatorname{SiLU}'(1) \approx 0.7311 + 0.1966 = 0.9277$。两半交换后，$a = (0, 1)$，$b = (2, -1)$，输出为 $(0,\ \sigma(-1)) \approx (0, 0.2689)$，与 $(1, -0.7311)$ 完全不同。哪一半是门是一个必须对应一致的约定：PyTorch 和本注册表用后一半作门，Dauphin 等把值写在前面，而 Shazeer 把门写在前面。
                <!-- answer: glu(np.array([1.0, 1.0]))[0] = 0.7311 -->
                <!-- answer: silu(1.0) = 0.7311 -->
                <!-- answer: glu.jacobian(np.array([1.0, 1.0]))[0, 0] + glu.jacobian(np.array([1.0, 1.0]))[0, 1] = 0.9277 -->
                <!-- answer: silu.derivative(1.0) = 0.9277 -->
                <!-- answer: glu(np.array([0.0, 1.0, 2.0, -1.0]))[1] = 0.2689 -->
                """),
            ),
        ),
    ),
    "reglu": EntryText(
        "ReGLU",
        "ReGLU 是以 ReLU 为门的 GLU：值的一半乘以门的一半的 ReLU。",
        kink_convention=r"当门恰好为 $b_i = 0$ 时，ReLU 门有一个折点。雅可比矩阵采用标量注册表的"
        r"约定 $\operatorname{ReLU}'(0) = 0$，所以此处 $\partial f_i/\partial b_i = 0$（单侧导数"
        r"从左为 $0$，从右为 $a_i$）；$\partial f_i/\partial a_i = \operatorname{ReLU}(0) = 0$ "
        "是连续的，不需要约定。",
        origin="Shazeer 在《GLU variants improve Transformer》（2020）中命名了 ReGLU：把 Dauphin "
        r"等（2017）的门控线性单元中的 sigmoid 换成 ReLU，即 $\max(0, xW) \otimes xV$。他把它与 "
        "GEGLU、SwiGLU、双线性单元和原始的 GLU 一起放进 T5 base 模型的前馈模块中测试，并把隐藏"
        "宽度从 $3072$ 减到 $2048$，使三个权重矩阵的参数量和计算量与 ReLU 基线的两个矩阵相同。"
        r"训练 $524{,}288$ 步后，ReGLU 的留出集对数困惑度为 $1.645$，基线为 $1.677$；微调后它在"
        "所有变体中取得了最好的 GLUE 平均分 $84.67$。Shazeer 没有给出理论：“我们不解释这些结构"
        "为什么看起来有效；我们把它们的成功，和其他一切一样，归功于神的恩典（divine "
        "benevolence）。”",
        uses="主要用于实验和比较：在 Shazeer 的微调结果中，ReGLU 取得了最好的 GLUE 平均分"
        "（$84.67$）和 SQuAD F1（$91.18$），但采用门控前馈模块的知名模型系列都选择了光滑的门："
        "PaLM 和 LLaMA 用 SwiGLU，T5.1.1 和 Gemma 用 GEGLU。在门与值相等的对角线上，它就是"
        r"[平方 ReLU](squared_relu.md) $\operatorname{ReLU}(x)^2$，Primer 搜索（So 等，2021）"
        "为前馈模块找到的正是它。",
        strengths=(
            "它是计算量最小的门控变体：门只是一次比较，不需要指数或误差函数。",
            r"它给出精确的零：只要门为负，单元就输出 $0$，所以激活是稀疏的。",
            r"门为正时它恰好是双线性的 $a_i b_i$，雅可比矩阵的元素就是另一半的值 $b_i$ 和 $a_i$。",
            "在 Shazeer 的实验中，它在困惑度上胜过 ReLU 和 GELU 基线（$1.645$ 对 $1.677$ 和 "
            "$1.679$）。",
        ),
        weaknesses=(
            r"负的门会同时关闭两条通路：当 $b_i < 0$ 时，"
            r"$\partial f_i/\partial a_i = \partial f_i/\partial b_i = 0$，这是 ReLU 的“死亡单元”"
            "问题，而且现在连值也受影响。",
            r"它在 $b_i = 0$ 处有折点，雅可比矩阵在此采用 ReLU 的约定 "
            r"$\operatorname{ReLU}'(0) = 0$。",
            "在值与门一同增大的方向上，它的输出按平方增长（在对角线上它就是平方 ReLU），"
            "所以激活值可能变得很大。",
            "在预训练困惑度上它落后于 GEGLU 和 SwiGLU（$1.645$ 对 $1.633$ 和 $1.636$）。",
        ),
        derivation=(
            r"每个输出只依赖一个值和一个门，$f_i = a_i\,"
            r"\operatorname{ReLU}(b_i)$，所以雅可比矩阵的两个块都是对角的。",
            "由乘积法则，固定门，对值的导数就是门的输出。",
            r"固定 $a_i$，对门的导数是 $a_i$ 乘以 ReLU 的导数，即阶跃 $[b_i > 0]$（按标量注册表的"
            r"约定取 $\operatorname{ReLU}'(0) = 0$）。",
            r"由两个对角块组装 $\tfrac{n}{2} \times n$ 的雅可比矩阵。",
            r"分情形来看：门为正时，单元是乘积 $a_i b_i$，每个输入的导数就是另一个输入；门为负时，"
            "单元及其两个导数都为零。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                计算 $x = (3, -2, 0.5, -1, 2, 0)$ 的 ReGLU，即 $a = (3, -2, 0.5)$、$b = (-1, 2, 0)$，以及它的 $3 \times 6$ 雅可比矩阵中的非零元素。
                """),
                cleandoc(r"""
                门为 $\operatorname{ReLU}(b) = (0, 2, 0)$，所以 $f = (0, -4, 0)$。只有第二个单元是打开的：它对值的导数为 $b_2 = 2$，对门的导数为 $a_2 = -2$，分别位于 $(2, 2)$ 和 $(2, 5)$。第一个单元的门为负，所以它的两个元素都为 $0$。第三个单元的门恰好为 $0$：值的元素为 $\operatorname{ReLU}(0) = 0$，门的元素按约定为 $a_3\,\operatorname{ReLU}'(0) = 0$。
                <!-- answer: reglu(np.array([3.0, -2.0, 0.5, -1.0, 2.0, 0.0]))[1] = -4 -->
                <!-- answer: reglu(np.array([3.0, -2.0, 0.5, -1.0, 2.0, 0.0]))[0] = 0 -->
                <!-- answer: reglu.jacobian(np.array([3.0, -2.0, 0.5, -1.0, 2.0, 0.0]))[1, 1] = 2 -->
                <!-- answer: reglu.jacobian(np.array([3.0, -2.0, 0.5, -1.0, 2.0, 0.0]))[1, 4] = -2 -->
                <!-- answer: reglu.jacobian(np.array([3.0, -2.0, 0.5, -1.0, 2.0, 0.0]))[2, 5] = 0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                固定值 $a = 1.5$，让门 $b$ 在 $0$ 附近变化。给出 $f(b) = 1.5 \max(b, 0)$ 在 $b = 0$ 处的两个单侧导数、中心差分 $\bigl(f(h) - f(-h)\bigr)/(2h)$，以及核函数返回的雅可比矩阵元素。为什么对雅可比矩阵的数值检验必须避开这样的点？
                """),
                cleandoc(r"""
                从左侧看 $f$ 恒为 $0$，所以左导数为 $0$；从右侧看 $f(b) = 1.5\,b$，所以右导数为 $1.5$。中心差分是二者的平均：

                $$
                \frac{f(h) - f(-h)}{2h} = \frac{1.5\,h - 0}{2h} = 0.75
                $$

                对每个 $h > 0$ 都是如此。核函数返回 $0$，即左侧的值，因为它采用 $\operatorname{ReLU}'(0) = 0$。三者都说得通，但没有一个是导数，因为导数在此不存在。用中心差分比较雅可比矩阵的测试会在这个折点报告 $0.75$ 的偏差，而这并不是错误，所以这类测试把取点放在远离 $b = 0$ 的地方，并单独检查约定。
                <!-- answer: (reglu(np.array([1.5, 1e-6]))[0] - reglu(np.array([1.5, -1e-6]))[0]) / 2e-6 = 0.75 -->
                <!-- answer: reglu.jacobian(np.array([1.5, 0.0]))[0, 1] = 0 -->
                <!-- answer: reglu.jacobian(np.array([1.5, 1e-9]))[0, 1] = 1.5 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                证明在对角线上 $\operatorname{ReGLU}(x, x)$ 就是平方 ReLU，并且雅可比矩阵两个元素之和就是它的导数。在 $x = 1.5$ 处计算二者。平方增长对前馈模块意味着什么？
                """),
                cleandoc(r"""
                当 $a = b = x$ 时：若 $x > 0$，单元为 $x \cdot x = x^2$；若 $x \le 0$，单元为 $x \cdot 0 = 0$，所以它是 $\max(x, 0)^2$。沿方向 $(1, 1)$ 的导数是两个元素之和：

                $$
                \frac{d}{dx}\,f(x, x) = \max(x, 0) + x\,[x > 0] = 2\max(x, 0)
                $$

                在 $x = 1.5$ 处，单元给出 $2.25$，斜率为 $3$，与平方 ReLU 一致。在前馈模块中，$a$ 和 $b$ 来自同一输入的两个不同投影，所以单元能计算两个特征的乘积，即二次相互作用，而且它的输出不受输入的某个倍数限制：把输入放大 $t$ 倍，打开的输出会放大 $t^2$ 倍。
                <!-- answer: reglu(np.array([1.5, 1.5]))[0] = 2.25 -->
                <!-- answer: squared_relu(1.5) = 2.25 -->
                <!-- answer: np.sum(reglu.jacobian(np.array([1.5, 1.5]))) = 3 -->
                <!-- answer: squared_relu.derivative(1.5) = 3 -->
                """),
            ),
        ),
    ),
    "geglu": EntryText(
        "GEGLU",
        "GEGLU 是以 GELU 为门的 GLU：值的一半乘以门的一半的 GELU。",
        origin=r"GEGLU 是以 GELU 为门的 GLU，$\operatorname{GELU}(xW) \otimes xV$，是 Shazeer"
        "（2020）提出并命名的变体之一。在他对 T5 的实验中，它在全部八种前馈模块中留出集对数"
        r"困惑度最低：$524{,}288$ 步后为 $1.633$，ReLU 为 $1.677$，单独的 GELU 为 $1.679$，"
        "SwiGLU 以 $1.636$ 紧随其后。与其他变体一样，比较时把隐藏宽度按因子 "
        r"$\tfrac23$ 从 $3072$ 减到 $2048$，以保持参数量和计算量相同。Raffel 等在 T5 论文之后发布"
        "的 T5.1.1 检查点用这种门控 GELU 取代了 ReLU，并引用了 Shazeer 的论文；Gemma 模型"
        "（Gemma Team，2024）在前馈层中使用 GeGLU，其中的 GELU 采用 tanh 近似。",
        uses="T5.1.1 检查点的前馈模块（Hugging Face 的移植版把这种模块称为 `gated-gelu`），"
        "以及 Gemma（Gemma Team，2024）的前馈模块。凡是由三个矩阵构成的 Transformer 前馈模块，"
        r"$W_2\bigl(\operatorname{GELU}(xW) "
        r"\odot xV\bigr)$，都可以用它。",
        strengths=(
            "在 Shazeer 的比较中，它的预训练困惑度最好，为 $1.633$，而参数量和计算量与 ReLU "
            "基线相同。",
            r"门是光滑的（$C^\infty$），所以雅可比矩阵没有折点；它保留了 GELU 的形状：在 "
            r"$b = 0$ 附近约为 $b/2$，$b$ 很大时约为 $b$。",
            "与 ReGLU 不同，门为负时它不会完全切断梯度："
            r"$\operatorname{GELU}'(b)$ 很小，但不为零。",
        ),
        weaknesses=(
            r"每个门要计算一次 $\operatorname{erf}$（近似版本则是一次 $\tanh$），比 ReLU 贵，"
            "而且需要三个而不是两个权重矩阵。",
            r"门不是单调的，还可以为负，最低约为 $-0.17$：当 "
            r"$b < -0.75$ 时它的斜率为负，所以在那里单元对门的响应方向相反。",
            "精确 GELU 与其 tanh 近似略有差别，所以检查点应使用训练时所用的那个版本运行。",
        ),
        derivation=(
            r"每个输出只依赖一个值和一个门，$f_i = a_i\,"
            r"\operatorname{GELU}(b_i)$，其中 $\operatorname{GELU}(b) = b\,\Phi(b)$，"
            "所以雅可比矩阵的两个块都是对角的。",
            "固定门，对值的导数就是门的输出。",
            r"固定 $a_i$，用乘积法则对 $b\,\Phi(b)$ 求导；正态分布函数 $\Phi$ 的导数是密度 "
            r"$\varphi$。",
            r"由两个对角块组装 $\tfrac{n}{2} \times n$ 的雅可比矩阵。",
            r"检查门因子的极限：当 $b \to \infty$ 时，$\Phi \to 1$ 且 "
            r"$b\,\varphi(b) \to 0$，单元变成乘积 $a_i b_i$；当 "
            r"$b \to -\infty$ 时两项都趋于零，单元关闭，与 ReGLU 相同。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                计算 $x = (2, -1, 1, -0.5)$ 的 GEGLU，即 $a = (2, -1)$、$b = (1, -0.5)$，以及其雅可比矩阵中门的块。取 $\Phi(1) \approx 0.8413$、$\varphi(1) \approx 0.2420$、$\Phi(-0.5) \approx 0.3085$ 和 $\varphi(-0.5) \approx 0.3521$。
                """),
                cleandoc(r"""
                两个门为 $\operatorname{GELU}(1) = \Phi(1) \approx 0.8413$ 和 $\operatorname{GELU}(-0.5) = -0.5\,\Phi(-0.5) \approx -0.1543$，所以 $f \approx (1.6827, 0.1543)$：第二个输出为正，因为负的值遇到了略为负的门。值的块为 $\operatorname{diag}(0.8413, -0.1543)$。对于门的块，$\operatorname{GELU}'(1) \approx 0.8413 + 0.2420 = 1.0833$，$\operatorname{GELU}'(-0.5) \approx 0.3085 - 0.5 \cdot 0.3521 = 0.1325$：

                $$
                \frac{\partial f_1}{\partial b_1} \approx 2 \cdot 1.0833 = 2.1666, \qquad \frac{\partial f_2}{\partial b_2} \approx -1 \cdot 0.1325 = -0.1325
                $$

                第二个门的元素很小，因为 $b_2 = -0.5$ 处 GELU 的斜率很小，离它在约 $-0.75$ 处的最小值不远。
                <!-- answer: 0.5 * (1 + math.erf(1 / math.sqrt(2))) = 0.8413 -->
                <!-- answer: math.exp(-0.5) / math.sqrt(2 * math.pi) = 0.2420 -->
                <!-- answer: geglu(np.array([2.0, -1.0, 1.0, -0.5]))[0] = 1.6827 -->
                <!-- answer: geglu(np.array([2.0, -1.0, 1.0, -0.5]))[1] = 0.1543 -->
                <!-- answer: gelu.derivative(1.0) = 1.0833 -->
                <!-- answer: gelu.derivative(-0.5) = 0.1325 -->
                <!-- answer: geglu.jacobian(np.array([2.0, -1.0, 1.0, -0.5]))[0, 2] = 2.1666 -->
                <!-- answer: geglu.jacobian(np.array([2.0, -1.0, 1.0, -0.5]))[1, 3] = -0.1325 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                与 GLU 的 sigmoid 不同，GELU 门不局限于 $(0, 1)$，也不是单调的。对固定的值 $a_i \ne 0$，求使 $\partial f_i/\partial b_i$ 变号的门值 $b$，以及门所取的最小值。这对 GEGLU 输出的符号意味着什么？
                """),
                cleandoc(r"""
                门的元素为 $a_i\,\operatorname{GELU}'(b_i)$，所以它在 $\operatorname{GELU}'(b) = \Phi(b) + b\,\varphi(b) = 0$ 处变号。数值求解得 $b \approx -0.7518$，门在此取最小值 $\operatorname{GELU}(-0.7518) \approx -0.17$。门低于 $-0.7518$ 时，门越负，输出反而越向 $0$ 靠拢；门在 $-0.7518$ 与 $0$ 之间时，门为负，所以输出与值的符号相反。sigmoid 门从不改变符号，GELU 门会改变，但幅度至多为值的 $17\%$。
                <!-- answer: root(lambda b: gelu.derivative(b), -2, -0.1) = -0.7518 -->
                <!-- answer: minimum(gelu, -3, 0) = -0.17 -->
                <!-- answer: -100 * minimum(gelu, -3, 0) = 17 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Gemma 的 GeGLU 使用 GELU 的 tanh 近似。计算 $b = 1$ 处精确门与近似门之差，以及 $a = 2$、$b = 1$ 时分别用二者得到的 GEGLU 输出。再把 $\operatorname{GEGLU}(x, x)$ 写成一个标量函数，并在 $x = 1$ 处求值。
                """),
                cleandoc(r"""
                精确的门为 $\operatorname{GELU}(1) \approx 0.84134$，tanh 近似给出约 $0.84119$，差约为 $0.00015$。取 $a = 2$，输出分别为 $1.6827$（精确）和 $1.6824$（近似）：差别很小，但用其中一个训练、用另一个运行的模型会在每个前馈层中看到一个系统性的偏移。在对角线上，

                $$
                \operatorname{GEGLU}(x, x) = x\,\operatorname{GELU}(x) = x^{2}\,\Phi(x)
                $$

                在 $x = 1$ 处为 $\Phi(1) \approx 0.8413$：与 ReGLU 的平方 ReLU 一样，它在 $x$ 为较大正数时按 $x^2$ 增长，而对负的 $x$ 则光滑地衰减到 $0$。
                <!-- answer: gelu(1.0) = 0.84134 -->
                <!-- answer: gelu_tanh(1.0) = 0.84119 -->
                <!-- answer: gelu(1.0) - gelu_tanh(1.0) = 0.00015 -->
                <!-- answer: geglu(np.array([2.0, 1.0]))[0] = 1.6827 -->
                <!-- answer: 2 * gelu_tanh(1.0) = 1.6824 -->
                <!-- answer: geglu(np.array([1.0, 1.0]))[0] = 0.8413 -->
                """),
            ),
        ),
    ),
    "swiglu": EntryText(
        "SwiGLU",
        "SwiGLU 是以 SiLU（Swish）为门的 GLU，是 LLaMA 和 PaLM 一类 Transformer 的前馈层激活函数。",
        origin=r"Shazeer（2020）提出了 SwiGLU，$\operatorname{Swish}_1(xW) \otimes xV$：门为 "
        r"$\beta = 1$ 的 Swish，即 [SiLU](silu.md) 的 GLU。门控前馈模块有三个权重矩阵 $W$、$V$ "
        r"和 $W_2$，而 ReLU 模块只有两个，所以为了在参数量和计算量相同的条件下比较，他把隐藏宽度"
        r"按因子 $\tfrac23$ 缩小，在 T5 base 中从 $3072$ 减到 $2048$。SwiGLU 的留出集对数困惑度为 "
        "$1.636$，ReLU 为 $1.677$，仅次于 GEGLU 的 $1.633$。PaLM（Chowdhery 等，2022）在其 "
        "MLP 中采用了它，理由是它已被证明相比 ReLU、GELU 或 Swish 能“显著提高质量”，并接受了三次"
        r"而不是两次矩阵乘法；PaLM 保持宽度为 $4d$。LLaMA（Touvron 等，2023）从 PaLM 沿用了 "
        r"SwiGLU，并应用了 $\tfrac23$ 规则，隐藏宽度取 $\tfrac23 \cdot 4d$ 而不是 $4d$。",
        uses="PaLM（Chowdhery 等，2022）和 LLaMA（Touvron 等，2023）的前馈模块，写作 "
        r"$W_2\bigl(\operatorname{SiLU}(xW_1) \odot xW_3\bigr)$。在 Hugging Face 的 LLaMA 实现"
        "中，三个矩阵叫作 `gate_proj`、`up_proj` 和 `down_proj`，模块为 "
        "`down_proj(silu(gate_proj(x)) * up_proj(x))`；LLaMA 的参考代码把隐藏宽度向上取整到 "
        "$256$ 的倍数。",
        strengths=(
            "在 Shazeer 的比较中，它几乎追平了最好的变体（对数困惑度 $1.636$，GEGLU 为 "
            "$1.633$，差距在不同运行间的波动之内），并在参数量相同的情况下明显胜过 ReLU 和 GELU "
            "模块。",
            r"门是光滑的（$C^\infty$），只需要一次 sigmoid，比 GELU 的 "
            r"$\operatorname{erf}$ 便宜。",
            r"门为较大正数时它几乎就是乘积 $a_i b_i$，门为较大负数时几乎为 $0$，但它从不像 "
            "ReGLU 那样切断梯度。",
        ),
        weaknesses=(
            "它需要三个权重矩阵和三次矩阵乘法，而不是两个；要保持代价相同，隐藏宽度必须缩小到 "
            r"$\tfrac23$，而这个数往往不是整的（LLaMA 对它取整）。",
            r"门可以为负（在 $b \approx -1.28$ 处低至约 $-0.28$），而且与 GELU 一样不是单调的。",
            "它的优势没有理论支撑：Shazeer 把这些变体的成功归功于“神的恩典”（divine "
            "benevolence）。",
        ),
        derivation=(
            r"每个输出只依赖一个值和一个门，$f_i = a_i\,"
            r"\operatorname{SiLU}(b_i)$，其中 $\operatorname{SiLU}(b) = b\,\sigma(b)$，"
            "所以雅可比矩阵的两个块都是对角的。",
            "固定门，对值的导数就是门的输出。",
            r"固定 $a_i$，用乘积法则对 $b\,\sigma(b)$ 求导，并利用 $\sigma' = \sigma(1 - \sigma)$。",
            r"由两个对角块组装 $\tfrac{n}{2} \times n$ 的雅可比矩阵。",
            r"在前馈模块中，$a = xV$，$b = xW$，所以由链式法则，到达 $x$ 的梯度是两条通路之和：经过 "
            r"$V$、以门加权的值通路，以及经过 $W$ 的门通路。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                计算 $x = (1, 2, -1, 0.5)$ 的 SwiGLU，即 $a = (1, 2)$、$b = (-1, 0.5)$，以及其雅可比矩阵的两个对角块。取 $\sigma(-1) \approx 0.2689$ 和 $\sigma(0.5) \approx 0.6225$。
                """),
                cleandoc(r"""
                两个门为 $\operatorname{SiLU}(-1) = -\sigma(-1) \approx -0.2689$ 和 $\operatorname{SiLU}(0.5) = 0.5\,\sigma(0.5) \approx 0.3112$，所以 $f \approx (-0.2689, 0.6225)$。值的块为 $\operatorname{diag}(-0.2689, 0.3112)$。对于门的块，$\operatorname{SiLU}'(-1) = \sigma(-1)\bigl(1 - (1 - \sigma(-1))\bigr) =
                \sigma(-1)^2 \approx 0.0723$，$\operatorname{SiLU}'(0.5) \approx 0.6225 \cdot (1 + 0.5 \cdot 0.3775) \approx 0.7400$：

                $$
                \frac{\partial f_1}{\partial b_1} \approx 1 \cdot 0.0723, \qquad \frac{\partial f_2}{\partial b_2} \approx 2 \cdot 0.7400 = 1.4799
                $$

                第一个门的元素很小，因为 $b_1 = -1$ 接近 SiLU 在约 $-1.28$ 处的谷底，那里斜率为 $0$。
                <!-- answer: swiglu(np.array([1.0, 2.0, -1.0, 0.5]))[0] = -0.2689 -->
                <!-- answer: swiglu(np.array([1.0, 2.0, -1.0, 0.5]))[1] = 0.6225 -->
                <!-- answer: silu(0.5) = 0.3112 -->
                <!-- answer: silu.derivative(-1.0) = 0.0723 -->
                <!-- answer: silu.derivative(0.5) = 0.7400 -->
                <!-- answer: swiglu.jacobian(np.array([1.0, 2.0, -1.0, 0.5]))[0, 2] = 0.0723 -->
                <!-- answer: swiglu.jacobian(np.array([1.0, 2.0, -1.0, 0.5]))[1, 3] = 1.4799 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                模型宽度为 $d$、隐藏宽度为 $d_{ff}$ 的 ReLU 前馈模块有两个矩阵；隐藏宽度为 $h$ 的 SwiGLU 模块有三个。求使参数量相等的 $h$，并对 T5 base（$d = 768$，$d_{ff} = 3072$）验证。对 LLaMA 的 7B 模型，$d = 4096$，通常取 $d_{ff} = 4d$：这个规则给出多少？LLaMA 实际用的宽度是多少？它的模块比 ReLU 模块大多少？
                """),
                cleandoc(r"""
                参数量相等意味着 $3\,d\,h = 2\,d\,d_{ff}$，所以 $h = \tfrac23 d_{ff}$；每个词元的计算量与参数量成正比，因此也相等。对 T5 base，$h = 2048$，两个模块都有 $2 \cdot 768 \cdot 3072 = 3 \cdot 768 \cdot 2048 =
                4718592$ 个权重。对 LLaMA 7B，$h = \tfrac23 \cdot 4 \cdot 4096 \approx 10922.67$，不是整数；LLaMA 的代码取 $10922$，再向上取整到 $256$ 的倍数，得到 $11008$。ReLU 模块有 $2 \cdot 4096 \cdot 16384 = 134217728$ 个权重，而 SwiGLU 模块有 $3 \cdot 4096 \cdot 11008 = 135266304$ 个，多出约 $0.78\%$。
                <!-- answer: 2 * 768 * 3072 = 4718592 -->
                <!-- answer: 3 * 768 * 2048 = 4718592 -->
                <!-- answer: 2 / 3 * 4 * 4096 = 10922.67 -->
                <!-- answer: 256 * math.ceil(10922 / 256) = 11008 -->
                <!-- answer: 2 * 4096 * 16384 = 134217728 -->
                <!-- answer: 3 * 4096 * 11008 = 135266304 -->
                <!-- answer: 100 * (3 * 11008 / (2 * 16384) - 1) = 0.78 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Shazeer 的表格报告的是留出集对数困惑度：$524{,}288$ 步后 ReLU 基线为 $1.677$，SwiGLU 为 $1.636$，GEGLU 为 $1.633$；$65{,}536$ 步后 SwiGLU 为 $1.944$，不同运行之间的标准差为 $0.010$，GEGLU 为 $1.942$。把前三个数换算成困惑度，给出从 ReLU 到 SwiGLU 的相对降幅，并判断这张表是否表明 GEGLU 优于 SwiGLU。
                """),
                cleandoc(r"""
                困惑度是对数困惑度的指数：$e^{1.677} \approx 5.35$，$e^{1.636} \approx 5.13$，$e^{1.633} \approx 5.12$。从 ReLU 到 SwiGLU，困惑度下降了

                $$
                1 - e^{1.636 - 1.677} \approx 4.0\%
                $$

                这是在参数量和计算量相同的条件下取得的，对于只换一个激活函数来说是实实在在的收益。GEGLU 与 SwiGLU 在 $65{,}536$ 步时相差 $0.002$，只有 SwiGLU 标准差的五分之一：这张表无法区分二者，这也是两者都被使用的原因。
                <!-- answer: math.exp(1.677) = 5.35 -->
                <!-- answer: math.exp(1.636) = 5.13 -->
                <!-- answer: math.exp(1.633) = 5.12 -->
                <!-- answer: 100 * (1 - math.exp(1.636 - 1.677)) = 4.0 -->
                <!-- answer: 1.944 - 1.942 = 0.002 -->
                """),
            ),
        ),
    ),
    "bilinear": EntryText(
        "Bilinear",
        "双线性单元是不带非线性的 GLU：值的一半直接乘以门的一半。",
        origin="双线性单元是去掉了门的非线性的 GLU：两个线性投影的逐元素乘积，"
        r"$(xW + b) \otimes (xV + c)$。Dauphin 等（2017）提到了这种做法，称之为“双线性”层，并"
        "将其归于 Mnih 和 Hinton（2007）；Shazeer（2020）把它列为 Transformer 前馈模块的 GLU 变体"
        "之一。在那里，对一个没有激活函数的单元来说，它的表现出人意料地好：留出集对数困惑度为 "
        "$1.648$，优于 ReLU 基线（$1.677$）和 sigmoid GLU（$1.663$），但不及 GEGLU 和 SwiGLU。"
        "两个线性映射的乘积本身已经是非线性的：它是输入的二次型。",
        uses="主要作为门控族的参照点：每个 GLU 变体都是在门上加了非线性的双线性单元，而 ReGLU、"
        "GEGLU 和 SwiGLU 在门为较大正数时都趋近于它。在 Shazeer 的实验中，它是一个有竞争力的前馈"
        "模块（$1.648$），并在各变体中取得了最好的 SQuAD 精确匹配分数（$83.82$）。",
        strengths=(
            "它是最简单的门控单元：一次乘法，没有激活函数，雅可比矩阵就由输入本身构成，即 "
            r"$\operatorname{diag}(b)$ 和 $\operatorname{diag}(a)$。",
            "虽然由线性映射构成，它却是非线性的：每个输出都是该层输入的二次型，是两个特征之间的"
            "乘性相互作用。",
            "它没有饱和，也没有死区：对每一半的梯度就是另一半，从不被强制为零。",
        ),
        weaknesses=(
            r"它在两个方向上都无界，并且是二次齐次的，$f(tx) = t^2 f(x)$：大的输入会给出非常大的"
            "输出和梯度，所以它依赖周围的归一化。",
            "在每一对输入上它都是一个鞍面，既不凸也不凹；而且它没有输出为零的区域，没有 ReGLU 的"
            "稀疏性。",
            "若不加其他非线性直接堆叠，这样的层复合起来是多项式，其次数每过一层翻一倍。",
        ),
        derivation=(
            r"每个输出是一个值与一个门的乘积，$f_i = a_i b_i$，所以雅可比矩阵的两个块都是对角的。",
            "由乘积法则，对一个因子的导数就是另一个因子。",
            r"组装 $\tfrac{n}{2} \times n$ 的雅可比矩阵：门的一半放在值的块的对角线上，值的一半"
            "放在门的块的对角线上。",
            r"再求一次导数：$f_i$ 唯一不为零的二阶导数是混合偏导，所以它在 $(a_i, b_i)$ 上的 Hessian "
            r"矩阵的特征值为 $\pm 1$，是一个鞍点。把两个输入都放大 $t$ 倍，输出放大 $t^2$ 倍。",
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                计算 $x = (3, -2, 0.5, 4)$ 的双线性单元，即 $a = (3, -2)$、$b = (0.5, 4)$，它的雅可比矩阵，以及它在 $2x$ 处的值。
                """),
                cleandoc(r"""
                输出为 $f = (3 \cdot 0.5,\ -2 \cdot 4) = (1.5, -8)$。雅可比矩阵把门的一半放在值的块的对角线上，把值的一半放在门的块的对角线上：

                $$
                J = \begin{pmatrix} 0.5 & 0 & 3 & 0 \\ 0 & 4 & 0 & -2 \end{pmatrix}
                $$

                在 $2x$ 处输出为 $4f = (6, -32)$：这个单元是二次齐次的，而不是线性的。
                <!-- answer: bilinear(np.array([3.0, -2.0, 0.5, 4.0]))[0] = 1.5 -->
                <!-- answer: bilinear(np.array([3.0, -2.0, 0.5, 4.0]))[1] = -8 -->
                <!-- answer: bilinear.jacobian(np.array([3.0, -2.0, 0.5, 4.0]))[0, 0] = 0.5 -->
                <!-- answer: bilinear.jacobian(np.array([3.0, -2.0, 0.5, 4.0]))[1, 3] = -2 -->
                <!-- answer: bilinear(2 * np.array([3.0, -2.0, 0.5, 4.0]))[0] = 6 -->
                <!-- answer: bilinear(2 * np.array([3.0, -2.0, 0.5, 4.0]))[1] = -32 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                在 $(a, b) = (3, 2)$ 和 $(3, -2)$ 处把双线性单元与 ReGLU 和 SwiGLU 比较，并在 $(2, 6)$ 和 $(2, -6)$ 处与 SwiGLU 比较。门控变体在哪里与双线性单元一致，在哪里不同？
                """),
                cleandoc(r"""
                在 $(3, 2)$ 处，双线性单元和 ReGLU 都给出 $6$；在 $(3, -2)$ 处，双线性单元给出 $-6$，ReGLU 给出 $0$。SwiGLU 把乘积再乘以 $\sigma(b)$：在 $(2, 6)$ 处约为 $11.9703$，而双线性单元为 $12$；在 $(2, -6)$ 处约为 $-0.0297$，而双线性单元为 $-12$。所以每个门控变体在门为较大正数时就是双线性单元，在门为较大负数时接近 $0$；它们彼此之间的差别只在于如何在两者之间过渡：陡峭地（ReGLU）或平滑地（GEGLU、SwiGLU）。
                <!-- answer: bilinear(np.array([3.0, 2.0]))[0] = 6 -->
                <!-- answer: reglu(np.array([3.0, 2.0]))[0] = 6 -->
                <!-- answer: bilinear(np.array([3.0, -2.0]))[0] = -6 -->
                <!-- answer: reglu(np.array([3.0, -2.0]))[0] = 0 -->
                <!-- answer: swiglu(np.array([2.0, 6.0]))[0] = 11.9703 -->
                <!-- answer: swiglu(np.array([2.0, -6.0]))[0] = -0.0297 -->
                <!-- answer: bilinear(np.array([2.0, 6.0]))[0] = 12 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                沿对角线 $a = b = x$，计算双线性单元、SwiGLU 和 sigmoid GLU 在 $x = 10$ 处的斜率（雅可比矩阵两个元素之和）。哪些门控单元按 $x^2$ 增长，哪些按 $x$ 增长？
                """),
                cleandoc(r"""
                双线性单元在对角线上是 $x^2$，斜率为 $2x = 20$。SwiGLU 是 $x^2\,\sigma(x)$，在 $x = 10$ 处斜率为 $2x\,\sigma(x) + x^2\,\sigma'(x) \approx 20.0036$，几乎相同。sigmoid GLU 是 $x\,\sigma(x)$，即 SiLU，斜率约为 $1.0004$。门无界增长的单元（双线性、ReGLU、GEGLU、SwiGLU）按 $x^2$ 增长；只有门保持在 $(0, 1)$ 内的 GLU 按 $x$ 增长。
                <!-- answer: np.sum(bilinear.jacobian(np.array([10.0, 10.0]))) = 20 -->
                <!-- answer: np.sum(swiglu.jacobian(np.array([10.0, 10.0]))) = 20.0036 -->
                <!-- answer: np.sum(glu.jacobian(np.array([10.0, 10.0]))) = 1.0004 -->
                """),
            ),
        ),
    ),
}
