<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>gpucompare</name>
    <message>
        <source>1 offer</source>
        <translation>1 个报价</translation>
    </message>
    <message>
        <source>%1 offers</source>
        <translation>%1 个报价</translation>
    </message>
    <message>
        <source>MFU %1 assumed: %2</source>
        <translation>假定 MFU 为 %1：%2</translation>
    </message>
    <message>
        <source>the price book has no dense %1 peak for %2</source>
        <translation>价格簿中没有 %2 的 %1 稠密峰值</translation>
    </message>
    <message>
        <source>GPU-hours measured on %1 cannot be scaled to %2 without both dense peaks</source>
        <translation>在 %1 上测得的 GPU 小时数缺少两者的稠密峰值，无法换算到 %2</translation>
    </message>
    <message>
        <source>GPU-hours scaled from %1 by dense peak (%2 / %3 TFLOP/s)</source>
        <translation>GPU 小时数按稠密峰值从 %1 换算而来（%2 / %3 TFLOP/s）</translation>
    </message>
    <message>
        <source>no published MFU for this GPU; a middle value, not a measurement</source>
        <translation>此 GPU 没有公开的 MFU；这是一个中间值，不是实测值</translation>
    </message>
    <message>
        <source>runs on thousands of GPUs reach 0.30-0.40 (PaLM, Llama 3)</source>
        <translation>数千块 GPU 上的训练 MFU 可达 0.30-0.40（PaLM，Llama 3）</translation>
    </message>
    <message>
        <source>%1 has no BF16: its FP16 peak is used</source>
        <translation>%1 不支持 BF16：使用其 FP16 峰值</translation>
    </message>
    <message>
        <source>%1 has no FP8: its 16-bit peak is used</source>
        <translation>%1 不支持 FP8：使用其 16 位峰值</translation>
    </message>
    <message>
        <source>%1 GPUs rented as %2 whole instances of %3</source>
        <translation>租用 %1 块 GPU，即 %2 个完整的 %3 实例</translation>
    </message>
    <message>
        <source>hypothetical offer</source>
        <translation>假设的报价</translation>
    </message>
    <message>
        <source>%1 without a price left out</source>
        <translation>%1 个没有价格的报价未计入</translation>
    </message>
    <message>
        <source>%1 of %2 left out: %3</source>
        <translation>%2 中有 %1 个未计入：%3</translation>
    </message>
    <message>
        <source>No offer matches: widen the GPU, provider or pricing filter.</source>
        <translation>没有匹配的报价：请放宽 GPU、提供商或计价方式筛选。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>any GPU</source>
        <translation>任意 GPU</translation>
    </message>
    <message>
        <source>; the budget buys %1 tokens there</source>
        <translation>；该预算在那里可训练 %1 个 token</translation>
    </message>
    <message>
        <source>Spot price is not below the on-demand price of the same instance.</source>
        <translation>竞价价格不低于同一实例的按需价格。</translation>
    </message>
    <message>
        <source>The price is zero.</source>
        <translation>价格为零。</translation>
    </message>
    <message>
        <source>The GPU count contradicts the known shape of this instance type.</source>
        <translation>GPU 数量与该实例类型的已知配置不符。</translation>
    </message>
    <message>
        <source>Per-GPU price is more than %1× the median for this GPU.</source>
        <translation>每 GPU 价格超过该 GPU 中位数的 %1 倍。</translation>
    </message>
    <message>
        <source>No source is recorded for this price.</source>
        <translation>此价格没有记录来源。</translation>
    </message>
    <message>
        <source>Recognise from the content</source>
        <translation>根据内容识别</translation>
    </message>
    <message>
        <source>GPU Cloud Compare offers CSV</source>
        <translation>GPU Cloud Compare 报价 CSV</translation>
    </message>
    <message>
        <source>GPU Cloud Compare market-share CSV</source>
        <translation>GPU Cloud Compare 市场份额 CSV</translation>
    </message>
    <message>
        <source>GPU Cloud Compare price book JSON</source>
        <translation>GPU Cloud Compare 价格簿 JSON</translation>
    </message>
    <message>
        <source>SkyPilot catalog (vms.csv)</source>
        <translation>SkyPilot 目录（vms.csv）</translation>
    </message>
    <message>
        <source>Full Stack Deep Learning cloud GPUs CSV</source>
        <translation>Full Stack Deep Learning 云 GPU CSV</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … 另有 %1 条</translation>
    </message>
    <message>
        <source>%1: %2, %3 rows read</source>
        <translation>%1：%2，已读取 %3 行</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported in one transaction.</source>
        <translation>已在一个事务中导入。</translation>
    </message>
    <message>
        <source>offers added:</source>
        <translation>新增报价：</translation>
    </message>
    <message>
        <source>offers updated (new price):</source>
        <translation>更新的报价（新价格）：</translation>
    </message>
    <message>
        <source>offers unchanged:</source>
        <translation>未变的报价：</translation>
    </message>
    <message>
        <source>providers added:</source>
        <translation>新增提供商：</translation>
    </message>
    <message>
        <source>snapshots added:</source>
        <translation>新增快照：</translation>
    </message>
    <message>
        <source>snapshots updated:</source>
        <translation>更新的快照：</translation>
    </message>
    <message>
        <source>GPU names mapped:</source>
        <translation>已映射的 GPU 名称：</translation>
    </message>
    <message>
        <source>rows rejected:</source>
        <translation>拒绝的行：</translation>
    </message>
    <message>
        <source>  of them, unknown GPU names:</source>
        <translation>  其中未知 GPU 名称：</translation>
    </message>
    <message>
        <source>rows flagged:</source>
        <translation>标记的行：</translation>
    </message>
    <message>
        <source>rows without a GPU (skipped):</source>
        <translation>没有 GPU 的行（已跳过）：</translation>
    </message>
    <message>
        <source>zone/duplicate rows folded:</source>
        <translation>合并的可用区/重复行：</translation>
    </message>
    <message>
        <source>Accelerator names that match no GPU model (map them with --map NAME=GPU):</source>
        <translation>与任何 GPU 型号都不匹配的加速器名称（用 --map 名称=GPU 映射）：</translation>
    </message>
    <message>
        <source>  %1 (1 row)</source>
        <translation>  %1（1 行）</translation>
    </message>
    <message>
        <source>  %1 (%2 rows)</source>
        <translation>  %1（%2 行）</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>拒绝的行：</translation>
    </message>
    <message>
        <source>Flagged rows (imported, but look again):</source>
        <translation>标记的行（已导入，但请复核）：</translation>
    </message>
    <message>
        <source>LLaMA-65B (2023)</source>
        <translation>LLaMA-65B（2023）</translation>
    </message>
    <message>
        <source>Touvron et al. 2023, §2.4 and Table 15: 65.2B parameters, 1.4T tokens, 2,048 A100-80GB at 380 tokens/s/GPU (MFU 0.4765 derived), 1,022,362 GPU-hours, about 21 days.</source>
        <translation>Touvron 等 2023，§2.4 及表 15：652 亿参数，1.4 万亿 token，2,048 块 A100-80GB，每块 GPU 每秒 380 个 token（推得 MFU 0.4765），1,022,362 GPU 小时，约 21 天。</translation>
    </message>
    <message>
        <source>Llama 2 7B (2023)</source>
        <translation>Llama 2 7B（2023）</translation>
    </message>
    <message>
        <source>Llama 2 model card and paper Table 2: 2.0T tokens, 184,320 A100-80GB GPU-hours (all-in, restarts included). GPU count not published.</source>
        <translation>Llama 2 模型卡及论文表 2：2.0 万亿 token，184,320 A100-80GB GPU 小时（含重启等全部开销）。GPU 数量未公开。</translation>
    </message>
    <message>
        <source>Llama 2 70B (2023)</source>
        <translation>Llama 2 70B（2023）</translation>
    </message>
    <message>
        <source>Llama 2 model card and paper Table 2: 2.0T tokens, 1,720,320 A100-80GB GPU-hours (all-in, restarts included). GPU count not published.</source>
        <translation>Llama 2 模型卡及论文表 2：2.0 万亿 token，1,720,320 A100-80GB GPU 小时（含重启等全部开销）。GPU 数量未公开。</translation>
    </message>
    <message>
        <source>MPT-7B (2023)</source>
        <translation>MPT-7B（2023）</translation>
    </message>
    <message>
        <source>databricks.com/blog/mpt-7b: 6.7B parameters, 1T tokens, 440 A100-40GB, about 9.5 days, about $200k (MFU 0.3568 derived from the 9.5 days).</source>
        <translation>databricks.com/blog/mpt-7b：67 亿参数，1 万亿 token，440 块 A100-40GB，约 9.5 天，约 20 万美元（由 9.5 天推得 MFU 0.3568）。</translation>
    </message>
    <message>
        <source>GPT-3 175B (2020)</source>
        <translation>GPT-3 175B（2020）</translation>
    </message>
    <message>
        <source>Brown et al. 2020, Table D.1: 174.6B parameters, 300B tokens, 3.14e23 FLOPs; MFU 0.213 on V100 (PaLM, Table 3). GPU count not published.</source>
        <translation>Brown 等 2020，表 D.1：1746 亿参数，3000 亿 token，3.14e23 FLOPs；在 V100 上 MFU 为 0.213（PaLM，表 3）。GPU 数量未公开。</translation>
    </message>
    <message>
        <source>above %1 and at most %2</source>
        <translation>大于 %1 且不超过 %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>%1 must be %2 (got %3).</source>
        <translation>%1 必须%2（实际为 %3）。</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <source>FP16</source>
        <translation>FP16</translation>
    </message>
    <message>
        <source>FP8</source>
        <translation>FP8</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <source>Head size</source>
        <translation>注意力头维度</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <source>Fewer tokens than parameters: compute-optimal training uses about 20 tokens per parameter (Chinchilla).</source>
        <translation>token 数少于参数量：计算最优的训练约为每个参数 20 个 token（Chinchilla）。</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 小时</translation>
    </message>
    <message>
        <source>MFU must be above 0 and at most 1; 0.4 means 40 % of the GPU&apos;s dense peak (got %1).</source>
        <translation>MFU 必须大于 0 且不超过 1；0.4 表示 GPU 稠密峰值的 40 %（实际为 %1）。</translation>
    </message>
    <message>
        <source>MFU %1 is outside the 0.20-0.60 that published runs reach; nothing public exceeds about 0.64.</source>
        <translation>MFU %1 超出公开训练所达到的 0.20-0.60 范围；公开记录中没有超过约 0.64 的。</translation>
    </message>
    <message>
        <source>Overhead factor</source>
        <translation>开销系数</translation>
    </message>
    <message>
        <source>Spot interruption overhead</source>
        <translation>竞价中断开销</translation>
    </message>
    <message>
        <source>Number of GPUs must be a whole number from 1 to %1 (got %2).</source>
        <translation>GPU 数量必须是 1 到 %1 之间的整数（实际为 %2）。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Storage months</source>
        <translation>存储月数</translation>
    </message>
    <message>
        <source>Storage price</source>
        <translation>存储价格</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>出站流量</translation>
    </message>
    <message>
        <source>Egress price</source>
        <translation>出站流量价格</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是一个对象</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>needs at least one price</source>
        <translation>至少需要一个价格</translation>
    </message>
    <message>
        <source>is above high_percent</source>
        <translation>高于 high_percent</translation>
    </message>
    <message>
        <source>the record is no longer in the price book (changed by another window?); reload and try again</source>
        <translation>该记录已不在价格簿中（是否被另一个窗口修改？）；请重新加载后再试</translation>
    </message>
    <message>
        <source>Change provider %1</source>
        <translation>修改提供商 %1</translation>
    </message>
    <message>
        <source>Add provider %1</source>
        <translation>添加提供商 %1</translation>
    </message>
    <message>
        <source>Delete provider %1</source>
        <translation>删除提供商 %1</translation>
    </message>
    <message>
        <source>Change GPU model %1</source>
        <translation>修改 GPU 型号 %1</translation>
    </message>
    <message>
        <source>Add GPU model %1</source>
        <translation>添加 GPU 型号 %1</translation>
    </message>
    <message>
        <source>the alias &quot;%1&quot; already names another GPU model</source>
        <translation>别名“%1”已指向另一个 GPU 型号</translation>
    </message>
    <message>
        <source>Delete GPU model %1</source>
        <translation>删除 GPU 型号 %1</translation>
    </message>
    <message>
        <source>Change offer %1</source>
        <translation>修改报价 %1</translation>
    </message>
    <message>
        <source>Add offer %1</source>
        <translation>添加报价 %1</translation>
    </message>
    <message>
        <source>Delete offer %1</source>
        <translation>删除报价 %1</translation>
    </message>
    <message>
        <source>Change price of %1</source>
        <translation>修改 %1 的价格</translation>
    </message>
    <message>
        <source>Remove a price of %1</source>
        <translation>删除 %1 的一个价格</translation>
    </message>
    <message>
        <source>Change market share %1</source>
        <translation>修改市场份额 %1</translation>
    </message>
    <message>
        <source>Add market share %1</source>
        <translation>添加市场份额 %1</translation>
    </message>
    <message>
        <source>no provider is named &quot;%1&quot;</source>
        <translation>没有名为“%1”的提供商</translation>
    </message>
    <message>
        <source>Delete market share %1, %2</source>
        <translation>删除市场份额 %1，%2</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: read as %2 — write %3 or %4 to be sure</source>
        <translation>“%1”有歧义：按 %2 读取——请写成 %3 或 %4 以免误读</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>提供商 %1</translation>
    </message>
    <message>
        <source>a provider&apos;s discount</source>
        <translation>某提供商的折扣</translation>
    </message>
    <message>
        <source>GPU model %1</source>
        <translation>GPU 型号 %1</translation>
    </message>
    <message>
        <source>GPU alias %1</source>
        <translation>GPU 别名 %1</translation>
    </message>
    <message>
        <source>offer %1</source>
        <translation>报价 %1</translation>
    </message>
    <message>
        <source>the price observed on %1</source>
        <translation>%1 记录的价格</translation>
    </message>
    <message>
        <source>market share %1, %2</source>
        <translation>市场份额 %1，%2</translation>
    </message>
    <message>
        <source>market-share entry %1</source>
        <translation>市场份额条目 %1</translation>
    </message>
    <message>
        <source>the price book&apos;s typical MFU for %1</source>
        <translation>价格簿中 %1 的典型 MFU</translation>
    </message>
    <message>
        <source>the shape of %1</source>
        <translation>%1 的实例规格</translation>
    </message>
    <message>
        <source>no saved Azure pages (*.json) in %1</source>
        <translation>%1 中没有保存的 Azure 页面（*.json）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Read from an offline copy (%1).</source>
        <translation>读自离线副本（%1）。</translation>
    </message>
    <message>
        <source>more than %1 pages; stopped</source>
        <translation>超过 %1 页；已停止</translation>
    </message>
    <message>
        <source>page %1 links back to an earlier page</source>
        <translation>第 %1 页链接回了之前的页面</translation>
    </message>
    <message>
        <source>page %1 links to %2, another host; refused</source>
        <translation>页面 %1 链接到另一个主机 %2；已拒绝</translation>
    </message>
    <message>
        <source>is an HTML page where a CSV catalog was expected (a captive portal or a proxy may have answered)</source>
        <translation>应为 CSV 目录，却是一个 HTML 页面（可能是认证门户或代理作答）</translation>
    </message>
    <message>
        <source>%1: provider or GPU model missing</source>
        <translation>%1：缺少提供商或 GPU 型号</translation>
    </message>
    <message>
        <source>Change the shape of %1</source>
        <translation>修改 %1 的实例规格</translation>
    </message>
    <message>
        <source>Add the shape of %1</source>
        <translation>添加 %1 的实例规格</translation>
    </message>
    <message>
        <source>Delete the shape of %1</source>
        <translation>删除 %1 的实例规格</translation>
    </message>
    <message>
        <source>%1: %2 rows, none of them an offer the price book can take</source>
        <translation>%1：%2 行，其中没有价格簿能接受的报价</translation>
    </message>
    <message>
        <source>%1: the catalog holds none of the %2 offers it listed before (%3 rows left out); the offers are left as they were</source>
        <translation>%1：目录中没有它之前列出的 %2 个报价中的任何一个（略过 %3 行）；这些报价保持原样</translation>
    </message>
    <message>
        <source>must be 1 for a per-GPU rate</source>
        <translation>对于按 GPU 计价的费率必须为 1</translation>
    </message>
    <message>
        <source>must be left out for a per-GPU rate</source>
        <translation>按 GPU 计价的费率不能填写此项</translation>
    </message>
    <message>
        <source>Read from a saved copy of this file.</source>
        <translation>读自该文件的保存副本。</translation>
    </message>
    <message>
        <source>Undated: the date of the catalog file is not known.</source>
        <translation>无日期：该目录文件的日期未知。</translation>
    </message>
    <message>
        <source>No %1 in the price book.</source>
        <translation>价格簿中没有%1。</translation>
    </message>
    <message>
        <source>%1 of %2 %3 are inside %4–%5 per GPU-hour; %6 below, %7 above (from %8 to %9).</source>
        <translation>%2 个%3中有 %1 个在每 GPU 小时 %4–%5 之内；%6 个低于，%7 个高于（从 %8 到 %9）。</translation>
    </message>
    <message>
        <source>AWS spot is up to 90 % cheaper than on-demand.</source>
        <translation>AWS 竞价实例最多比按需便宜 90 %。</translation>
    </message>
    <message>
        <source>No AWS spot offer with an on-demand price of the same instance and region.</source>
        <translation>没有同一实例和区域同时有按需价格的 AWS 竞价报价。</translation>
    </message>
    <message>
        <source>Over %1 spot/on-demand pairs the discount is %2 % at most and %3 % at the median.</source>
        <translation>在 %1 对竞价/按需报价中，折扣最多为 %2 %，中位数为 %3 %。</translation>
    </message>
    <message>
        <source>%1 holds %2–%3 % of the market.</source>
        <translation>%1 占有 %2–%3 % 的市场。</translation>
    </message>
    <message>
        <source>No measured share in the price book.</source>
        <translation>价格簿中没有实测份额。</translation>
    </message>
    <message>
        <source>%1 %2 measures %3 % (cloud infrastructure services, all workloads, not GPU cloud alone).</source>
        <translation>%1 %2 测得 %3 %（云基础设施服务，全部负载，不仅是 GPU 云）。</translation>
    </message>
    <message>
        <source>Hyperscalers (AWS, Azure, Google Cloud) charge about $4–10 per H100 GPU-hour.</source>
        <translation>超大规模云（AWS、Azure、Google Cloud）的 H100 约为每 GPU 小时 4–10 美元。</translation>
    </message>
    <message>
        <source>on-demand H100 offers of AWS, Azure and Google Cloud</source>
        <translation>AWS、Azure 和 Google Cloud 的按需 H100 报价</translation>
    </message>
    <message>
        <source>Lambda and CoreWeave rent an A100 for $1–3 per GPU-hour.</source>
        <translation>Lambda 和 CoreWeave 的 A100 租价为每 GPU 小时 1–3 美元。</translation>
    </message>
    <message>
        <source>on-demand A100 offers of Lambda and CoreWeave</source>
        <translation>Lambda 和 CoreWeave 的按需 A100 报价</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>得到支持</translation>
    </message>
    <message>
        <source>partly supported</source>
        <translation>部分支持</translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation>与之矛盾</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>SkyPilot catalog</source>
        <translation>SkyPilot 目录</translation>
    </message>
    <message>
        <source>cloud-gpus.com (aggregator)</source>
        <translation>cloud-gpus.com（聚合网站）</translation>
    </message>
    <message>
        <source>Data Receipts (providers&apos; price APIs)</source>
        <translation>Data Receipts（提供商价格 API）</translation>
    </message>
    <message>
        <source>Google Cloud billing catalog (Cyclenerd)</source>
        <translation>Google Cloud 计费目录（Cyclenerd）</translation>
    </message>
    <message>
        <source>silybench (price transcription)</source>
        <translation>silybench（价格转录）</translation>
    </message>
    <message>
        <source>ml-engineering (spec compilation)</source>
        <translation>ml-engineering（规格汇编）</translation>
    </message>
    <message>
        <source>Full Stack Deep Learning (aggregator)</source>
        <translation>Full Stack Deep Learning（聚合网站）</translation>
    </message>
    <message>
        <source>dstack offers</source>
        <translation>dstack 报价</translation>
    </message>
    <message>
        <source>%1 price page (API Evangelist copy)</source>
        <translation>%1 价格页（API Evangelist 副本）</translation>
    </message>
    <message>
        <source>%1 on GitHub</source>
        <translation>GitHub 上的 %1</translation>
    </message>
    <message>
        <source>%1 (Hugging Face dataset)</source>
        <translation>%1（Hugging Face 数据集）</translation>
    </message>
    <message>
        <source>Azure Retail Prices API</source>
        <translation>Azure 零售价格 API</translation>
    </message>
    <message>
        <source>Undated: the source gives no date for this price, so its age is unknown; a catalog update that sees it again dates it.</source>
        <translation>无日期：来源没有给出此价格的日期，因此其新旧未知；目录更新再次见到它时会为其标注日期。</translation>
    </message>
    <message>
        <source>must be %1 %2 and at most %3 (got %4)</source>
        <translation>必须%1 %2 且不超过 %3（实际为 %4）</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>above</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>No KV cache counted: give the model&apos;s layers, KV heads and head dimension to include it.</source>
        <translation>未计入 KV 缓存：请给出模型的层数、KV 头数和头维度以将其计入。</translation>
    </message>
    <message>
        <source>no memory size for %1 in the price book</source>
        <translation>价格簿中没有 %1 的显存大小</translation>
    </message>
    <message>
        <source>no memory bandwidth for %1 in the price book</source>
        <translation>价格簿中没有 %1 的显存带宽</translation>
    </message>
    <message>
        <source>no dense peak for %1: the step time is its memory time</source>
        <translation>%1 没有稠密峰值：解码步骤的时间即读取显存的时间</translation>
    </message>
    <message>
        <source>%1 offers left out: %2</source>
        <translation>%1 个报价未计入：%2</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Trained and served at %1: the weights stay with one provider.</source>
        <translation>在 %1 训练并部署：权重留在同一家提供商。</translation>
    </message>
    <message>
        <source>%1 GB of weights × $%2 per GB out of %3, once.</source>
        <translation>%1 GB 权重 × 从 %3 出站每 GB $%2，一次性。</translation>
    </message>
    <message>
        <source>Llama 2 7B</source>
        <translation>Llama 2 7B</translation>
    </message>
    <message>
        <source>Touvron et al. 2023 (Llama 2), Table 1: 7B, 4k context. meta-llama/Llama-2-7b-hf config.json: 32 layers, 32 KV heads (no grouped-query attention), hidden size 4,096 over 32 heads.</source>
        <translation>Touvron 等 2023（Llama 2），表 1：7B，4k 上下文。meta-llama/Llama-2-7b-hf 的 config.json：32 层，32 个 KV 头（无分组查询注意力），隐藏维度 4,096，分为 32 个头。</translation>
    </message>
    <message>
        <source>Llama 2 13B</source>
        <translation>Llama 2 13B</translation>
    </message>
    <message>
        <source>Touvron et al. 2023 (Llama 2), Table 1: 13B, 4k context. meta-llama/Llama-2-13b-hf config.json: 40 layers, 40 KV heads, hidden size 5,120 over 40 heads.</source>
        <translation>Touvron 等 2023（Llama 2），表 1：13B，4k 上下文。meta-llama/Llama-2-13b-hf 的 config.json：40 层，40 个 KV 头，隐藏维度 5,120，分为 40 个头。</translation>
    </message>
    <message>
        <source>Llama 2 70B</source>
        <translation>Llama 2 70B</translation>
    </message>
    <message>
        <source>Touvron et al. 2023 (Llama 2), Table 1: 70B with grouped-query attention, 4k context. meta-llama/Llama-2-70b-hf config.json: 80 layers, 8 KV heads, hidden size 8,192 over 64 heads.</source>
        <translation>Touvron 等 2023（Llama 2），表 1：70B，使用分组查询注意力，4k 上下文。meta-llama/Llama-2-70b-hf 的 config.json：80 层，8 个 KV 头，隐藏维度 8,192，分为 64 个头。</translation>
    </message>
    <message>
        <source>Llama 3.1 8B</source>
        <translation>Llama 3.1 8B</translation>
    </message>
    <message>
        <source>Llama Team 2024 (The Llama 3 Herd of Models), Table 3: 8B, 32 layers, 8 KV heads, model dimension 4,096 over 32 heads, 128k context (meta-llama/Llama-3.1-8B config.json: max_position_embeddings 131,072).</source>
        <translation>Llama 团队 2024（The Llama 3 Herd of Models），表 3：8B，32 层，8 个 KV 头，模型维度 4,096，分为 32 个头，128k 上下文（meta-llama/Llama-3.1-8B 的 config.json：max_position_embeddings 131,072）。</translation>
    </message>
    <message>
        <source>Llama 3.1 70B</source>
        <translation>Llama 3.1 70B</translation>
    </message>
    <message>
        <source>Llama Team 2024 (The Llama 3 Herd of Models), Table 3: 70B, 80 layers, 8 KV heads, model dimension 8,192 over 64 heads, 128k context.</source>
        <translation>Llama 团队 2024（The Llama 3 Herd of Models），表 3：70B，80 层，8 个 KV 头，模型维度 8,192，分为 64 个头，128k 上下文。</translation>
    </message>
    <message>
        <source>Llama 3.1 405B</source>
        <translation>Llama 3.1 405B</translation>
    </message>
    <message>
        <source>Llama Team 2024 (The Llama 3 Herd of Models), Table 3: 405B, 126 layers, 8 KV heads, model dimension 16,384 over 128 heads, 128k context.</source>
        <translation>Llama 团队 2024（The Llama 3 Herd of Models），表 3：405B，126 层，8 个 KV 头，模型维度 16,384，分为 128 个头，128k 上下文。</translation>
    </message>
    <message>
        <source>Mixtral 8x7B</source>
        <translation>Mixtral 8x7B</translation>
    </message>
    <message>
        <source>Jiang et al. 2024 (Mixtral of Experts) and Mistral AI&apos;s announcement: 46.7B parameters in memory, 12.9B active per token (two of eight experts); 32 layers, 8 KV heads, dimension 4,096 over 32 heads, 32k context (mistralai/Mixtral-8x7B-v0.1 config.json).</source>
        <translation>Jiang 等 2024（Mixtral of Experts）及 Mistral AI 的发布公告：显存中 46.7B 参数，每个 token 激活 12.9B（八个专家中的两个）；32 层，8 个 KV 头，维度 4,096，分为 32 个头，32k 上下文（mistralai/Mixtral-8x7B-v0.1 的 config.json）。</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>market share</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <source>providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>GPU models</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>saved jobs</source>
        <translation>已保存的任务</translation>
    </message>
    <message>
        <source>instance shapes</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>the server refused the change: your role may not make it (%1)</source>
        <translation>服务器拒绝了此更改：您的角色无权进行此操作（%1）</translation>
    </message>
    <message>
        <source>the price book is read-only</source>
        <translation>价格簿为只读</translation>
    </message>
    <message>
        <source>the price book is in use by another member&apos;s change; try again in a moment</source>
        <translation>价格簿正被其他成员的更改占用，请稍后重试</translation>
    </message>
    <message>
        <source>the server cancelled the statement: it ran longer than the server&apos;s statement_timeout allows</source>
        <translation>服务器取消了该语句：其运行时间超过了服务器 statement_timeout 的限制</translation>
    </message>
    <message>
        <source>the connection to the database server was lost (%1)</source>
        <translation>与数据库服务器的连接已断开（%1）</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>服务器磁盘已满</translation>
    </message>
    <message>
        <source>the database gave no id to the new row of %1</source>
        <translation>数据库没有为 %1 的新行分配 id</translation>
    </message>
    <message>
        <source>%1 privilege on the table %2</source>
        <translation>表 %2 的 %1 权限</translation>
    </message>
    <message>
        <source>Stale: last observed or confirmed more than %1 days ago; shown, but never named cheapest unless stale prices are included.</source>
        <translation>过时：上次观测或确认在 %1 天以前；会显示，但除非包含过时价格，否则不会被列为最便宜。</translation>
    </message>
    <message>
        <source>undated catalog price; update to confirm</source>
        <translation>无日期的目录价格；请更新以确认</translation>
    </message>
    <message>
        <source>stale: %1 days old</source>
        <translation>过时：已有 %1 天</translation>
    </message>
    <message>
        <source>second-hand quote</source>
        <translation>二手报价</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Sources disagree: another source&apos;s price of this offer differs by more than 25 %.</source>
        <translation>来源不一致：另一来源给出的此报价价格相差超过 25 %。</translation>
    </message>
    <message>
        <source>placeholder spot prices (left out):</source>
        <translation>占位的竞价价格（已略去）：</translation>
    </message>
    <message>
        <source>Entered as &quot;%1&quot; with no region; the catalog&apos;s %2.</source>
        <translation>手动录入为“%1”，未注明区域；即目录中的 %2。</translation>
    </message>
    <message>
        <source>Entered as &quot;%1&quot; in %2; the catalog&apos;s %3.</source>
        <translation>手动录入为“%1”（%2）；即目录中的 %3。</translation>
    </message>
    <message>
        <source>must be above from_gb</source>
        <translation>必须大于 from_gb</translation>
    </message>
    <message>
        <source>the price book holds no egress price for %1</source>
        <translation>价格簿中没有 %1 的出站流量价格</translation>
    </message>
    <message>
        <source>%1 GB a month free</source>
        <translation>每月免费 %1 GB</translation>
    </message>
    <message>
        <source>%1 GB at $%2</source>
        <translation>%1 GB，每 GB $%2</translation>
    </message>
    <message>
        <source>the price book holds %1&apos;s egress prices only up to %2 GB a month</source>
        <translation>价格簿中 %1 的出站流量价格只到每月 %2 GB</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>未记录来源</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Moving %1 GB of weights out of %2, once: %3.</source>
        <translation>把 %1 GB 权重从 %2 迁出，一次：%3。</translation>
    </message>
    <message>
        <source>Moving %1 GB of weights out of %2 is not priced: %3, so type %2&apos;s price per GB.</source>
        <translation>把 %1 GB 权重从 %2 迁出未计价：%3，请填写 %2 的每 GB 价格。</translation>
    </message>
    <message>
        <source>an egress price from %1 GB</source>
        <translation>从 %1 GB 起的出站流量价格</translation>
    </message>
    <message>
        <source>Change %1&apos;s egress price</source>
        <translation>修改 %1 的出站流量价格</translation>
    </message>
    <message>
        <source>Add %1&apos;s egress price</source>
        <translation>添加 %1 的出站流量价格</translation>
    </message>
    <message>
        <source>Delete an egress price</source>
        <translation>删除出站流量价格</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>没有价格</translation>
    </message>
    <message>
        <source>No offer fits on %1 GPUs: needs at least %2 (the model state, 16 bytes per parameter, exceeds the GPUs&apos; memory).</source>
        <translation>在 %1 块 GPU 上没有可容纳的报价：至少需要 %2 块（模型状态每个参数 16 字节，超出 GPU 显存）。</translation>
    </message>
    <message>
        <source>No offer fits on %1 GPUs: the model state (16 bytes per parameter) needs more than %2 of the largest GPU.</source>
        <translation>在 %1 块 GPU 上没有可容纳的报价：模型状态（每个参数 16 字节）需要超过 %2 块最大显存的 GPU。</translation>
    </message>
    <message>
        <source>Every matching price that fits is stale (older than the freshness window): include stale prices, or update the book.</source>
        <translation>所有可容纳的匹配价格均已过时（早于新鲜期）：请包含过时价格，或更新价格簿。</translation>
    </message>
    <message>
        <source>one replica of %1 GPUs</source>
        <translation>一个 %1 块 GPU 的副本</translation>
    </message>
    <message>
        <source>%1 replicas of %2 GPUs</source>
        <translation>%1 个 %2 块 GPU 的副本</translation>
    </message>
    <message>
        <source>one %1-GPU machine carries %2</source>
        <translation>一台 %1 GPU 机器承载%2</translation>
    </message>
    <message>
        <source>%1 machines of %2 GPUs carry %3</source>
        <translation>%1 台 %2 GPU 机器承载%3</translation>
    </message>
    <message>
        <source>%1 of the %2 GPUs rented sit idle (%3): counted in the price</source>
        <translation>租用的 %2 块 GPU 中有 %1 块闲置（%3）：已计入价格</translation>
    </message>
    <message>
        <source>%1 has no BF16: served at FP16 (the same 2 bytes per parameter)</source>
        <translation>%1 不支持 BF16：以 FP16 推理（每个参数同为 2 字节）</translation>
    </message>
    <message>
        <source>a replica needs %1 GPUs in one machine, and these machines have fewer (let a replica span several machines to include them)</source>
        <translation>一个副本需要在一台机器内有 %1 块 GPU，而这些机器不足（允许副本跨多台机器即可纳入）</translation>
    </message>
    <message>
        <source>each replica spans %1 machines: tensor parallel over the network</source>
        <translation>每个副本跨 %1 台机器：通过网络进行张量并行</translation>
    </message>
    <message>
        <source>1 offer left out: %1</source>
        <translation>1 个报价被排除：%1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a number: &quot;%2&quot; (for example %3).</source>
        <translation>%1不是数字：“%2”（例如 %3）。</translation>
    </message>
    <message>
        <source>%1 cannot be zero: free is not a price.</source>
        <translation>%1不能为零：免费不是价格。</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 是空的</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-12-04</source>
        <translation>“%1”不是日期（例如 2026-12-04）</translation>
    </message>
    <message>
        <source>the rate for %1 comes before any day&apos;s date</source>
        <translation>%1 的汇率出现在任何日期之前</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as USD</source>
        <translation>“%1”不是货币代码（例如 USD）</translation>
    </message>
    <message>
        <source>the rate &quot;%1&quot; for %2 is not a positive decimal number</source>
        <translation>%2 的汇率“%1”不是正的十进制数</translation>
    </message>
    <message>
        <source>not well-formed XML (%1)</source>
        <translation>XML 格式不正确（%1）</translation>
    </message>
    <message>
        <source>%1 holds no day of euro reference rates (no &lt;Cube time=…&gt;)</source>
        <translation>%1 不含任何一天的欧元参考汇率（没有 &lt;Cube time=…&gt;）</translation>
    </message>
    <message>
        <source>How far above the cheapest offer (★) of the same GPU, per GPU-hour.</source>
        <translation>按每 GPU 小时计，比同一 GPU 最便宜的报价（★）高出多少。</translation>
    </message>
    <message>
        <source>%1 per dense PFLOP-hour: the price per GPU-hour over the GPU&apos;s dense 16-bit peak, to compare GPUs on work done rather than on hours.</source>
        <translation>每稠密 PFLOP 小时 %1：每 GPU 小时价格除以该 GPU 的 16 位稠密峰值，按完成的计算量而非小时数比较 GPU。</translation>
    </message>
    <message>
        <source>The day the price was last observed or confirmed, and its age in days.</source>
        <translation>价格最后一次观测或确认的日期，以及距今天数。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>计价</translation>
    </message>
    <message>
        <source>%1/instance-h</source>
        <translation>%1/实例小时</translation>
    </message>
    <message>
        <source>%1/GPU-h</source>
        <translation>%1/GPU 小时</translation>
    </message>
    <message>
        <source>vs ★</source>
        <translation>相比 ★</translation>
    </message>
    <message>
        <source>Observed (age)</source>
        <translation>观测日期（天数）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>互连</translation>
    </message>
    <message>
        <source>%1/PFLOP-h</source>
        <translation>%1/PFLOP 小时</translation>
    </message>
    <message>
        <source>Cheapest: %1 (%2, %3) — %4, %5 days on %6 GPUs</source>
        <translation>最便宜：%1（%2，%3）— %4，%6 块 GPU 上 %5 天</translation>
    </message>
    <message>
        <source>needs its published_currency</source>
        <translation>需要给出 published_currency</translation>
    </message>
    <message>
        <source>--currency &quot;%1&quot; is not one of %2</source>
        <translation>--currency “%1”不是 %2 之一</translation>
    </message>
