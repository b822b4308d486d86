"""简体中文: the texts of the entries in activations/catalog/sigmoidal.py."""

from __future__ import annotations

from inspect import cleandoc

from activations.i18n import EntryText
from activations.i18n.zh.common import PYTORCH
from activations.registry import Exercise

ENTRIES: dict[str, EntryText] = {
    "hardsigmoid": EntryText(
        "Hardsigmoid",
        r"Hardsigmoid，即 $\operatorname{ReLU6}(x+3)/6$，是分段线性的 sigmoid：在 $x = -3$ 及以下"
        r"为 $0$，在 $x = 3$ 及以上为 $1$，中间是一条直线。",
        f"Hardsigmoid 在 $x = -3$ 和 $x = 3$ 处不可导；{PYTORCH}，导数在这两点都取 $0$。",
        origin=(
            "用分段线性函数代替 logistic sigmoid 的做法由来已久，而且各家的斜率并不相同。"
            "Courbariaux、Bengio 和 David 在 BinaryConnect（2015）中使用硬 sigmoid "
            r"$\max\bigl(0, \min\bigl(1, (x+1)/2\bigr)\bigr)$，把实数权重变成将其二值化为 $+1$ "
            r"的概率，因为它比 sigmoid 的计算代价低得多。这里的版本是斜率为 $\tfrac{1}{6}$ 的 "
            r"$\operatorname{ReLU6}(x+3)/6$，即 MobileNetV3（Howard 等人，2019）采用、PyTorch 实现"
            "的形式；Theano 和 Keras 2 用的又是另一种：把 $0.2x + 0.5$ 截断到 $[0, 1]$。"
        ),
        uses=(
            "MobileNetV3（2019）把它用作挤压-激励（squeeze-and-excitation）模块的门控，并用在 "
            "hard swish 内部。Keras 的循环层在 Keras 2.3（2019）改用 sigmoid 之前，默认用它自己的"
            "硬 sigmoid 作为 LSTM 和 GRU 的门控；在其他地方，它主要出现在 sigmoid 代价过高的场合，"
            "例如二值化网络和量化网络。"
        ),
        strengths=(
            "没有指数运算：一次加法、一次截断和一次乘法，适合移动端和定点运算硬件。",
            "它能恰好取到 $0$ 和 $1$，因此门可以完全关闭或完全打开，而 sigmoid 只能无限接近。",
            "在 $x = -3$ 到 $x = 3$ 之间，它与 sigmoid 足够接近，可以在门控中替代 sigmoid，"
            "MobileNetV3 就是例证。",
        ),
        weaknesses=(
            "在 $(-3, 3)$ 之外梯度恰好为 $0$：饱和的门完全得不到信号，而 sigmoid 的微小梯度仍能"
            "推动它。",
            r"不同的定义并存（PyTorch 中斜率为 $\tfrac{1}{6}$，BinaryConnect 中为 $\tfrac{1}{2}$，"
            "Theano 和 Keras 2 中为 $0.2$），移植模型时可能在不知不觉中改变它。",
            "在 $x = -3$ 和 $x = 3$ 处有折点，导数在那里跳变。",
        ),
    ),
    "hardtanh": EntryText(
        "Hardtanh",
        r"Hardtanh 是分段线性的 $\tanh$：把输入截断到 `min_val` 与 `max_val` 之间，默认为 "
        "$[-1, 1]$。",
        f"Hardtanh 在 `min_val` 和 `max_val` 处不可导；{PYTORCH}，导数在这两点都取 $0$。",
        {"min_val": "截断下限。", "max_val": "截断上限。"},
        origin=(
            "Hardtanh 是最简单的有界激活函数：把输入截断到一个区间，默认为 $[-1, 1]$。它是在最"
            r"要紧的地方与 $\tanh$ 一致的分段线性函数：原点处的函数值 $0$ 和斜率 $1$，以及上下"
            r"极限 $\pm 1$。它历史悠久，没有唯一的发明者。Lua Torch 库中就有这个模块"
            "（`nn.HardTanh`，上下限可调），PyTorch 从那里继承了它。一个有影响的早期应用是 "
            "Collobert 等人（2011）用于词性标注、组块分析、命名实体识别和语义角色标注的网络，他们"
            r"选择它而不是 $\tanh$，因为它计算更便宜，泛化性能却没有损失。"
        ),
        uses=(
            "Hardtanh 出现在 Collobert 等人（2011）的语言处理网络中，也出现在二值化神经网络"
            "（Courbariaux、Hubara 等人，2016）中：在那里，它的导数（在 $[-1, 1]$ 内为 $1$，之外"
            "为 $0$）被用作符号函数的直通（straight-through）梯度（见下面的练习 3）。换一组上下限，"
            "它就是另有名字的熟悉函数：MobileNetV2（2018）使用的 [ReLU6](relu6.md) 是上下限为 $0$ "
            "和 $6$ 的 hardtanh；PACT（Choi 等人，2018）的截断激活在训练中学习自己的上限 "
            r"$\alpha$，以便把激活值量化到很少的几位，它就是上下限为 $0$ 和 $\alpha$ 的 "
            "hardtanh。作为一般的隐藏层激活函数，hardtanh 本身如今已很少见。"
        ),
        strengths=(
            "计算便宜：一次截断，没有指数运算。",
            r"区间内斜率恰好为 $1$，梯度原样通过，而 $\tanh$ 的梯度在离开 $0$ 后会缩小。",
            "输出有界且上下限可调，能把激活值保持在已知范围内（对量化和二值化有用）。",
        ),
        weaknesses=(
            r"区间之外梯度恰好为 $0$：被推出界限的单元会停止学习，而 $\tanh$ 在那里仍会传递一点"
            "梯度。",
            "在两个界限处有折点，导数在那里跳变。",
            "和所有有界激活函数一样，它在深层堆叠中会饱和；在隐藏层中，ReLU 类函数已经取代了它。",
        ),
        derivation=(
            r"记 $a$ 为 `min_val`，$b$ 为 `max_val`。除 $a$ 和 $b$ 以外，每一点周围都有一个小"
            "区间，Hardtanh 在上面是同一个简单函数；而导数只看这样的区间，所以可以逐段求导。在 "
            r"$(a, b)$ 内这一段是恒等函数（幂法则 $\frac{d}{dx} x^{n} = n x^{n-1}$，取 $n = 1$）；"
            r"在 $a$ 以下和 $b$ 以上它是常数，常数的导数为 $0$：",
            r"在两个界限处，两段相接，只能回到导数的定义。在 $x = b$ 处函数值为 $b$；步长 $h < 0$ "
            r"落在恒等段上，步长 $h > 0$ 落在常数段上。两个单侧差商不相等，所以 Hardtanh **在 "
            r"$b$ 处不可导**；在 $a$ 处做同样的计算，左侧得 $0$，右侧得 $1$：",
            r"训练代码在折点处仍然需要一个数。本包与 PyTorch 的自动求导一样，在两处都返回 $0$，"
            r"于是导数恰好在开区间上为 $1$：这是一个示性函数，其中 $\mathbb{1}[\cdot]$ 在条件成立"
            r"时为 $1$，否则为 $0$：",
            r"**用输出表示。**输出 $y = \operatorname{Hardtanh}(x)$ 严格位于 $a$ 与 $b$ 之间，当且"
            r"仅当输入也是如此；否则输出等于 $a$ 或 $b$。所以只凭输出就能读出导数，只保留了 $y$ "
            "的反向传播（例如原地计算 Hardtanh 之后）仍然拥有所需的一切：",
        ),
        exercises=(
            Exercise(
                r"取默认界限 $[-1, 1]$，计算 Hardtanh 及其导数在 $x = -2$、$x = 0.3$ 和 $x = 1$ "
                r"处的值。再取界限 $a = 0$、$b = 6$，计算 $\operatorname{Hardtanh}(7)$ 和 "
                r"$\operatorname{Hardtanh}(2.5)$。这是本站的哪个函数？",
                cleandoc(
                    r"""
                    - $x = -2$ 低于下限：输出被截断为 $-1$，斜率为 $0$。
                    - $x = 0.3$ 在区间内：输出为 $0.3$，斜率为 $1$。
                    - $x = 1$ 恰好是上限：输出为 $1$，按折点约定导数为 $0$（左导数是 $1$，右导数是
                      $0$）。

                    取 $a = 0$、$b = 6$：$\operatorname{Hardtanh}(7) = 6$，
                    $\operatorname{Hardtanh}(2.5) = 2.5$。这就是 $\min(\max(0, x), 6)$，即
                    MobileNetV2 的 [ReLU6](relu6.md)：一个输出在上方也被封顶的 ReLU。
                    <!-- answer: hardtanh(-2.0) = -1 -->
                    <!-- answer: hardtanh.derivative(-2.0) = 0 -->
                    <!-- answer: hardtanh(0.3) = 0.3 -->
                    <!-- answer: hardtanh.derivative(0.3) = 1 -->
                    <!-- answer: hardtanh(1.0) = 1 -->
                    <!-- answer: hardtanh.derivative(1.0) = 0 -->
                    <!-- answer: hardtanh(7.0, min_val=0.0, max_val=6.0) = 6 -->
                    <!-- answer: relu6(7.0) = 6 -->
                    <!-- answer: hardtanh(2.5, min_val=0.0, max_val=6.0) = 2.5 -->
                    """
                ),
            ),
            Exercise(
                r"证明对每个 $x$ 都有 $\operatorname{Hardtanh}(x) = a + \operatorname{ReLU}(x - a) "
                r"- \operatorname{ReLU}(x - b)$。再用链式法则对右边求导，并采用 ReLU 的约定 "
                r"$\operatorname{ReLU}'(0) = 0$。取默认界限时，它在 $x = a$ 和 $x = b$ 处给出什么？"
                r"与本包的 $\operatorname{Hardtanh}'$ 一致吗？",
                cleandoc(
                    r"""
                    **恒等式**，分三种情形（记住 $a < b$）：

                    - $x \le a$：$x - a$ 和 $x - b$ 都 $\le 0$，右边等于 $a + 0 - 0 = a$。
                    - $a < x < b$：$x - a > 0$，$x - b < 0$，右边等于 $a + (x - a) - 0 = x$。
                    - $x \ge b$：两者都 $\ge 0$，右边等于 $a + (x - a) - (x - b) = b$。

                    **导数。**内层函数 $x - a$ 和 $x - b$ 的导数都是 $1$，由链式法则得

                    $$
                    \frac{d}{dx}\bigl[a + \operatorname{ReLU}(x - a) - \operatorname{ReLU}(x - b)\bigr]
                    = \operatorname{ReLU}'(x - a) - \operatorname{ReLU}'(x - b)
                    = \mathbb{1}[x > a] - \mathbb{1}[x > b].
                    $$

                    取 $a = -1$、$b = 1$：在 $x = a$ 处它等于 $0 - 0 = 0$，与本包一致。在 $x = b$
                    处它等于 $1 - 0 = 1$，而本包（和 PyTorch 的 `hardtanh` 一样）返回 $0$。这两个数
                    都是折点处的单侧导数，谁也不算错；但教训很实际：**折点处的约定经不起公式改写**。
                    同一个函数的两种实现，对恰好落在折点上的输入，可能传回不同的梯度。
                    <!-- answer: relu.derivative(-1.0 - (-1.0)) - relu.derivative(-1.0 - 1.0) = 0 -->
                    <!-- answer: relu.derivative(1.0 - (-1.0)) - relu.derivative(1.0 - 1.0) = 1 -->
                    <!-- answer: hardtanh.derivative(1.0) = 0 -->
                    """
                ),
            ),
            Exercise(
                "二值化网络（Courbariaux、Hubara 等人，2016）在前向传播中计算 "
                r"$q = \operatorname{sign}(r)$，它的导数在有定义的地方都是 $0$。反向传播改用 "
                r"$g_r = g_q\,\mathbb{1}[\lvert r\rvert \le 1]$，即 Hardtanh 的导数，其中 $g_q$ 和 "
                r"$g_r$ 是损失对 $q$ 和 $r$ 的梯度。三个预激活值 $r = 0.4$、$r = -1.7$ 和 "
                r"$r = 0.99$ 都收到 $g_q = 0.5$。分别计算 $g_r$，说明符号函数的真实导数会给出什么，"
                r"并解释为什么 $\lvert r\rvert$ 较大时要把梯度截断。",
                cleandoc(
                    r"""
                    若用 $\operatorname{sign}$ 的真实导数，每个 $g_r$ 都是 $0$：符号函数之前的任何
                    参数都学不到东西。用直通估计：

                    - $r = 0.4$：在 $[-1, 1]$ 内，$g_r = 0.5 \cdot 1 = 0.5$；
                    - $r = -1.7$：在区间外，$g_r = 0$；
                    - $r = 0.99$：不论离界限多近，仍在区间内，$g_r = 0.5$。

                    反向传播表现得就像这个单元是 Hardtanh。在 Hardtanh 平坦的地方，把 $r$ 推得离
                    $0$ 更远根本不会改变 $\operatorname{sign}(r)$，照样传回梯度只会不断把 $r$ 往外推，
                    以后反方向的更新要花更长时间，才能把它拉回符号可以翻转的区域。（在 $\lvert r\rvert = 1$ 处，他们的示性函数取 $1$，本包 Hardtanh 的导数取
                    $0$；输入恰好为 $\pm 1$ 的情况很少见。）
                    <!-- answer: 0.5 * hardtanh.derivative(0.4) = 0.5 -->
                    <!-- answer: 0.5 * hardtanh.derivative(-1.7) = 0 -->
                    <!-- answer: 0.5 * hardtanh.derivative(0.99) = 0.5 -->
                    """
                ),
            ),
        ),
    ),
    "softsign": EntryText(
        "Softsign",
        r"Softsign，即 $x/(1 + \lvert x\rvert)$，是一条值域为 $(-1, 1)$ 的 S 形曲线，以多项式速度"
        r"逼近上下界，比 $\tanh$ 慢得多。",
        "Softsign 的二阶导数在 $x = 0$ 处跳跃（从 $2$ 跳到 $-2$）；一阶导数在该点左右两侧都等于 "
        "$1$。",
        origin=(
            r"这个函数比它的名字更古老：Elliott 在 1993 年提出了 $x/(1 + \lvert x\rvert)$，作为一种"
            "不需要指数运算的 sigmoid，只需一次取绝对值、一次加法和一次除法。它以 softsign 之名经由 "
            r"Bengio 在蒙特利尔的研究组进入深度学习：Glorot 和 Bengio（2010）把它与 $\tanh$ 进行"
            r"比较，发现由于它的尾部以多项式而非指数速度逼近 $\pm 1$，各层不会像 $\tanh$ 网络那样"
            "一层接一层地饱和，单元转而停留在曲线的弯曲处，而且 softsign 网络对初始化不那么敏感。"
        ),
        uses=(
            "Softsign 在实践中很少见：它出现在研究深层网络如何训练的工作中（如 Glorot 和 Bengio 的"
            "论文），但没有广泛使用的架构依赖它，因为隐藏层转向了 ReLU 类函数，而循环网络的门控仍"
            r"沿用 sigmoid 和 $\tanh$。PyTorch、TensorFlow 和 JAX 都提供它。"
        ),
        strengths=(
            r"它的梯度按 $1/x^{2}$ 衰减，而不像 $\tanh$ 那样按指数衰减，因此饱和的单元仍能学习。",
            r"和 $\tanh$ 一样以零为中心、是奇函数、在 $0$ 处斜率为 $1$，代价只是一次取绝对值和一次"
            "除法，而不是指数运算。",
            r"在 Glorot 和 Bengio 的实验中，它对初始化的敏感程度低于 $\tanh$。",
        ),
        weaknesses=(
            r"不如 $\tanh$ 光滑：只是 $C^{1}$ 的，二阶导数在 $x = 0$ 处跳变。",
            r"饱和得慢，也意味着“下定论”慢：要达到 $0.9$ 需要 $x = 9$，而 $\tanh$ 只需 "
            r"$x \approx 1.47$。",
            "和所有有界的 S 形曲线一样，它在深层堆叠中仍会饱和，而 ReLU 类函数在那里训练得更好。",
        ),
    ),
    "arctan": EntryText(
        "反正切函数",
        r"反正切是一条值域为 $\left(-\tfrac{\pi}{2}, \tfrac{\pi}{2}\right)$ 的奇函数 S 形曲线，"
        "斜率以多项式速度衰减。",
        origin=(
            "反正切是一个经典函数，比神经网络古老得多，也没有哪一篇论文把它作为激活函数首次提出。"
            r"它之所以够格，是因为把它缩放成 $\tfrac{1}{\pi}\arctan(x) + \tfrac{1}{2}$ 之后，恰好"
            "就是 1989 年那几个万能逼近定理所假设的函数：既是 Cybenko 意义下连续的 *sigmoidal* "
            r"函数（在 $-\infty$ 处趋于 $0$，在 $+\infty$ 处趋于 $1$），也是 Hornik、Stinchcombe "
            "和 White 意义下的*挤压*（squashing）函数（单调不减，极限相同）。所以，和由 logistic "
            "单元构成的网络一样，只有一个隐藏层的反正切单元网络就能在紧集上以任意精度逼近任何连续"
            "函数。缩放后的这条曲线还是标准柯西分布的累积分布函数，正如 logistic sigmoid 是 "
            "logistic 分布的累积分布函数（下面的练习 2 说明了它的尾部为什么这么重）。如今反正切"
            "主要出现在激活函数的综述和比较之中。"
        ),
        uses=(
            "反正切在实践中很少见：没有知名架构把它用作隐藏层激活函数，各框架也只把它作为逐元素的"
            "数学函数提供（`torch.atan`、`tf.math.atan`、`jax.numpy.arctan`），而不是激活层。"
        ),
        strengths=(
            r"光滑、奇函数、以零为中心，在 $0$ 处斜率为 $1$，与 $\tanh$ 相同。",
            r"它的导数 $1/(1 + x^{2})$ 以多项式速度衰减，因此饱和比 $\tanh$ 平缓得多，这一点和 "
            r"softsign 一样，但曲线是 $C^{\infty}$ 的。",
            "作为标准数学函数，随处可用。",
        ),
        weaknesses=(
            r"值域是 $\left(-\tfrac{\pi}{2}, \tfrac{\pi}{2}\right)$ 而不是 $(-1, 1)$，在需要单位"
            r"范围的地方要乘以 $\tfrac{2}{\pi}$。",
            r"它是超越函数，计算上比 $\tanh$ 省不了什么，这一点不如 softsign。",
            "它仍是一条有界的 S 形曲线：在深层堆叠中会饱和并使梯度变小，而这正是 ReLU 类函数所避免"
            "的问题。",
        ),
        derivation=(
            r"在 $\left(-\tfrac{\pi}{2}, \tfrac{\pi}{2}\right)$ 上，正切严格递增，且恰好取遍每个"
            r"实数一次，$\arctan$ 就是它的反函数：$y = \arctan x$ 意味着 $\tan y = x$，且 $y$ 在"
            r"这个区间内。把恒等式 $\tan(\arctan x) = x$ 两边对 $x$ 求导，左边用链式法则：",
            r"用商法则对 $\tan y = \sin y / \cos y$ 求导，其中 $\sin' = \cos$，$\cos' = -\sin$，"
            r"并利用 $\sin^{2} y + \cos^{2} y = 1$；把这个恒等式除以 $\cos^{2} y$，结果就可以用 "
            r"$\tan$ 本身表示：",
            r"由第一行解出 $dy/dx$，再代入 $\tan y = x$。分母 $1 + x^{2}$ 至少为 $1$，所以除法"
            "总是可行的，结果中也不再有三角函数：",
            r"**斜率的形状。**对 $(1 + x^{2})^{-1}$ 再求一次导（链式法则）可知，斜率在 $x = 0$ "
            r"之前递增、之后递减，在该点取最大值 $1$：曲线唯一的拐点就是原点。$\lvert x\rvert$ "
            r"很大时，斜率按 $1/x^{2}$ 衰减，是多项式速度；而 $\tanh'(x) = 1/\cosh^{2} x$ 按 "
            r"$4e^{-2\lvert x\rvert}$ 衰减：",
        ),
        exercises=(
            Exercise(
                r"计算 $\arctan(1)$、$\arctan'(0)$、$\arctan'(1)$ 和 $\arctan'(5)$。把 "
                r"$\arctan'(5)$ 与 $\tanh'(5)$ 比较：在 $x = 5$ 处，反正切单元传回的梯度是 tanh "
                "单元的多少倍？",
                cleandoc(
                    r"""
                    $\tan\frac{\pi}{4} = 1$，所以 $\arctan(1) = \frac{\pi}{4} \approx 0.7854$。由
                    $\arctan'(x) = 1/(1 + x^{2})$ 得：$\arctan'(0) = 1$，
                    $\arctan'(1) = \frac{1}{2} = 0.5$，$\arctan'(5) = \frac{1}{26} \approx 0.03846$。

                    对 $\tanh$，$\tanh'(5) = 1 - \tanh^{2}(5) \approx 0.000182$。两者之比约为
                    $212$。在 $x = 5$ 处，tanh 单元离它的上界只差 $0.009\%$，反正切单元离它自己的
                    上界 $\frac{\pi}{2}$ 差约 $13\%$；两者都处在平坦的尾部，但反正切单元传回的梯度
                    仍是 tanh 单元的两百多倍。这就是多项式饱和与指数饱和在实际中的差别。
                    <!-- answer: arctan(1.0) = 0.7854 -->
                    <!-- answer: arctan.derivative(0.0) = 1 -->
                    <!-- answer: arctan.derivative(1.0) = 0.5 -->
                    <!-- answer: arctan.derivative(5.0) = 0.03846 -->
                    <!-- answer: tanh.derivative(5.0) = 0.000182 -->
                    <!-- answer: arctan.derivative(5.0) / tanh.derivative(5.0) = 212 -->
                    <!-- answer: 100 * (1 - tanh(5.0)) = 0.009 -->
                    <!-- answer: 100 * (1 - arctan(5.0) / (math.pi / 2)) = 13 -->
                    """
                ),
            ),
            Exercise(
                r"证明对每个 $x > 0$ 都有 $\arctan x + \arctan(1/x) = \tfrac{\pi}{2}$（对左边求"
                r"导）。由此推出反正切逼近其上界的速度：求 "
                r"$\lim_{x \to \infty} x\left(\tfrac{\pi}{2} - \arctan x\right)$，并计算差距 "
                r"$\tfrac{\pi}{2} - \arctan 10$。",
                cleandoc(
                    r"""
                    在 $x > 0$ 上令 $g(x) = \arctan x + \arctan(1/x)$。由链式法则（内层导数为
                    $-1/x^{2}$）

                    $$
                    g'(x) = \frac{1}{1 + x^{2}} + \frac{1}{1 + 1/x^{2}} \cdot \left(-\frac{1}{x^{2}}\right)
                    = \frac{1}{1 + x^{2}} - \frac{1}{x^{2} + 1} = 0 .
                    $$

                    在一个区间上导数恒为零的函数在该区间上是常数（中值定理），而
                    $g(1) = \frac{\pi}{4} + \frac{\pi}{4} = \frac{\pi}{2}$。所以对所有 $x > 0$，
                    $\frac{\pi}{2} - \arctan x = \arctan(1/x)$。

                    **极限。**令 $u = 1/x \to 0^{+}$，则
                    $x\left(\frac{\pi}{2} - \arctan x\right) = \frac{\arctan u}{u} \to
                    \arctan'(0) = 1$，这是 $0$ 处的差商。所以差距按 $1/x$ 缩小：在 $x = 10$ 处它是
                    $\arctan(0.1) \approx 0.09967$，几乎正好是 $1/10$；到 $x = 1000$ 时，乘积
                    $x\left(\frac{\pi}{2} - \arctan x\right)$ 保留四位小数已经是 $1.0000$。对
                    $\tanh$，差距 $1 - \tanh x$ 按 $2e^{-2x}$ 缩小。这种重尾正是柯西分布的尾部：
                    它的累积分布函数是 $\frac{1}{\pi}\arctan x + \frac{1}{2}$，而且它没有均值。
                    <!-- answer: math.pi / 2 - arctan(10.0) = 0.09967 -->
                    <!-- answer: arctan(0.1) = 0.09967 -->
                    <!-- answer: 1000 * (math.pi / 2 - arctan(1000.0)) = 1.0000 -->
                    """
                ),
            ),
            Exercise(
                r"设一个有界单元的输出达到其上界的 $90\%$ 时，称它“下定论”了。对 $\tanh$、"
                r"$\alpha = 1$ 的 [ISRU](isru.md) 和 [softsign](softsign.md)（上界都是 $1$），以及 "
                r"$\arctan$（上界 $\tfrac{\pi}{2}$），分别求出这时的输入。把它们排序，并用各自逼近"
                "上界的方式解释这个顺序。",
                cleandoc(
                    r"""
                    记上界为 $M$，对每个函数解 $f(x) = 0.9\,M$：

                    - $\tanh$：$x = \operatorname{artanh}(0.9) = \frac{1}{2}\ln\frac{1.9}{0.1}
                      = \frac{1}{2}\ln 19 \approx 1.4722$。
                    - ISRU：由 $x/\sqrt{1 + x^{2}} = 0.9$ 得 $x^{2} = 0.81/0.19$，所以
                      $x = 0.9/\sqrt{0.19} \approx 2.0647$。
                    - $\arctan$：$\arctan x = 0.45\pi$，所以 $x = \tan(0.45\pi) = \tan 81^\circ
                      \approx 6.3138$。
                    - softsign：由 $x/(1 + x) = 0.9$ 得 $x = 9$。

                    顺序 $\tanh < \text{ISRU} < \arctan < \text{softsign}$ 就是它们尾部的顺序。相对于
                    各自的上界，$\tanh$ 与上界的差距在 $2e^{-2x}$ 以内，ISRU 约为 $1/(2x^{2})$，
                    反正切约为 $2/(\pi x)$（练习 2），softsign 为 $1/(1 + x)$。反正切和 softsign
                    都按 $1/x$ 逼近上界；两者之中反正切是光滑的那一个，而且快一点，差距只有后者的
                    $2/\pi$ 倍。
                    <!-- answer: root(lambda x: tanh(x) - 0.9, 0, 5) = 1.4722 -->
                    <!-- answer: root(lambda x: isru(x) - 0.9, 0, 5) = 2.0647 -->
                    <!-- answer: root(lambda x: arctan(x) - 0.45 * math.pi, 0, 20) = 6.3138 -->
                    <!-- answer: root(lambda x: softsign(x) - 0.9, 0, 20) = 9 -->
                    """
                ),
            ),
        ),
    ),
    "isru": EntryText(
        "ISRU",
        r"逆平方根单元 $x/\sqrt{1 + \alpha x^{2}}$ 是一条类似 $\tanh$、却不含指数运算的曲线，"
        r"值域为 $\left(-1/\sqrt{\alpha}, 1/\sqrt{\alpha}\right)$。",
        "",
        {"alpha": r"决定上下界 $\pm 1/\sqrt{\alpha}$。"},
        origin=(
            "Carlile、Delamarter、Kinney、Marti 和 Whitney 于 2017 年在提出逆平方根线性单元"
            "（ISRLU）的论文中引入了 ISRU；ISRLU 是 ELU 的一种更快的替代。他们的理由在于计算：在"
            "普通 CPU 上，逆平方根比指数运算便宜，也适合硬件实现，因此 "
            r"$x/\sqrt{1 + \alpha x^{2}}$ 可以替代由指数构成的曲线。ISRLU 只在负输入一侧使用这种"
            r"形状；ISRU 则两侧都用，作为循环网络（如 LSTM 和 GRU）中 $\tanh$ 和 sigmoid 曲线的"
            "一种更省计算的近亲。"
        ),
        uses=(
            "ISRU 在实践中很少见：目前没有已知的广泛使用的架构采用它，PyTorch、TensorFlow 和 JAX "
            "也都不提供它。"
        ),
        strengths=(
            r"一条类似 $\tanh$ 的奇函数 S 形曲线，在 $0$ 处斜率为 $1$，只由一次乘法、一次加法和一次"
            "逆平方根构成：没有指数运算。",
            r"$\alpha$ 直接决定上下界 $\pm 1/\sqrt{\alpha}$。",
            r"光滑，导数 $(1 + \alpha x^{2})^{-3/2}$ 以多项式速度衰减，比 $\tanh$ 的指数尾部平缓。",
        ),
        weaknesses=(
            "主流框架都没有它，只能自己实现；而且 cuDNN 的 LSTM、GRU 等融合循环核只支持 sigmoid "
            r"和 $\tanh$。",
            "速度上的优势取决于硬件：在指数运算很快的地方，收益不大。",
            r"除了提出它的论文，几乎没有证据说明它与 $\tanh$ 相比训练效果如何。",
        ),
        derivation=(
            r"把 ISRU 写成乘积：$x$ 乘以 $(1 + \alpha x^{2})^{-1/2}$，然后用乘积法则 "
            r"$(uv)' = u'v + uv'$，其中 $u = x$，$u' = 1$：",
            r"第二个因子是内层函数的幂。链式法则把幂法则给出的 $-\tfrac{1}{2}w^{-3/2}$（在 "
            r"$w = 1 + \alpha x^{2}$ 处取值）乘以内层导数 $\frac{d}{dx}(1 + \alpha x^{2}) = "
            r"2\alpha x$：",
            r"代入后提出公因子 $(1 + \alpha x^{2})^{-3/2}$；由于 $(1 + \alpha x^{2})^{-1/2} = "
            r"(1 + \alpha x^{2}) \cdot (1 + \alpha x^{2})^{-3/2}$，两项中的 $\alpha x^{2}$ 相互"
            r"抵消，只剩下 $1$。结果对每个 $x$ 都为正（ISRU 严格递增），在 $x = 0$ 处等于 $1$，"
            r"并按 $\alpha^{-3/2}\lvert x\rvert^{-3}$ 衰减：",
            r"**用输出表示**，与 $\tanh' = 1 - \tanh^{2}$ 类似。把 $y = \operatorname{ISRU}(x)$ "
            r"平方得 $\alpha y^{2} = \alpha x^{2}/(1 + \alpha x^{2})$，所以 "
            r"$1 - \alpha y^{2} = 1/(1 + \alpha x^{2})$，导数只是输出的函数：",
        ),
        exercises=(
            Exercise(
                r"取 $\alpha = 1$，计算 $\operatorname{ISRU}(1)$ 和 $\operatorname{ISRU}'(1)$，并与 "
                r"$\tanh(1)$ 和 $\tanh'(1)$ 比较。再取 $\alpha = 0.25$：上下界是多少？"
                r"$\operatorname{ISRU}(2)$ 和 $\operatorname{ISRU}'(2)$ 又是多少？",
                cleandoc(
                    r"""
                    取 $\alpha = 1$：$\operatorname{ISRU}(1) = 1/\sqrt{2} \approx 0.7071$，
                    $\operatorname{ISRU}'(1) = (1/\sqrt{2})^{3} = 2^{-3/2} \approx 0.3536$。用输出
                    表示的公式给出同样的结果：$(1 - 0.5)^{3/2} \approx 0.3536$。作为对比，
                    $\tanh(1) \approx 0.7616$，$\tanh'(1) \approx 0.4200$：两条曲线在原点的斜率都是
                    $1$，但 ISRU 更早离开直线 $y = x$ 而弯下去。

                    取 $\alpha = 0.25$ 时，上下界为 $\pm 1/\sqrt{0.25} = \pm 2$，而
                    $\operatorname{ISRU}(2) = 2/\sqrt{1 + 0.25 \cdot 4} = 2/\sqrt{2} \approx
                    1.4142$，斜率又是 $(1/\sqrt{2})^{3} \approx 0.3536$。事实上
                    $\operatorname{ISRU}_{\alpha}(x) = \operatorname{ISRU}_{1}(\sqrt{\alpha}\,x)
                    /\sqrt{\alpha}$：较小的 $\alpha$ 把曲线在横纵两个方向上按同一个因子
                    $1/\sqrt{\alpha}$ 拉伸，对应点处的斜率因此不变。
                    <!-- answer: isru(1.0) = 0.7071 -->
                    <!-- answer: isru.derivative(1.0) = 0.3536 -->
                    <!-- answer: tanh(1.0) = 0.7616 -->
                    <!-- answer: tanh.derivative(1.0) = 0.4200 -->
                    <!-- answer: isru(2.0, alpha=0.25) = 1.4142 -->
                    <!-- answer: isru.derivative(2.0, alpha=0.25) = 0.3536 -->
                    """
                ),
            ),
            Exercise(
                r"证明 $\alpha = 1$ 时 $\operatorname{ISRU}(x) = \sin(\arctan x)$，并给出它的几何"
                "解释。再用这个式子、链式法则和[反正切](arctan.md)的导数，用第二种方法推出导数。",
                cleandoc(
                    r"""
                    令 $\theta = \arctan x$，则 $\tan\theta = x$，且 $\theta$ 位于
                    $\left(-\frac{\pi}{2}, \frac{\pi}{2}\right)$，在那里 $\cos\theta > 0$。由
                    $1 + \tan^{2}\theta = 1/\cos^{2}\theta$ 得 $\cos\theta = 1/\sqrt{1 + x^{2}}$，
                    于是

                    $$
                    \sin\theta = \tan\theta \cdot \cos\theta = \frac{x}{\sqrt{1 + x^{2}}} =
                    \operatorname{ISRU}(x).
                    $$

                    **几何上**，向量 $(1, x)$ 指向角 $\theta$ 的方向，除以它的长度
                    $\sqrt{1 + x^{2}}$ 就得到单位向量 $(\cos\theta, \sin\theta)$：ISRU 就是把
                    $(1, x)$ 归一化为长度 $1$ 之后的第二个坐标。这也是它永远离不开 $(-1, 1)$ 的原因。

                    **再求一次导数**，用链式法则：

                    $$
                    \frac{d}{dx}\sin(\arctan x) = \cos(\arctan x) \cdot \frac{1}{1 + x^{2}}
                    = \frac{1}{\sqrt{1 + x^{2}}} \cdot \frac{1}{1 + x^{2}} = (1 + x^{2})^{-3/2}.
                    $$

                    例如 $\operatorname{ISRU}(2) = 2/\sqrt{5} \approx 0.8944 = \sin(\arctan 2)$
                    （本包的两种算法相差 $0.0000$），该点的斜率为 $5^{-3/2} \approx 0.0894$。
                    <!-- answer: isru(2.0) = 0.8944 -->
                    <!-- answer: np.sin(arctan(2.0)) = 0.8944 -->
                    <!-- answer: isru(2.0) - np.sin(arctan(2.0)) = 0.0000 -->
                    <!-- answer: isru.derivative(2.0) = 0.0894 -->
                    """
                ),
            ),
            Exercise(
                r"(a) 取 $\alpha = 1$，求 $x$ 很大时 $1 - \operatorname{ISRU}(x)$ 的首项，并把 "
                r"$1 - \operatorname{ISRU}(10)$ 与 $1 - \operatorname{softsign}(10)$ 和 "
                r"$1 - \tanh(10)$ 比较。(b) Carlile 等人把 ISRU 作为一条更省计算的曲线，用在循环"
                r"网络原本使用 $\tanh$ 和 sigmoid 的地方。用它构造一个取值于 $(0, 1)$ 的门，使它在 "
                r"$0$ 处的函数值和斜率与 sigmoid 的 $\sigma(0) = \tfrac{1}{2}$、"
                r"$\sigma'(0) = \tfrac{1}{4}$ 相同。",
                cleandoc(
                    r"""
                    **(a)** 对 $x > 0$，$1 - \operatorname{ISRU}(x) = 1 - (1 + 1/x^{2})^{-1/2}$，而
                    $u$ 很小时 $(1 + u)^{-1/2} = 1 - \frac{u}{2} + O(u^{2})$，所以

                    $$
                    1 - \operatorname{ISRU}(x) = \frac{1}{2x^{2}} + O\!\left(\frac{1}{x^{4}}\right).
                    $$

                    在 $x = 10$ 处：$1 - 10/\sqrt{101} \approx 0.004963$，接近 $1/200 = 0.005$。
                    softsign 离上界远得多，$1 - \frac{10}{11} \approx 0.0909$；tanh 则近得多，
                    $1 - \tanh 10 \approx 4.12 \times 10^{-9}$。ISRU 介于两者之间：它和 softsign 一样
                    以多项式速度饱和，但幂次更高。

                    **(b)** 把值域 $(-1, 1)$ 平移并缩放到 $(0, 1)$：
                    $g(x) = \frac{1}{2}\bigl(1 + \operatorname{ISRU}(x)\bigr)$ 满足 $g(0) = 0.5$，
                    但斜率 $\frac{1}{2}\operatorname{ISRU}'(0) = 0.5$ 是 sigmoid 的两倍。由于
                    $\sigma(x) = \frac{1}{2}\bigl(1 + \tanh(x/2)\bigr)$，把输入也减半：

                    $$
                    g(x) = \tfrac{1}{2}\bigl(1 + \operatorname{ISRU}(x/2)\bigr), \qquad
                    g(0) = \tfrac{1}{2}, \qquad g'(0) = \tfrac{1}{2} \cdot \tfrac{1}{2} \cdot
                    \operatorname{ISRU}'(0) = 0.25 = \sigma'(0).
                    $$

                    这样两个门在 $0$ 附近一阶一致，而 ISRU 门仍然不需要指数运算。
                    <!-- answer: 1 - isru(10.0) = 0.004963 -->
                    <!-- answer: 1 - softsign(10.0) = 0.0909 -->
                    <!-- answer: (1 - tanh(10.0)) * 1e9 = 4.12 -->
                    <!-- answer: (1 + isru(0.0)) / 2 = 0.5 -->
                    <!-- answer: isru.derivative(0.0) / 2 = 0.5 -->
                    <!-- answer: isru.derivative(0.0) / 4 = 0.25 -->
                    <!-- answer: sigmoid.derivative(0.0) = 0.25 -->
                    """
                ),
            ),
        ),
    ),
    "logsigmoid": EntryText(
        "LogSigmoid",
        r"LogSigmoid 是 sigmoid 的对数，即 $-\operatorname{softplus}(-x)$：输入很大时接近 $0$，"
        "输入很负时接近 $x$。",
        origin=(
            "与其说 LogSigmoid 是一项发明，不如说它是每个 logistic 模型都会用到的量："
            r"$\ln \sigma(x)$ 是 logit 为 $x$ 的 logistic 模型赋予正类的对数概率，"
            r"$\ln \sigma(-x)$ 则是负类的对数概率，所以对数似然就是这些项之和。神经网络的目标函数"
            "常常直接用这些项写成，例如 word2vec 的负采样目标（Mikolov 等人，2013）就是若干点积的 "
            r"$\ln \sigma$ 之和。单独提供这样一个函数很有必要，因为分两步计算 "
            r"$\ln\bigl(\sigma(x)\bigr)$ 在 $x$ 很负时会失败：$\sigma(x)$ 下溢为 $0$，对数变成 "
            r"$-\infty$；而 $\min(x, 0) - \ln\bigl(1 + e^{-\lvert x\rvert}\bigr)$ 始终精确。"
        ),
        uses=(
            "LogSigmoid 用在损失函数中，而不是隐藏层：logistic 回归的对数似然、基于 logit 的二元"
            "交叉熵、word2vec（2013）的负采样、RLHF 中使用的成对奖励模型损失 "
            r"$-\ln \sigma(r_{w} - r_{l})$ 以及 DPO 目标函数（2023），都是由它构成的。作为隐藏层"
            "激活函数，它很少见。"
        ),
        strengths=(
            r"对任何输入都能稳定计算，不像先算 $\sigma$ 再取 $\ln$：$x$ 很负时不会得到 $-\infty$，"
            "$x$ 很大时也不会丢失有效数字。",
            r"导数就是 $\sigma(-x)$，有界于 $(0, 1)$，使 logistic 损失便于优化。",
            r"光滑、单调且是凹函数，因此损失项 $-\ln \sigma(x)$ 关于 logit 是凸的。",
        ),
        weaknesses=(
            r"不适合作隐藏层激活函数：它从不为正，下方无界，而且 $\ln \sigma(0) = -\ln 2 \ne 0$，"
            "输出远非以零为中心。",
            r"它在右侧饱和：$x$ 很大时梯度 $\sigma(-x)$ 趋于零，像一个镜像的 softplus。",
            "作为单独的一层往往没有必要：`torch.nn.BCEWithLogitsLoss` 等标准损失函数已在内部稳定地"
            "计算了同样的量。",
        ),
    ),
    "sparse_sigmoid": EntryText(
        "稀疏 sigmoid",
        r"稀疏 sigmoid 是截断到 $[0, 1]$ 的 $(x + 1)/2$：一种硬 sigmoid，在 $x = -1$ 以前恰好为 $0$，"
        r"从 $x = 1$ 起恰好为 $1$；它是两类 sparsemax，也是稀疏 plus 的导数。",
        r"稀疏 sigmoid 在 $x = -1$ 和 $x = 1$ 处不可导；导数在这两点都取 $0$，即常数段的值，与 Keras "
        "的 TensorFlow 后端一致（它的 `tf.where` 在那里选中常数段）；`jax.nn.sparse_sigmoid` 是一个 "
        r"`jnp.clip`，它在那里的梯度是 $1/4$，即两个单侧斜率的平均值。",
        origin="稀疏 sigmoid 就是 sparsemax 在两个类别、得分为 $x$ 和 $0$ 时给出的结果；sparsemax 是 "
        "Martins 和 Astudillo（2016）作为 softmax 的稀疏替代而提出的到概率单纯形的欧氏投影，正如对"
        "同样两个得分取 softmax 会得到 logistic sigmoid。Blondel、Martins 和 Niculae（2020）把两者"
        "放进同一个框架：在他们的 Fenchel-Young 损失中，概率上的一个正则项同时确定预测映射及其损失；"
        "Shannon 熵给出 sigmoid 和 logistic 损失，Gini 熵给出稀疏 sigmoid，它的原函数是稀疏 plus。"
        "同样的截断直线更早时曾作为 BinaryConnect（Courbariaux、Bengio 和 David，2015）的硬 sigmoid "
        "使用。JAX 在 2024 年加入了 `jax.nn.sparse_sigmoid` 并引用 Blondel 等，Keras 3.10 于 2025 年"
        "跟进。",
        uses="具有稀疏概率的二值预测：用它的 Fenchel-Young 损失，即稀疏 plus 减去 $yx$ 来训练时，得分"
        r"超出 $\pm 1$ 的样本得到恰好为 $0$ 或 $1$ 的概率，并且不贡献梯度。作为廉价的分段线性 sigmoid，"
        r"它是斜率为 $1/2$ 的硬 sigmoid：PyTorch 的 `Hardsigmoid` 作用于 $3x$、Keras 2 的 "
        r"`hard_sigmoid` 作用于 $2.5x$，算出的是同一个函数。它很少用作隐藏层激活函数。",
        strengths=(
            r"它在 $x = -1$ 和 $x = 1$ 处恰好达到 $0$ 和 $1$，而 logistic sigmoid 只能逼近它们："
            "概率或门可以完全关闭或完全打开。",
            "一次乘法、一次加法和一次截断，没有指数运算，适合低精度和定点运算。",
            "它是两类 sparsemax，也是稀疏 plus 的导数，因此配有一个带间隔的凸损失。",
        ),
        weaknesses=(
            r"在 $(-1, 1)$ 之外梯度恰好为 $0$：饱和的单元得不到任何让它回来的信号，而 sigmoid 的小梯度"
            "仍能推动它。",
            r"它在 $x = -1$ 和 $x = 1$ 处有折点，各框架在那里的导数并不一致：Keras 的 TensorFlow 后端"
            r"为 $0$，JAX 为 $1/4$。",
            r"硬 sigmoid 有好几种斜率（PyTorch 为 $1/6$，Keras 2 为 $0.2$，这里为 $1/2$），所以仅凭"
            "名字并不能知道模型用的是哪一条曲线。",
        ),
        derivation=(
            r"在每个开区间上函数都是一条直线：常数 $0$ 和 $1$ 的导数为 $0$，$(x + 1)/2$ 的导数为 "
            r"$1/2$：",
            r"在 $x = -1$ 处两段相接，都给出 $0$，所以函数连续；但两侧的差商不同，左侧为 $0$，右侧为 "
            r"$1/2$。在 $x = 1$ 处情形相同，只是左右互换，所以这两点都没有导数：",
            r"在不可导点以外，导数是 $1/2$ 乘以 $(-1, 1)$ 的指示函数，这也是稀疏 plus 的二阶导数；在"
            r"不可导点处，本注册表返回 $0$，即常数段的斜率：",
            r"为什么它是两类 sparsemax：sparsemax 把得分 $(x, 0)$ 映射到满足 $0 \le p \le 1$ 的最近点 "
            r"$(p, 1 - p)$。不考虑边界时，令距离平方的导数 $2(p - x) - 2(1 - p)$ 为零得 "
            r"$p = (x + 1)/2$；边界把它截断到 $[0, 1]$：",
        ),
        exercises=(
            Exercise(
                r"计算稀疏 sigmoid 及其导数在 $x = -2$、$-0.5$、$0$ 和 $0.5$ 处的值，并与 logistic "
                r"sigmoid $\sigma$ 比较：它在 $0.5$ 处的值、在 $0$ 处的斜率，以及它达到 $0.99$ 时的输入。",
                cleandoc(
                    r"""
                    在 $x = -2$ 处输入低于 $-1$：值为 $0$，斜率为 $0$。在 $(-1, 1)$ 内值为 $(x + 1)/2$，所以在 $x = -0.5$ 处为 $0.25$，在 $x = 0$ 处为 $0.5$，在 $x = 0.5$ 处为 $0.75$，斜率始终为 $1/2$。

                    logistic sigmoid 给出 $\sigma(0.5) \approx 0.6225$，在原点的斜率为 $\sigma'(0) = 0.25$：稀疏 sigmoid 在那里陡一倍，这正是它在 $x = 1$ 处就能达到 $1$ 的原因。sigmoid 要到 $x = \ln 99 \approx 4.5951$ 才达到 $0.99$，而且永远达不到 $1$。
                    <!-- answer: sparse_sigmoid(-2.0) = 0 -->
                    <!-- answer: sparse_sigmoid(-0.5) = 0.25 -->
                    <!-- answer: sparse_sigmoid(0.5) = 0.75 -->
                    <!-- answer: sparse_sigmoid.derivative(0.5) = 0.5 -->
                    <!-- answer: sigmoid(0.5) = 0.6225 -->
                    <!-- answer: sigmoid.derivative(0.0) = 0.25 -->
                    <!-- answer: root(lambda x: sigmoid(x) - 0.99, 0, 10) = 4.5951 -->
                    """
                ),
            ),
            Exercise(
                r"证明稀疏 sigmoid 就是 PyTorch 的 Hardsigmoid $\min(\max(x + 3, 0), 6)/6$ 在 $3x$ 处的值，"
                r"也是 Keras 2 的硬 sigmoid（截断到 $[0, 1]$ 的 $0.2x + 0.5$）在 $2.5x$ 处的值。在 "
                "$x = 0.5$ 和 $x = 1$ 处验证，包括导数。",
                cleandoc(
                    r"""
                    代入：$(3x + 3)/6 = (x + 1)/2$，而 $x + 3$ 截断到 $[0, 6]$ 在 $3x$ 处就变成 $(x + 1)/2$ 截断到 $[0, 1]$。对 Keras 2，$0.2 \cdot 2.5x + 0.5 = (x + 1)/2$ 同样成立。三者是同一条斜率为 $1/2$、截断到 $[0, 1]$ 的直线，区别只在输入的尺度。

                    在 $x = 0.5$ 处，$1.5$ 的 Hardsigmoid 为 $0.75$，正是稀疏 sigmoid 的值。由链式法则，其导数是 Hardsigmoid 斜率 $1/6$ 的 $3$ 倍，即 $0.5$。在 $x = 1$ 处，$3$ 的 Hardsigmoid 为 $1$，而 PyTorch 在 Hardsigmoid 的不可导点 $3$ 处给出的导数为 $0$，所以复合函数的导数也是 $0$：正是本注册表采用的约定。
                    <!-- answer: hardsigmoid(3 * 0.5) = 0.75 -->
                    <!-- answer: sparse_sigmoid(0.5) = 0.75 -->
                    <!-- answer: 3 * hardsigmoid.derivative(3 * 0.5) = 0.5 -->
                    <!-- answer: hardsigmoid(3 * 1.0) = 1 -->
                    <!-- answer: 3 * hardsigmoid.derivative(3 * 1.0) = 0 -->
                    <!-- answer: sparse_sigmoid.derivative(1.0) = 0 -->
                    """
                ),
            ),
            Exercise(
                r"两个得分 $(z_1, z_2)$ 的 sparsemax 是它们之差的稀疏 sigmoid，"
                r"$p_1 = \operatorname{sparse\_sigmoid}(z_1 - z_2)$。对得分 $(1.2, 0.4)$ 和 $(3, 0.5)$ "
                r"计算 $p_1$ 和 $p_2$，与 softmax 比较，并说明 sparsemax 何时给某个类别恰好为 $0$ 的概率。",
                cleandoc(
                    r"""
                    与 softmax 一样，sparsemax 只依赖得分之差：给两个得分加上同一个数，就是沿着与单纯形垂直的方向 $(1, 1)$ 移动得分，这不会改变单纯形上的最近点。对 $(1.2, 0.4)$，差为 $0.8$，所以 $p_1 = 1.8/2 = 0.9$，$p_2 = 0.1$。对 $(3, 0.5)$，差 $2.5$ 超过了 $1$：$p_1 = 1$，$p_2 = 0$，都是精确值，而 softmax 给出 $\sigma(2.5) \approx 0.9241$，并为第二个类别保留 $0.0759$。

                    只要另一个类别的得分领先 $1$ 或更多，这个类别的概率就是 $0$；在此之间，概率随得分之差线性变化。
                    <!-- answer: sparse_sigmoid(1.2 - 0.4) = 0.9 -->
                    <!-- answer: 1 - sparse_sigmoid(1.2 - 0.4) = 0.1 -->
                    <!-- answer: sparse_sigmoid(3.0 - 0.5) = 1 -->
                    <!-- answer: sigmoid(2.5) = 0.9241 -->
                    <!-- answer: 1 - sigmoid(2.5) = 0.0759 -->
                    """
                ),
            ),
        ),
    ),
}
