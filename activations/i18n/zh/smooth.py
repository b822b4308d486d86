"""简体中文: the texts of the entries in activations/catalog/smooth.py."""

from __future__ import annotations

from inspect import cleandoc

from activations.i18n import EntryText
from activations.registry import Exercise

ENTRIES: dict[str, EntryText] = {
    "gelu": EntryText(
        "GELU",
        r"高斯误差线性单元把输入乘以标准正态变量小于它的概率，即 $x\,\Phi(x)$。",
        origin=(
            "Hendrycks 和 Gimpel 于 2016 年提出 GELU，想把两类原本各自独立的做法联系起来：一类是 "
            "ReLU 这样的非线性函数，按输入的符号决定放行还是截断；另一类是 dropout、zoneout "
            "这样的随机正则化方法，把输入随机乘以 $0$ 或 $1$。如果单元的输入 $x$ 以概率 "
            r"$\Phi(x)$ 被保留，即输入越大越容易保留下来，那么输出的期望就是 $x\,\Phi(x)$："
            "GELU 正是这个期望，一个按输入的大小而不是符号来加权的光滑 ReLU。同一篇论文还给出了"
            r"两种计算更省的形式：$\tanh$ 近似和 $x\,\sigma(1.702\,x)$。"
        ),
        uses=(
            "GELU 随 GPT（2018）、BERT（2018）和 GPT-2（2019）成为 Transformer 语言模型的激活函数，"
            "用在每一层的前馈块中；视觉领域随后在 Vision Transformer（ViT，2020）中采用了它。BERT "
            "发布时用的是以 erf 计算的精确 GELU；OpenAI 为 GPT 和 GPT-2 发布的代码计算的则是 tanh "
            "近似。许多后来的编码器沿用了 GELU，而近年的许多大语言模型则改用 SwiGLU 等门控变体。"
        ),
        strengths=(
            "处处光滑；对中等大小的负输入仍有非零梯度，而 ReLU 在那里的梯度恰好为 $0$。",
            "它是 Transformer 模型的默认选择：预训练检查点、参考代码和调好的超参数都以它为前提。",
            "在 Hendrycks 和 Gimpel 的实验中，它在所测试的每一项视觉、语言和语音任务上都优于 ReLU "
            "和 ELU。",
        ),
        weaknesses=(
            r"计算代价高于 ReLU：正态分布函数 $\Phi$ 需要 $\operatorname{erf}$，这正是 tanh 近似和 "
            "sigmoid 近似存在的原因。",
            r"它不是单调的（在 $x \approx -0.75$ 附近下探到约 $-0.17$），对负输入也不会输出恰好为零"
            "的值，因此失去了 ReLU 的稀疏性。",
            r"与 SiLU 相比没有明显优势：$x\,\sigma(1.702\,x)$ 几乎与它重合，两者之间的选择多半只是"
            "惯例。",
        ),
    ),
    "gelu_tanh": EntryText(
        "GELU（tanh 近似）",
        "GELU 的 tanh 近似出自原论文，至今仍是一些框架和预训练模型的默认形式。",
        origin=(
            r"Hendrycks 和 Gimpel 在 2016 年的 GELU 论文中给出了这个近似，作为正态分布函数 $\Phi$ "
            "的一种更省计算的替代，适合速度比精确更重要的场合。它用 "
            r"$\tfrac{1}{2}\bigl(1 + \tanh u\bigr)$ 代替 $\Phi(x)$，其中 "
            r"$u = \sqrt{2/\pi}\,(x + 0.044715\,x^{3})$，两条曲线之差处处不超过约 "
            r"$4.7 \times 10^{-4}$。由于 $\tfrac{1}{2}(1 + \tanh u) = \sigma(2u)$，它也是一个 "
            "sigmoid 门控，和 SiLU 一样，只是里面多了一个三次多项式。"
        ),
        uses=(
            "OpenAI 为 GPT（2018）和 GPT-2（2019）发布的代码用这个公式计算 GELU，因此它们的检查点"
            "以及由它们移植而来的模型都要求使用它；Hugging Face 把这个形式称作 `gelu_new`。BERT "
            '则不同，发布时用的是精确 GELU，Hugging Face 也把 BERT 配置中的 `"gelu"` 解读为精确形式；'
            "Google 的 BERT 代码库是后来（2019 年）才改用 tanh 形式的。PyTorch 以 "
            '`torch.nn.GELU(approximate="tanh")` 提供它，而 '
            "`jax.nn.gelu` 只要不传入 `approximate=False`，默认就用这个形式。"
        ),
        strengths=(
            "能精确复现用它训练的模型（例如 GPT-2）；换成精确的 GELU 会让它们的输出略有变化。",
            r"只需要一个多项式和 $\tanh$，任何库和加速器都具备。",
            r"误差极小，最多约 $4.7 \times 10^{-4}$，形状、最小值和两端尾部都与精确的 GELU 相同。",
        ),
        weaknesses=(
            "它只是一个近似：在精确 GELU 可用且够快的地方，把它当作设计选择并无好处。",
            "各框架对裸名称的含义并不一致（`jax.nn.gelu` 默认是这个形式，`torch.nn.GELU` 和 "
            "`tf.nn.gelu` 默认是精确形式），移植模型时很容易造成不易察觉的差异。",
            "它保留了精确 GELU 的代价和特点：非单调的下凹、没有恰好为零的输出、比 ReLU 更多的运算。",
        ),
    ),
    "silu": EntryText(
        "SiLU（Swish）",
        r"以 sigmoid 加权的线性单元把 $x$ 乘以 $\sigma(\beta x)$：SiLU 即 $\beta = 1$ 的情形，"
        r"Swish 则是 $\beta$ 固定或可学习的整个函数族（$\beta = 1$ 时称为 Swish-1）。",
        "",
        {"beta": r"门控的陡峭程度 $\beta$（Swish）；$\beta = 1$ 即为 SiLU。"},
        origin=(
            r"函数 $x\,\sigma(x)$ 在一年多一点的时间里被提出了三次。Hendrycks 和 Gimpel 在 2016 年"
            r"的 GELU 论文中把它命名为 sigmoid 线性单元（SiLU），即用 logistic 分布函数 $\sigma$ "
            r"代替 $\Phi$ 的变体；Elfwing、Uchibe 和 Doya（2017）独立地提出了它，用于强化学习中的"
            "神经网络函数逼近，并在 Tetris 和 Atari 游戏上做了测试；Ramachandran、Zoph 和 Le"
            "（2017）则通过在简单函数组合上的自动搜索再次找到了它，将其命名为 Swish，并加入了可固定"
            r"也可学习的陡峭程度 $\beta$。"
        ),
        uses=(
            "EfficientNet（2019）全网使用 Swish，其后的许多视觉模型也是如此，YOLOv5 则使用 SiLU。"
            "在语言模型中，它位于 SwiGLU 前馈块（Shazeer，2020）"
            r"$\operatorname{SiLU}(xW) \odot xV$ 之中；PaLM（2022）和 LLaMA（2023）采用了这种"
            "结构，许多开源大语言模型也沿用至今。"
        ),
        strengths=(
            r"和 GELU 一样光滑且非单调，但计算更省：只需一个 sigmoid，而不是正态分布函数 $\Phi$。",
            r"中等大小的负输入仍能传递梯度（曲线在 $x \approx -1.28$ 处下探到约 $-0.28$，而不是停在 "
            "$0$），因此比 ReLU 更不容易出现死单元。",
            "Ramachandran 等人发现，在他们尝试的大多数图像和翻译模型上，它与 ReLU 持平或更好；作为 "
            "SwiGLU 的门控，它是当今大语言模型的标准选择。",
        ),
        weaknesses=(
            "每个元素都要算一次指数，比 ReLU 贵，而且没有恰好为零的输出，因而没有稀疏性。",
            "它相对 ReLU 的优势取决于模型，往往不大；与 GELU 相比，差别多半只是惯例。",
            "对非常负的输入，它的梯度仍会消失，这一点和 ReLU 一样：光滑的下凹只在零附近起作用。",
        ),
    ),
    "mish": EntryText(
        "Mish",
        r"Mish 用 softplus 的 $\tanh$ 作为输入的门控，即 $x \tanh\bigl(\ln(1 + e^{x})\bigr)$："
        "光滑、非单调、上方无界。",
        origin=(
            r"Diganta Misra 于 2019 年提出 Mish，目标是找到一个与 Swish $x\,\sigma(x)$ 同类的光滑、"
            "非单调激活函数，而 Swish 的自门控形式是通过自动搜索发现的。Mish 保留了“输入乘以门控”"
            r"的形式，但用 $\tanh\bigl(\operatorname{softplus}(x)\bigr)$ 作为门控；Misra 报告称，"
            "在他尝试的图像分类和目标检测基准上，它与 Swish 和 ReLU 持平或更好。"
        ),
        uses=(
            "Mish 最著名的应用是 YOLOv4（Bochkovskiy、Wang 和 Liao，2020），其 CSPDarknet53 主干"
            "网络使用了它，一些由 YOLOv4 衍生的检测器也保留了它。在其他地方它并不常见：大多数视觉"
            "模型使用 ReLU、SiLU 或 GELU。"
        ),
        strengths=(
            r"光滑，负半轴的下凹比 SiLU 略深（在 $x \approx -1.19$ 处取最小值约 $-0.31$），因此负"
            "输入能保留稍多的信号和梯度。",
            "在 Misra 的实验中，它比 ReLU 和 Swish 略微提高了准确率。",
            "和 SiLU 一样上方无界、下方有界，因此对正输入不会饱和。",
        ),
        weaknesses=(
            r"在常见的门控单元中计算最贵：每个元素需要一次指数、一次对数和一次 $\tanh$（或者像这里"
            r"一样，用一个关于 $e^{x}$ 的等价有理函数）。",
            "SiLU 的形状与它几乎相同，而它相对 SiLU 的提升很小，且因模型而异。",
            "和 GELU、SiLU 一样，它不是单调的，也没有恰好为零的输出。",
        ),
    ),
    "hardswish": EntryText(
        "Hardswish",
        r"Hardswish 是分段二次的 SiLU：输入乘以硬 sigmoid $\operatorname{ReLU6}(x+3)/6$，在移动端"
        "硬件上计算代价很低。",
        r"Hardswish 在 $x = -3$ 和 $x = 3$ 处不可导；导数在这两点取外侧的单侧斜率，即在 $x = -3$ "
        r"处取 $0$、在 $x = 3$ 处取 $1$，与 PyTorch 2.8 及以后版本的自动求导一致（更早的版本取的是内侧斜率 "
        r"$-\tfrac{1}{2}$ 和 $\tfrac{3}{2}$）。",
        origin=(
            "Howard 等人于 2019 年在借助架构搜索设计 MobileNetV3 时提出了 hard swish。Swish 能提高"
            r"准确率，但其中的 sigmoid 在移动设备上计算代价高；把 $\sigma(x)$ 换成分段线性的 "
            r"$\operatorname{ReLU6}(x+3)/6$ 后，得到的函数只由各移动端框架早已具备的运算构成，在"
            "他们的实验中看不出准确率损失，也避免了量化网络中不同 sigmoid 近似实现带来的精度损失。"
        ),
        uses=(
            "MobileNetV3（2019）在第一个卷积层和网络的整个后半部分使用 hard swish：后半部分的特征图"
            "更小，而且作者发现 swish 的大部分收益都来自那里；只有前面的一些瓶颈模块使用 ReLU。由 "
            "MobileNetV3 模块构建的网络也继承了它。在移动端和边缘模型之外它很少见：在指数运算不贵"
            "的地方，人们直接用 SiLU。"
        ),
        strengths=(
            "没有指数运算：一次加法、一次截断和两次乘法，适合移动端 CPU 和整数（量化）推理。",
            r"形状接近 SiLU：渐近线相同，在 $x = -1.5$ 处下探到 $-0.375$；MobileNetV3 用它替换 "
            "swish 后没有损失准确率。",
            r"在 $x \le -3$ 时恰好为 $0$，在 $x \ge 3$ 时恰好等于 $x$，因此保留了 ReLU 的部分稀疏性。",
        ),
        weaknesses=(
            r"只是连续而不光滑：导数在 $x = -3$ 和 $x = 3$ 处跳变，框架必须在那里选定一个值"
            "（PyTorch 就改过它的选择）。",
            "它的优势在于没有快速指数运算的硬件上的速度；在其他地方，SiLU 能以光滑的方式给出同样的"
            "形状。",
            r"和 ReLU 一样，它在 $x < -3$ 时不传递任何梯度，而 SiLU 在那里仍有一点梯度。",
        ),
    ),
    "softplus": EntryText(
        "Softplus",
        r"Softplus，即 $\tfrac{1}{\beta}\ln\bigl(1 + e^{\beta x}\bigr)$，是一个光滑的凸函数，可看作"
        r"光滑版 ReLU；与 PyTorch 一样，当 $\beta x$ 超过阈值时直接返回 $x$ 本身。",
        "",
        {
            "beta": r"陡峭程度 $\beta$；取值越大越接近 ReLU。",
            "threshold": r"当 $\beta x$ 超过该值时改为返回恒等映射（PyTorch 的切换点；在该处两者"
            r"之差小于 $10^{-8}/\beta$）。",
        },
        origin=(
            "Dugas、Bengio、Bélisle、Nadeau 和 Garcia 于 2001 年提出 softplus，即 "
            r"$\ln\bigl(1 + e^{x}\bigr)$，用于以神经网络为期权定价：已知看涨期权的价格随某些输入"
            "增大而增大，并且对其中一个输入是凸的，而由 softplus 和 sigmoid 单元构成的网络（两者都"
            "单调递增，前者还是凸的）天然具备这些性质。它的导数就是 sigmoid，因此它是这一经典激活"
            "函数的光滑原函数。Glorot、Bordes 和 Bengio（2011）把它与 ReLU 作为隐藏层激活函数进行"
            "比较，发现尽管 ReLU 有拐角，训练效果却不差甚至更好；ReLU 的真零输出似乎有帮助。"
        ),
        uses=(
            "作为隐藏层激活函数，softplus 很少见。它的主要用途是一切要求输出为正的地方：预测高斯"
            "分布的网络中的标准差或方差输出头、其他分布的速率和尺度参数，以及 Mamba（2023）选择性"
            r"状态空间层中的步长 $\Delta$。它也是 Mish "
            r"$x \tanh\bigl(\operatorname{softplus}(x)\bigr)$ 的内层函数。"
        ),
        strengths=(
            r"严格为正且光滑，梯度 $\sigma(\beta x)$ 永远不会恰好为 $0$：这是让输出为正的一种自然"
            r"方式，又不会像 $e^{x}$ 那样爆炸式增长。",
            "凸且单调，因此用它搭建的网络很容易满足约束，这也是它被发明出来的原因。",
            "与 ReLU 不同，它没有平坦区域，因此每个单元总能得到一些梯度。",
        ),
        weaknesses=(
            "作为隐藏层激活函数，它没有胜过 ReLU（Glorot 等人，2011），而且需要一次指数和一次对数"
            "运算。",
            r"它从不输出恰好为零的值，且 $\operatorname{softplus}(0) = \tfrac{1}{\beta}\ln 2$，因此"
            "输出和 ReLU 一样偏正，却没有 ReLU 的稀疏性。",
            r"朴素实现在 $\beta x$ 很大时会溢出；各个库在超过阈值后改用恒等映射，这里的实现也是如此。",
        ),
    ),
    "squareplus": EntryText(
        "Squareplus",
        r"Squareplus，即 $\bigl(x + \sqrt{x^{2} + b}\bigr)/2$，是一种与 softplus 相似的光滑 "
        "ReLU，用平方根代替了指数和对数。",
        "",
        {
            "b": r"决定拐弯的程度：$x = 0$ 处的曲率为 $1/(2\sqrt{b})$，所以 $b$ 越大，拐弯越平缓；"
            r"$b = 0$ 即为 ReLU。"
        },
        origin=(
            "Jonathan Barron 于 2021 年提出 squareplus，作为更省计算的 softplus。它基于恒等式 "
            r"$\max(x, 0) = \bigl(x + \sqrt{x^{2}}\bigr)/2$：在根号下加上 $b$，就把拐角磨圆，而"
            "运算仍只有加法、乘法和一次开方。Barron 测得它在 CPU 上比 softplus 快约六倍，并指出由于"
            "不需要超越函数，它可能对资源受限的应用有帮助。"
        ),
        uses=(
            "Squareplus 在实践中很少见：没有知名架构使用它。JAX（`jax.nn.squareplus`）和 Keras "
            "提供了它，PyTorch 没有。它最自然的用武之地正是 Barron 这篇短文的出发点：输出必须非负的"
            "层，那里通常用 softplus 作为光滑的选择；在指数运算代价太高或无法使用时，squareplus "
            "正合适。"
        ),
        strengths=(
            "只用代数运算：在 CPU 上比 softplus 快（Barron 的基准测试中约快六倍），在没有指数运算"
            "可用的地方也能使用。",
            r"和 softplus 一样光滑、为正且单调；$b$ 调节拐弯的程度，$b = 4$ 时它在 $x = 0$ 处的导数"
            r"值（$\tfrac{1}{2}$）和曲率（$\tfrac{1}{4}$）都与 softplus 相同。",
            r"$b = 0$ 时它恰好就是 ReLU，因此一个参数就能覆盖从硬到软的整流函数。",
        ),
        weaknesses=(
            r"它的左尾只按 $b/(4\lvert x\rvert)$ 衰减，而不是指数衰减：很负的输入仍会给出明显为正"
            r"的输出，梯度约为 $b/(4x^{2})$。",
            "Barron 的论文论证的是速度而不是准确率，已发表的模型中很少有人检验过它。",
            "PyTorch 没有内置版本。",
        ),
        derivation=(
            r"逐项求导（和的求导法则）。$x/2$ 一项给出 $\tfrac12$。对 "
            r"$\tfrac12\sqrt{x^{2} + b}$ 用链式法则：外层函数 $\sqrt{u}$ 的导数为 "
            r"$1/(2\sqrt{u})$，内层函数 $u = x^{2} + b$ 的导数为 $2x$：",
            r"把两半相加。当 $b > 0$ 时 $\sqrt{x^{2} + b} > \lvert x\rvert$，所以这个比值严格"
            r"介于 $-1$ 和 $1$ 之间，斜率严格介于 $0$ 和 $1$ 之间。该比值是 $x$ 的奇函数，所以 "
            r"$x$ 与 $-x$ 处的斜率之和为 $1$，恰如 softplus 的导数满足 "
            r"$\sigma(x) + \sigma(-x) = 1$：",
            r"再求一次导得到曲率：对 $x / \sqrt{x^{2} + b}$ 用商的求导法则，分母的导数用第一步"
            r"的结果。分子化简为 $b/\sqrt{x^{2} + b}$，所以二阶导数为正（squareplus 是凸函数），"
            r"在 $x = 0$ 处等于 $1/(2\sqrt{b})$；当 $b = 4$ 时为 $\tfrac14$，正是 softplus 在 "
            r"$0$ 处的曲率：",
            r"ReLU 极限。当 $b \to 0^{+}$ 时，对每个 $x \ne 0$，"
            r"$x/\sqrt{x^{2} + b} \to x/\lvert x\rvert$，即 $x$ 的符号，所以导数趋于 ReLU 的"
            r"阶跃；曲率 $b/\bigl(2(x^{2} + b)^{3/2}\bigr)$ 在 $0$ 以外趋于 $0$，而它在 $0$ 处的"
            r"峰值 $1/(2\sqrt{b})$ 无界增长，拐角由此形成：",
        ),
        exercises=(
            Exercise(
                r"取默认值 $b = 4$，计算 $\operatorname{squareplus}(0)$、"
                r"$\operatorname{squareplus}(-2)$、$\operatorname{squareplus}'(-2)$ 和 "
                r"$\operatorname{squareplus}'(2)$，并与 softplus $\ln(1 + e^{x})$ 及其导数 "
                r"$\sigma(x)$ 在 $x = -2$ 处的值比较。",
                cleandoc(
                    r"""
                    $\operatorname{squareplus}(0) = \sqrt{4}/2 = 1$。在 $x = -2$ 处，$\sqrt{4 + 4} = 2\sqrt{2}$，所以 $\operatorname{squareplus}(-2) = (-2 + 2\sqrt{2})/2 = \sqrt{2} - 1 \approx 0.4142$，$\operatorname{squareplus}'(-2) = \tfrac12\bigl(1 - 2/(2\sqrt{2})\bigr) = \tfrac12\bigl(1 - 1/\sqrt{2}\bigr) \approx 0.1464$。由斜率的对称性，$\operatorname{squareplus}'(2) = 1 - 0.1464 \approx 0.8536$。softplus 给出 $\ln(1 + e^{-2}) \approx 0.1269$ 和 $\sigma(-2) \approx 0.1192$：在 $x = -2$ 处，squareplus 比 softplus 高，也略陡一些。
                    <!-- answer: squareplus(0.0) = 1 -->
                    <!-- answer: squareplus(-2.0) = 0.4142 -->
                    <!-- answer: squareplus.derivative(-2.0) = 0.1464 -->
                    <!-- answer: squareplus.derivative(2.0) = 0.8536 -->
                    <!-- answer: softplus(-2.0) = 0.1269 -->
                    <!-- answer: softplus.derivative(-2.0) = 0.1192 -->
                    """
                ),
            ),
            Exercise(
                r"通过有理化证明 "
                r"$\operatorname{squareplus}(x) = \dfrac{b}{2\bigl(\sqrt{x^{2} + b} - x\bigr)}$，"
                r"并由此推出当 $x \to -\infty$ 时函数的行为类似于 $b/(4\lvert x\rvert)$，导数"
                r"类似于 $b/(4x^{2})$。取 $b = 4$，在 $x = -10$ 处计算两者，并与 softplus 比较。"
                r"为什么对 $x < 0$ 用有理化后的形式计算更好？",
                cleandoc(
                    r"""
                    分子分母同乘以 $\sqrt{x^{2} + b} - x$（当 $b > 0$ 时它为正）：

                    $$
                    \frac{x + \sqrt{x^{2} + b}}{2} = \frac{\bigl(\sqrt{x^{2} + b} + x\bigr)\bigl(\sqrt{x^{2} + b} - x\bigr)}{2\bigl(\sqrt{x^{2} + b} - x\bigr)} = \frac{x^{2} + b - x^{2}}{2\bigl(\sqrt{x^{2} + b} - x\bigr)} = \frac{b}{2\bigl(\sqrt{x^{2} + b} - x\bigr)}
                    $$

                    当 $x \to -\infty$ 时，$\sqrt{x^{2} + b} \approx \lvert x\rvert$，且 $-x = \lvert x\rvert$，所以分母约为 $4\lvert x\rvert$。同样的一步把导数化为 $b / \bigl(2\sqrt{x^{2} + b}\,(\sqrt{x^{2} + b} - x)\bigr) \approx b/(4x^{2})$。在 $x = -10$ 处：$\operatorname{squareplus}(-10) \approx 0.0990$（估计式给出 $0.1$），$\operatorname{squareplus}'(-10) \approx 0.00971$（估计式给出 $0.01$），而 $\operatorname{softplus}(-10) \approx 0.0000454$：代数型的尾部要重三个数量级。

                    在原来的形式中，当 $x \ll 0$ 时，$x + \sqrt{x^{2} + b}$ 是两个几乎相反的数相加，差值会丢失有效数字：双精度下在 $x = -10^{9}$ 处它返回 $0$，而不是 $0.000000001$。有理化后的形式是两个正数相加，能保持全部精度，本包正是这样计算的。
                    <!-- answer: squareplus(-10.0) = 0.0990 -->
                    <!-- answer: 4 / (4 * 10.0) = 0.1 -->
                    <!-- answer: squareplus.derivative(-10.0) = 0.00971 -->
                    <!-- answer: 4 / (4 * 10.0**2) = 0.01 -->
                    <!-- answer: softplus(-10.0) = 0.0000454 -->
                    <!-- answer: (-1e9 + math.sqrt(1e18 + 4)) / 2 = 0 -->
                    <!-- answer: squareplus(-1e9) = 0.000000001 -->
                    """
                ),
            ),
            Exercise(
                r"softplus 满足 $\operatorname{softplus}(0) = \ln 2$、"
                r"$\operatorname{softplus}'(0) = \tfrac12$ 和 "
                r"$\operatorname{softplus}''(0) = \tfrac14$。squareplus 能与其中哪些相匹配？"
                r"各需要怎样的 $b$？当 $b = 4$ 时，两个函数在 $0$ 处相差多少？",
                cleandoc(
                    r"""
                    由推导可知，对每个 $b$ 都有 $\operatorname{squareplus}'(0) = \tfrac12$，并且 $\operatorname{squareplus}''(0) = 1/(2\sqrt{b})$，$\operatorname{squareplus}(0) = \sqrt{b}/2$。

                    - 曲率在 $1/(2\sqrt{b}) = \tfrac14$，即 $b = 4$（默认值）时匹配。此时 $\operatorname{squareplus}(0) = 1$，与 softplus 的差为 $1 - \ln 2 \approx 0.3069$，这是整条实轴上最大的差距：两者在远离 $0$ 处都趋于 ReLU。
                    - 函数值在 $\sqrt{b}/2 = \ln 2$，即 $b = 4(\ln 2)^{2} \approx 1.9218$ 时匹配，此时两者都等于 $\ln 2 \approx 0.6931$。这时曲率为 $1/(4\ln 2) \approx 0.3607$，比 softplus 的 $0.25$ 弯得更急。

                    一个参数无法同时匹配两者：squareplus 是外形像 softplus 的函数，而不是在各方面都逼近它。
                    <!-- answer: squareplus(0.0) - softplus(0.0) = 0.3069 -->
                    <!-- answer: -minimum(lambda x: softplus(x) - squareplus(x), -10, 10) = 0.3069 -->
                    <!-- answer: 4 * math.log(2)**2 = 1.9218 -->
                    <!-- answer: squareplus(0.0, b=4 * math.log(2)**2) = 0.6931 -->
                    <!-- answer: (squareplus.derivative(1e-5, b=4 * math.log(2)**2) - squareplus.derivative(-1e-5, b=4 * math.log(2)**2)) / 2e-5 = 0.3607 -->
                    <!-- answer: (softplus.derivative(1e-5) - softplus.derivative(-1e-5)) / 2e-5 = 0.25 -->
                    """
                ),
            ),
        ),
    ),
    "bent_identity": EntryText(
        "弯曲恒等函数",
        r"弯曲恒等函数在恒等函数上加上 $\sqrt{x^{2} + 1} - 1$ 的一半：一条光滑的凸曲线，左侧斜率"
        r"趋于 $\tfrac{1}{2}$，右侧趋于 $\tfrac{3}{2}$。",
        origin=(
            "目前没有已知的论文提出过弯曲恒等函数：它出现在网上流传的激活函数列表里，通常不附出处。"
            r"它把恒等函数光滑地弯折：附加项 $\tfrac{1}{2}\bigl(\sqrt{x^{2} + 1} - 1\bigr)$ 在 $0$ "
            r"附近近似 $x^{2}/4$，远离原点时近似 $\tfrac{1}{2}\lvert x\rvert$，所以斜率从左侧的 "
            r"$\tfrac{1}{2}$ 变到右侧的 $\tfrac{3}{2}$。"
        ),
        uses=(
            "弯曲恒等函数在实践中很少见：没有知名架构使用它，PyTorch、TensorFlow 和 JAX 也都不提供"
            "它。"
        ),
        strengths=(
            r"光滑且单调，斜率始终介于 $\tfrac{1}{2}$ 和 $\tfrac{3}{2}$ 之间：两侧都既不饱和，也不"
            "切断梯度。",
            r"在 $0$ 附近像恒等函数（$f(0) = 0$，$f'(0) = 1$），因此小信号几乎原样通过。",
            "计算便宜：一次开方，没有指数运算。",
        ),
        weaknesses=(
            r"非线性很弱：远离 $0$ 时几乎是斜率为 $\tfrac{1}{2}$ 或 $\tfrac{3}{2}$ 的直线，相当于一个"
            r"左侧斜率是右侧 $\tfrac{1}{3}$ 的光滑 Leaky ReLU。",
            r"两侧都无界，且在 $x > 0$ 时斜率大于 $1$，因此激活值和梯度可能在深层堆叠中逐层增大。",
            "既没有出处论文，也没有采用者，没有证据表明它比 ReLU 或 Leaky ReLU 训练得更好。",
        ),
        derivation=(
            r"逐项求导（和的求导法则）。常数 $-\tfrac12$ 的导数为 $0$，$x$ 的导数为 $1$，只剩下"
            "平方根一项：",
            r"对平方根用链式法则：外层函数 $\sqrt{u}$ 的导数为 $1/(2\sqrt{u})$，内层函数 "
            r"$u = x^{2} + 1$ 的导数为 $2x$：",
            r"估计斜率的范围。由于 $\sqrt{x^{2} + 1} > \lvert x\rvert$，分式 "
            r"$x/\sqrt{x^{2} + 1}$ 严格介于 $-1$ 和 $1$ 之间，且当 $x \to \mp\infty$ 时趋于 "
            r"$\mp 1$；所以斜率严格介于 $\tfrac12$ 和 $\tfrac32$ 之间，并在两端分别趋于这两个"
            "值：",
            r"再求一次导，像 $b = 1$ 的 squareplus 那样对 $x/\sqrt{x^{2} + 1}$ 用商的求导法则。"
            r"二阶导数处处为正，所以函数是凸的，斜率单调上升；曲率在 $x = 0$ 处最大，为 "
            r"$\tfrac12$，并按 $1/(2\lvert x\rvert^{3})$ 衰减：",
        ),
        exercises=(
            Exercise(
                r"计算 $\operatorname{BentIdentity}(2)$、$\operatorname{BentIdentity}(-2)$ 以及"
                "这两点处的导数。（$2$ 处的值是一个著名的常数。）",
                cleandoc(
                    r"""
                    此时 $\sqrt{4 + 1} = \sqrt{5}$。所以 $\operatorname{BentIdentity}(2) = (\sqrt{5} - 1)/2 + 2 = (3 + \sqrt{5})/2 \approx 2.6180$，这是黄金比 $\phi = (1 + \sqrt{5})/2$ 的平方，因为 $\phi^{2} = \phi + 1$；而 $\operatorname{BentIdentity}(-2) = (\sqrt{5} - 1)/2 - 2 = (\sqrt{5} - 5)/2 \approx -1.3820$。导数为 $1 \pm 2/(2\sqrt{5}) = 1 \pm 1/\sqrt{5}$：在 $x = 2$ 处为 $1.4472$，在 $x = -2$ 处为 $0.5528$。两者之和为 $2$，因为对每个 $x$ 都有 $f'(x) + f'(-x) = 2$：$x/(2\sqrt{x^{2} + 1})$ 一项是奇函数。
                    <!-- answer: bent_identity(2.0) = 2.6180 -->
                    <!-- answer: bent_identity(-2.0) = -1.3820 -->
                    <!-- answer: bent_identity.derivative(2.0) = 1.4472 -->
                    <!-- answer: bent_identity.derivative(-2.0) = 0.5528 -->
                    <!-- answer: bent_identity.derivative(2.0) + bent_identity.derivative(-2.0) = 2 -->
                    """
                ),
            ),
            Exercise(
                r"证明 "
                r"$\operatorname{BentIdentity}(x) = \tfrac{x}{2} + \operatorname{squareplus}(x; b = 1) - \tfrac12$，"
                r"并用它重新推导导数。然后证明：当 $x \to +\infty$ 时图像趋近直线 "
                r"$y = \tfrac32 x - \tfrac12$，当 $x \to -\infty$ 时趋近直线 "
                r"$y = \tfrac12 x - \tfrac12$；并求 $x = \pm 10$ 处与各自直线的差距。",
                cleandoc(
                    r"""
                    **关系式。** $\tfrac{x}{2} + \tfrac{x + \sqrt{x^{2} + 1}}{2} - \tfrac12 = x + \tfrac{\sqrt{x^{2} + 1} - 1}{2}$，正是定义。在 $x = 1$ 处外侧两项相消，两边都等于 $(1 + \sqrt{2})/2 \approx 1.2071$。利用 $b = 1$ 时 squareplus 的导数：

                    $$
                    \operatorname{BentIdentity}'(x) = \frac{1}{2} + \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^{2} + 1}}\right) = 1 + \frac{x}{2\sqrt{x^{2} + 1}}
                    $$

                    **渐近线。** 用函数分别减去两条直线：

                    $$
                    \operatorname{BentIdentity}(x) - \Bigl(\frac{3}{2}x - \frac{1}{2}\Bigr) = \frac{\sqrt{x^{2} + 1} - x}{2}, \qquad \operatorname{BentIdentity}(x) - \Bigl(\frac{1}{2}x - \frac{1}{2}\Bigr) = \frac{\sqrt{x^{2} + 1} + x}{2}
                    $$

                    按 squareplus 中的方法有理化，在各自一侧两者都等于 $1 / \bigl(2(\sqrt{x^{2} + 1} + \lvert x\rvert)\bigr)$，它像 $1/(4\lvert x\rvert)$ 那样趋于 $0$。在 $x = \pm 10$ 处差距为 $1 / \bigl(2(\sqrt{101} + 10)\bigr) \approx 0.0249$。远离 $0$ 时，弯曲恒等函数就是斜率为 $\tfrac12$ 和 $\tfrac32$ 的两条直线，在 $0$ 附近光滑地连接起来：它是 Leaky ReLU 的一个光滑的近亲。
                    <!-- answer: bent_identity(1.0) = 1.2071 -->
                    <!-- answer: squareplus(1.0, b=1.0) = 1.2071 -->
                    <!-- answer: bent_identity(10.0) - 14.5 = 0.0249 -->
                    <!-- answer: bent_identity(-10.0) + 5.5 = 0.0249 -->
                    """
                ),
            ),
            Exercise(
                r"经过 $10$ 层，激活函数对反向传播梯度的贡献是它在各层预激活值处导数的乘积。"
                r"分别计算以下情形下这个乘积：每个预激活值都是 $2$；都是 $-2$；在 $2$ 与 $-2$ "
                r"之间交替（各 $5$ 个）。并与 ReLU 和恒等映射比较。",
                cleandoc(
                    r"""
                    由 $f'(2) = 1 + 1/\sqrt{5}$ 和 $f'(-2) = 1 - 1/\sqrt{5}$：

                    $$
                    f'(2)^{10} \approx 40.3, \qquad f'(-2)^{10} \approx 0.00266, \qquad \bigl(f'(2)\,f'(-2)\bigr)^{5} = \Bigl(1 - \frac{1}{5}\Bigr)^{5} \approx 0.328
                    $$

                    在正的路径上梯度增大约 $40$ 倍，在负的路径上缩小为原来的 $0.00266$，即使在平衡的路径上也会损失三分之二，因为当 $x \ne 0$ 时 $f'(x)\,f'(-x) = 1 - \dfrac{x^{2}}{4(x^{2} + 1)} < 1$。ReLU 的因子恰好是 $1$ 或 $0$，恒等映射的恰好是 $1$：弯曲恒等函数从不阻断梯度，但也不保持梯度的大小，所以需要由权重或归一化层来弥补。
                    <!-- answer: bent_identity.derivative(2.0)**10 = 40.3 -->
                    <!-- answer: bent_identity.derivative(-2.0)**10 = 0.00266 -->
                    <!-- answer: (bent_identity.derivative(2.0) * bent_identity.derivative(-2.0))**5 = 0.328 -->
                    <!-- answer: relu.derivative(2.0)**10 = 1 -->
                    <!-- answer: relu.derivative(-2.0)**10 = 0 -->
                    """
                ),
            ),
        ),
    ),
}