</context>
<context>
    <name>gpucompare::Application</name>
    <message>
        <source>Open your local price book instead?</source>
        <translation>改为打开本地价格簿？</translation>
    </message>
    <message>
        <source>Open &amp;Local Price Book</source>
        <translation>打开本地价格簿(&amp;L)</translation>
    </message>
</context>
<context>
    <name>gpucompare::AutoUpdate</name>
    <message>
        <source>Update Prices &amp;Automatically (once a day)</source>
        <translation>自动更新价格（每天一次）(&amp;A)</translation>
    </message>
    <message>
        <source>Check the public catalogs in the background when the last update is older than a day</source>
        <translation>上次更新超过一天时，在后台检查公开目录</translation>
    </message>
    <message>
        <source>Prices updated: %1 changed, %2 new offers</source>
        <translation>价格已更新：%1 个变动，%2 个新报价</translation>
    </message>
    <message>
        <source>, %1 no longer listed</source>
        <translation>，%1 个已不再列出</translation>
    </message>
    <message>
        <source> (%1 of %2 catalogs not read)</source>
        <translation>（%2 个目录中有 %1 个未读取）</translation>
    </message>
    <message>
        <source>Edits made before the update can no longer be undone.</source>
        <translation>更新前所做的编辑已无法撤销。</translation>
    </message>
    <message>
        <source>Prices checked: nothing new</source>
        <translation>价格已检查：没有新内容</translation>
    </message>
    <message>
        <source>Offline: prices as bundled</source>
        <translation>离线：价格为内置版本</translation>
    </message>
    <message>
        <source>Offline: prices as of %1</source>
        <translation>离线：价格截至 %1</translation>
    </message>
    <message>
        <source>Prices not updated: too many requests to the catalog server (HTTP 429); the price book is unchanged.</source>
        <translation>价格未更新：对目录服务器的请求过多（HTTP 429）；价格簿未改变。</translation>
    </message>
    <message>
        <source>Prices not updated: %1</source>
        <translation>价格未更新：%1</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>（另有 %1 个）</translation>
    </message>
    <message numerus="yes">
        <source>, %n exchange rate(s) saved</source>
        <translation>
            <numerusform>，保存了 %n 个汇率</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prices checked: nothing new; %n exchange rate(s) saved</source>
        <translation>
            <numerusform>价格已检查：没有新内容；保存了 %n 个汇率</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpucompare::AzureRetailPricesReader</name>
    <message>
        <source>is an HTML page, not the Azure Retail Prices JSON (a captive portal or a proxy may have answered)</source>
        <translation>是一个 HTML 页面，而不是 Azure 零售价格 JSON（可能是认证门户或代理作答）</translation>
    </message>
    <message>
        <source>is not the Azure Retail Prices JSON (%1)</source>
        <translation>不是 Azure 零售价格 JSON（%1）</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>is JSON but not an Azure Retail Prices page (it has no Items list)</source>
        <translation>是 JSON，但不是 Azure 零售价格页面（没有 Items 列表）</translation>
    </message>
    <message>
        <source>prices are in %1; the price book keeps USD (ask for currencyCode &apos;USD&apos;)</source>
        <translation>价格以 %1 计；价格簿使用美元（请求 currencyCode &apos;USD&apos;）</translation>
    </message>
    <message>
        <source>%1: the price is not in USD</source>
        <translation>%1：价格不是以美元计</translation>
    </message>
    <message>
        <source>no instance shape says which GPUs %1 has; add one (Data › Instance Shapes) and update again</source>
        <translation>没有实例规格说明 %1 配有哪些 GPU；请添加一个（数据 › 实例规格）后再更新</translation>
    </message>
    <message>
        <source>%1: retailPrice is not a number</source>
        <translation>%1：retailPrice 不是数字</translation>
    </message>
    <message>
        <source>Azure Retail Prices, meter &quot;%1&quot; (%2), effective %3.</source>
        <translation>Azure 零售价格，计量“%1”（%2），生效日期 %3。</translation>
    </message>
    <message>
        <source>%1: reservation term &quot;%2&quot; is not in years</source>
        <translation>%1：预留期限“%2”不是以年计</translation>
    </message>
    <message>
        <source>1-year reservation</source>
        <translation>1 年预留</translation>
    </message>
    <message>
        <source>%1-year reservation</source>
        <translation>%1 年预留</translation>
    </message>
    <message>
        <source>The reservation costs %1 USD for %2; per hour = that ÷ %3 hours (365 days × 24 per year).</source>
        <translation>该预留 %2 共 %1 美元；每小时价格 = 该金额 ÷ %3 小时（每年 365 天 × 24）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>gpucompare::BackgroundUpdate</name>
    <message>
        <source>Updating prices… 0 of %1 catalogs</source>
        <translation>正在更新价格… %1 个目录中的 0 个</translation>
    </message>
    <message>
        <source>Updating prices… %1 of %2 catalogs</source>
        <translation>正在更新价格… %2 个目录中的 %1 个</translation>
    </message>
</context>
<context>
    <name>gpucompare::BookWords</name>
    <message>
        <source>Cloud infrastructure services, worldwide (Synergy definition)</source>
        <translation>全球云基础设施服务（Synergy 口径）</translation>
    </message>
    <message>
        <source>Cloud infrastructure services, worldwide (Canalys definition)</source>
        <translation>全球云基础设施服务（Canalys 口径）</translation>
    </message>
    <message>
        <source>GPU cloud for AI/LLM training (seed note estimates)</source>
        <translation>用于 AI/LLM 训练的 GPU 云（种子笔记的估计）</translation>
    </message>
    <message>
        <source>Quarter market size $63.7 B. AWS is given as a 32-34 % band; 32 % is derived from the top-3 total of 65 %. Amazon value derived as top-3 total 65% - 23% - 10%.</source>
        <translation>季度市场规模 637 亿美元。AWS 的份额以 32-34 % 的区间给出；32 % 由前三名合计 65 % 推得。Amazon 的数值按前三名合计 65% - 23% - 10% 推得。</translation>
    </message>
    <message>
        <source>Quarter market size $64.8 B. Amazon value derived as top-3 total 65% - 22% - 11% (Synergy: bottom end of 32-34% band).</source>
        <translation>季度市场规模 648 亿美元。Amazon 的数值按前三名合计 65% - 22% - 11% 推得（Synergy：32-34% 区间的下限）。</translation>
    </message>
    <message>
        <source>Quarter market size $68.1 B. Amazon value derived as top-3 total 66% - 23% - 11% (Synergy: bottom end of 32-34% band).</source>
        <translation>季度市场规模 681 亿美元。Amazon 的数值按前三名合计 66% - 23% - 11% 推得（Synergy：32-34% 区间的下限）。</translation>
    </message>
    <message>
        <source>Quarter market size $73.7 B.</source>
        <translation>季度市场规模 737 亿美元。</translation>
    </message>
    <message>
        <source>Quarter market size $76.5 B. Release date not shown in the stored copies.</source>
        <translation>季度市场规模 765 亿美元。保存的副本中未显示发布日期。</translation>
    </message>
    <message>
        <source>Quarter market size $79.1 B. The Register reported Google at 13%.</source>
        <translation>季度市场规模 791 亿美元。The Register 报道的 Google 份额为 13%。</translation>
    </message>
    <message>
        <source>Quarter market size $83.8 B. Release date not shown in the stored copies. Statista chart 18819 text gives Google 11% and infotechlead&apos;s list gives 12% for the same quarter.</source>
        <translation>季度市场规模 838 亿美元。保存的副本中未显示发布日期。对同一季度，Statista 图表 18819 的文字给出 Google 11%，infotechlead 的列表给出 12%。</translation>
    </message>
    <message>
        <source>Quarter market size $90.6 B (full-year 2024 $330.4 B). CoreWeave entered the top 20 cloud providers.</source>
        <translation>季度市场规模 906 亿美元（2024 年全年 3304 亿美元）。CoreWeave 进入云提供商前 20 名。</translation>
    </message>
    <message>
        <source>Quarter market size $93.9 B. CoreWeave was on the verge of the top twelve.</source>
        <translation>季度市场规模 939 亿美元。CoreWeave 即将进入前十二名。</translation>
    </message>
    <message>
        <source>Quarter market size $98.8 B. Release date not shown; coverage dated 2025-08-30. Alibaba..Tencent shares from a secondary blog (cargoson) citing Synergy.</source>
        <translation>季度市场规模 988 亿美元。未显示发布日期；相关报道日期为 2025-08-30。Alibaba 至 Tencent 的份额来自一篇引用 Synergy 的二手博客（cargoson）。</translation>
    </message>
    <message>
        <source>Quarter market size $107 B.</source>
        <translation>季度市场规模 1070 亿美元。</translation>
    </message>
    <message>
        <source>Quarter market size $119.1 B (full-year 2025 $419 B). CoreWeave in the top ten with more than $1.5 B quarterly cloud revenue. Release date not shown in the stored copies. TechTarget reports Google 15%, Lightwave 14% (both citing Synergy).</source>
        <translation>季度市场规模 1191 亿美元（2025 年全年 4190 亿美元）。CoreWeave 进入前十，季度云收入超过 15 亿美元。保存的副本中未显示发布日期。TechTarget 报道 Google 为 15%，Lightwave 为 14%（均引用 Synergy）。</translation>
    </message>
    <message>
        <source>Quarter market size $90.9 B. Canalys&apos;s scope differs from Synergy&apos;s: not comparable. Coverage dated 2025-06-13.</source>
        <translation>季度市场规模 909 亿美元。Canalys 的统计范围与 Synergy 不同：不可比较。相关报道日期为 2025-06-13。</translation>
    </message>
    <message>
        <source>Estimates from the note the product was created from, not measured GPU-cloud shares. The note applies overall cloud-infrastructure shares (AWS 29-31 %, Azure 21-25 %, Google Cloud 10-12 %) to GPU cloud. Lambda &apos;under 5 %&apos; and neoclouds &apos;perhaps 10-20 % together&apos; have no source (reference-data.md section 1); each point value here is the midpoint of the note&apos;s range. The note also says: hyperscaler H100 about $4-10 per GPU-hour; A100 $1-3 per GPU-hour on Lambda and CoreWeave; AWS spot up to 90 % off; GPU-as-a-service market about $4.96-5.05 B in 2025 (precedenceresearch.com, not verified; other firms estimate $4.0-8.7 B).</source>
        <translation>创建本产品所依据的笔记中的估计值，不是实测的 GPU 云份额。该笔记把云基础设施的整体份额（AWS 29-31 %、Azure 21-25 %、Google Cloud 10-12 %）套用到 GPU 云。Lambda &apos;under 5 %&apos;（不足 5 %）和新兴云 &apos;perhaps 10-20 % together&apos;（合计或许 10-20 %）没有来源（reference-data.md 第 1 节）；这里的每个数值取笔记所给区间的中点。该笔记还写道：超大规模云的 H100 约为每 GPU 小时 4-10 美元；Lambda 和 CoreWeave 的 A100 为每 GPU 小时 1-3 美元；AWS 竞价最多便宜 90 %；2025 年 GPU 即服务市场约 49.6-50.5 亿美元（precedenceresearch.com，未经核实；其他机构估计为 40-87 亿美元）。</translation>
    </message>
    <message>
        <source>Neoclouds (CoreWeave, Voltage Park and others)</source>
        <translation>新兴云（CoreWeave、Voltage Park 等）</translation>
    </message>
    <message>
        <source>various</source>
        <translation>多个区域</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>北美</translation>
    </message>
</context>
<context>
    <name>gpucompare::CatalogBuilder</name>
    <message>
        <source>no GPU model or alias is called &quot;%1&quot;; map it to a GPU model</source>
        <translation>没有名为“%1”的 GPU 型号或别名；请将其映射到一个 GPU 型号</translation>
    </message>
    <message>
        <source>Added by an import.</source>
        <translation>由导入添加。</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1“%2”不是数字</translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 为负数</translation>
    </message>
    <message>
        <source>%1 is zero (a placeholder in the catalog, not a price)</source>
        <translation>%1 为零（目录中的占位值，不是价格）</translation>
    </message>
    <message>
        <source>%1 %2 USD per hour is not a real price</source>
        <translation>%1 每小时 %2 美元不是真实价格</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is out of range</source>
        <translation>%1“%2”超出范围</translation>
    </message>
    <message>
        <source>Lowest of %1 rows in the file (zones or duplicates).</source>
        <translation>文件中 %1 行的最低价（可用区或重复行）。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>%1, on-demand: %2</source>
        <translation>%1，按需：%2</translation>
    </message>
    <message>
        <source>%1: spot price %2 is not below on-demand %3</source>
        <translation>%1：竞价价格 %2 不低于按需价格 %3</translation>
    </message>
    <message>
        <source>%1 lists %2 GPUs; the instance has %3, which is used</source>
        <translation>%1 列出 %2 块 GPU；该实例有 %3 块，按 %3 块计算</translation>
    </message>
    <message>
        <source>The catalog lists %1 GPUs; the instance has %2 (the provider&apos;s documented shape, or its name).</source>
        <translation>目录列出 %1 块 GPU；该实例有 %2 块（依据提供商公布的实例规格或其名称）。</translation>
    </message>
    <message>
        <source>the machine is %1, but no %1 model of &quot;%2&quot; is in the price book; the row is left out rather than filed under another form factor</source>
        <translation>该机器是 %1，但价格簿中没有“%2”的 %1 型号；此行未计入，而不是归到另一种外形规格下</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits several GPU models of the price book equally well; map it to one</source>
        <translation>“%1”同样符合价格簿中的多个 GPU 型号；请把它映射到其中一个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is filed as %2, but the %3 GB of memory the catalog states per GPU is not that model&apos;s %4 GB</source>
        <translation>“%1”已归为 %2，但目录所列的每 GPU 显存 %3 GB 不是该型号的 %4 GB</translation>
    </message>
    <message>
        <source>Added by a price update: the catalog lists it, but neither the price book nor the GPU catalog knows the part, so no published peak is in the book yet and the calculators cannot price it.</source>
        <translation>由价格更新添加：目录列出了它，但价格簿和 GPU 目录都不认识该型号，因此价格簿中还没有公开的峰值，计算器无法为其计价。</translation>
    </message>
</context>
<context>
    <name>gpucompare::CatalogImport</name>
    <message>
        <source>the file is %1 MB; files above %2 MB are not price catalogs</source>
        <translation>文件大小为 %1 MB；超过 %2 MB 的文件不是价格目录</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is binary (it holds NUL bytes), not CSV or JSON</source>
        <translation>文件是二进制文件（含有 NUL 字节），不是 CSV 或 JSON</translation>
    </message>
    <message>
        <source>the header matches no format this program reads (our offers or market-share CSV, a SkyPilot catalog, the FSDL table, our JSON); it starts: %1</source>
        <translation>表头与本程序可读取的任何格式都不匹配（我们的报价或市场份额 CSV、SkyPilot 目录、FSDL 表格、我们的 JSON）；其开头为：%1</translation>
    </message>
    <message>
        <source>the header is not that of a %1; it starts: %2</source>
        <translation>表头不是 %1 的表头；其开头为：%2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
</context>
<context>
    <name>gpucompare::ChangesDialog</name>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>What the last update changed</source>
        <translation>上一次更新的变化</translation>
    </message>
    <message>
        <source>Every update since</source>
        <translation>自以下日期起的每次更新</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Changes by GPU</source>
        <translation>按 GPU 列出的变化</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>计价</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>The changes could not be read: %1</source>
        <translation>无法读取变化：%1</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>新报价</translation>
    </message>
    <message>
        <source>Price drop</source>
        <translation>降价</translation>
    </message>
    <message>
        <source>Price rise</source>
        <translation>涨价</translation>
    </message>
    <message>
        <source>No longer listed</source>
        <translation>不再列出</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No changes to show&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each update from the public catalogs records the offers it adds, the prices that drop or rise and the offers no longer listed. None has changed anything in this price book yet.&lt;/p&gt;&lt;p&gt;File › Update Prices… reads the catalogs now.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;没有可显示的变化&lt;/b&gt;&lt;/p&gt;&lt;p&gt;每次从公开目录更新都会记录新增的报价、降价或涨价的价格以及不再列出的报价。到目前为止，还没有更新改变过这个价格簿。&lt;/p&gt;&lt;p&gt;文件 › 更新价格… 可立即读取目录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No changes since %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No update on or after that day changed an offer or a price. Choose an earlier day, or update the prices with File › Update Prices….&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;自 %1 起没有变化&lt;/b&gt;&lt;/p&gt;&lt;p&gt;当天及之后的更新没有改变任何报价或价格。请选择更早的日期，或通过 文件 › 更新价格… 更新价格。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n changes)</source>
        <translation>
            <numerusform>%1（%n 处变化）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes: %1 new offers, %2 price drops, %3 price rises, %4 no longer listed.</source>
        <translation>
            <numerusform>%n 处变化：%1 个新报价，%2 个降价，%3 个涨价，%4 个不再列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Old %1/h</source>
        <translation>原 %1/小时</translation>
    </message>
    <message>
        <source>New %1/h</source>
        <translation>新 %1/小时</translation>
    </message>
    <message>
        <source>Old %1/GPU-h</source>
        <translation>原 %1/GPU 小时</translation>
    </message>
    <message>
        <source>New %1/GPU-h</source>
        <translation>新 %1/GPU 小时</translation>
    </message>
</context>
<context>
    <name>gpucompare::ChartFactory</name>
    <message>
        <source>Range across sources: %1 – %2</source>
        <translation>各来源的范围：%1 – %2</translation>
    </message>
    <message>
        <source>Computed: 100 % minus the listed shares.</source>
        <translation>计算值：100 % 减去列出的份额。</translation>
    </message>
    <message>
        <source>Source: %1 (publication date not shown by the source).</source>
        <translation>来源：%1（来源未标明发布日期）。</translation>
    </message>
    <message>
        <source>Source: %1, published %2.</source>
        <translation>来源：%1，发布于 %2。</translation>
    </message>
    <message>
        <source>Estimates, not measured shares.</source>
        <translation>估计值，不是实测份额。</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Market share %1&lt;br&gt;%2</source>
        <translation>市场份额 %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>The listed shares add up to %1: no pie can show that.</source>
        <translation>列出的份额合计为 %1：饼图无法表示。</translation>
    </message>
    <message>
        <source>Market share over time</source>
        <translation>市场份额随时间变化</translation>
    </message>
    <message>
        <source>No offers match.</source>
        <translation>没有匹配的报价。</translation>
    </message>
    <message>
        <source>Prices from the price book as of %1. GPU-hours = 6·N·D / (dense peak × MFU) × overhead; GPUs rounded up to whole instances.</source>
        <translation>价格来自价格簿，截至 %1。GPU 小时 = 6·N·D / (稠密峰值 × MFU) × 开销；GPU 向上取整为完整实例。</translation>
    </message>
    <message>
        <source>%1 GPU-hours, %2 GPUs</source>
        <translation>%1 GPU 小时，%2 块 GPU</translation>
    </message>
    <message>
        <source> × %1 epochs</source>
        <translation> × %1 轮</translation>
    </message>
    <message>
        <source>%1 params × %2 tokens, %3 GPUs</source>
        <translation>%1 参数 × %2 token，%3 块 GPU</translation>
    </message>
    <message>
        <source>Training cost by provider&lt;br&gt;%1</source>
        <translation>各提供商的训练成本&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No offer matches.</source>
        <translation>没有匹配的报价。</translation>
    </message>
    <message>
        <source>(hypothetical price)</source>
        <translation>（假设价格）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No dated prices match.</source>
        <translation>没有匹配的带日期价格。</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>%1: no source, %2</source>
        <translation>%1：无来源，%2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>Cheapest offer per provider in the price book as of %1.</source>
        <translation>价格簿中截至 %1 各提供商最便宜的报价。</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Training cost&lt;br&gt;%1 cheapest of %2 providers&lt;br&gt;%3</source>
        <translation>训练成本&lt;br&gt;%2 家提供商中最便宜的 %1 家&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>%1 params, %2, batch %3
%4-token context</source>
        <translation>%1 参数，%2，批大小 %3
%4 token 上下文</translation>
    </message>
    <message>
        <source>Serving cost&lt;br&gt;%1</source>
        <translation>推理成本&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>%1 cheapest of %2 providers&lt;br&gt;%3</source>
        <translation>%2 家提供商中最便宜的 %1 家&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>The model fits on no offer.</source>
        <translation>模型放不进任何报价。</translation>
    </message>
    <message>
        <source>Prices from the price book as of %1. Throughput measured: %2 tokens/s per replica.</source>
        <translation>价格来自价格簿，截至 %1。吞吐量为实测：每个副本每秒 %2 token。</translation>
    </message>
    <message>
        <source>No KV cache counted: the model&apos;s shape was not given.</source>
        <translation>未计入 KV 缓存：未给出模型结构。</translation>
    </message>
    <message>
        <source>Nothing to plan yet.</source>
        <translation>尚无可规划的内容。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Prices from the price book as of %1. Decode step = max(weights + KV read ÷ (bandwidth × %2), 2·N·batch ÷ (dense peak × MFU %3)); USD per million tokens = USD an hour of the whole machines rented, idle GPUs included, ÷ (tokens/s × 3,600) × 10⁶.</source>
        <translation>价格来自价格簿，截至 %1。解码步骤 = max(权重 + KV 读取 ÷ (带宽 × %2), 2·N·批大小 ÷ (稠密峰值 × MFU %3))；每百万 token 美元 = 租用整机（含闲置 GPU）每小时美元 ÷ (token/秒 × 3,600) × 10⁶。</translation>
    </message>
    <message>
        <source>A replica may span machines.</source>
        <translation>副本可以跨机器。</translation>
    </message>
    <message>
        <source>A replica runs in one machine.</source>
        <translation>副本在一台机器内运行。</translation>
    </message>
    <message>
        <source>No offer fits on %1 GPUs.</source>
        <translation>在 %1 块 GPU 上没有可容纳的报价。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>A period on the trend&apos;s time axis: %1 the year&apos;s last two digits, %2 the quarter (Q1) or half (H1)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 per GPU-hour over time</source>
        <translation>每 GPU 小时价格（%1）随时间变化</translation>
    </message>
    <message>
        <source>Price history: %3 per GPU-hour&lt;br&gt;%1, %2, cheapest offer per provider</source>
        <translation>价格历史：每 GPU 小时（%3）&lt;br&gt;%1，%2，每家提供商最便宜的报价</translation>
    </message>
    <message>
        <source>Price history: %5 per GPU-hour&lt;br&gt;%1, %2, the %3 cheapest of %4 providers</source>
        <translation>价格历史：每 GPU 小时（%5）&lt;br&gt;%1，%2，%4 家提供商中最便宜的 %3 家</translation>
    </message>
    <message>
        <source>%3 per GPU-hour&lt;br&gt;%1, %2&lt;br&gt;cheapest offer per provider</source>
        <translation>每 GPU 小时（%3）&lt;br&gt;%1，%2&lt;br&gt;每家提供商最便宜的报价</translation>
    </message>
    <message>
        <source>%5 per GPU-hour&lt;br&gt;%1, %2&lt;br&gt;%3 cheapest of %4 providers</source>
        <translation>每 GPU 小时（%5）&lt;br&gt;%1，%2&lt;br&gt;%4 家提供商中最便宜的 %3 家</translation>
    </message>
    <message>
        <source>%1 per GPU-hour</source>
        <translation>每 GPU 小时（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 per million tokens (measured)</source>
        <translation>每百万 token（%1，实测）</translation>
    </message>
    <message>
        <source>%1 per million tokens</source>
        <translation>每百万 token（%1）</translation>
    </message>
    <message>
        <source>Cheapest: %1, %2 × %3, %4 per million tokens at %5 tokens/s, %6 an hour.</source>
        <translation>最便宜：%1，%2 × %3，每百万 token %4，每秒 %5 个 token，每小时 %6。</translation>
    </message>
</context>
<context>
    <name>gpucompare::ChartRenderer</name>
    <message>
        <source>the chart could not be encoded as PNG</source>
        <translation>无法将图表编码为 PNG</translation>
    </message>
</context>
<context>
    <name>gpucompare::CommandLine</name>
    <message>
        <source>The command to run (see above).</source>
        <translation>要运行的命令（见上文）。</translation>
    </message>
    <message>
        <source>The price book to use; a file that does not exist is created from the bundled dataset. Default: %1.</source>
        <translation>要使用的价格簿；不存在的文件会用内置数据集创建。默认：%1。</translation>
    </message>
    <message>
        <source>What to export: offers, market-share or all (default).</source>
        <translation>导出内容：offers、market-share 或 all（默认）。</translation>
    </message>
    <message>
        <source>import: map a catalog&apos;s accelerator name to a GPU model, and keep the mapping (repeatable): --map &quot;T4g=T4 16GB&quot;.</source>
        <translation>import：将目录中的加速器名称映射到 GPU 型号并保留该映射（可重复）：--map &quot;T4g=T4 16GB&quot;。</translation>
    </message>
    <message>
        <source>export: start a CSV file with a byte-order mark (for spreadsheets that need one).</source>
        <translation>export：CSV 文件以字节顺序标记开头（供需要它的电子表格使用）。</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1600x1200).</source>
        <translation>图像尺寸（像素，默认 1600x1200）。</translation>
    </message>
    <message>
        <source>Market-share period, such as 2025-Q4 (default: the latest).</source>
        <translation>市场份额期间，例如 2025-Q4（默认：最新）。</translation>
    </message>
    <message>
        <source>Market-share scope, or a word only it contains (&quot;Canalys&quot;).</source>
        <translation>市场份额范围，或仅其包含的一个词（“Canalys”）。</translation>
    </message>
    <message>
        <source>GPU model or alias, such as H100.</source>
        <translation>GPU 型号或别名，例如 H100。</translation>
    </message>
    <message>
        <source>Pricing models: on-demand, spot, reserved; a comma-separated list for estimate and job-cost (default: all), one for prices (default: on-demand).</source>
        <translation>计价方式：on-demand、spot、reserved；estimate 和 job-cost 可用逗号分隔的列表（默认：全部），prices 只用一个（默认：on-demand）。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2</source>
        <translation>未知命令“%1”；可用命令为：%2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Run &quot;gpucompare --help&quot; for usage.</source>
        <translation>运行“gpucompare --help”查看用法。</translation>
    </message>
    <message>
        <source>export-chart needs one CHART: %1</source>
        <translation>export-chart 需要一个图表：%1</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;; the charts are: %2</source>
        <translation>未知图表“%1”；可用图表为：%2</translation>
    </message>
    <message>
        <source>export-chart needs --out FILE.png</source>
        <translation>export-chart 需要 --out FILE.png</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not WIDTHxHEIGHT with each side from 100 to 10000</source>
        <translation>--size“%1”不是 WIDTHxHEIGHT 的形式，或某边不在 100 到 10000 之间</translation>
    </message>
    <message>
        <source>unknown GPU &quot;%1&quot;; the GPU models are: %2</source>
        <translation>未知 GPU“%1”；GPU 型号有：%2</translation>
    </message>
    <message>
        <source>unknown pricing &quot;%1&quot;; use one of: %2</source>
        <translation>未知计价方式“%1”；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>the price book holds no market-share snapshots</source>
        <translation>价格簿中没有市场份额快照</translation>
    </message>
    <message>
        <source>unknown or ambiguous scope &quot;%1&quot;; the scopes are: %2</source>
        <translation>未知或有歧义的范围“%1”；可用范围为：%2</translation>
    </message>
    <message>
        <source>Sources: the price book&apos;s market-share snapshots for this scope; see Help › Data sources.</source>
        <translation>来源：价格簿中此范围的市场份额快照；见 帮助 › 数据来源。</translation>
    </message>
    <message>
        <source>unknown period &quot;%1&quot; for scope &quot;%2&quot;; the periods are: %3</source>
        <translation>范围“%2”没有期间“%1”；可用期间为：%3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not one of table, json, csv</source>
        <translation>--format“%1”不是 table、json、csv 之一</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>export needs exactly one output FILE (&quot;-&quot; for standard output)</source>
        <translation>export 需要且只需要一个输出文件（“-”表示标准输出）</translation>
    </message>
    <message>
        <source>--what &quot;%1&quot; is not one of %2</source>
        <translation>--what“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not one of csv, json</source>
        <translation>--format“%1”不是 csv、json 之一</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not supported for --what all; use: json (CSV holds one table: --what offers or market-share)</source>
        <translation>--what all 不支持 --format“%1”；请使用 json（CSV 只容纳一张表：--what offers 或 market-share）</translation>
    </message>
    <message>
        <source>--what %1 is written as csv; the whole book is --what all</source>
        <translation>--what %1 以 csv 写出；整个价格簿请用 --what all</translation>
    </message>
    <message>
        <source>import needs exactly one FILE</source>
        <translation>import 需要且只需要一个文件</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not one of %2</source>
        <translation>--format“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>the price book %1 is read-only: %2</source>
        <translation>价格簿 %1 是只读的：%2</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: write NAME=GPU with a GPU model of the price book: %2</source>
        <translation>--map“%1”：请写成 NAME=GPU，GPU 为价格簿中的型号：%2</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the import failed and nothing was written: %2</source>
        <translation>%1：导入失败，未写入任何内容：%2</translation>
    </message>
    <message>
        <source>the price book could not be read or written: %1</source>
        <translation>无法读取或写入价格簿：%1</translation>
    </message>
    <message>
        <source>something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <source>no price book at %1</source>
        <translation>%1 处没有价格簿</translation>
    </message>
    <message>
        <source>created a new price book at %1 from the bundled data</source>
        <translation>已在 %1 用内置数据新建价格簿</translation>
    </message>
    <message>
        <source>import, update: show what would change, write nothing.</source>
        <translation>import、update：显示将会发生的变化，不写入任何内容。</translation>
    </message>
    <message>
        <source>update: SkyPilot clouds to read, comma-separated (default: all).</source>
        <translation>update：要读取的 SkyPilot 云，以逗号分隔（默认：全部）。</translation>
    </message>
    <message>
        <source>update: read the chosen source from this address instead (a mirror, or a test server; plain http is allowed only here).</source>
        <translation>update：改从此地址读取所选来源（镜像或测试服务器；仅此处允许明文 http）。</translation>
    </message>
    <message>
        <source>update: read saved catalogs from DIR instead of the network (DIR/catalogs/v8/CLOUD/vms.csv, DIR/azure/*.json).</source>
        <translation>update：从 DIR 读取保存的目录，而不是从网络读取（DIR/catalogs/v8/CLOUD/vms.csv、DIR/azure/*.json）。</translation>
    </message>
    <message>
        <source>update takes no FILE; use --from DIR to read saved catalogs</source>
        <translation>update 不接受 FILE；请用 --from DIR 读取保存的目录</translation>
    </message>
    <message>
        <source>--cloud &quot;%1&quot; is not a cloud of the SkyPilot catalog: %2</source>
        <translation>--cloud“%1”不是 SkyPilot 目录中的云：%2</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not one of text, json</source>
        <translation>--format“%1”不是 text、json 之一</translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>--base-url“%1”不是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>--from and --base-url exclude each other</source>
        <translation>--from 与 --base-url 不能同时使用</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a folder</source>
        <translation>--from“%1”不是文件夹</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; holds no catalog (catalogs/v8/CLOUD/vms.csv or azure/*.json)</source>
        <translation>--from“%1”中没有目录（catalogs/v8/CLOUD/vms.csv 或 azure/*.json）</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Every dated observation in the price book; a line runs from each price&apos;s observation to its last confirmation by a catalog update and stops there. Exported %1.</source>
        <translation>价格簿中每条带日期的观测；线条从每个价格的观测日延续到目录更新最后一次确认该价格之时，并在那里中断。导出于 %1。</translation>
    </message>
    <message>
        <source>import, update --from: the web page a catalog file was taken from, recorded as the source of its prices.</source>
        <translation>import、update --from：目录文件所取自的网页，记录为其价格的来源。</translation>
    </message>
    <message>
        <source>update --from: the date the saved catalogs hold prices of (default: today), or &quot;undated&quot; when it is not known.</source>
        <translation>update --from：保存的目录中价格所属的日期（默认：今天），日期未知时写 &quot;undated&quot;。</translation>
    </message>
    <message>
        <source>--as-of applies to saved catalogs: use it with --from</source>
        <translation>--as-of 只适用于保存的目录：请与 --from 一起使用</translation>
    </message>
    <message>
        <source>--as-of &quot;%1&quot; is not a date (YYYY-MM-DD, not in the future) or &quot;undated&quot;</source>
        <translation>--as-of “%1”不是日期（YYYY-MM-DD，不能是将来）也不是 &quot;undated&quot;</translation>
    </message>
    <message>
        <source>--source-url names the page of one saved catalog: use it with --from and one --cloud (or --source azure)</source>
        <translation>--source-url 指的是一个保存目录的网页：请与 --from 和一个 --cloud（或 --source azure）一起使用</translation>
    </message>
    <message>
        <source>--source-url &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>--source-url “%1”不是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>Output format: json for export; table, json or csv for estimate and serve-estimate.</source>
        <translation>输出格式：export 用 json；estimate 和 serve-estimate 用 table、json 或 csv。</translation>
    </message>
    <message>
        <source>%1 is not empty: copy writes only into a new or empty file, so that nothing there is overwritten</source>
        <translation>%1 不是空的：copy 只写入新文件或空文件，以免覆盖已有内容</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 providers, %4 GPU models, %5 offers with %6 prices, %7 market-share snapshots, %8 saved jobs.</source>
        <translation>已将 %1 复制到 %2：%3 家提供商、%4 个 GPU 型号、%5 个报价（%6 个价格）、%7 个市场份额快照、%8 个已保存的任务。</translation>
    </message>
    <message>
        <source>%1 takes options only, not &quot;%2&quot;</source>
        <translation>%1 只接受选项，不接受“%2”</translation>
    </message>
    <message>
        <source>copy needs FROM and TO, two price books (files or postgresql:// databases)</source>
        <translation>copy 需要 FROM 和 TO 两个价格簿（文件或 postgresql:// 数据库）</translation>
    </message>
    <message>
        <source>update: skypilot, azure, ecb (exchange rates) or all (default).</source>
        <translation>update：skypilot、azure、ecb（汇率）或 all（默认）。</translation>
    </message>
    <message>
        <source>changes takes no FILE</source>
        <translation>changes 不接受 FILE</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not a date such as 2026-12-01</source>
        <translation>--since“%1”不是日期（例如 2026-12-01）</translation>
    </message>
    <message>
        <source>changes: every update on or after DATE (default: the last update).</source>
        <translation>changes：DATE 当天及之后的每次更新（默认：上一次更新）。</translation>
    </message>
    <message>
        <source>--source &quot;%1&quot; is not one of %2</source>
        <translation>--source “%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>watch add: the price per GPU-hour the cheapest offer must fall below (in --currency).</source>
        <translation>watch add：最便宜报价必须低于的每 GPU 小时价格（以 --currency 计）。</translation>
    </message>
    <message>
        <source>watch add: only offers in this region.</source>
        <translation>watch add：只看该区域的报价。</translation>
    </message>
    <message>
        <source>watch needs add, list or remove</source>
        <translation>watch 需要 add、list 或 remove</translation>
    </message>
    <message>
        <source>watch &quot;%1&quot; is not one of add, list, remove</source>
        <translation>watch “%1”不是 add、list、remove 之一</translation>
    </message>
    <message>
        <source>watch add takes no further arguments; use --gpu and --below</source>
        <translation>watch add 不接受其他参数；请使用 --gpu 和 --below</translation>
    </message>
    <message>
        <source>watch add needs --gpu NAME</source>
        <translation>watch add 需要 --gpu NAME</translation>
    </message>
    <message>
        <source>watch add needs --below PRICE</source>
        <translation>watch add 需要 --below PRICE</translation>
    </message>
    <message>
        <source>--below &quot;%1&quot; is not a positive price per GPU-hour such as 2.50</source>
        <translation>--below “%1”不是正的每 GPU 小时价格（例如 2.50）</translation>
    </message>
    <message>
        <source>--pricing &quot;%1&quot; is not one of on-demand, spot, reserved</source>
        <translation>--pricing “%1”不是 on-demand、spot、reserved 之一</translation>
    </message>
    <message>
        <source>--currency &quot;%1&quot; is not one of %2</source>
        <translation>--currency “%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>--gpu &quot;%1&quot; is not a GPU model or alias of the price book</source>
        <translation>--gpu “%1”不是价格簿中的 GPU 型号或别名</translation>
    </message>
    <message>
        <source>watch list takes no further arguments</source>
        <translation>watch list 不接受其他参数</translation>
    </message>
    <message>
        <source>watch remove needs one ID (gpucompare watch list shows them)</source>
        <translation>watch remove 需要一个 ID（gpucompare watch list 会列出）</translation>
    </message>
    <message>
        <source>watch remove: &quot;%1&quot; is not a watch ID (a whole number)</source>
        <translation>watch remove：“%1”不是关注项 ID（整数）</translation>
    </message>
    <message>
        <source>there is no watch %1 (gpucompare watch list shows them)</source>
        <translation>没有关注项 %1（gpucompare watch list 会列出）</translation>
    </message>
    <message>
        <source>GPU Cloud Compare: who holds the GPU cloud market, what a GPU-hour costs where, and what a training job will cost on every offer.

Without a command, opens the window.

Commands:
  estimate [job options] [--format table|json|csv] [--currency CODE]   a training job&apos;s cost on every offer, cheapest first
  serve-estimate --params N [--precision bf16|fp16|fp8|int8|int4] [--kv-precision P] [--layers L --kv-heads H --head-dim D] [--context T] [--batch B] [--gpu NAME] [--gpus K] [--bandwidth-efficiency E] [--mfu M] [--tokens-per-month T] [--measured-tps X] [--price USD] [--pricing P] [--provider NAME] [--format table|json|csv] [--currency CODE]
      what serving a model costs on every offer: tokens per second and USD per million output tokens, cheapest first
  import FILE [--format auto|csv|market-share-csv|json|skypilot|fsdl] [--provider NAME] [--map NAME=GPU] [--dry-run]
      read offers, prices or market shares into the price book, all or nothing
  update [--source skypilot|azure|ecb|all] [--cloud NAME,...] [--base-url URL] [--from DIR [--as-of DATE|undated] [--source-url URL]] [--dry-run] [--format text|json]
      current prices from public catalogs (SkyPilot&apos;s hosted catalog, Azure Retail Prices) and the ECB&apos;s exchange rates, each catalog all or nothing, every price kept as history
  export FILE [--what offers|market-share|all] [--format csv|json] [--bom]   write to FILE (&quot;-&quot; for standard output)
  copy FROM TO   the whole price book FROM into TO, a new or empty file, losslessly
  changes [--since DATE] [--format text|json]   what the last update (or every update since DATE) changed: new offers, price drops and rises, offers no longer listed
  watch add --gpu NAME --below PRICE [--pricing P] [--provider NAME] [--region R] [--currency CODE] | watch list [--format text|json] | watch remove ID
      the watch list: after each update, a watch whose cheapest offer fell below its price per GPU-hour is reported as an alert
  export-chart CHART --out FILE.png [--size WxH] [--period P] [--scope S] [--gpu NAME] [--pricing P] [--currency CODE] [job options | serving options]
      CHART: market-share | market-trend | prices | price-history | job-cost | serve-cost

Job options: --params N --tokens D (65.2e9 or 65.2B, 1.4e12 or 1.4T) or --gpu-hours H; --gpu NAME (omitted: every GPU model), --gpus K, --mfu M, --precision bf16|fp16|fp8, --overhead F, --pricing on-demand,spot,reserved, --provider NAME, --price USD_PER_GPU_HOUR; see the options below.

Exit status: 0 success, 1 failure, 2 bad usage or invalid values.</source>
        <translation>GPU Cloud Compare：谁占据 GPU 云市场，一个 GPU 小时在各处的价格，以及一次训练任务在每个报价上的成本。

不带命令时打开窗口。

命令：
  estimate [任务选项] [--format table|json|csv] [--currency CODE]   训练任务在每个报价上的成本，最便宜的在前
  serve-estimate --params N [--precision bf16|fp16|fp8|int8|int4] [--kv-precision P] [--layers L --kv-heads H --head-dim D] [--context T] [--batch B] [--gpu NAME] [--gpus K] [--bandwidth-efficiency E] [--mfu M] [--tokens-per-month T] [--measured-tps X] [--price USD] [--pricing P] [--provider NAME] [--format table|json|csv] [--currency CODE]
      模型推理服务在每个报价上的成本：每秒 token 数和每百万输出 token 的美元价格，最便宜的在前
  import FILE [--format auto|csv|market-share-csv|json|skypilot|fsdl] [--provider NAME] [--map NAME=GPU] [--dry-run]
      将报价、价格或市场份额读入价格簿，要么全部写入，要么全部不写
  update [--source skypilot|azure|ecb|all] [--cloud NAME,...] [--base-url URL] [--from DIR [--as-of DATE|undated] [--source-url URL]] [--dry-run] [--format text|json]
      从公开目录获取当前价格（SkyPilot 托管的目录、Azure 零售价格）和欧洲央行的汇率，每个目录要么全部写入，要么全部不写，每个价格都保留为历史
  export FILE [--what offers|market-share|all] [--format csv|json] [--bom]   写入 FILE（“-”表示标准输出）
  copy FROM TO   将整个价格簿 FROM 无损复制到 TO（新文件或空文件）
  changes [--since DATE] [--format text|json]   上一次更新（或自 DATE 起的每次更新）改变了什么：新报价、降价和涨价、不再列出的报价
  watch add --gpu NAME --below PRICE [--pricing P] [--provider NAME] [--region R] [--currency CODE] | watch list [--format text|json] | watch remove ID
      关注列表：每次更新后，最便宜报价跌破其每 GPU 小时价格的关注项会作为提醒报告
  export-chart CHART --out FILE.png [--size WxH] [--period P] [--scope S] [--gpu NAME] [--pricing P] [--currency CODE] [任务选项 | 推理选项]
      CHART：market-share | market-trend | prices | price-history | job-cost | serve-cost

任务选项：--params N --tokens D（65.2e9 或 65.2B，1.4e12 或 1.4T）或 --gpu-hours H；--gpu NAME（省略：所有 GPU 型号），--gpus K，--mfu M，--precision bf16|fp16|fp8，--overhead F，--pricing on-demand,spot,reserved，--provider NAME，--price USD_PER_GPU_HOUR；参见下面的选项。

退出状态：0 成功，1 失败，2 用法错误或取值无效。</translation>
    </message>
    <message>
        <source>%1: estimate, serve-estimate and export-chart also give their figures in it, at the book&apos;s latest ECB rate; watch add reads --below in it (default USD).</source>
        <translation>%1：estimate、serve-estimate 和 export-chart 按价格簿中最新的欧洲央行汇率同时给出该货币的数字；watch add 以该货币读取 --below（默认 USD）。</translation>
    </message>
</context>
<context>
    <name>gpucompare::CompareOffersDialog</name>
    <message>
        <source>Compare Offers</source>
        <translation>比较报价</translation>
    </message>
    <message>
        <source>Offers side by side</source>
        <translation>并排的报价</translation>
    </message>
    <message>
        <source>★ the best of the compared offers; tinted rows differ between them. Job: %1.</source>
        <translation>★ 所比较报价中的最佳值；着色的行表示各报价之间不同。任务：%1。</translation>
    </message>
    <message>
        <source>&amp;Export as PNG…</source>
        <translation>导出为 PNG(&amp;E)…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Dense peak (TFLOP/s)</source>
        <translation>稠密峰值（TFLOP/s）</translation>
    </message>
    <message>
        <source>GPU memory (GB)</source>
        <translation>GPU 显存（GB）</translation>
    </message>
    <message>
        <source>Memory bandwidth (GB/s)</source>
        <translation>显存带宽（GB/s）</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>%1, %2 × GPU</source>
        <translation>%1，%2 × GPU</translation>
    </message>
    <message>
        <source>, %1 vCPUs</source>
        <translation>，%1 个 vCPU</translation>
    </message>
    <message>
        <source>, %1 GB RAM</source>
        <translation>，%1 GB 内存</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>计价</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>价格历史</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>观测日期（天数）</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Job: wall-clock days</source>
        <translation>任务：实际天数</translation>
    </message>
    <message>
        <source>Job: total cost</source>
        <translation>任务：总成本</translation>
    </message>
    <message>
        <source>no dated price</source>
        <translation>没有带日期的价格</translation>
    </message>
    <message>
        <source>one price, unchanged</source>
        <translation>一个价格，未变</translation>
    </message>
    <message>
        <source>could not encode the image</source>
        <translation>无法编码图像</translation>
    </message>
    <message>
        <source>Export Comparison as PNG</source>
        <translation>将比较导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <source>The comparison was not saved to %1: %2</source>
        <translation>比较未保存到 %1：%2</translation>
    </message>
    <message>
        <source>%1 (1 day)</source>
        <translation>%1（1 天）</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1（%2 天）</translation>
    </message>
    <message>
        <source>%1 dated prices, from %2 to %3</source>
        <translation>%1 个有日期的价格，从 %2 到 %3</translation>
    </message>
    <message>
        <source>%1 per GPU-hour</source>
        <translation>每 GPU 小时（%1）</translation>
    </message>
    <message>
        <source>%1 per instance-hour</source>
        <translation>每实例小时（%1）</translation>
    </message>
    <message>
        <source>%1 per dense PFLOP-hour</source>
        <translation>每稠密 PFLOP 小时（%1）</translation>
    </message>
</context>
<context>
    <name>gpucompare::CostTabs</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>What training a model costs on every offer</source>
        <translation>在每个报价上训练模型的成本</translation>
    </message>
    <message>
        <source>What serving a model costs per million tokens on every offer</source>
        <translation>在每个报价上部署模型每百万 token 的成本</translation>
    </message>
    <message>
        <source>Train on one offer, serve on another: the total, egress included</source>
        <translation>在一个报价上训练，在另一个上部署：含出站流量的总成本</translation>
    </message>
</context>
<context>
    <name>gpucompare::CsvReader</name>
    <message>
        <source>invalid UTF-8 in this field; save the file as UTF-8</source>
        <translation>此字段中有无效的 UTF-8；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed (unbalanced quote)</source>
        <translation>此处开始的带引号字段始终没有闭合（引号不配对）</translation>
    </message>
    <message>
        <source>a record longer than %1 MB: this is not a price catalog</source>
        <translation>一条记录超过 %1 MB：这不是价格目录</translation>
    </message>
    <message>
        <source>a NUL byte: this is a binary file, not CSV</source>
        <translation>一个 NUL 字节：这是二进制文件，不是 CSV</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>未加引号的字段中有引号；请给整个字段加引号，并将其中的引号写成两个（&quot;&quot;）</translation>
    </message>
    <message>
        <source>text after a closing quote; expected a comma or the end of the line</source>
        <translation>闭合引号后还有文字；应为逗号或行尾</translation>
    </message>
</context>
<context>
    <name>gpucompare::DataQuality</name>
    <message>
        <source>stale</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>spot ≥ on-demand</source>
        <translation>竞价 ≥ 按需</translation>
    </message>
    <message>
        <source>GPU count?</source>
        <translation>GPU 数量？</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>异常值</translation>
    </message>
    <message>
        <source>zero price</source>
        <translation>零价格</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>来源不一致</translation>
    </message>
</context>
<context>
    <name>gpucompare::DataSourcesDialog</name>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>%1 prices</source>
        <translation>%1 的价格</translation>
    </message>
    <message>
        <source>date not shown</source>
        <translation>未显示日期</translation>
    </message>
    <message>
        <source>market share %1 (%2)</source>
        <translation>市场份额 %1（%2）</translation>
    </message>
    <message>
        <source>market share %1: %2</source>
        <translation>市场份额 %1：%2</translation>
    </message>
    <message>
        <source>%1 specifications</source>
        <translation>%1 规格</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Backs</source>
        <translation>支撑的数据</translation>
    </message>
    <message>
        <source>Data Sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The seed note&apos;s claims, checked against this price book</source>
        <translation>种子笔记中的说法，与此价格簿核对</translation>
    </message>
    <message>
        <source>The note the product was created from makes these claims; the verdicts come from the current prices and the latest measured market shares, so they change when the book does.</source>
        <translation>创建本产品所依据的笔记提出了这些说法；结论来自当前价格和最新的实测市场份额，因此会随价格簿变化。</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>What the price book shows</source>
        <translation>价格簿显示的情况</translation>
    </message>
    <message>
        <source>One source backs the figures in this price book.</source>
        <translation>本价格簿中的数据有 1 个来源。</translation>
    </message>
    <message>
        <source>%1 sources back the figures in this price book.</source>
        <translation>本价格簿中的数据有 %1 个来源。</translation>
    </message>
</context>
<context>
    <name>gpucompare::DatabaseError</name>
    <message>
        <source>the price book is in use by another window; try again when it has finished saving</source>
        <translation>价格簿正被另一个窗口使用；请在其保存完成后重试</translation>
    </message>
    <message>
        <source>the price book is read-only</source>
        <translation>价格簿是只读的</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the price book file is damaged</source>
        <translation>价格簿文件已损坏</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>the database returned no id for a new row</source>
        <translation>数据库没有为新行返回 id</translation>
    </message>
    <message>
        <source>the table %1 has no column %2</source>
        <translation>表 %1 没有列 %2</translation>
    </message>
</context>
<context>
    <name>gpucompare::EditService</name>
    <message>
        <source>the price book is open read-only</source>
        <translation>价格簿以只读方式打开</translation>
    </message>
    <message>
        <source>USD per instance-hour</source>
        <translation>每实例小时美元</translation>
    </message>
    <message>
        <source>entered in the price table</source>
        <translation>在价格表中输入</translation>
    </message>
</context>
<context>
    <name>gpucompare::EgressPriceEditor</name>
    <message>
        <source>Egress Prices</source>
        <translation>出站流量价格</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From (GB a month):</source>
        <translation>起始（每月 GB）(&amp;F)：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>%1 already has a tier from %2 GB.</source>
        <translation>%1 已有从 %2 GB 起的档位。</translation>
    </message>
    <message>
        <source>&amp;Up to (GB):</source>
        <translation>截至（GB）(&amp;U)：</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Up to must be above From.</source>
        <translation>截至必须大于起始。</translation>
    </message>
    <message>
        <source>empty for every GB above</source>
        <translation>留空表示以上所有 GB</translation>
    </message>
    <message>
        <source>&amp;Price (USD per GB):</source>
        <translation>价格（每 GB 美元）(&amp;P)：</translation>
    </message>
    <message>
        <source>Price per GB</source>
        <translation>每 GB 价格</translation>
    </message>
    <message>
        <source>0 where the provider publishes free egress.</source>
        <translation>提供商公布免费出站流量时填 0。</translation>
    </message>
    <message>
        <source>F&amp;ree each month (GB):</source>
        <translation>每月免费（GB）(&amp;R)：</translation>
    </message>
    <message>
        <source>Free allowance</source>
        <translation>免费额度</translation>
    </message>
    <message>
        <source>Observed &amp;on:</source>
        <translation>观测日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>观测日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty when the page is undated</source>
        <translation>YYYY-MM-DD，页面无日期时留空</translation>
    </message>
    <message>
        <source>&amp;Source URL:</source>
        <translation>来源网址(&amp;S)：</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1-%2 GB</source>
        <translation>%1-%2 GB</translation>
    </message>
    <message>
        <source>from %1 GB</source>
        <translation>从 %1 GB 起</translation>
    </message>
    <message>
        <source>Delete this egress price of %1? The Plan then prices moving weights out of %1 only with the tiers that are left, or not at all.</source>
        <translation>删除 %1 的这条出站流量价格？之后“规划”只用剩下的档位为从 %1 迁出权重计价，或不再计价。</translation>
    </message>
    <message>
        <source>%1 · %2 · $%3</source>
        <translation>%1 · %2 · $%3</translation>
    </message>
</context>
<context>
    <name>gpucompare::EgressPriceRepository</name>
    <message>
        <source>egress price: no provider is named &quot;%1&quot;</source>
        <translation>出站流量价格：没有名为“%1”的提供商</translation>
    </message>
</context>
<context>
    <name>gpucompare::EstimateResults</name>
    <message>
        <source>All pricing</source>
        <translation>所有计价</translation>
    </message>
    <message>
        <source>Resu&amp;lts</source>
        <translation>结果(&amp;L)</translation>
    </message>
    <message>
        <source>Cost c&amp;hart</source>
        <translation>成本图表(&amp;H)</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>提供商：</translation>
    </message>
    <message>
        <source>Pricing:</source>
        <translation>计价：</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>所有提供商</translation>
    </message>
    <message>
        <source>Offers left out</source>
        <translation>被排除的报价</translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 个报价</translation>
    </message>
    <message>
        <source>%1 offers</source>
        <translation>%1 个报价</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Left out: 1 offer, and why</source>
        <translation>已排除：1 个报价及原因</translation>
    </message>
    <message>
        <source>Left out: %1 offers, and why</source>
        <translation>已排除：%1 个报价及原因</translation>
    </message>
</context>
<context>
    <name>gpucompare::ExportableChartView</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels. Text and lines are drawn %3× as large as on a plain screen, so the chart is laid out on %4 × %5: raise the text size for slides, lower it to fit more.</source>
        <translation>图像为 %1 × %2 像素。文字和线条按普通屏幕的 %3 倍绘制，因此图表按 %4 × %5 排版：用于幻灯片时可调大文字，想容纳更多内容时可调小。</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>文字大小(&amp;T)：</translation>
    </message>
    <message>
        <source>The chart was not saved to %1: %2</source>
        <translation>图表未保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>gpucompare::FileActions</name>
    <message>
        <source>&amp;Open Price Book…</source>
        <translation>打开价格簿(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy of the Price Book…</source>
        <translation>保存价格簿副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a Copy…</source>
        <translation>从副本恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Offers as CSV…</source>
        <translation>报价导出为 CSV(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Visible Offers as CSV…</source>
        <translation>可见报价导出为 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Market Share as CSV…</source>
        <translation>市场份额导出为 CSV(&amp;M)…</translation>
    </message>
    <message>
        <source>Whole Price Book as &amp;JSON…</source>
        <translation>整个价格簿导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Start CSV Files with a &amp;Byte-Order Mark</source>
        <translation>CSV 文件以字节顺序标记开头(&amp;B)</translation>
    </message>
    <message>
        <source>Some spreadsheet programs need it to read UTF-8.</source>
        <translation>某些电子表格程序需要它才能读取 UTF-8。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Save a Copy of the Price Book</source>
        <translation>保存价格簿副本</translation>
    </message>
    <message>
        <source>Price books (*.sqlite)</source>
        <translation>价格簿 (*.sqlite)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Choose another file than the open price book.</source>
        <translation>请选择与当前打开的价格簿不同的文件。</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
    </message>
    <message>
        <source>Open Price Book</source>
        <translation>打开价格簿</translation>
    </message>
    <message>
        <source>Price books (*.sqlite);;All files (*)</source>
        <translation>价格簿 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The copy comes from a newer version of GPU Cloud Compare.</source>
        <translation>该副本来自更新版本的 GPU Cloud Compare。</translation>
    </message>
    <message>
        <source>That is the open price book itself.</source>
        <translation>那就是当前打开的价格簿本身。</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to the price book.</source>
        <translation>无法将 %1 复制到价格簿旁边。</translation>
    </message>
    <message>
        <source>Restore from a Copy</source>
        <translation>从副本恢复</translation>
    </message>
    <message>
        <source>Replace the open price book with %1? The current one is kept as a backup beside it.</source>
        <translation>用 %1 替换当前打开的价格簿？当前价格簿会作为备份保存在旁边。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Price catalogs (*.csv *.json);;All files (*)</source>
        <translation>价格目录 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The price book is read-only: %1</source>
        <translation>价格簿为只读：%1</translation>
    </message>
    <message>
        <source>Imported %1: %2 offers added, %3 updated.</source>
        <translation>已导入 %1：新增 %2 个报价，更新 %3 个。</translation>
    </message>
    <message>
        <source>Restored the price book from %1.</source>
        <translation>已从 %1 恢复价格簿。</translation>
    </message>
    <message>
        <source>Edits made before the restore can no longer be undone.</source>
        <translation>恢复之前所做的编辑已无法撤销。</translation>
    </message>
    <message>
        <source>Edits made before the import can no longer be undone.</source>
        <translation>导入之前所做的编辑已无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Update Prices…</source>
        <translation>更新价格(&amp;U)…</translation>
    </message>
    <message>
        <source>Current prices from public catalogs (SkyPilot, Azure)</source>
        <translation>来自公开目录的当前价格（SkyPilot、Azure）</translation>
    </message>
    <message>
        <source>Update Prices</source>
        <translation>更新价格</translation>
    </message>
    <message>
        <source>Prices updated: %1 new offers, %2 price changes, %3 no longer listed.</source>
        <translation>价格已更新：%1 个新报价，%2 处价格变化，%3 个已不再列出。</translation>
    </message>
    <message>
        <source>Not updated: %1.</source>
        <translation>未更新：%1。</translation>
    </message>
    <message>
        <source>Edits made before the update can no longer be undone.</source>
        <translation>更新之前所做的编辑已无法撤销。</translation>
    </message>
    <message>
        <source>Open &amp;Team Price Book…</source>
        <translation>打开团队价格簿(&amp;T)…</translation>
    </message>
    <message>
        <source>Copy Price Book &amp;To…</source>
        <translation>将价格簿复制到(&amp;T)…</translation>
    </message>
    <message>
        <source>Open Team Price Book</source>
        <translation>打开团队价格簿</translation>
    </message>
    <message>
        <source>Copy Price Book To</source>
        <translation>将价格簿复制到</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: a copy goes only into a new or empty file, so that nothing there is overwritten.</source>
        <translation>%1 已存在且不为空：副本只写入新文件或空文件，以免覆盖其中的内容。</translation>
    </message>
    <message>
        <source>Copied the price book to %1</source>
        <translation>已将价格簿复制到 %1</translation>
    </message>
    <message>
        <source>A team price book is shared: restoring a copy over it would undo every member&apos;s changes. Restore it on the server (pg_restore), or open the copy with File › Open Price Book.</source>
        <translation>团队价格簿是共享的：用副本覆盖它会撤销所有成员的更改。请在服务器上恢复（pg_restore），或通过“文件 › 打开价格簿”打开副本。</translation>
    </message>
    <message>
        <source>%1 undated catalog prices</source>
        <translation>%1 个无日期的目录价格</translation>
    </message>
    <message>
        <source>%1 dated, newest %2</source>
        <translation>%1 个有日期，最新 %2</translation>
    </message>
    <message>
        <source>No catalog prices yet</source>
        <translation>尚无目录价格</translation>
    </message>
    <message>
        <source>never updated</source>
        <translation>从未更新</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>刚刚更新</translation>
    </message>
    <message>
        <source>updated %1 min ago</source>
        <translation>%1 分钟前更新</translation>
    </message>
    <message>
        <source>updated %1 h ago</source>
        <translation>%1 小时前更新</translation>
    </message>
    <message>
        <source>updated %1 days ago</source>
        <translation>%1 天前更新</translation>
    </message>
    <message>
        <source>Offers by how their published prices are dated: %1 come from catalog snapshots whose date is not known, %2 have a date (the newest %3).</source>
        <translation>按公开价格的日期划分报价：%1 个来自日期未知的目录快照，%2 个有日期（最新为 %3）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The %1 prices entered without a source (your own figures) are not counted.</source>
        <translation>未注明来源而录入的 %1 个价格（您自己的数字）不计入。</translation>
    </message>
    <message>
        <source>Last successful update from the public catalogs: %1.</source>
        <translation>上次从公开目录成功更新：%1。</translation>
    </message>
    <message>
        <source>Never updated from the public catalogs.</source>
        <translation>从未从公开目录更新。</translation>
    </message>
    <message>
        <source>File › Update Prices… reads them now.</source>
        <translation>文件 › 更新价格… 可立即读取。</translation>
    </message>
</context>
<context>
    <name>gpucompare::FsdlCatalog</name>
    <message>
        <source>From the Full Stack Deep Learning table %1.</source>
        <translation>来自 Full Stack Deep Learning 表格 %1。</translation>
    </message>
    <message>
        <source>Cloud is empty</source>
        <translation>Cloud 为空</translation>
    </message>
    <message>
        <source>GPUs &quot;%1&quot; is not a whole number of GPUs</source>
        <translation>GPUs“%1”不是整数块 GPU</translation>
    </message>
    <message>
        <source>%1× %2 (unnamed)</source>
        <translation>%1× %2（未命名）</translation>
    </message>
    <message>
        <source>%1: %2; the spot price is left out</source>
        <translation>%1：%2；竞价价格未计入</translation>
    </message>
</context>
<context>
    <name>gpucompare::GpuModelEditor</name>
    <message>
        <source>GPU Models</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>厂商(&amp;V)：</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>&amp;Memory (GB):</source>
        <translation>显存（GB）(&amp;M)：</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Dense &amp;BF16/FP16 (TFLOP/s):</source>
        <translation>稠密 BF16/FP16（TFLOP/s）(&amp;B)：</translation>
    </message>
    <message>
        <source>BF16/FP16 peak</source>
        <translation>BF16/FP16 峰值</translation>
    </message>
    <message>
        <source>Dense peak per GPU, without 2:4 sparsity; the calculator&apos;s basis.</source>
        <translation>每 GPU 稠密峰值，不含 2:4 稀疏；计算器以此为基础。</translation>
    </message>
    <message>
        <source>Dense &amp;FP8 (TFLOP/s):</source>
        <translation>稠密 FP8（TFLOP/s）(&amp;F)：</translation>
    </message>
    <message>
        <source>FP8 peak</source>
        <translation>FP8 峰值</translation>
    </message>
    <message>
        <source>empty when unsupported</source>
        <translation>不支持时留空</translation>
    </message>
    <message>
        <source>Memory b&amp;andwidth (GB/s):</source>
        <translation>显存带宽（GB/s）(&amp;A)：</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>&amp;Computes BF16 (clear for FP16-only GPUs such as V100)</source>
        <translation>支持 BF16（仅支持 FP16 的 GPU 如 V100 请取消勾选）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Source URL:</source>
        <translation>来源网址(&amp;S)：</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>A&amp;liases:</source>
        <translation>别名(&amp;L)：</translation>
    </message>
    <message>
        <source>names catalogs use, comma-separated (H100, H100-80GB)</source>
        <translation>目录使用的名称，以逗号分隔（H100, H100-80GB）</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot;</source>
        <translation>别名“%1”</translation>
    </message>
    <message>
        <source>Delete the GPU model &quot;%1&quot; and its aliases?</source>
        <translation>删除 GPU 型号“%1”及其别名？</translation>
    </message>
    <message>
        <source>Delete the GPU model &quot;%1&quot;?

Its offers (%2) and their prices (%3) are deleted with it. Edit › Undo brings all of it back.</source>
        <translation>删除 GPU 型号“%1”？

其报价（%2 个）及其价格（%3 个）将一并删除。编辑 › 撤销 可全部恢复。</translation>
    </message>
    <message>
        <source>T&amp;ypical MFU:</source>
        <translation>典型 MFU(&amp;Y)：</translation>
    </message>
    <message>
        <source>Typical MFU</source>
        <translation>典型 MFU</translation>
    </message>
    <message>
        <source>0-1, from published runs; empty when none</source>
        <translation>0-1，来自已发表的训练；没有则留空</translation>
    </message>
    <message>
        <source>The calculator assumes this MFU for the GPU when the job gives none.</source>
        <translation>任务未指定 MFU 时，计算器对该 GPU 采用此值。</translation>
    </message>
    <message>
        <source>MFU &amp;basis:</source>
        <translation>MFU 依据(&amp;B)：</translation>
    </message>
    <message>
        <source>MFU basis</source>
        <translation>MFU 依据</translation>
    </message>
    <message>
        <source>the runs behind the figure</source>
        <translation>该数值所依据的训练</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names %2 (case, spaces, hyphens and underscores aside).</source>
        <translation>“%1”已指代 %2（不计大小写、空格、连字符和下划线）。</translation>
    </message>
    <message>
        <source>dense; empty when unknown</source>
        <translation>稠密；未知时留空</translation>
    </message>
    <message>
        <source>FP32 (TFLOP/s):</source>
        <translation>FP32（TFLOP/s）：</translation>
    </message>
    <message>
        <source>FP32 peak</source>
        <translation>FP32 峰值</translation>
    </message>
    <message>
        <source>Dense TF32 (TFLOP/s):</source>
        <translation>稠密 TF32（TFLOP/s）：</translation>
    </message>
    <message>
        <source>TF32 peak</source>
        <translation>TF32 峰值</translation>
    </message>
    <message>
        <source>Dense FP16 (TFLOP/s):</source>
        <translation>稠密 FP16（TFLOP/s）：</translation>
    </message>
    <message>
        <source>FP16 peak</source>
        <translation>FP16 峰值</translation>
    </message>
    <message>
        <source>Dense INT8 (TOPS):</source>
        <translation>稠密 INT8（TOPS）：</translation>
    </message>
    <message>
        <source>INT8 peak</source>
        <translation>INT8 峰值</translation>
    </message>
    <message>
        <source>Form factor:</source>
        <translation>外形规格：</translation>
    </message>
    <message>
        <source>Form factor</source>
        <translation>外形规格</translation>
    </message>
    <message>
        <source>Memory type:</source>
        <translation>显存类型：</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation>显存类型</translation>
    </message>
    <message>
        <source>TDP (W):</source>
        <translation>TDP（W）：</translation>
    </message>
    <message>
        <source>TDP</source>
        <translation>TDP</translation>
    </message>
    <message>
        <source>Launch year:</source>
        <translation>发布年份：</translation>
    </message>
    <message>
        <source>Launch year</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <source>The alias &quot;%1&quot; already names %2 (case, spaces, hyphens and underscores aside); a name means one model.</source>
        <translation>别名“%1”已指代 %2（不计大小写、空格、连字符和下划线）；一个名称只指一个型号。</translation>
    </message>
    <message>
        <source>e.g. SXM5, PCIe (dual-slot), OAM</source>
        <translation>例如 SXM5、PCIe（双槽）、OAM</translation>
    </message>
    <message>
        <source>e.g. HBM3, GDDR6</source>
        <translation>例如 HBM3、GDDR6</translation>
    </message>
</context>
<context>
    <name>gpucompare::GpuModelRepository</name>
    <message>
        <source>the alias &quot;%1&quot; already belongs to another GPU model</source>
        <translation>别名“%1”已属于另一个 GPU 型号</translation>
    </message>
</context>
<context>
    <name>gpucompare::HttpFetcher</name>
    <message>
        <source>%1; the mirror %2 failed too: %3</source>
        <translation>%1；镜像 %2 也失败了：%3</translation>
    </message>
    <message>
        <source>(the server asks to wait %1 s; not waited for)</source>
        <translation>（服务器要求等待 %1 秒；未等待）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 is not an https:// address</source>
        <translation>%1 不是 https:// 地址</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有应答</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒内没有数据</translation>
    </message>
    <message>
        <source>the server redirected to %1, another scheme; refused</source>
        <translation>服务器重定向到另一种协议的 %1；已拒绝</translation>
    </message>
    <message>
        <source>the body is larger than %1 MB; cut off</source>
        <translation>内容大于 %1 MB；已截断</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>the download was cut off after %1 of %2 bytes</source>
        <translation>下载在 %2 字节中的 %1 字节处中断</translation>
    </message>
    <message>
        <source>HTTP %1, not a catalog</source>
        <translation>HTTP %1，不是目录</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>gpucompare::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>（取自文件）</translation>
    </message>
    <message>
        <source>SkyPilot catalogs do not name their cloud: it is taken from the file name or instance types, or from here.</source>
        <translation>SkyPilot 目录不注明所属云：取自文件名或实例类型，或在此指定。</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Map to GPU model</source>
        <translation>映射到 GPU 型号</translation>
    </message>
    <message>
        <source>Names that match no GPU model or alias. Map one, and the mapping is kept as an alias for the next import.</source>
        <translation>与任何 GPU 型号或别名都不匹配的名称。映射后，该映射会作为别名保留，供下次导入使用。</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation>需要检查的内容</translation>
    </message>
    <message>
        <source>Unknown GPU names</source>
        <translation>未知 GPU 名称</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>云(&amp;C)：</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import; then all of it is written in one step, or none of it.</source>
        <translation>按下“导入”之前不会写入任何内容；之后要么一次全部写入，要么全部不写入。</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <source>The price book refuses this import: %1</source>
        <translation>价格簿拒绝此导入：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 rows read.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，已读取 %2 行。</translation>
    </message>
    <message>
        <source>Offers to add: &lt;b&gt;%1&lt;/b&gt; · to update with a new price: &lt;b&gt;%2&lt;/b&gt; · unchanged: %3</source>
        <translation>将新增报价：&lt;b&gt;%1&lt;/b&gt; · 将以新价格更新：&lt;b&gt;%2&lt;/b&gt; · 不变：%3</translation>
    </message>
    <message>
        <source>New providers: %1</source>
        <translation>新提供商：%1</translation>
    </message>
    <message>
        <source>Market-share snapshots to add: %1 · to update: %2</source>
        <translation>将新增市场份额快照：%1 · 将更新：%2</translation>
    </message>
    <message>
        <source>Rows rejected: %1 · flagged: %2</source>
        <translation>已拒绝行：%1 · 已标记：%2</translation>
    </message>
    <message>
        <source> · without a GPU (skipped): %1</source>
        <translation> · 无 GPU（已跳过）：%1</translation>
    </message>
    <message>
        <source> · zone or duplicate rows folded: %1</source>
        <translation> · 合并的可用区或重复行：%1</translation>
    </message>
    <message>
        <source>— leave these rows out —</source>
        <translation>— 不导入这些行 —</translation>
    </message>
    <message>
        <source>Unknown GPU names (%1)</source>
        <translation>未知 GPU 名称（%1）</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>已拒绝（%1）</translation>
    </message>
    <message>
        <source>Flagged (%1)</source>
        <translation>已标记（%1）</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>导入失败，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>gpucompare::InstanceShapeEditor</name>
    <message>
        <source>Instance Shapes</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Instance type:</source>
        <translation>实例类型(&amp;I)：</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <source>%1 already has a shape for %2.</source>
        <translation>%1 已有 %2 的实例规格。</translation>
    </message>
    <message>
        <source>&amp;GPU model:</source>
        <translation>GPU 型号(&amp;G)：</translation>
    </message>
    <message>
        <source>Without a GPU model the shape only checks GPU counts; with one, price updates can map this instance type&apos;s prices to it.</source>
        <translation>没有 GPU 型号时，该规格只用于核对 GPU 数量；有型号时，价格更新可以把此实例类型的价格对应到它。</translation>
    </message>
    <message>
        <source>GPU &amp;count:</source>
        <translation>GPU 数量(&amp;C)：</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>&amp;Source URL:</source>
        <translation>来源网址(&amp;S)：</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(count only)</source>
        <translation>（仅数量）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete the shape of %1? Catalog rows of this instance type are then no longer checked against it, and Azure prices of it can no longer be mapped to a GPU.</source>
        <translation>删除 %1 的实例规格？此后不再用它核对该实例类型的目录行，其 Azure 价格也无法再对应到 GPU。</translation>
    </message>
</context>
<context>
    <name>gpucompare::InstanceShapeRepository</name>
    <message>
        <source>instance shape %1: no provider is named &quot;%2&quot;</source>
        <translation>实例规格 %1：没有名为“%2”的提供商</translation>
    </message>
    <message>
        <source>instance shape %1: no GPU model or alias is named &quot;%2&quot;</source>
        <translation>实例规格 %1：没有名为“%2”的 GPU 型号或别名</translation>
    </message>
</context>
<context>
    <name>gpucompare::JobCostPanel</name>
    <message>
        <source>Published runs</source>
        <translation>已发表的训练</translation>
    </message>
    <message>
        <source>Published run…</source>
        <translation>已发表的训练…</translation>
    </message>
    <message>
        <source>Saved jobs</source>
        <translation>已保存的任务</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save these inputs in the price book under a name.</source>
        <translation>以一个名称把这些输入保存到价格簿中。</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>重命名(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Job cost on every offer</source>
        <translation>每个报价上的任务成本</translation>
    </message>
    <message>
        <source>Job cost by provider</source>
        <translation>各提供商的任务成本</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>预设(&amp;R)：</translation>
    </message>
    <message>
        <source>Sa&amp;ved:</source>
        <translation>已保存(&amp;V)：</translation>
    </message>
    <message>
        <source>Job cost</source>
        <translation>任务成本</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <source>No saved jobs</source>
        <translation>没有已保存的任务</translation>
    </message>
    <message>
        <source>The price book is read-only.</source>
        <translation>价格簿为只读。</translation>
    </message>
    <message>
        <source>Fix the inputs marked in red to see the cost.</source>
        <translation>请修正标为红色的输入以查看成本。</translation>
    </message>
    <message>
        <source>Saved job</source>
        <translation>已保存的任务</translation>
    </message>
    <message>
        <source>The saved job &quot;%1&quot; cannot be read: %2.</source>
        <translation>无法读取已保存的任务“%1”：%2。</translation>
    </message>
    <message>
        <source>Save job</source>
        <translation>保存任务</translation>
    </message>
    <message>
        <source>Fix the inputs marked in red first: %1</source>
        <translation>请先修正标红的输入：%1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Replace the saved job &quot;%1&quot;?</source>
        <translation>替换已保存的任务“%1”？</translation>
    </message>
    <message>
        <source>Rename job</source>
        <translation>重命名任务</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>A saved job is already called &quot;%1&quot;.</source>
        <translation>已有名为“%1”的已保存任务。</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Delete the saved job &quot;%1&quot;?</source>
        <translation>删除已保存的任务“%1”？</translation>
    </message>
    <message>
        <source>Show or Group the &amp;Regions</source>
        <translation>展开或合并区域(&amp;R)</translation>
    </message>
    <message>
        <source>Offers that cost the same in several regions share a row</source>
        <translation>在多个区域成本相同的报价共用一行</translation>
    </message>
</context>
<context>
    <name>gpucompare::JobEstimateModel</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>★ cheapest</source>
        <translation>★ 最便宜</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <source>too small</source>
        <translation>显存不足</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>%1 GPU-h</source>
        <translation>%1 GPU 小时</translation>
    </message>
    <message>
        <source>Model state %1 GB per GPU (16 bytes per parameter, sharded over %2 GPUs) against %3 GB; activations come on top.</source>
        <translation>每块 GPU 模型状态 %1 GB（每参数 16 字节，分摊到 %2 块 GPU）对比 %3 GB；激活值另计。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>计价</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 小时</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>vs cheapest</source>
        <translation>相比最便宜</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Budget buys</source>
        <translation>预算可购买</translation>
    </message>
    <message>
        <source>Spot: the GPU-hours include the job&apos;s spot interruption overhead, so a lower hourly price can cost more in total.</source>
        <translation>竞价：GPU 小时数包含任务的竞价中断开销，因此较低的小时价格可能带来更高的总成本。</translation>
    </message>
    <message>
        <source>%1 regions</source>
        <translation>%1 个区域</translation>
    </message>
    <message>
        <source>One of the regions where this offer costs the same. Click to show them as one row again.</source>
        <translation>该报价成本相同的区域之一。单击可重新合并为一行。</translation>
    </message>
    <message>
        <source>The same offer at the same cost in %1 regions: %2. Click to show each region.</source>
        <translation>同一报价在 %1 个区域成本相同：%2。单击可逐个显示区域。</translation>
    </message>
    <message>
        <source>List price %1 less your %2 % discount</source>
        <translation>目录价 %1，减去您的 %2 % 折扣</translation>
    </message>
    <message>
        <source>GPUs %1 + storage %2 + egress %3</source>
        <translation>GPU %1 + 存储 %2 + 出站流量 %3</translation>
    </message>
    <message>
        <source>%1/GPU-h</source>
        <translation>%1/GPU 小时</translation>
    </message>
</context>
<context>
    <name>gpucompare::JobForm</name>
    <message>
        <source>Parameters × tokens</source>
        <translation>参数 × token</translation>
    </message>
    <message>
        <source>Measured GPU-hours</source>
        <translation>实测 GPU 小时</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>起点(&amp;S)：</translation>
    </message>
    <message>
        <source>Compute the work from model size and data (C = 6·N·D), or start from GPU-hours a run reported.</source>
        <translation>根据模型规模和数据计算工作量（C = 6·N·D），或从某次训练报告的 GPU 小时出发。</translation>
    </message>
    <message>
        <source>e.g. 7B or 7e9</source>
        <translation>例如 7B 或 7e9</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <source>N, the parameters trained per token; for a mixture of experts the activated ones. Suffixes: k, M, B, T.</source>
        <translation>N，每个 token 训练的参数量；混合专家模型取激活参数。后缀：k、M、B、T。</translation>
    </message>
    <message>
        <source>e.g. 1T or 1.4e12</source>
        <translation>例如 1T 或 1.4e12</translation>
    </message>
    <message>
        <source>T&amp;raining tokens:</source>
        <translation>训练 token(&amp;R)：</translation>
    </message>
    <message>
        <source>D, the tokens seen per epoch. Compute-optimal is about 20 tokens per parameter (Chinchilla).</source>
        <translation>D，每轮看到的 token 数。计算最优约为每个参数 20 个 token（Chinchilla）。</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>轮数(&amp;E)：</translation>
    </message>
    <message>
        <source>Passes over the tokens; fine-tuning often runs 2-5.</source>
        <translation>遍历这些 token 的次数；微调通常为 2–5 轮。</translation>
    </message>
    <message>
        <source>e.g. 184320</source>
        <translation>例如 184320</translation>
    </message>
    <message>
        <source>GPU-&amp;hours:</source>
        <translation>GPU 小时(&amp;H)：</translation>
    </message>
    <message>
        <source>GPU-hours a run reported. Reported figures usually include restarts already, so leave the overhead at 1.</source>
        <translation>某次训练报告的 GPU 小时。报告值通常已包含重启，因此开销系数保持为 1。</translation>
    </message>
    <message>
        <source>&amp;Measured on:</source>
        <translation>测量所用 GPU(&amp;M)：</translation>
    </message>
    <message>
        <source>The GPU the hours were measured on. Other GPUs are scaled by their dense peak at equal MFU.</source>
        <translation>测得这些小时数所用的 GPU。其他 GPU 在相同 MFU 下按稠密峰值换算。</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>Price the job on this GPU model&apos;s offers, or on every GPU model.</source>
        <translation>按此 GPU 型号的报价计算任务价格，或按所有 GPU 型号计算。</translation>
    </message>
    <message>
        <source>&amp;Number of GPUs:</source>
        <translation>GPU 数量(&amp;N)：</translation>
    </message>
    <message>
        <source>GPUs the job runs on; each offer rents whole instances, so 100 GPUs on 8-GPU instances rents 104.</source>
        <translation>任务使用的 GPU 数；每个报价按整台实例租用，因此在 8 卡实例上用 100 块 GPU 需租 104 块。</translation>
    </message>
    <message>
        <source>Pre&amp;cision:</source>
        <translation>精度(&amp;C)：</translation>
    </message>
    <message>
        <source>Picks each GPU&apos;s dense peak: V100 has no BF16 (its FP16 peak is used); GPUs without FP8 fall back to their 16-bit peak.</source>
        <translation>决定使用各 GPU 的哪个稠密峰值：V100 没有 BF16（使用其 FP16 峰值）；不支持 FP8 的 GPU 回退到 16 位峰值。</translation>
    </message>
    <message>
        <source>Per GPU &amp;family</source>
        <translation>按 GPU 系列(&amp;F)</translation>
    </message>
    <message>
        <source>M&amp;FU:</source>
        <translation>MFU(&amp;F)：</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation: the share of the GPU&apos;s dense peak the training really uses; published runs reach 0.20-0.60.</source>
        <translation>模型 FLOPs 利用率：训练实际用到的 GPU 稠密峰值比例；已发表的训练达到 0.20–0.60。</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>&amp;Overhead:</source>
        <translation>开销系数(&amp;O)：</translation>
    </message>
    <message>
        <source>Multiplies the GPU-hours for restarts, downtime and evaluation: published runs come out 1.1-1.5× above the ideal.</source>
        <translation>为重启、停机和评估放大 GPU 小时：已发表的训练比理想值高 1.1–1.5 倍。</translation>
    </message>
    <message>
        <source>Sp&amp;ot interruptions:</source>
        <translation>竞价中断(&amp;O)：</translation>
    </message>
    <message>
        <source>Extra work on spot offers, lost after preemptions and restarts.</source>
        <translation>竞价报价上因抢占和重启而损失的额外工作量。</translation>
    </message>
    <message>
        <source>&amp;Attention term (PaLM)</source>
        <translation>注意力项（PaLM）(&amp;A)</translation>
    </message>
    <message>
        <source>Adds 12 · layers · heads · head size · sequence length FLOPs per token, which matters for long sequences.</source>
        <translation>每个 token 增加 12 · 层数 · 头数 · 头维度 · 序列长度 FLOPs，对长序列影响明显。</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>Heads:</source>
        <translation>注意力头数：</translation>
    </message>
    <message>
        <source>Head size:</source>
        <translation>头维度：</translation>
    </message>
    <message>
        <source>Sequence length:</source>
        <translation>序列长度：</translation>
    </message>
    <message>
        <source>Storage and &amp;egress</source>
        <translation>存储与出站流量(&amp;E)</translation>
    </message>
    <message>
        <source> TB</source>
        <translation> TB</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> /TB-month</source>
        <translation> /TB·月</translation>
    </message>
    <message>
        <source> /TB</source>
        <translation> /TB</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>存储：</translation>
    </message>
    <message>
        <source>Dataset and checkpoints kept during the job.</source>
        <translation>任务期间保留的数据集和检查点。</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>单价：</translation>
    </message>
    <message>
        <source>Egress:</source>
        <translation>出站流量：</translation>
    </message>
    <message>
        <source>Data transferred out, such as final checkpoints.</source>
        <translation>传出的数据，例如最终检查点。</translation>
    </message>
    <message>
        <source>&amp;Budget mode</source>
        <translation>预算模式(&amp;B)</translation>
    </message>
    <message>
        <source>Shows what a budget buys on each offer: GPU-hours, and tokens for the model size above.</source>
        <translation>显示预算在每个报价上能买到什么：GPU 小时，以及按上述模型规模可训练的 token 数。</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <source>All GPU models</source>
        <translation>所有 GPU 型号</translation>
    </message>
    <message>
        <source>Any GPU (hours used as they are)</source>
        <translation>任意 GPU（小时数按原样使用）</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>需要填写%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; write it like %2, %3 or %4.</source>
        <translation>“%1”不是数字；请写成 %2、%3 或 %4 的形式。</translation>
    </message>
    <message>
        <source>The number of parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>The number of training tokens</source>
        <translation>训练 token 数</translation>
    </message>
    <message>
        <source>The GPU-hours</source>
        <translation>GPU 小时数</translation>
    </message>
    <message>
        <source>optional: for the memory check</source>
        <translation>可选：用于显存检查</translation>
    </message>
    <message>
        <source>per GPU</source>
        <translation>按 GPU</translation>
    </message>
    <message>
        <source>Each GPU model&apos;s typical MFU from the price book (the calculator&apos;s notes say which).</source>
        <translation>每个 GPU 型号在价格簿中的典型 MFU（计算器的说明中列出）。</translation>
    </message>
</context>
<context>
    <name>gpucompare::JobOptions</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a number; write it like 65.2e9, 65.2B, 1.4T or 0.4</source>
        <translation>--%1：“%2”不是数字；请写成 65.2e9、65.2B、1.4T 或 0.4 的形式</translation>
    </message>
    <message>
        <source>--%1: must be a whole number from 1 to %2 (got %3)</source>
        <translation>--%1：必须是 1 到 %2 之间的整数（实际为 %3）</translation>
    </message>
    <message>
        <source>--%1: unknown GPU &quot;%2&quot;; the GPU models are: %3</source>
        <translation>--%1：未知 GPU“%2”；GPU 型号有：%3</translation>
    </message>
    <message>
        <source>Model parameters N (activated, for a mixture of experts): 65.2e9 or 65.2B.</source>
        <translation>模型参数量 N（混合专家模型取激活参数）：65.2e9 或 65.2B。</translation>
    </message>
    <message>
        <source>Training tokens D per epoch: 1.4e12 or 1.4T.</source>
        <translation>每轮训练 token 数 D：1.4e12 或 1.4T。</translation>
    </message>
    <message>
        <source>Epochs over the tokens (fine-tuning); default 1.</source>
        <translation>对这些 token 训练的轮数（微调）；默认 1。</translation>
    </message>
    <message>
        <source>With --heads, --head-dim and --seq-len: add PaLM&apos;s attention FLOPs.</source>
        <translation>与 --heads、--head-dim 和 --seq-len 一起：加上 PaLM 的注意力 FLOPs。</translation>
    </message>
    <message>
        <source>Attention heads.</source>
        <translation>注意力头数。</translation>
    </message>
    <message>
        <source>Attention head size.</source>
        <translation>注意力头维度。</translation>
    </message>
    <message>
        <source>Sequence length in tokens.</source>
        <translation>序列长度（token 数）。</translation>
    </message>
    <message>
        <source>GPU-hours instead of --params/--tokens.</source>
        <translation>用 GPU 小时数代替 --params/--tokens。</translation>
    </message>
    <message>
        <source>The GPU the --gpu-hours were measured on; other GPUs are scaled by dense peak.</source>
        <translation>测得 --gpu-hours 时使用的 GPU；其他 GPU 按稠密峰值换算。</translation>
    </message>
    <message>
        <source>GPUs the job runs on (rounded up to whole instances); default 8.</source>
        <translation>任务使用的 GPU 数（向上取整为完整实例）；默认 8。</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation, above 0 and at most 1 (default: per GPU family).</source>
        <translation>模型 FLOPs 利用率，大于 0 且不超过 1（默认：按 GPU 系列）。</translation>
    </message>
    <message>
        <source>bf16, fp16 or fp8; default bf16.</source>
        <translation>bf16、fp16 或 fp8；默认 bf16。</translation>
    </message>
    <message>
        <source>Factor for restarts and downtime, 1 to 5; default 1.</source>
        <translation>重启和停机的系数，1 到 5；默认 1。</translation>
    </message>
    <message>
        <source>Extra work on spot offers after preemptions, 0 to 2; default 0.1.</source>
        <translation>竞价报价在被抢占后的额外工作量，0 到 2；默认 0.1。</translation>
    </message>
    <message>
        <source>Only this provider&apos;s offers.</source>
        <translation>仅此提供商的报价。</translation>
    </message>
    <message>
        <source>Price one hypothetical offer at this USD per GPU-hour instead of the book.</source>
        <translation>按此每 GPU 小时美元价格计算一个假设报价，而不是使用价格簿。</translation>
    </message>
    <message>
        <source>Storage in TB.</source>
        <translation>存储量（TB）。</translation>
    </message>
    <message>
        <source>Months of storage; default 1.</source>
        <translation>存储月数；默认 1。</translation>
    </message>
    <message>
        <source>USD per TB-month of storage.</source>
        <translation>每 TB·月的存储美元价格。</translation>
    </message>
    <message>
        <source>Data transferred out, in TB.</source>
        <translation>传出的数据量（TB）。</translation>
    </message>
    <message>
        <source>USD per TB of egress.</source>
        <translation>每 TB 出站流量的美元价格。</translation>
    </message>
    <message>
        <source>Budget mode: what this many USD buy on each offer.</source>
        <translation>预算模式：这么多美元在每个报价上能买到什么。</translation>
    </message>
    <message>
        <source>use either --params N --tokens D, or --gpu-hours H, not both</source>
        <translation>请使用 --params N --tokens D 或 --gpu-hours H 之一，不要同时使用</translation>
    </message>
    <message>
        <source>the job needs --params N --tokens D (such as --params 7B --tokens 1T), or --gpu-hours H</source>
        <translation>任务需要 --params N --tokens D（例如 --params 7B --tokens 1T），或 --gpu-hours H</translation>
    </message>
    <message>
        <source>--params and --tokens go together (or use --gpu-hours)</source>
        <translation>--params 和 --tokens 需一起使用（或使用 --gpu-hours）</translation>
    </message>
    <message>
        <source>the attention term needs all of --layers, --heads, --head-dim and --seq-len</source>
        <translation>注意力项需要 --layers、--heads、--head-dim 和 --seq-len 全部给出</translation>
    </message>
    <message>
        <source>--precision: &quot;%1&quot; is not one of %2</source>
        <translation>--precision：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>--pricing: &quot;%1&quot; is not one of %2 (a comma-separated list)</source>
        <translation>--pricing：“%1”不是 %2 之一（逗号分隔的列表）</translation>
    </message>
    <message>
        <source>--provider: no offers from &quot;%1&quot;; the providers are: %2</source>
        <translation>--provider：没有来自“%1”的报价；提供商有：%2</translation>
    </message>
    <message>
        <source>--price: USD per GPU-hour must be above 0 and at most %1 (got %2)</source>
        <translation>--price：每 GPU 小时美元价格必须大于 0 且不超过 %1（实际为 %2）</translation>
    </message>
    <message>
        <source>--price with --params/--tokens needs --gpu: the GPU&apos;s peak turns FLOPs into GPU-hours</source>
        <translation>--price 与 --params/--tokens 一起使用时需要 --gpu：GPU 的峰值把 FLOPs 换算成 GPU 小时</translation>
    </message>
    <message>
        <source>Let prices older than the freshness window be named cheapest; without it they are listed after all the others.</source>
        <translation>允许早于新鲜期的价格被列为最便宜；不加此选项时，它们排在所有其他价格之后。</translation>
    </message>
    <message>
        <source>Freshness window: a price observed or confirmed within this many days is current (1 to 3650; default 90).</source>
        <translation>新鲜期：在这么多天内观测或确认的价格为当前价格（1 到 3650；默认 90）。</translation>
    </message>
    <message>
        <source>--max-age: &quot;%1&quot; is not a whole number of days from %2 to %3</source>
        <translation>--max-age：“%1”不是 %2 到 %3 之间的整天数</translation>
    </message>
</context>
<context>
    <name>gpucompare::MainWindow</name>
    <message>
        <source>Saving the job &quot;%1&quot;</source>
        <translation>正在保存任务“%1”</translation>
    </message>
    <message>
        <source>Renaming the job &quot;%1&quot;</source>
        <translation>正在重命名任务“%1”</translation>
    </message>
    <message>
        <source>Deleting the job &quot;%1&quot;</source>
        <translation>正在删除任务“%1”</translation>
    </message>
    <message>
        <source>Showing %1 of %2 offers</source>
        <translation>显示 %2 个报价中的 %1 个</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>价格簿</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Saved jobs</source>
        <translation>已保存的任务</translation>
    </message>
    <message>
        <source>%1 failed; the price book is as it was.

%2</source>
        <translation>%1失败；价格簿保持原样。

%2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export Chart as PNG…</source>
        <translation>将图表导出为 PNG(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Chart Image</source>
        <translation>复制图表图像(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Offers</source>
        <translation>查找报价(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reload Price Book</source>
        <translation>重新加载价格簿(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Market Share &amp;Pie</source>
        <translation>市场份额饼图(&amp;P)</translation>
    </message>
    <message>
        <source>Market Share &amp;Trend</source>
        <translation>市场份额趋势(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Clear Price Filters</source>
        <translation>清除价格筛选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Data Sources</source>
        <translation>数据来源(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About GPU Cloud Compare</source>
        <translation>关于 GPU Cloud Compare(&amp;A)</translation>
    </message>
    <message>
        <source>About GPU Cloud Compare</source>
        <translation>关于 GPU Cloud Compare</translation>
    </message>
    <message>
        <source>&lt;b&gt;GPU Cloud Compare %1&lt;/b&gt;&lt;p&gt;Market share, GPU-hour prices and training-job cost across GPU clouds, from a price book you own.&lt;/p&gt;&lt;p&gt;Released under the MIT licence. The bundled prices and market shares come from public sources; each figure names its source and date under Help › Data Sources.&lt;/p&gt;</source>
        <translation>&lt;b&gt;GPU Cloud Compare %1&lt;/b&gt;&lt;p&gt;基于您自己的价格簿，比较各 GPU 云的市场份额、GPU 小时价格和训练任务成本。&lt;/p&gt;&lt;p&gt;以 MIT 许可证发布。内置的价格和市场份额来自公开来源；每个数字的来源和日期见 帮助 › 数据来源。&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>The window opens again in the new language, and Edit › Undo forgets this session&apos;s edits (they stay saved). Switch now?</source>
        <translation>窗口将以新语言重新打开，编辑 › 撤销 将不再记得本次会话的编辑（编辑仍已保存）。现在切换吗？</translation>
    </message>
    <message>
        <source>Price not changed: %1</source>
        <translation>价格未修改：%1</translation>
    </message>
    <message>
        <source>Price saved. Edit › Undo takes it back.</source>
        <translation>价格已保存。编辑 › 撤销 可以撤回。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>提供商(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;GPU Models…</source>
        <translation>GPU 型号(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Offers and Prices…</source>
        <translation>报价和价格(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Market Share…</source>
        <translation>市场份额(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The price book was changed by another window or program; the panels show the change.</source>
        <translation>价格簿已被其他窗口或程序更改；各面板已显示该更改。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Instance Shapes…</source>
        <translation>实例规格(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 offers · %2 providers · %3 GPU models</source>
        <translation>%1 个报价 · %2 家提供商 · %3 个 GPU 型号</translation>
    </message>
    <message>
        <source>The price book holds %1 market-share snapshots.</source>
        <translation>价格簿中有 %1 个市场份额快照。</translation>
    </message>
    <message>
        <source>Select two to four offers to compare (Ctrl+click or Shift+click rows), then Ctrl+D.</source>
        <translation>请选择二到四个报价进行比较（按住 Ctrl 或 Shift 单击行），然后按 Ctrl+D。</translation>
    </message>
    <message>
        <source>%1 of %2 offers, %3 rows</source>
        <translation>%2 个报价中的 %1 个，共 %3 行</translation>
    </message>
    <message>
        <source>Offers that differ only by region share a row (&quot;17 regions&quot;); click its Region cell to show each region.</source>
        <translation>仅区域不同的报价共用一行（“17 个区域”）；单击其区域单元格可逐个显示区域。</translation>
    </message>
    <message>
        <source>Saved the chart, %1 × %2 pixels, to %3</source>
        <translation>已将 %1 × %2 像素的图表保存到 %3</translation>
    </message>
    <message>
        <source>Changed by %1 (team price book).</source>
        <translation>由 %1 更改（团队价格簿）。</translation>
    </message>
    <message>
        <source>The connection to the team price book was lost; trying again every few seconds. (%1)</source>
        <translation>与团队价格簿的连接已断开；每隔几秒重试一次。（%1）</translation>
    </message>
    <message>
        <source>Reconnected to %1; the panels show the price book as it is now.</source>
        <translation>已重新连接到 %1；各面板显示价格簿的当前内容。</translation>
    </message>
    <message>
        <source>%1 (team) — %2</source>
        <translation>%1（团队）— %2</translation>
    </message>
    <message>
        <source>&amp;Freshness Window</source>
        <translation>新鲜期(&amp;F)</translation>
    </message>
    <message>
        <source>%1 Days (Default)</source>
        <translation>%1 天（默认）</translation>
    </message>
    <message>
        <source>%1 Days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>&amp;Egress Prices…</source>
        <translation>出站流量价格(&amp;E)…</translation>
    </message>
    <message>
        <source>Prices in US dollars, as published.</source>
        <translation>价格以美元显示，与发布时相同。</translation>
    </message>
    <message>
        <source>Prices in %1 at %2.</source>
        <translation>价格以 %1 显示，汇率：%2。</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>货币(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;US Dollars (USD)</source>
        <translation>美元 (USD)(&amp;U)</translation>
    </message>
    <message>
        <source>Chinese &amp;Yuan (CNY)</source>
        <translation>人民币 (CNY)(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Euros (EUR)</source>
        <translation>欧元 (EUR)(&amp;E)</translation>
    </message>
    <message>
        <source>British &amp;Pounds (GBP)</source>
        <translation>英镑 (GBP)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Japanese Yen (JPY)</source>
        <translation>日元 (JPY)(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Indian Rupees (INR)</source>
        <translation>印度卢比 (INR)(&amp;I)</translation>
    </message>
    <message>
        <source>%1 rate of %2</source>
        <translation>%1 汇率日期 %2</translation>
    </message>
    <message>
        <source>%1: %2 days old. Data › Update Prices with the European Central Bank&apos;s rates brings the latest.</source>
        <translation>%1：已有 %2 天。数据 › 更新价格并选择欧洲央行汇率，可获取最新汇率。</translation>
    </message>
    <message>
        <source>&amp;Changes…</source>
        <translation>变化(&amp;C)…</translation>
    </message>
    <message>
        <source>What the last update changed, or every update since a day</source>
        <translation>上一次更新的变化，或自某天起每次更新的变化</translation>
    </message>
</context>
<context>
    <name>gpucompare::MarketSharePanel</name>
    <message>
        <source>Market-share pie chart</source>
        <translation>市场份额饼图</translation>
    </message>
    <message>
        <source>Market-share trend chart</source>
        <translation>市场份额趋势图</translation>
    </message>
    <message>
        <source>Pie chart legend</source>
        <translation>饼图图例</translation>
    </message>
    <message>
        <source>&amp;Pie</source>
        <translation>饼图(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>趋势(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>期间(&amp;R)：</translation>
    </message>
    <message>
        <source>Market share</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <source>Sources: see Help › Data sources.</source>
        <translation>来源：见 帮助 › 数据来源。</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The listed shares of this snapshot add up to %1 %, more than 100 %: check the figures in Data › Market share.</source>
        <translation>此快照列出的份额合计为 %1 %，超过 100 %：请在 数据 › 市场份额 中检查这些数字。</translation>
    </message>
    <message>
        <source>Shares of the selected period and scope; the list under the chart names them.</source>
        <translation>所选期间和范围的份额；图表下方的列表列出了名称。</translation>
    </message>
    <message>
        <source>Click a slice to filter the prices by its provider; double-click to edit the figures.</source>
        <translation>单击扇区可按其提供商筛选价格；双击可编辑这些数字。</translation>
    </message>
    <message>
        <source>Trend chart legend</source>
        <translation>趋势图图例</translation>
    </message>
</context>
<context>
    <name>gpucompare::MarketShareRepository</name>
    <message>
        <source>no provider is named &quot;%1&quot;</source>
        <translation>没有名为“%1”的提供商</translation>
    </message>
</context>
<context>
    <name>gpucompare::Money</name>
    <message>
        <source>an amount is required</source>
        <translation>金额为必填项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal point</source>
        <translation>“%1”有不止一个小数点</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain decimal number such as 2.49</source>
        <translation>“%1”不是 2.49 这样的普通十进制数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than six decimals</source>
        <translation>“%1”的小数超过六位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 USD</source>
        <translation>“%1”大于 %2 美元</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>gpucompare::ObjectReader</name>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a price in USD such as 2.49</source>
        <translation>必须是美元价格，例如 2.49</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是一个对象</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
</context>
<context>
    <name>gpucompare::OfferEditor</name>
    <message>
        <source>Offers</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;GPU model:</source>
        <translation>GPU 型号(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Instance type:</source>
        <translation>实例类型(&amp;I)：</translation>
    </message>
    <message>
        <source>GP&amp;Us per instance:</source>
        <translation>每实例 GPU 数(&amp;U)：</translation>
    </message>
    <message>
        <source>GPUs per instance is required.</source>
        <translation>每实例 GPU 数为必填项。</translation>
    </message>
    <message>
        <source>GPUs per instance is not a number: &quot;%1&quot;.</source>
        <translation>每实例 GPU 数不是数字：“%1”。</translation>
    </message>
    <message>
        <source>GPUs per instance</source>
        <translation>每实例 GPU 数</translation>
    </message>
    <message>
        <source>v&amp;CPUs:</source>
        <translation>vCPU(&amp;C)：</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>&amp;RAM (GB):</source>
        <translation>内存（GB）(&amp;R)：</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation>区域(&amp;E)：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Pricing &amp;model:</source>
        <translation>计价方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Pricing &amp;term:</source>
        <translation>计价期限(&amp;T)：</translation>
    </message>
    <message>
        <source>Pricing term</source>
        <translation>计价期限</translation>
    </message>
    <message>
        <source>for reserved prices, the source&apos;s words (1-year commitment)</source>
        <translation>预留价格请填写来源的原话（1 年承诺）</translation>
    </message>
    <message>
        <source>Interc&amp;onnect:</source>
        <translation>互连(&amp;O)：</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>互连</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&lt;b&gt;New price&lt;/b&gt;</source>
        <translation>&lt;b&gt;新价格&lt;/b&gt;</translation>
    </message>
    <message>
        <source>today&apos;s price, e.g. %1</source>
        <translation>今天的价格，例如 %1</translation>
    </message>
    <message>
        <source>Observed &amp;on:</source>
        <translation>观测日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>观测日期</translation>
    </message>
    <message>
        <source>&amp;Source URL:</source>
        <translation>来源网址(&amp;S)：</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>the page the price is from</source>
        <translation>价格所在的网页</translation>
    </message>
    <message>
        <source>Price n&amp;ote:</source>
        <translation>价格备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Price note</source>
        <translation>价格备注</translation>
    </message>
    <message>
        <source>&lt;b&gt;Price history&lt;/b&gt;</source>
        <translation>&lt;b&gt;价格历史&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>价格历史</translation>
    </message>
    <message>
        <source>$/instance-h</source>
        <translation>$/实例小时</translation>
    </message>
    <message>
        <source>$/GPU-h</source>
        <translation>$/GPU 小时</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Re&amp;move Selected Price…</source>
        <translation>删除所选价格(&amp;M)…</translation>
    </message>
    <message>
        <source>Price history chart</source>
        <translation>价格历史图表</translation>
    </message>
    <message>
        <source>The chart appears once the offer has a dated price.</source>
        <translation>报价有了带日期的价格后才会显示图表。</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <source>Another offer has this provider, GPU, instance type, region and pricing.</source>
        <translation>已有另一个报价具有相同的提供商、GPU、实例类型、区域和计价方式。</translation>
    </message>
    <message>
        <source>USD per instance-hour is required for a new offer.</source>
        <translation>新报价必须填写每实例小时美元价格。</translation>
    </message>
    <message>
        <source>USD per instance-hour</source>
        <translation>每实例小时美元</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <source>A new offer&apos;s history starts with the price saved with it.</source>
        <translation>新报价的历史从随它保存的价格开始。</translation>
    </message>
    <message>
        <source>Delete the offer &quot;%1&quot; with its %2 price(s)? Edit › Undo brings it back.</source>
        <translation>删除报价“%1”及其 %2 个价格？编辑 › 撤销 可以恢复。</translation>
    </message>
    <message>
        <source>An offer keeps at least one price; delete the offer instead.</source>
        <translation>报价至少保留一个价格；请改为删除该报价。</translation>
    </message>
    <message>
        <source>Remove the price of %1 observed on %2?</source>
        <translation>删除 %2 观测到的价格 %1？</translation>
    </message>
    <message>
        <source>Not removed: %1. The price book is as it was.</source>
        <translation>未删除：%1。价格簿保持原样。</translation>
    </message>
    <message>
        <source>P&amp;er-GPU rate: a price per GPU-hour, no machine named</source>
        <translation>按 GPU 计价(&amp;E)：每 GPU 小时的价格，未指明机器</translation>
    </message>
    <message>
        <source>Instance type &quot;%1&quot; is how per-GPU rates are kept: check Per-GPU rate instead.</source>
        <translation>实例类型“%1”用于保存按 GPU 计价的费率：请改为勾选“按 GPU 计价”。</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录者</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>e.g. us-east-1</source>
        <translation>例如 us-east-1</translation>
    </message>
    <message>
        <source>e.g. NVLink, 3200 Gbps EFA</source>
        <translation>例如 NVLink、3200 Gbps EFA</translation>
    </message>
    <message>
        <source>Price per instance-&amp;hour:</source>
        <translation>每实例小时价格(&amp;H)：</translation>
    </message>
    <message>
        <source>Currenc&amp;y:</source>
        <translation>货币(&amp;Y)：</translation>
    </message>
    <message>
        <source>%1 per instance-hour</source>
        <translation>每实例小时（%1）</translation>
    </message>
    <message>
        <source>No exchange rate for %1 on or before %2: enter the price in USD.</source>
        <translation>%2 及之前没有 %1 的汇率：请以 USD 输入价格。</translation>
    </message>
    <message>
        <source>%1 at the ECB rate of %2: 1 USD = %3 %4</source>
        <translation>按欧洲央行 %2 的汇率为 %1：1 USD = %3 %4</translation>
    </message>
</context>
<context>
    <name>gpucompare::OfferFilterProxyModel</name>
    <message>
        <source>%1 regions</source>
        <translation>%1 个区域</translation>
    </message>
    <message>
        <source>One of the regions with this machine at this price. Click to show them as one row again.</source>
        <translation>以此价格提供该机器的区域之一。单击可重新合并为一行。</translation>
    </message>
    <message>
        <source>The same machine at the same price in %1 regions: %2. Click to show each region.</source>
        <translation>同一机器在 %1 个区域价格相同：%2。单击可逐个显示区域。</translation>
    </message>
    <message>
        <source>%1 directly</source>
        <translation>%1 直接销售</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <source>%1 offers</source>
        <translation>%1 个报价</translation>
    </message>
    <message>
        <source>One way to rent this machine. Click to show the cheapest only.</source>
        <translation>租用这台机器的一种途径。单击只显示最便宜的。</translation>
    </message>
    <message>
        <source>The same machine, %1 offers: %2. The cheapest is shown; click to show each.</source>
        <translation>同一台机器，%1 个报价：%2。显示的是最便宜的；单击显示每一个。</translation>
    </message>
</context>
<context>
    <name>gpucompare::OwnCsv</name>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>gpus_per_instance: &quot;%1&quot; is not a number</source>
        <translation>gpus_per_instance：“%1”不是数字</translation>
    </message>
    <message>
        <source>vcpus: must be a whole number</source>
        <translation>vcpus：必须是整数</translation>
    </message>
    <message>
        <source>ram_gb: must be between 0 and 10,000,000</source>
        <translation>ram_gb：必须在 0 到 10,000,000 之间</translation>
    </message>
    <message>
        <source>pricing: &quot;%1&quot; is not one of %2</source>
        <translation>pricing：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>usd_per_instance_hour: %1</source>
        <translation>usd_per_instance_hour：%1</translation>
    </message>
    <message>
        <source>estimate: &quot;%1&quot; is not true or false</source>
        <translation>estimate：“%1”不是 true 或 false</translation>
    </message>
    <message>
        <source>share_percent is empty</source>
        <translation>share_percent 为空</translation>
    </message>
    <message>
        <source>low_percent is above high_percent</source>
        <translation>low_percent 高于 high_percent</translation>
    </message>
    <message>
        <source>the shares of %1 (%2) add up to %3 %, more than 100 %</source>
        <translation>%1（%2）的份额合计为 %3 %，超过 100 %</translation>
    </message>
    <message>
        <source>published_amount: %1</source>
        <translation>published_amount：%1</translation>
    </message>
    <message>
        <source>published_amount: give its published_currency</source>
        <translation>published_amount：请给出其 published_currency</translation>
    </message>
</context>
<context>
    <name>gpucompare::OwnCsv::RowReader</name>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
</context>
<context>
    <name>gpucompare::PanelLayout</name>
    <message>
        <source>Double-click to show this panel alone, and again for all three.</source>
        <translation>双击以单独显示此面板，再次双击显示全部三个面板。</translation>
    </message>
    <message>
        <source>L&amp;ayout</source>
        <translation>布局(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;All Three Side by Side</source>
        <translation>三个面板并排(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Market Share Alone</source>
        <translation>仅市场份额(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Prices Alone</source>
        <translation>仅价格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Job Cost Alone</source>
        <translation>仅任务成本(&amp;J)</translation>
    </message>
</context>
<context>
    <name>gpucompare::PlanView</name>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> per GB</source>
        <translation> 每 GB</translation>
    </message>
    <message>
        <source>Egress price per GB</source>
        <translation>每 GB 出站流量价格</translation>
    </message>
    <message>
        <source>&amp;Train on:</source>
        <translation>训练于(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Serve on:</source>
        <translation>部署于(&amp;S)：</translation>
    </message>
    <message>
        <source>Serve &amp;for:</source>
        <translation>部署时长(&amp;F)：</translation>
    </message>
    <message>
        <source>Moving the &amp;weights:</source>
        <translation>转移权重(&amp;W)：</translation>
    </message>
    <message>
        <source>Plan cost</source>
        <translation>规划成本</translation>
    </message>
    <message>
        <source>Prices from the price book as of %1.</source>
        <translation>价格来自价格簿，截至 %1。</translation>
    </message>
    <message>
        <source>Plan: train, then serve</source>
        <translation>规划：先训练，再部署</translation>
    </message>
    <message>
        <source>No offer yet</source>
        <translation>尚无报价</translation>
    </message>
    <message>
        <source>Cheapest: %1</source>
        <translation>最便宜：%1</translation>
    </message>
    <message>
        <source>%1, %2 × %3, %4</source>
        <translation>%1，%2 × %3，%4</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>出站流量</translation>
    </message>
    <message>
        <source>Train, then serve</source>
        <translation>先训练，再部署</translation>
    </message>
    <message>
        <source>Train at %1,</source>
        <translation>在 %1 训练，</translation>
    </message>
    <message>
        <source>serve at %1</source>
        <translation>在 %1 部署</translation>
    </message>
    <message>
        <source>for %1 months</source>
        <translation>为期 %1 个月</translation>
    </message>
    <message>
        <source>The Training tab has no result to plan with: fix its inputs or widen its filters.</source>
        <translation>“训练”标签页没有可用于规划的结果：请修正其输入或放宽筛选。</translation>
    </message>
    <message>
        <source>The Serving tab has no offer the model fits on: fix its inputs or widen its filters.</source>
        <translation>“推理”标签页中没有能放下模型的报价：请修正其输入或放宽筛选。</translation>
    </message>
    <message>
        <source>Total: %1 over %2 months%3</source>
        <translation>合计：%2 个月共 %1%3</translation>
    </message>
    <message>
        <source>, egress not priced</source>
        <translation>，出站流量未计价</translation>
    </message>
    <message>
        <source>Moving the weights: %1</source>
        <translation>转移权重：%1</translation>
    </message>
    <message>
        <source>Own price</source>
        <translation>自定价格</translation>
    </message>
    <message>
        <source>The training provider&apos;s egress prices come from the price book (Data › Egress Prices). Tick to price moving the weights at your own rate per GB instead (a negotiated one, or where the book has none).</source>
        <translation>训练所用提供商的出站流量价格来自价格簿（数据 › 出站流量价格）。勾选后改用您自己的每 GB 价格为迁移权重计价（协商价，或价格簿中没有时）。</translation>
    </message>
    <message>
        <source>spot: interruptions counted</source>
        <translation>竞价：已计入中断</translation>
    </message>
    <message>
        <source>spot: interruptions not counted</source>
        <translation>竞价：未计入中断</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, %2 × %3, %4 an hour</source>
        <translation>%1，%2 × %3，每小时 %4</translation>
    </message>
    <message>
        <source>The job in the Training tab fits on no offer: use more GPUs (its headline says how many).</source>
        <translation>“训练”标签页中的任务在任何报价上都放不下：请使用更多 GPU（其标题说明需要多少）。</translation>
    </message>
    <message>
        <source>Training: %1 at %2 on %3 × %4 (%5), %6 days.</source>
        <translation>训练：%1，在 %2 使用 %3 × %4（%5），%6 天。</translation>
    </message>
    <message>
        <source>Serving: %1 an hour, %2 a month at %3 (%4; %5 replicas of %6 × %7 for the traffic), %8 in all.</source>
        <translation>推理服务：每小时 %1，每月 %2，在 %3（%4；按流量 %5 个 %6 × %7 副本），共 %8。</translation>
    </message>
    <message>
        <source>Serving: %1 an hour, %2 a month at %3 (%4; one replica of %5 × %6 around the clock; give a traffic in the Serving tab to size it), %7 in all.</source>
        <translation>推理服务：每小时 %1，每月 %2，在 %3（%4；一个 %5 × %6 副本全天候运行；在“推理”标签页中给出流量以确定规模），共 %7。</translation>
    </message>
    <message>
        <source>Serving: %1.</source>
        <translation>推理服务：%1。</translation>
    </message>
    <message>
        <source> month</source>
        <translation> 个月</translation>
    </message>
</context>
<context>
    <name>gpucompare::PriceBook</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a price book file.</source>
        <translation>“%1”是文件夹，不是价格簿文件。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>“%1”为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GPU Cloud Compare price book: it is not an SQLite database. It was left unchanged.</source>
        <translation>“%1”不是 GPU Cloud Compare 价格簿：它不是 SQLite 数据库。文件未被改动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: the file is shorter than its SQLite header says (truncated). It was left unchanged; restore it from a backup.</source>
        <translation>“%1”已损坏：文件比其 SQLite 文件头所述的短（被截断）。文件未被改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database of another application, not a GPU Cloud Compare price book. It was left unchanged.</source>
        <translation>“%1”是另一个应用程序的 SQLite 数据库，不是 GPU Cloud Compare 价格簿。文件未被改动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (SQLite reports: %2). It was left unchanged; restore it from a backup.</source>
        <translation>“%1”已损坏（SQLite 报告：%2）。文件未被改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or not a price book (%2). It was left unchanged.</source>
        <translation>“%1”已损坏或不是价格簿（%2）。文件未被改动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written by a newer version of GPU Cloud Compare (schema %2; this version knows up to %3). It is open read-only; update the application to edit it.</source>
        <translation>“%1”由更新版本的 GPU Cloud Compare 写入（架构 %2；此版本最多支持 %3）。已以只读方式打开；请更新应用程序后再编辑。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a read-only file. It is open read-only.</source>
        <translation>“%1”是只读文件。已以只读方式打开。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in a read-only folder, where SQLite cannot write its journal. It is open read-only.</source>
        <translation>“%1”位于只读文件夹中，SQLite 无法在那里写入日志。已以只读方式打开。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an upgrade to schema %2, but it cannot be written: %3</source>
        <translation>“%1”需要升级到架构 %2，但无法写入：%3</translation>
    </message>
    <message>
        <source>Not upgrading &quot;%1&quot;: the backup before the upgrade failed (%2). The file was left unchanged.</source>
        <translation>未升级“%1”：升级前的备份失败（%2）。文件未被改动。</translation>
    </message>
    <message>
        <source>Cannot upgrade &quot;%1&quot;: %2. The file was left unchanged.</source>
        <translation>无法升级“%1”：%2。文件未被改动。</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: the folder &quot;%2&quot; does not exist and cannot be created.</source>
        <translation>无法创建“%1”：文件夹“%2”不存在且无法创建。</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: the folder &quot;%2&quot; is read-only.</source>
        <translation>无法创建“%1”：文件夹“%2”是只读的。</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists</source>
        <translation>“%1”已存在</translation>
    </message>
    <message>
        <source>cannot rename the finished copy to &quot;%1&quot;</source>
        <translation>无法将完成的副本重命名为“%1”</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; after rolling back an unfinished change: %2</source>
        <translation>回滚未完成的更改后无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a change that a program left unfinished when it stopped (&quot;%2&quot;), and it must be rolled back before the price book can be read, but the file or its folder is read-only. Make the folder writable, or copy both files together into a writable folder and open the copy. Both were left unchanged.</source>
        <translation>“%1”含有某个程序停止时未完成的更改（“%2”），必须先回滚才能读取价格簿，但该文件或其所在文件夹是只读的。请将文件夹设为可写，或将这两个文件一起复制到可写的文件夹中再打开副本。两个文件均未改动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a change that a program left unfinished, and rolling it back failed: %2</source>
        <translation>“%1”含有某个程序未完成的更改，回滚失败：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; held a change that a program left unfinished when it stopped; it was rolled back, and the price book is as it was before that change.</source>
        <translation>“%1”含有某个程序停止时未完成的更改；该更改已回滚，价格簿已恢复到更改之前的状态。</translation>
    </message>
    <message>
        <source>the bundled dataset is missing from this build.</source>
        <translation>此版本缺少内置数据集。</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: the file exists and is not empty.</source>
        <translation>无法创建“%1”：该文件已存在且不为空。</translation>
    </message>
    <message>
        <source>Cannot open the team price book: %1</source>
        <translation>无法打开团队价格簿：%1</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed. Install the package libqt6sql6-psql (sudo apt install libqt6sql6-psql) and try again.</source>
        <translation>无法打开 %1：未安装 Qt 的 PostgreSQL 驱动。请安装软件包 libqt6sql6-psql（sudo apt install libqt6sql6-psql）后重试。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a GPU Cloud Compare price book: the database holds other tables (%2) and no price-book marker (gpucompare_schema). It was left unchanged.</source>
        <translation>%1 不是 GPU Cloud Compare 价格簿：该数据库包含其他表（%2 个），且没有价格簿标记（gpucompare_schema）。它未被修改。</translation>
    </message>
    <message>
        <source>%1 holds no price book (the database is empty).</source>
        <translation>%1 中没有价格簿（数据库为空）。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of GPU Cloud Compare (schema %2; this version knows up to %3). It is open read-only; update the application to edit it.</source>
        <translation>%1 由更新版本的 GPU Cloud Compare 写入（架构 %2；此版本最高支持 %3）。已以只读方式打开；请更新应用程序后再编辑。</translation>
    </message>
    <message>
        <source>%1 is open read-only: the role %2 may only read it (it has no %3). Ask the price book&apos;s owner for write access.</source>
        <translation>%1 以只读方式打开：角色 %2 只能读取它（缺少%3）。请向价格簿的所有者申请写入权限。</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to schema %2, but it cannot be written: %3</source>
        <translation>%1 需要升级到架构 %2，但无法写入：%3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2. The database was left unchanged.</source>
        <translation>无法升级 %1：%2。数据库未被修改。</translation>
    </message>
    <message>
        <source>Cannot create a price book in %1: the database is not empty (it holds %2 tables). It was left unchanged.</source>
        <translation>无法在 %1 中创建价格簿：数据库不为空（包含 %2 个表）。它未被修改。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a price book in %1: %2. The database was left empty.</source>
        <translation>无法在 %1 中创建价格簿：%2。数据库保持为空。</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: the copy could not be given that name.</source>
        <translation>无法创建“%1”：无法为副本使用该名称。</translation>
    </message>
    <message>
        <source>Cannot copy the watch list: %1</source>
        <translation>无法复制关注列表：%1</translation>
    </message>
</context>
<context>
    <name>gpucompare::PriceBookEdit</name>
    <message>
        <source>%1 was changed by another writer since (an import, another window or another program); nothing was written.</source>
        <translation>%1 此后已被其他写入者（导入、其他窗口或其他程序）更改；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>gpucompare::PriceBookEditor</name>
    <message>
        <source>Could not redo &quot;%1&quot;: %2

The step leaves the undo history; the price book is as it was.</source>
        <translation>无法重做“%1”：%2

此步骤已移出撤销历史；价格簿保持原样。</translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2

The step leaves the undo history; the price book is as it was.</source>
        <translation>无法撤销“%1”：%2

此步骤已移出撤销历史；价格簿保持原样。</translation>
    </message>
</context>
<context>
    <name>gpucompare::PriceBookImporter</name>
    <message>
        <source>no GPU model is named &quot;%1&quot;</source>
        <translation>没有名为“%1”的 GPU 型号</translation>
    </message>
    <message>
        <source>offers[%1]: no provider is named &quot;%2&quot;</source>
        <translation>offers[%1]：没有名为“%2”的提供商</translation>
    </message>
    <message>
        <source>offers[%1]: no GPU model or alias is named &quot;%2&quot;</source>
        <translation>offers[%1]：没有名为“%2”的 GPU 型号或别名</translation>
    </message>
</context>
<context>
    <name>gpucompare::PriceBookJson</name>
    <message>
        <source>is larger than %1 MB; a price book file is far smaller</source>
        <translation>大于 %1 MB；价格簿文件要小得多</translation>
    </message>
    <message>
        <source>is JSON but not a GPU Cloud Compare price book</source>
        <translation>是 JSON，但不是 GPU Cloud Compare 价格簿</translation>
    </message>
    <message>
        <source>is JSON but not a GPU Cloud Compare price book (its &quot;format&quot; is not &quot;gpucompare-pricebook&quot;)</source>
        <translation>是 JSON，但不是 GPU Cloud Compare 价格簿（其“format”不是“gpucompare-pricebook”）</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>必须是从 1 开始的整数</translation>
    </message>
    <message>
        <source>was written by a newer version of GPU Cloud Compare (format version %1; this version reads up to %2). Update the application to read it.</source>
        <translation>由更新版本的 GPU Cloud Compare 写入（格式版本 %1；此版本最多读取 %2）。请更新应用程序后再读取。</translation>
    </message>
</context>
<context>
    <name>gpucompare::PriceDisplay</name>
    <message>
        <source>1 USD = %1 %2 (ECB reference rate of %3)</source>
        <translation>1 USD = %1 %2（欧洲央行 %3 参考汇率）</translation>
    </message>
</context>
<context>
    <name>gpucompare::PriceTableModel</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>%1 (%2 d)</source>
        <translation>%1（%2 天）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not listed since %1</source>
        <translation>自 %1 起不再列出</translation>
    </message>
    <message>
        <source>Undated.</source>
        <translation>无日期。</translation>
    </message>
    <message>
        <source>Price observed on %1.</source>
        <translation>价格观测于 %1。</translation>
    </message>
    <message>
        <source>Confirmed unchanged by a catalog update on %1.</source>
        <translation>%1 的目录更新确认价格未变。</translation>
    </message>
    <message>
        <source>Its catalog has not listed it since %1; kept with its history.</source>
        <translation>自 %1 起其目录不再列出它；连同历史一起保留。</translation>
    </message>
    <message>
        <source>A price per GPU-hour; the source names no machine. The job-cost calculator rents whole GPUs at this rate.</source>
        <translation>每 GPU 小时的价格；来源未指明机器。任务成本计算器按此费率租用整块 GPU。</translation>
    </message>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>USD per dense PFLOP-hour: %1 per GPU-hour over the %2&apos;s dense peak of %3 TFLOP/s, the price of work done rather than of hours.</source>
        <translation>每稠密 PFLOP 小时的美元价格：每 GPU 小时 %1 除以 %2 的稠密峰值 %3 TFLOP/s，即按完成的计算量而非小时数计价。</translation>
    </message>
    <message>
        <source>The price book has no dense peak for %1.</source>
        <translation>价格簿中没有 %1 的稠密峰值。</translation>
    </message>
    <message>
        <source>Stale: last observed or confirmed %1 days ago, on %2, before the %3-day freshness window. Shown, but never named cheapest unless stale prices are included.</source>
        <translation>过时：上次观测或确认在 %1 天前（%2），早于 %3 天的新鲜期。会显示，但除非包含过时价格，否则不会被列为最便宜。</translation>
    </message>
    <message>
        <source>★ The cheapest offer of %1 among those the filters show, counting current and undated prices%2.</source>
        <translation>★ 在筛选条件显示的报价中，%1 最便宜的报价（计入当前和无日期的价格%2）。</translation>
    </message>
    <message>
        <source> and, as asked, stale ones</source>
        <translation>，并按要求计入过时价格</translation>
    </message>
    <message>
        <source>%1
%2
Click to open it in the browser.</source>
        <translation>%1
%2
单击可在浏览器中打开。</translation>
    </message>
    <message>
        <source>First-hand: the provider&apos;s own page or API, or a catalog generated from it.</source>
        <translation>一手来源：提供商自己的页面或 API，或由其生成的目录。</translation>
    </message>
    <message>
        <source>Second-hand: an aggregator&apos;s quote, a copy of a page or a dataset.</source>
        <translation>二手来源：聚合网站的报价、页面副本或数据集。</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <source>The offer&apos;s price: %1.</source>
        <translation>此报价的价格：%1。</translation>
    </message>
    <message>
        <source>Another source: %1.</source>
        <translation>另一来源：%1。</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1（经由 %2）</translation>
    </message>
    <message>
        <source>%1 per instance-hour from %2 (%3)</source>
        <translation>每实例小时 %1，来自 %2（%3）</translation>
    </message>
    <message>
        <source>US$%1, at %2</source>
        <translation>US$%1，按 %2</translation>
    </message>
</context>
<context>
    <name>gpucompare::PricesPanel</name>
    <message>
        <source>All pricing</source>
        <translation>所有计价方式</translation>
    </message>
    <message>
        <source>Search instance, provider, region…</source>
        <translation>搜索实例、提供商、区域…</translation>
    </message>
    <message>
        <source>Search offers</source>
        <translation>搜索报价</translation>
    </message>
    <message>
        <source>Offers and prices</source>
        <translation>报价与价格</translation>
    </message>
    <message>
        <source>Price per GPU-hour by provider</source>
        <translation>各提供商每 GPU 小时价格</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>提供商(&amp;V)：</translation>
    </message>
    <message>
        <source>Pri&amp;cing:</source>
        <translation>计价(&amp;C)：</translation>
    </message>
    <message>
        <source>Regi&amp;on:</source>
        <translation>区域(&amp;O)：</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>表格(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>All GPUs</source>
        <translation>所有 GPU</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>所有提供商</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <source>Double-click a price to change it, or any other cell to open the offer in its form.</source>
        <translation>双击价格可修改它，双击其他单元格可在表单中打开该报价。</translation>
    </message>
    <message>
        <source>Price history by provider</source>
        <translation>各提供商的价格历史</translation>
    </message>
    <message>
        <source>Each step is an observed price; a line runs to the price&apos;s last confirmation by a catalog update and stops where no price is known.</source>
        <translation>每一级是一次观测到的价格；线条延续到目录更新最后一次确认该价格之时，在没有已知价格处中断。</translation>
    </message>
    <message>
        <source>Show offers &amp;no longer listed</source>
        <translation>显示不再列出的报价(&amp;N)</translation>
    </message>
    <message>
        <source>Offers a price update no longer found in their catalog are kept with their history and hidden unless this is on.</source>
        <translation>价格更新在其目录中找不到的报价会连同历史保留，除非勾选此项，否则隐藏。</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>★ bold: the cheapest current or undated offer of its GPU in view; grey: stale · right-click a column header to choose columns</source>
        <translation>★ 加粗：当前显示中该 GPU 最便宜的当前或无日期报价；灰色：过时 · 右键单击列标题可选择显示的列</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected Offers</source>
        <translation>比较所选报价(&amp;M)</translation>
    </message>
    <message>
        <source>Two to four offers side by side, with the current job&apos;s cost</source>
        <translation>二到四个报价并排显示，附当前任务的成本</translation>
    </message>
    <message>
        <source>Show &amp;Each Region</source>
        <translation>逐个显示区域(&amp;E)</translation>
    </message>
    <message>
        <source>Offers that differ only by region are one row; show each region on its own row</source>
        <translation>仅区域不同的报价合为一行；逐行显示每个区域</translation>
    </message>
    <message>
        <source>Show the Regions as &amp;One Row</source>
        <translation>将区域合并为一行(&amp;O)</translation>
    </message>
    <message>
        <source>the selected offer&apos;s GPU</source>
        <translation>所选报价的 GPU</translation>
    </message>
    <message>
        <source>the GPU with most offers</source>
        <translation>报价最多的 GPU</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The filters say all: the chart shows %1.</source>
        <translation>筛选条件为全部：图表显示%1。</translation>
    </message>
    <message>
        <source>Choose them in the filters.</source>
        <translation>可在筛选条件中选择。</translation>
    </message>
    <message>
        <source>Include &amp;stale prices</source>
        <translation>包含过时价格(&amp;S)</translation>
    </message>
    <message>
        <source>Prices last seen before the freshness window (View › Freshness Window) are shown greyed and never named cheapest (★, &quot;vs ★&quot;, the calculators&apos; headlines) unless this is on.</source>
        <translation>上次见到早于新鲜期（视图 › 新鲜期）的价格显示为灰色，除非勾选此项，否则不会被列为最便宜（★、“vs ★”、计算器的标题）。</translation>
    </message>
    <message>
        <source>&amp;Use GPU in Calculators</source>
        <translation>在计算器中使用此 GPU(&amp;U)</translation>
    </message>
    <message>
        <source>Price the training and serving calculators on this row&apos;s GPU</source>
        <translation>用此行的 GPU 计算训练和推理服务成本</translation>
    </message>
</context>
<context>
    <name>gpucompare::PricingModel</name>
    <message>
        <source>On-demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>竞价</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>per-GPU rate</source>
        <translation>按 GPU 计价</translation>
    </message>
</context>
<context>
    <name>gpucompare::ProviderEditor</name>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Another provider is already named &quot;%1&quot;.</source>
        <translation>已有另一家提供商名为“%1”。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Hyperscaler</source>
        <translation>超大规模云</translation>
    </message>
    <message>
        <source>Neocloud</source>
        <translation>新兴云</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>交易市场</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Negotiated &amp;discount (%):</source>
        <translation>协商折扣（%）(&amp;D)：</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>0 = list prices</source>
        <translation>0 = 标价</translation>
    </message>
    <message>
        <source>Your discount on this provider&apos;s list prices, in percent.</source>
        <translation>您在此提供商标价上获得的折扣，以百分比表示。</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Delete the provider &quot;%1&quot;?</source>
        <translation>删除提供商“%1”？</translation>
    </message>
    <message>
        <source>Delete the provider &quot;%1&quot;?

Its offers (%2) and their prices (%3) are deleted with it; market-share figures that name it (%4) keep their label and lose the link. Edit › Undo brings all of it back.</source>
        <translation>删除提供商“%1”？

其报价（%2 个）及其价格（%3 个）将一并删除；指向它的市场份额数字（%4 个）保留标签但失去链接。编辑 › 撤销 可全部恢复。</translation>
    </message>
</context>
<context>
    <name>gpucompare::ReadError</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>是空的</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
</context>
<context>
    <name>gpucompare::RecordEditor</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>The price book is open read-only; edits cannot be saved.</source>
        <translation>价格簿以只读方式打开；无法保存编辑。</translation>
    </message>
    <message>
        <source>Could not read the record: %1</source>
        <translation>无法读取该记录：%1</translation>
    </message>
    <message>
        <source>This record has unsaved changes. Save them?</source>
        <translation>此记录有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked above.</source>
        <translation>未保存：请修正上面标出的字段。</translation>
    </message>
    <message>
        <source>Not saved: %1. The price book is as it was.</source>
        <translation>未保存：%1。价格簿保持原样。</translation>
    </message>
    <message>
        <source>Saved. Edit › Undo takes it back.</source>
        <translation>已保存。编辑 › 撤销 可以撤回。</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Not deleted: %1. The price book is as it was.</source>
        <translation>未删除：%1。价格簿保持原样。</translation>
    </message>
    <message>
        <source>Deleted. Edit › Undo brings it back.</source>
        <translation>已删除。编辑 › 撤销 可以恢复。</translation>
    </message>
    <message>
        <source>The price book could not be read: %1</source>
        <translation>无法读取价格簿：%1</translation>
    </message>
</context>
<context>
    <name>gpucompare::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>gpucompare::SchemaMigrator</name>
    <message>
        <source>schema migration %1 (%2) failed: %3</source>
        <translation>架构迁移 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>gpucompare::ServeEstimateModel</name>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>%1 measured</source>
        <translation>%1（实测）</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>%1 of %2 GB</source>
        <translation>%1 / %2 GB</translation>
    </message>
    <message>
        <source>%1 regions</source>
        <translation>%1 个区域</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>The same offer at the same cost in %1 regions: %2.</source>
        <translation>同一报价在 %1 个区域成本相同：%2。</translation>
    </message>
    <message>
        <source>Weights and the KV cache of a full batch need %1 GB; %2 GPUs hold %3 GB at 90 % of their memory.</source>
        <translation>权重加满批次的 KV 缓存需要 %1 GB；%2 块 GPU 按 90 % 显存可容纳 %3 GB。</translation>
    </message>
    <message>
        <source>Your measured throughput replaces the estimate.</source>
        <translation>您的实测吞吐量取代了估算值。</translation>
    </message>
    <message>
        <source>A decode step of %1 ms is spent reading the weights and the KV cache: more batch costs little.</source>
        <translation>每个 %1 毫秒的解码步骤都在读取权重和 KV 缓存：增大批次几乎不增加成本。</translation>
    </message>
    <message>
        <source>A decode step of %1 ms is spent computing: more GPUs or a faster GPU help.</source>
        <translation>每个 %1 毫秒的解码步骤都在计算：更多或更快的 GPU 会有帮助。</translation>
    </message>
    <message>
        <source>%1 replicas of %2 GPUs on %3 whole instances, 730.5 hours a month.</source>
        <translation>%1 个副本，每个 %2 块 GPU，共 %3 台完整实例，每月 730.5 小时。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Bound by</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>计价</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>%1 GPUs at %2 per GPU-hour (rented by the GPU).</source>
        <translation>%1 块 GPU，每 GPU 小时 %2（按 GPU 租用）。</translation>
    </message>
    <message>
        <source>%1 whole machines of %2 GPUs at %3 per GPU-hour.</source>
        <translation>%1 台整机，每台 %2 块 GPU，每 GPU 小时 %3。</translation>
    </message>
    <message>
        <source>%1/M tokens</source>
        <translation>%1/百万 token</translation>
    </message>
    <message>
        <source>%1/GPU-h</source>
        <translation>%1/GPU 小时</translation>
    </message>
</context>
<context>
    <name>gpucompare::ServeForm</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Fills in a published model&apos;s size and shape (hover over a model for its source), or Custom for your own.</source>
        <translation>填入已发布模型的规模和结构（悬停在模型上可查看来源），或选“自定义”自行填写。</translation>
    </message>
    <message>
        <source>e.g. 70B or 7e9</source>
        <translation>例如 70B 或 7e9</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>参数量(&amp;P)：</translation>
    </message>
    <message>
        <source>Parameters computed per token; for a mixture of experts the active ones. Suffixes: k, M, B, T.</source>
        <translation>每个 token 参与计算的参数；混合专家模型为激活参数。后缀：k、M、B、T。</translation>
    </message>
    <message>
        <source>optional: a mixture of experts</source>
        <translation>可选：混合专家模型</translation>
    </message>
    <message>
        <source>&amp;In memory:</source>
        <translation>显存中(&amp;I)：</translation>
    </message>
    <message>
        <source>Parameters held in GPU memory when more than those computed per token: every expert of a mixture (Mixtral 8x7B: 46.7B of which 12.9B are active).</source>
        <translation>显存中保存的参数多于每个 token 计算的参数时填写：混合专家模型的全部专家（Mixtral 8x7B：46.7B，其中 12.9B 激活）。</translation>
    </message>
    <message>
        <source>BF16, 2 bytes per weight</source>
        <translation>BF16，每个权重 2 字节</translation>
    </message>
    <message>
        <source>FP16, 2 bytes per weight</source>
        <translation>FP16，每个权重 2 字节</translation>
    </message>
    <message>
        <source>FP8, 1 byte per weight</source>
        <translation>FP8，每个权重 1 字节</translation>
    </message>
    <message>
        <source>INT8, 1 byte per weight</source>
        <translation>INT8，每个权重 1 字节</translation>
    </message>
    <message>
        <source>INT4, half a byte per weight</source>
        <translation>INT4，每个权重半字节</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>How the weights are stored. 8-bit weights compute at the GPU&apos;s FP8 peak where it has one; 4-bit weights are widened to 16 bits before the multiply.</source>
        <translation>权重的存储方式。8 位权重在有 FP8 的 GPU 上按 FP8 峰值计算；4 位权重在乘法前扩展为 16 位。</translation>
    </message>
    <message>
        <source>16-bit, 2 bytes</source>
        <translation>16 位，2 字节</translation>
    </message>
    <message>
        <source>8-bit, 1 byte</source>
        <translation>8 位，1 字节</translation>
    </message>
    <message>
        <source>4-bit, half a byte</source>
        <translation>4 位，半字节</translation>
    </message>
    <message>
        <source>&amp;KV cache:</source>
        <translation>KV 缓存(&amp;K)：</translation>
    </message>
    <message>
        <source>Bytes per element of the attention keys and values each sequence keeps.</source>
        <translation>每个序列保存的注意力键和值中每个元素的字节数。</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>上下文(&amp;T)：</translation>
    </message>
    <message>
        <source>Prompt and output per sequence. The KV cache is sized for the full context: an upper bound on memory and on the bytes a step reads.</source>
        <translation>每个序列的提示和输出。KV 缓存按完整上下文计算：这是显存和每个解码步骤读取字节数的上限。</translation>
    </message>
    <message>
        <source> sequences</source>
        <translation> 个序列</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>Sequences decoded together. Larger batches share each read of the weights, so tokens per second grow until the step becomes compute-bound or memory runs out.</source>
        <translation>一起解码的序列数。更大的批次共享每次权重读取，因此每秒 token 数会增长，直到解码步骤受计算限制或显存耗尽。</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>Price serving on this GPU model&apos;s offers, or on every GPU model with a memory size and bandwidth in the price book.</source>
        <translation>在此 GPU 型号的报价上计算推理成本，或在价格簿中有显存大小和带宽的每个 GPU 型号上计算。</translation>
    </message>
    <message>
        <source>&amp;Fewest that fit</source>
        <translation>放得下的最少数量(&amp;F)</translation>
    </message>
    <message>
        <source>GPUs per replica</source>
        <translation>每个副本的 GPU 数</translation>
    </message>
    <message>
        <source>GPUs per re&amp;plica:</source>
        <translation>每副本 GPU 数(&amp;P)：</translation>
    </message>
    <message>
        <source>GPUs one copy of the model runs on with tensor parallelism. &quot;Fewest that fit&quot; tries 1, 2, 4, … up to 64 on each GPU model.</source>
        <translation>一个模型副本通过张量并行运行所用的 GPU 数。“放得下的最少数量”会在每个 GPU 型号上依次尝试 1、2、4……直到 64。</translation>
    </message>
    <message>
        <source>Ban&amp;dwidth efficiency:</source>
        <translation>带宽效率(&amp;D)：</translation>
    </message>
    <message>
        <source>The share of the GPU&apos;s memory bandwidth a decode step reaches. 0.8 is this calculator&apos;s assumption for tuned serving kernels; import a measurement to replace the estimate.</source>
        <translation>解码步骤达到的 GPU 显存带宽比例。0.8 是本计算器对调优推理内核的假设；导入实测结果可取代估算。</translation>
    </message>
    <message>
        <source>M&amp;FU:</source>
        <translation>MFU(&amp;F)：</translation>
    </message>
    <message>
        <source>The share of the dense peak a decode step computes at; it only decides the step when the batch is large enough to be compute-bound. 0.5 is an assumption.</source>
        <translation>解码步骤达到的稠密峰值比例；只有批次大到受计算限制时才决定步骤时间。0.5 是一个假设。</translation>
    </message>
    <message>
        <source>T&amp;raffic</source>
        <translation>流量(&amp;R)</translation>
    </message>
    <message>
        <source>Sizes the deployment: replicas on whole instances and the cost per month.</source>
        <translation>确定部署规模：以完整实例计的副本数和每月成本。</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <translation>每月 token 数</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>Given as:</source>
        <translation>给定方式：</translation>
    </message>
    <message>
        <source>e.g. 10B</source>
        <translation>例如 10B</translation>
    </message>
    <message>
        <source>Output tokens:</source>
        <translation>输出 token：</translation>
    </message>
    <message>
        <source>Output tokens generated a month, all replicas together.</source>
        <translation>所有副本每月合计生成的输出 token。</translation>
    </message>
    <message>
        <source> per s</source>
        <translation> 每秒</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <source>Requests a second, on average over the month.</source>
        <translation>每秒请求数，按整月平均。</translation>
    </message>
    <message>
        <source> output tokens</source>
        <translation> 个输出 token</translation>
    </message>
    <message>
        <source>Each:</source>
        <translation>每个：</translation>
    </message>
    <message>
        <source>Output tokens generated per request.</source>
        <translation>每个请求生成的输出 token 数。</translation>
    </message>
    <message>
        <source>Measured &amp;throughput</source>
        <translation>实测吞吐量(&amp;T)</translation>
    </message>
    <message>
        <source>Your own measurement replaces the estimate on every offer and is labelled measured: use it for the GPU it was measured on.</source>
        <translation>您的实测结果会取代每个报价上的估算并标为实测：请用于测得它的那种 GPU。</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> token/秒</translation>
    </message>
    <message>
        <source>Per replica:</source>
        <translation>每个副本：</translation>
    </message>
    <message>
        <source>Output tokens per second one replica sustained.</source>
        <translation>一个副本持续达到的每秒输出 token 数。</translation>
    </message>
    <message>
        <source>Import &amp;vLLM Result…</source>
        <translation>导入 vLLM 结果(&amp;V)…</translation>
    </message>
    <message>
        <source>A result file of vLLM&apos;s serving benchmark (benchmark_serving.py or &quot;vllm bench serve&quot; with --save-result): its output throughput becomes the measurement.</source>
        <translation>vLLM 推理基准测试的结果文件（benchmark_serving.py 或带 --save-result 的“vllm bench serve”）：其输出吞吐量将作为实测值。</translation>
    </message>
    <message>
        <source>Typed in.</source>
        <translation>手动输入。</translation>
    </message>
    <message>
        <source>Model s&amp;hape, for the KV cache</source>
        <translation>模型结构，用于 KV 缓存(&amp;H)</translation>
    </message>
    <message>
        <source>From the model&apos;s config.json: num_hidden_layers, num_key_value_heads, and hidden_size ÷ num_attention_heads. Without it the KV cache is left out.</source>
        <translation>来自模型的 config.json：num_hidden_layers、num_key_value_heads，以及 hidden_size ÷ num_attention_heads。不填则不计 KV 缓存。</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>层数：</translation>
    </message>
    <message>
        <source>KV heads:</source>
        <translation>KV 头数：</translation>
    </message>
    <message>
        <source>Fewer than the attention heads with grouped-query attention (Llama 2 70B: 8).</source>
        <translation>使用分组查询注意力时少于注意力头数（Llama 2 70B：8）。</translation>
    </message>
    <message>
        <source>Head dimension:</source>
        <translation>头维度：</translation>
    </message>
    <message>
        <source>All GPU models</source>
        <translation>所有 GPU 型号</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>需要填写%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; write it like %2 or %3.</source>
        <translation>“%1”不是数字；请写成 %2 或 %3 这样的形式。</translation>
    </message>
    <message>
        <source>The number of parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>The parameters in memory</source>
        <translation>显存中的参数量</translation>
    </message>
    <message>
        <source>The tokens per month</source>
        <translation>每月 token 数</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>来自 %1：%2</translation>
    </message>
    <message>
        <source>%1 output tokens a month, %2 tokens/s on average.</source>
        <translation>每月 %1 个输出 token，平均每秒 %2 个。</translation>
    </message>
    <message>
        <source>Let a replica &amp;span several machines</source>
        <translation>允许副本跨多台机器(&amp;S)</translation>
    </message>
    <message>
        <source>Machines:</source>
        <translation>机器：</translation>
    </message>
    <message>
        <source>Off: a replica runs inside one machine, and offers whose machine has fewer GPUs than a replica needs (a per-GPU rate counts as machines of 8) are left out. On: tensor parallelism across the network between machines, which real serving rarely does.</source>
        <translation>关闭：副本在一台机器内运行，机器 GPU 数少于副本所需的报价将被排除（按 GPU 计价视为 8 卡机器）。开启：通过网络在机器之间做张量并行，实际推理服务很少这样做。</translation>
    </message>
    <message>
        <source>per GPU</source>
        <translation>按 GPU</translation>
    </message>
</context>
<context>
    <name>gpucompare::ServeOptions</name>
    <message>
        <source>--%1: must be a whole number (got %2)</source>
        <translation>--%1：必须是整数（实际为 %2）</translation>
    </message>
    <message>
        <source>serve-estimate: parameters held in memory when more than --params (a mixture of experts).</source>
        <translation>serve-estimate：显存中保存的参数量，多于 --params 时使用（混合专家模型）。</translation>
    </message>
    <message>
        <source>serve-estimate: KV cache precision, bf16 (default) to int4.</source>
        <translation>serve-estimate：KV 缓存精度，bf16（默认）到 int4。</translation>
    </message>
    <message>
        <source>serve-estimate: key/value heads (fewer than the attention heads with grouped-query attention).</source>
        <translation>serve-estimate：键/值头数（分组查询注意力时少于注意力头数）。</translation>
    </message>
    <message>
        <source>serve-estimate: tokens of context per sequence; default 4096.</source>
        <translation>serve-estimate：每个序列的上下文 token 数；默认 4096。</translation>
    </message>
    <message>
        <source>serve-estimate: sequences decoded together; default 16.</source>
        <translation>serve-estimate：一起解码的序列数；默认 16。</translation>
    </message>
    <message>
        <source>serve-estimate: share of the memory bandwidth reached, above 0 and at most 1; default 0.8.</source>
        <translation>serve-estimate：达到的显存带宽比例，大于 0 且不超过 1；默认 0.8。</translation>
    </message>
    <message>
        <source>serve-estimate: traffic in output tokens a month, for replicas and monthly cost.</source>
        <translation>serve-estimate：每月输出 token 流量，用于计算副本数和月度成本。</translation>
    </message>
    <message>
        <source>serve-estimate: measured output tokens per second per replica, instead of the estimate.</source>
        <translation>serve-estimate：实测的每副本每秒输出 token 数，替代估算值。</translation>
    </message>
    <message>
        <source>serving needs --params N (such as --params 70B)</source>
        <translation>推理估算需要 --params N（例如 --params 70B）</translation>
    </message>
    <message>
        <source>the KV cache needs all of --layers, --kv-heads and --head-dim</source>
        <translation>KV 缓存需要同时给出 --layers、--kv-heads 和 --head-dim</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of %3</source>
        <translation>--%1：“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>--price needs --gpu: the GPU&apos;s memory and bandwidth give the speed</source>
        <translation>--price 需要 --gpu：GPU 的显存和带宽决定速度</translation>
    </message>
    <message>
        <source>serve-estimate: let a replica span several machines (tensor parallel over the network). Without it a replica fits in one machine, a per-GPU rate counting as machines of 8, and offers with smaller machines are left out.</source>
        <translation>serve-estimate：允许副本跨多台机器（通过网络张量并行）。不加此项时副本须放在一台机器内，按 GPU 计价视为 8 卡机器，机器更小的报价被排除。</translation>
    </message>
</context>
<context>
    <name>gpucompare::ServingPanel</name>
    <message>
        <source>Serving cost on every offer</source>
        <translation>每个报价上的推理成本</translation>
    </message>
    <message>
        <source>Serving cost by provider</source>
        <translation>各提供商的推理成本</translation>
    </message>
    <message>
        <source>Serving cost</source>
        <translation>推理成本</translation>
    </message>
    <message>
        <source>Fix the inputs marked in red to see the cost.</source>
        <translation>请修正标红的输入以查看成本。</translation>
    </message>
    <message>
        <source>No offer matches.</source>
        <translation>没有匹配的报价。</translation>
    </message>
    <message>
        <source>The model does not fit on any matching offer: use more GPUs per replica, a smaller batch or context, or lower precision.</source>
        <translation>模型放不进任何匹配的报价：请增加每副本 GPU 数、减小批次或上下文，或降低精度。</translation>
    </message>
    <message>
        <source>Weights %1 GB, KV cache %2 kB per token. Assumed: bandwidth efficiency %3, MFU %4, 90 % of memory usable.</source>
        <translation>权重 %1 GB，KV 缓存每 token %2 kB。假设：带宽效率 %3，MFU %4，可用显存 90 %。</translation>
    </message>
    <message>
        <source>Throughput measured: %1 tokens/s per replica on every offer.</source>
        <translation>吞吐量为实测：每个报价上每个副本每秒 %1 token。</translation>
    </message>
    <message>
        <source>Import vLLM Result</source>
        <translation>导入 vLLM 结果</translation>
    </message>
    <message>
        <source>vLLM benchmark results (*.json)</source>
        <translation>vLLM 基准测试结果 (*.json)</translation>
    </message>
    <message>
        <source>The file was not used: %1</source>
        <translation>未使用该文件：%1</translation>
    </message>
    <message>
        <source>Every matching price is stale (older than the freshness window): include stale prices, or update the book.</source>
        <translation>所有匹配的价格都已过时（早于新鲜期）：请包含过时价格，或更新价格簿。</translation>
    </message>
    <message>
        <source>No offer can serve the model as asked: see the offers left out below.</source>
        <translation>没有报价能按要求部署该模型：请查看下方被排除的报价。</translation>
    </message>
    <message>
        <source>Cheapest: %1, %2 × %3: %4 per million tokens at %5 tokens/s, %6 an hour</source>
        <translation>最便宜：%1，%2 × %3：每百万 token %4，每秒 %5 个 token，每小时 %6</translation>
    </message>
    <message>
        <source>; %1 a month on %2 replicas</source>
        <translation>；%2 个副本每月 %1</translation>
    </message>
</context>
<context>
    <name>gpucompare::SkyPilotCatalog</name>
    <message>
        <source>a SkyPilot catalog needs a Region column</source>
        <translation>SkyPilot 目录需要 Region 列</translation>
    </message>
    <message>
        <source>From the SkyPilot catalog file %1.</source>
        <translation>来自 SkyPilot 目录文件 %1。</translation>
    </message>
    <message>
        <source>AcceleratorCount &quot;%1&quot; is not a whole number of GPUs (fractional GPUs are not offers we compare)</source>
        <translation>AcceleratorCount“%1”不是整数块 GPU（不足一块的 GPU 不是我们比较的报价）</translation>
    </message>
    <message>
        <source>%1: %2; the spot price is left out</source>
        <translation>%1：%2；竞价价格未计入</translation>
    </message>
    <message>
        <source>this SkyPilot catalog does not say which cloud it is for; name it (--provider, or the Cloud field)</source>
        <translation>此 SkyPilot 目录未说明属于哪个云；请指明（--provider 或 Cloud 字段）</translation>
    </message>
    <message>
        <source>the accelerator row has no on-demand price</source>
        <translation>加速器行没有按需价格</translation>
    </message>
    <message>
        <source>%1× %2 (GPUs only)</source>
        <translation>%1× %2（仅 GPU）</translation>
    </message>
    <message>
        <source>The file has no host VM for these GPUs in %1: the price covers the GPUs alone.</source>
        <translation>文件中 %1 没有这些 GPU 的宿主虚拟机：价格只包含 GPU。</translation>
    </message>
    <message>
        <source>Local Zone %1 of %2.</source>
        <translation>%2 的本地区域（Local Zone）%1。</translation>
    </message>
    <message>
        <source>Wavelength Zone %1 of %2.</source>
        <translation>%2 的 Wavelength 区域 %1。</translation>
    </message>
    <message>
        <source>Zone %1.</source>
        <translation>可用区 %1。</translation>
    </message>
    <message>
        <source>%1 does not name the cloud behind this machine (its id: %2).</source>
        <translation>%1 没有说明这台机器背后的云（其标识：%2）。</translation>
    </message>
    <message>
        <source>Sold through %1 (its instance type %2).</source>
        <translation>经由 %1 销售（其实例类型 %2）。</translation>
    </message>
    <message>
        <source>The catalog states no region for this machine.</source>
        <translation>目录未说明这台机器的区域。</translation>
    </message>
</context>
<context>
    <name>gpucompare::SnapshotEditor</name>
    <message>
        <source>Market Share</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>范围(&amp;C)：</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>what is measured, e.g. Cloud infrastructure services, worldwide</source>
        <translation>衡量的对象，例如 全球云基础设施服务</translation>
    </message>
    <message>
        <source>Source &amp;name:</source>
        <translation>来源名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>来源网址(&amp;U)：</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Pu&amp;blished on:</source>
        <translation>发布日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>These figures are &amp;estimates, not measured shares</source>
        <translation>这些数字是估计值，不是实测份额(&amp;E)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Market-share entries</source>
        <translation>市场份额条目</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>份额 %</translation>
    </message>
    <message>
        <source>Low %</source>
        <translation>下限 %</translation>
    </message>
    <message>
        <source>High %</source>
        <translation>上限 %</translation>
    </message>
    <message>
        <source>Provider: the provider of the book the label stands for, or empty. Low and high: the range the source gives, when it gives one.</source>
        <translation>提供商：该标签所代表的价格簿中的提供商，或留空。下限和上限：来源给出的范围（如有）。</translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation>添加条目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Entry</source>
        <translation>删除条目(&amp;R)</translation>
    </message>
    <message>
        <source>En&amp;tries:</source>
        <translation>条目(&amp;T)：</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>来源名称</translation>
    </message>
    <message>
        <source>This source already has a snapshot for this period and scope.</source>
        <translation>此来源已有该期间和范围的快照。</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1: the label &quot;%2&quot; appears twice.</source>
        <translation>%1：标签“%2”出现了两次。</translation>
    </message>
    <message>
        <source>%1: no provider is named &quot;%2&quot; (leave it empty or add the provider under Data › Providers).</source>
        <translation>%1：没有名为“%2”的提供商（留空，或在 数据 › 提供商 中添加该提供商）。</translation>
    </message>
    <message>
        <source>share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>high</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>%1: the share is required.</source>
        <translation>%1：份额为必填项。</translation>
    </message>
    <message>
        <source>%1: the %2 is not a number: &quot;%3&quot;.</source>
        <translation>%1：%2不是数字：“%3”。</translation>
    </message>
    <message>
        <source>%1: low %2 % is above high %3 %.</source>
        <translation>%1：下限 %2 % 高于上限 %3 %。</translation>
    </message>
    <message>
        <source>The shares add up to %1 %, above 100 %.</source>
        <translation>份额合计为 %1 %，超过 100 %。</translation>
    </message>
    <message>
        <source>Total %1 %</source>
        <translation>合计 %1 %</translation>
    </message>
    <message>
        <source>Total %1 % · Others %2 %</source>
        <translation>合计 %1 % · 其他 %2 %</translation>
    </message>
    <message>
        <source>Delete the market-share snapshot &quot;%1, %2&quot; from %3 with its %4 entries? Edit › Undo brings it back.</source>
        <translation>删除来自 %3 的市场份额快照“%1，%2”及其 %4 个条目？编辑 › 撤销 可以恢复。</translation>
    </message>
</context>
<context>
    <name>gpucompare::TableColumns</name>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>重置列(&amp;R)</translation>
    </message>
</context>
<context>
    <name>gpucompare::TeamBookDialog</name>
    <message>
        <source>Open Team Price Book</source>
        <translation>打开团队价格簿</translation>
    </message>
    <message>
        <source>Copy Price Book To</source>
        <translation>将价格簿复制到</translation>
    </message>
    <message>
        <source>A team price book is a PostgreSQL database that several people open at once; every window shows the others&apos; changes within seconds. Its address:</source>
        <translation>团队价格簿是多人同时打开的 PostgreSQL 数据库；每个窗口都会在几秒内显示其他人的更改。其地址：</translation>
    </message>
    <message>
        <source>Copy the whole price book (every price of every offer, market share, saved jobs) into a new SQLite file or an empty PostgreSQL database:</source>
        <translation>将整个价格簿（每个报价的每个价格、市场份额、已保存的任务）复制到新的 SQLite 文件或空的 PostgreSQL 数据库：</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>文件(&amp;F)…</translation>
    </message>
    <message>
        <source>postgresql://[user@]host[:port]/database[?sslmode=require]. The password comes from PGPASSWORD or ~/.pgpass; one written in the address is used for this connection and never saved.</source>
        <translation>postgresql://[用户@]主机[:端口]/数据库[?sslmode=require]。密码来自 PGPASSWORD 或 ~/.pgpass；写在地址中的密码仅用于本次连接，绝不保存。</translation>
    </message>
    <message>
        <source>An empty database is filled with the bundled price book.</source>
        <translation>空数据库会被填入内置价格簿。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Price books (*.sqlite)</source>
        <translation>价格簿 (*.sqlite)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected: a GPU Cloud Compare price book (schema %1).</source>
        <translation>已连接：GPU Cloud Compare 价格簿（架构 %1）。</translation>
    </message>
    <message>
        <source>It is not empty, so nothing can be copied into it.</source>
        <translation>它不为空，因此无法向其中复制任何内容。</translation>
    </message>
    <message>
        <source>You may read and change it.</source>
        <translation>您可以读取和更改它。</translation>
    </message>
</context>
<context>
    <name>gpucompare::TeamBookUri</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write postgresql://user@host:port/database</source>
        <translation>“%1”不是 PostgreSQL 地址；请写成 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection option PostgreSQL knows (in %2)</source>
        <translation>“%1”不是 PostgreSQL 认识的连接选项（在 %2 中）</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535 (in %2)</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字（在 %2 中）</translation>
    </message>
    <message>
        <source>%1 names no database: add it after the host, as in postgresql://host/gpucompare</source>
        <translation>%1 没有指定数据库：请在主机后添加，例如 postgresql://host/gpucompare</translation>
    </message>
</context>
<context>
    <name>gpucompare::UpdateConsentBar</name>
    <message>
        <source>Automatic price updates</source>
        <translation>自动价格更新</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep prices current?&lt;/b&gt; GPU Cloud Compare can check the public catalogs once a day in the background.</source>
        <translation>&lt;b&gt;保持价格最新？&lt;/b&gt;GPU Cloud Compare 可以每天在后台检查一次公开目录。</translation>
    </message>
    <message>
        <source>It reads the same catalogs as File › Update Prices…, without asking each time, and says in the status bar what changed. You can turn it off in the File menu.</source>
        <translation>它读取与“文件 › 更新价格…”相同的目录，不必每次询问，并在状态栏中说明变动。您可以在“文件”菜单中关闭它。</translation>
    </message>
    <message>
        <source>&amp;Update Automatically</source>
        <translation>自动更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
</context>
<context>
    <name>gpucompare::UpdateNotices</name>
    <message numerus="yes">
        <source>%n prices changed — show</source>
        <translation>
            <numerusform>%n 个价格有变化 — 查看</numerusform>
        </translation>
    </message>
    <message>
        <source>View › Changes: what the last update changed</source>
        <translation>视图 › 变化：上一次更新的变化</translation>
    </message>
    <message>
        <source>Price below your watch</source>
        <translation>价格低于您的关注价</translation>
    </message>
    <message>
        <source>Watch: %1</source>
        <translation>关注：%1</translation>
    </message>
    <message>
        <source>%1 now %2/GPU-h at %3 (%4, %5), below your %6 %7</source>
        <translation>%1 现为 %2/GPU 小时，在 %3（%4，%5），低于您设定的 %6 %7</translation>
    </message>
</context>
<context>
    <name>gpucompare::UpdatePricesDialog</name>
    <message>
        <source>Microsoft Azure (Azure Retail Prices API)</source>
        <translation>Microsoft Azure（Azure 零售价格 API）</translation>
    </message>
    <message>
        <source>%1 (SkyPilot catalog)</source>
        <translation>%1（SkyPilot 目录）</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>没有新内容</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>未改变</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Update Prices</source>
        <translation>更新价格</translation>
    </message>
    <message>
        <source>Current prices from public catalogs, no account needed. Each catalog is applied on its own; a changed price becomes a new observation, an unchanged one is confirmed, and offers a catalog no longer lists are marked, never deleted. Nothing is downloaded before you press Check, nor written before Apply.</source>
        <translation>来自公开目录的当前价格，无需账户。每个目录单独应用；变化的价格成为一条新观测，未变的价格被确认，目录中不再列出的报价会被标记，但绝不删除。按“检查”之前不会下载任何内容，按“应用”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>上次更新</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Choose the catalogs and press Check.</source>
        <translation>选择目录后按“检查”。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>计价</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新价</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>需要注意的事项</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>价格变化</translation>
    </message>
    <message>
        <source>New offers</source>
        <translation>新报价</translation>
    </message>
    <message>
        <source>No longer listed</source>
        <translation>不再列出</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要注意</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 of %2 catalogs, %3 downloaded</source>
        <translation>%2 个目录中的 %1 个，已下载 %3</translation>
    </message>
    <message>
        <source>Choose at least one catalog.</source>
        <translation>请至少选择一个目录。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n catalog(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个目录…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：没有写入任何内容。</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>new GPU models without a published peak (not priceable until you add one): %1</source>
        <translation>没有公开峰值的新 GPU 型号（添加峰值之前无法计价）：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 maps to no GPU model (%n row(s))</source>
        <translation>
            <numerusform>%1 未对应任何 GPU 型号（%n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: the machine&apos;s form factor matches no GPU model</source>
        <translation>
            <numerusform>略过 %n 行：机器的外形规格不对应任何 GPU 型号</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Applied, except:
%1</source>
        <translation>已应用，但以下除外：
%1</translation>
    </message>
    <message>
        <source>not modified since the last update</source>
        <translation>自上次更新以来未改变</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-entered offer(s) folded into the catalog&apos;s listing of the same machine, their prices kept as its history</source>
        <translation>
            <numerusform>%n 个手动录入的报价已并入目录中同一机器的条目，其价格保留为该条目的历史</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spot price(s) left out: the catalog&apos;s placeholder (equal to the on-demand price, or zero), not a spot offer</source>
        <translation>
            <numerusform>已略去 %n 个竞价价格：目录的占位值（等于按需价格或为零），并非竞价报价</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 catalogs</source>
        <translation>%1 个目录</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply</source>
        <translation>
            <numerusform>%n 处变更待应用</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Euro exchange rates (European Central Bank)</source>
        <translation>欧元汇率（欧洲央行）</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange rate(s) read</source>
        <translation>
            <numerusform>读取了 %n 个汇率</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new to the book</source>
        <translation>
            <numerusform>其中 %n 个为价格簿新增</numerusform>
        </translation>
    </message>
    <message>
        <source> %1 exchange rates new to the book.</source>
        <translation>价格簿新增 %1 个汇率。</translation>
    </message>
    <message>
        <source>%1 new offers, %2 price changes, %3 prices confirmed, %4 offers no longer listed; %5 of %6 catalogs failed.</source>
        <translation>%1 个新报价，%2 处价格变化，%3 个价格已确认，%4 个报价不再列出；%6 个目录中有 %5 个失败。</translation>
    </message>
    <message>
        <source>Apply writes it.</source>
        <translation>按“应用”写入。</translation>
    </message>
</context>
<context>
    <name>gpucompare::VllmBenchmark</name>
    <message>
        <source>%1 tokens/s</source>
        <translation>每秒 %1 token</translation>
    </message>
    <message>
        <source>%1 requests over %2 s</source>
        <translation>%2 秒内 %1 个请求</translation>
    </message>
    <message>
        <source>at most %1 at once</source>
        <translation>最多同时 %1 个</translation>
    </message>
    <message>
        <source> (vLLM)</source>
        <translation>（vLLM）</translation>
    </message>
    <message>
        <source> (vLLM, %1)</source>
        <translation>（vLLM，%1）</translation>
    </message>
</context>
<context>
    <name>gpucompare::VllmBenchmarkReader</name>
    <message>
        <source>is larger than %1 MB; a benchmark result is smaller</source>
        <translation>大于 %1 MB；基准测试结果不会这么大</translation>
    </message>
    <message>
        <source>is not a vLLM serving benchmark result: it has no &quot;output_throughput&quot; (save one with --save-result)</source>
        <translation>不是 vLLM 推理基准测试结果：没有“output_throughput”（请用 --save-result 保存）</translation>
    </message>
    <message>
        <source>must be a number of tokens per second above 0 and at most 1,000,000,000</source>
        <translation>必须是大于 0 且不超过 1,000,000,000 的每秒 token 数</translation>
    </message>
</context>
<context>
    <name>gpucompare::chartparts</name>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
</context>
<context>
    <name>gpucompare::editorchecks</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 must be greater than %2.</source>
        <translation>%1必须大于 %2。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1必须至少为 %2。</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1必须不超过 %2。</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1.</source>
        <translation>%1必须是至少为 1 的整数。</translation>
    </message>
</context>
<context>
    <name>gpucompare::validation</name>
    <message>
        <source>%1 is required</source>
        <translation>%1为必填项</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1超过 %2 个字符</translation>
    </message>
    <message>
        <source>%1 contains a control or text-direction character</source>
        <translation>%1含有控制字符或文字方向字符</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1必须是数字</translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1不能为负数</translation>
    </message>
    <message>
        <source>%1 must be below %2 USD per hour</source>
        <translation>%1必须低于每小时 %2 美元</translation>
    </message>
    <message>
        <source>%1 must be a whole number of GPUs</source>
        <translation>%1必须是整数块 GPU</translation>
    </message>
    <message>
        <source>%1 must be between 1 and %2</source>
        <translation>%1必须在 1 到 %2 之间</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100 %</source>
        <translation>%1必须在 0 到 100 % 之间</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a calendar date</source>
        <translation>%1“%2”不是日历上的日期</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no month %3</source>
        <translation>%1“%2”中没有 %3 月</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date such as 2025-06-30 or 2025-06</source>
        <translation>%1“%2”不是 2025-06-30 或 2025-06 这样的日期</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date such as 2025-06-30</source>
        <translation>%1“%2”不是 2025-06-30 这样的日期</translation>
    </message>
    <message>
        <source>%1 is not a web address (it contains spaces or control characters)</source>
        <translation>%1不是网址（含有空格或控制字符）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a web address starting with https://</source>
        <translation>%1“%2”不是以 https:// 开头的网址</translation>
    </message>
</context>
</TS>
