#!/usr/bin/env python3
"""The first step of the bundled price book: the sourced reference rows of ../shared/reference/
(reference-prices.csv, reference-market-share.csv and the tables of reference-data.md,
transcribed below with their sources), as a price book in the JSON format.

tools/build_bundled_book.py runs this, adds the catalog snapshots through the application's own
price update, and writes resources/dataset/pricebook.json. Run that one; this script alone writes
the reference part only:
    python3 tools/make_dataset.py ../shared/reference /tmp/reference.json
Nothing here invents a figure: every price and share comes from the CSV files with its source
URL and date; the only arithmetic is the one reference-data.md itself marks as derived.
"""
import csv
import json
import sys
from decimal import Decimal
from pathlib import Path

PROVIDERS = [
    # name, kind, website, name used by reference-prices.csv, label used by reference-market-share.csv
    ("AWS", "hyperscaler", "https://aws.amazon.com/", "AWS", "Amazon Web Services"),
    ("Microsoft Azure", "hyperscaler", "https://azure.microsoft.com/", "Azure", "Microsoft Azure"),
    ("Google Cloud", "hyperscaler", "https://cloud.google.com/", "GCP", "Google Cloud"),
    ("Oracle Cloud", "hyperscaler", "https://www.oracle.com/cloud/", "Oracle OCI", "Oracle"),
    ("Alibaba Cloud", "hyperscaler", "https://www.alibabacloud.com/", None, "Alibaba Cloud"),
    ("IBM Cloud", "other", "https://www.ibm.com/cloud", None, "IBM"),
    ("Salesforce", "other", "https://www.salesforce.com/", None, "Salesforce"),
    ("Tencent Cloud", "hyperscaler", "https://www.tencentcloud.com/", None, "Tencent"),
    ("Huawei Cloud", "hyperscaler", "https://www.huaweicloud.com/intl/en-us/", None, "Huawei"),
    ("Lambda", "neocloud", "https://lambda.ai/", "Lambda", None),
    ("CoreWeave", "neocloud", "https://www.coreweave.com/", "CoreWeave", None),
    ("Crusoe", "neocloud", "https://www.crusoe.ai/", "Crusoe", None),
    ("Voltage Park", "neocloud", "https://www.voltagepark.com/", "Voltage Park", None),
    ("Nebius", "neocloud", "https://nebius.com/", "Nebius", None),
    ("RunPod", "neocloud", "https://www.runpod.io/", "RunPod", None),
    ("Vast.ai", "marketplace", "https://vast.ai/", "Vast.ai", None),
    ("Together AI", "neocloud", "https://www.together.ai/", "Together AI", None),
    ("Paperspace", "neocloud", "https://www.paperspace.com/", "Paperspace", None),
    ("Hyperstack", "neocloud", "https://www.hyperstack.cloud/", "Hyperstack", None),
    ("Verda (DataCrunch)", "neocloud", "https://verda.com/", "Verda (DataCrunch)", None),
    ("Fireworks AI", "other", "https://fireworks.ai/", "Fireworks AI", None),
    ("TensorWave", "neocloud", "https://tensorwave.com/", "TensorWave", None),
    ("Hot Aisle", "neocloud", "https://hotaisle.xyz/", "Hot Aisle", None),
    ("DigitalOcean", "other", "https://www.digitalocean.com/", "DigitalOcean", None),
    ("Vultr", "other", "https://www.vultr.com/", "Vultr", None),
    # Clouds and marketplaces of the public SkyPilot catalogs (build_bundled_book.py).
    ("Shadeform", "marketplace", "https://www.shadeform.ai/", None, None),
    ("Prime Intellect", "marketplace", "https://www.primeintellect.ai/", None, None),
    ("Spheron", "marketplace", "", None, None),
    ("Scaleway", "other", "https://www.scaleway.com/", None, None),
    ("Seeweb", "other", "https://www.seeweb.it/", None, None),
    ("Massed Compute", "neocloud", "", None, None),
    ("Denvr Dataworks", "neocloud", "", None, None),
    ("Excess Supply", "other", "", None, None),
    ("Oblivus", "neocloud", "", None, None),
    ("Latitude.sh", "other", "https://www.latitude.sh/", None, None),
    ("Sesterce", "neocloud", "", None, None),
    ("Mithril", "neocloud", "", None, None),
    ("Hyperbolic", "neocloud", "", None, None),
    ("JarvisLabs", "neocloud", "https://jarvislabs.ai/", None, None),
    ("Yotta", "neocloud", "", None, None),
    ("Lium", "marketplace", "", None, None),
    ("Daytona", "other", "https://www.daytona.io/", None, None),
]

ML_ENG = ("https://github.com/stas00/ml-engineering/blob/744d01e18b79512572f64a6bbd8b5f4a725203a7/"
          "compute/accelerator/README.md")

NO_PEAK = ("No dense peak: the reference data holds no vendor figure for this GPU yet, so the "
           "calculator cannot price it (reference-data.md section 4a: cite the vendor page).")

# reference-data.md section 3 and COST-MODEL.md section 2. Dense peaks only; None = not published
# or not collected (the note says which).
GPU_MODELS = [
    dict(name="V100 16GB", vendor="NVIDIA", memory_gb=16, bf16_tflops=125, has_bf16=False,
         bandwidth_gbps=900, source_url="https://www.nvidia.com/en-gb/data-center/tesla-v100/",
         notes="No BF16: the peak is FP16 tensor (125 TFLOP/s, V100 SXM2). 900 GB/s seen only in third-party copies.",
         aliases=["V100", "Tesla V100", "V100-16GB"]),
    dict(name="V100 32GB", vendor="NVIDIA", memory_gb=32, bf16_tflops=125, has_bf16=False,
         bandwidth_gbps=900, source_url="https://www.nvidia.com/en-gb/data-center/tesla-v100/",
         notes="No BF16: the peak is FP16 tensor (125 TFLOP/s, V100 SXM2).",
         aliases=["V100-32GB"]),
    dict(name="A100 SXM 40GB", vendor="NVIDIA", memory_gb=40, bf16_tflops=312, bandwidth_gbps=1555,
         source_url="https://www.nvidia.com/en-us/data-center/a100/",
         notes="312 TFLOP/s dense BF16 (624 with sparsity). 1,555 GB/s seen in third-party copies only.",
         aliases=["A100", "A100 40GB", "A100 40GB SXM", "A100 (40GB)", "A100-40GB", "A100-SXM4-40GB"]),
    dict(name="A100 SXM 80GB", vendor="NVIDIA", memory_gb=80, bf16_tflops=312, bandwidth_gbps=2039,
         source_url="https://www.nvidia.com/en-us/data-center/a100/",
         aliases=["A100-80GB", "A100 80GB", "A100 80GB SXM", "A100-SXM4-80GB"]),
    dict(name="A100 PCIe 80GB", vendor="NVIDIA", memory_gb=80, bf16_tflops=312, bandwidth_gbps=1940,
         source_url="https://www.nvidia.com/en-us/data-center/a100/",
         aliases=["A100 80GB PCIe", "A100-80GB-PCIe", "A100 PCIe"]),
    dict(name="H100 SXM 80GB", vendor="NVIDIA", memory_gb=80, bf16_tflops=989.4, fp8_tflops=1978.9,
         bandwidth_gbps=3350, source_url="https://www.nvidia.com/en-us/data-center/h100/",
         notes="NVIDIA's headline 1,979 BF16 TFLOP/s is with sparsity; dense is half.",
         aliases=["H100", "H100 SXM", "H100 SXM5", "H100-SXM", "H100 SXM (HGX)", "H100 (HGX)",
                  "H100 SXM (Mega)", "H100-80GB", "H100 (form factor not stated)", "H100-MEGA"]),
    dict(name="H100 PCIe 80GB", vendor="NVIDIA", memory_gb=80, bf16_tflops=756, fp8_tflops=1513,
         bandwidth_gbps=2000, source_url="https://www.nvidia.com/en-us/data-center/h100/",
         aliases=["H100 PCIe", "H100-PCIe"]),
    dict(name="H100 NVL 94GB", vendor="NVIDIA", memory_gb=94, bf16_tflops=835.5, bandwidth_gbps=3900,
         source_url="https://www.nvidia.com/en-us/data-center/h100/",
         notes="Derived: NVIDIA lists 1,671 BF16 TFLOP/s with sparsity; dense is half (reference-data.md section 4a).",
         aliases=["H100 NVL", "H100-NVL"]),
    dict(name="H200 SXM 141GB", vendor="NVIDIA", memory_gb=141, bf16_tflops=989.4, fp8_tflops=1978.9,
         bandwidth_gbps=4800, source_url="https://www.nvidia.com/en-us/data-center/h200/",
         notes="Same compute as H100 SXM.",
         aliases=["H200", "H200 SXM", "H200 SXM5", "H200 (HGX)", "H200-141GB"]),
    dict(name="B200 180GB", vendor="NVIDIA", memory_gb=180, bf16_tflops=2250, fp8_tflops=4500,
         bandwidth_gbps=8000,
         source_url="https://resources.nvidia.com/en-us-dgx-systems/dgx-b200-datasheet",
         notes="180 GB is NVIDIA's platform figure; 192 GB is often quoted.",
         aliases=["B200", "B200 SXM6", "B200 (HGX)", "B200 SXM"]),
    dict(name="GB200 NVL72", vendor="NVIDIA", memory_gb=186, bf16_tflops=2500, fp8_tflops=5000,
         bandwidth_gbps=8000, source_url="https://www.nvidia.com/en-us/data-center/gb200-nvl72/",
         notes=("Per Blackwell GPU. Derived: NVIDIA's GB200 NVL72 table lists 5 PFLOP/s FP16/BF16 and "
                "10 PFLOP/s FP8 per GPU with sparsity; dense is half. 186 GB HBM3e and 8 TB/s per GPU "
                "from the same table."),
         aliases=["GB200"]),
    dict(name="GH200 96GB", vendor="NVIDIA", memory_gb=96, bf16_tflops=989.4, fp8_tflops=1978.9,
         bandwidth_gbps=4000, source_url="https://www.nvidia.com/en-us/data-center/grace-hopper-superchip/",
         notes=("The Hopper GPU of the superchip: the same dense compute as H100 SXM; 4.0 TB/s with "
                "96 GB HBM3 (4.9 TB/s for the 144 GB HBM3e version). Measured maximum matmul is "
                "828.6 BF16 TFLOP/s (ml-engineering). reference-data.md section 4a."),
         aliases=["GH200"]),
    dict(name="L40S 48GB", vendor="NVIDIA", memory_gb=48, bf16_tflops=362.05, fp8_tflops=733,
         bandwidth_gbps=864, source_url="https://www.nvidia.com/en-us/data-center/l40s/",
         aliases=["L40S"]),
    dict(name="L4 24GB", vendor="NVIDIA", memory_gb=24, bf16_tflops=121, fp8_tflops=242.5,
         bandwidth_gbps=300, source_url="https://www.nvidia.com/en-us/data-center/l4/",
         notes="Derived: NVIDIA publishes 242 BF16 and 485 FP8 TFLOP/s with sparsity; dense is half.",
         aliases=["L4"]),
    dict(name="A10 24GB", vendor="NVIDIA", memory_gb=24, bf16_tflops=125, bandwidth_gbps=600,
         source_url="https://www.nvidia.com/en-us/data-center/products/a10-gpu/",
         notes="Seen in a third-party copy of the datasheet; re-check on nvidia.com.",
         aliases=["A10"]),
    dict(name="A10G 24GB", vendor="NVIDIA", memory_gb=24, bandwidth_gbps=600,
         source_url="https://www.baseten.co/blog/nvidia-a10-vs-a10g-for-ml-model-inference/",
         notes="AWS-only variant; tensor TFLOP/s are not published by NVIDIA or AWS.",
         aliases=["A10G"]),
    dict(name="T4 16GB", vendor="NVIDIA", memory_gb=16, bf16_tflops=65, has_bf16=False,
         bandwidth_gbps=320, source_url="https://www.nvidia.com/en-us/data-center/tesla-t4/",
         notes="No BF16 (Turing): the peak is FP16 tensor, 65 TFLOP/s dense (reference-data.md section 4a).",
         aliases=["T4"]),
    # GPUs the bundled catalog snapshots list (tools/build_bundled_book.py). Memory as the
    # catalogs give it; no dense peak where the reference data has no vendor figure.
    dict(name="RTX A6000 48GB", vendor="NVIDIA", memory_gb=48,
         notes=NO_PEAK, aliases=["A6000", "RTX-A6000", "RTX A6000"]),
    dict(name="RTX A4000 16GB", vendor="NVIDIA", memory_gb=16,
         notes=NO_PEAK, aliases=["RTX-A4000", "RTX A4000"]),
    dict(name="Quadro RTX 6000 24GB", vendor="NVIDIA", memory_gb=24, has_bf16=False,
         notes="Lambda's \"RTX6000\" (Turing: no BF16). " + NO_PEAK, aliases=["RTX6000"]),
    dict(name="RTX 6000 Ada", vendor="NVIDIA",
         notes=NO_PEAK + " The catalog that lists it gives no memory size.",
         aliases=["RTX-6000-Ada", "RTX 6000 Ada Generation"]),
    dict(name="RTX PRO 6000", vendor="NVIDIA",
         notes=NO_PEAK + " The catalog that lists it gives no memory size.",
         aliases=["RTX-PRO-6000"]),
    dict(name="L40 48GB", vendor="NVIDIA", memory_gb=48, notes=NO_PEAK, aliases=["L40"]),
    dict(name="B300", vendor="NVIDIA",
         notes=NO_PEAK + " The catalog that lists it gives no memory size.", aliases=["B300 SXM"]),
    dict(name="T4G 16GB", vendor="NVIDIA", memory_gb=16, has_bf16=False,
         notes="AWS Graviton instances' T4G (Turing: no BF16). " + NO_PEAK, aliases=["T4g", "T4G"]),
    dict(name="MI300X 192GB", vendor="AMD", memory_gb=192, bf16_tflops=1307.4, fp8_tflops=2614.9,
         bandwidth_gbps=5300,
         source_url="https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html",
         aliases=["MI300X"]),
]

SKYPILOT_UNDATED = ("Undated: SkyPilot catalog value at a pinned commit; the commit's date was not "
                    "resolved (reference-data.md section 2.0).")

# Extra notes for single price rows, keyed by (provider, instance_type, pricing_model, region).
ROW_NOTES = {
    ("Azure", "Standard_ND96isr_H100_v5 (ND H100 v5)", "on-demand", "eastus"):
        "Instance price derived as 12.29 USD per GPU-hour x 8 GPUs; SkyPilot's Azure v6 catalog "
        "lists this VM with 12 GPUs, which is a catalog error (Azure's size is 8 x H100).",
    ("AWS", "p4d.24xlarge", "on-demand (before June-2025 cut)", "not stated (AWS JP page)"):
        "List price before AWS's June-2025 GPU price cut.",
}

SYNERGY_SCOPE = "Cloud infrastructure services, worldwide (Synergy definition)"
CANALYS_SCOPE = "Cloud infrastructure services, worldwide (Canalys definition)"

# reference-data.md section 1: release dates and quarter market sizes.
SNAPSHOT_FACTS = {
    ("2023-Q1", "Synergy"): ("2023-04-29", "Quarter market size $63.7 B. AWS is given as a 32-34 % band; 32 % is derived from the top-3 total of 65 %."),
    ("2023-Q2", "Synergy"): ("2023-08-03", "Quarter market size $64.8 B."),
    ("2023-Q3", "Synergy"): ("2023-10-26", "Quarter market size $68.1 B."),
    ("2023-Q4", "Synergy"): ("2024-02-01", "Quarter market size $73.7 B."),
    ("2024-Q1", "Synergy"): ("", "Quarter market size $76.5 B. Release date not shown in the stored copies."),
    ("2024-Q2", "Synergy"): ("2024-08-05", "Quarter market size $79.1 B."),
    ("2024-Q3", "Synergy"): ("", "Quarter market size $83.8 B. Release date not shown in the stored copies."),
    ("2024-Q4", "Synergy"): ("2025-02-06", "Quarter market size $90.6 B (full-year 2024 $330.4 B). CoreWeave entered the top 20 cloud providers."),
    ("2025-Q1", "Synergy"): ("2025-05-01", "Quarter market size $93.9 B. CoreWeave was on the verge of the top twelve."),
    ("2025-Q2", "Synergy"): ("", "Quarter market size $98.8 B. Release date not shown; coverage dated 2025-08-30."),
    ("2025-Q3", "Synergy"): ("2025-12-09", "Quarter market size $107 B."),
    ("2025-Q4", "Synergy"): ("", "Quarter market size $119.1 B (full-year 2025 $419 B). CoreWeave in the top ten with more than $1.5 B quarterly cloud revenue. Release date not shown in the stored copies."),
    ("2025-Q1", "Canalys"): ("", "Quarter market size $90.9 B. Canalys's scope differs from Synergy's: not comparable. Coverage dated 2025-06-13."),
}

SEED_SNAPSHOT = {
    "period": "2025",
    "scope": "GPU cloud for AI/LLM training (seed note estimates)",
    "source_name": "Seed note (2025), citing CRN, Statista and others",
    "source_url": "https://www.crn.com/news/cloud/2025/cloud-market-share-q1-2025-aws-dips-microsoft-and-google-show-growth",
    "estimate": True,
    "notes": ("Estimates from the note the product was created from, not measured GPU-cloud shares. "
              "The note applies overall cloud-infrastructure shares (AWS 29-31 %, Azure 21-25 %, "
              "Google Cloud 10-12 %) to GPU cloud. Lambda 'under 5 %' and neoclouds 'perhaps 10-20 % "
              "together' have no source (reference-data.md section 1); each point value here is the "
              "midpoint of the note's range. The note also says: hyperscaler H100 about $4-10 per "
              "GPU-hour; A100 $1-3 per GPU-hour on Lambda and CoreWeave; AWS spot up to 90 % off; "
              "GPU-as-a-service market about $4.96-5.05 B in 2025 (precedenceresearch.com, not "
              "verified; other firms estimate $4.0-8.7 B)."),
    "entries": [
        {"label": "Amazon Web Services", "provider": "AWS", "share_percent": 30, "low_percent": 29, "high_percent": 31},
        {"label": "Microsoft Azure", "provider": "Microsoft Azure", "share_percent": 23, "low_percent": 21, "high_percent": 25},
        {"label": "Google Cloud", "provider": "Google Cloud", "share_percent": 11, "low_percent": 10, "high_percent": 12},
        {"label": "Lambda", "provider": "Lambda", "share_percent": 2.5, "low_percent": 0, "high_percent": 5,
         "source_url": "https://research.aimultiple.com/cloud-gpu-providers/"},
        {"label": "Neoclouds (CoreWeave, Voltage Park and others)", "share_percent": 15,
         "low_percent": 10, "high_percent": 20,
         "source_url": "https://www.ankursnewsletter.com/p/comparing-ai-cloud-providers-in-2025"},
    ],
}


AWS_SHAPES_URL = "https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html"
AZURE_SIZES_URL = "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview"
# Instance shapes (provider, instance type, GPU model, GPUs): the provider's own size tables. They
# check catalog GPU counts and map Azure's Retail Prices API, which names no GPU, to GPUs.
# resources/migrations/0003_live_prices.sql gives the same rows to books made before them.
INSTANCE_SHAPES = [
    ("AWS", "p6-b200.48xlarge", "B200 180GB", 8, AWS_SHAPES_URL),
    ("AWS", "p5en.48xlarge", "H200 SXM 141GB", 8, AWS_SHAPES_URL),
    ("AWS", "p5e.48xlarge", "H200 SXM 141GB", 8, AWS_SHAPES_URL),
    ("AWS", "p5.48xlarge", "H100 SXM 80GB", 8, AWS_SHAPES_URL),
    ("AWS", "p5.4xlarge", "H100 SXM 80GB", 1, AWS_SHAPES_URL),
    ("AWS", "p4de.24xlarge", "A100 SXM 80GB", 8, AWS_SHAPES_URL),
    ("AWS", "p4d.24xlarge", "A100 SXM 40GB", 8, AWS_SHAPES_URL),
    ("AWS", "p3dn.24xlarge", "V100 32GB", 8, AWS_SHAPES_URL),
    ("AWS", "p3.16xlarge", "V100 16GB", 8, AWS_SHAPES_URL),
    ("AWS", "p3.8xlarge", "V100 16GB", 4, AWS_SHAPES_URL),
    ("AWS", "p3.2xlarge", "V100 16GB", 1, AWS_SHAPES_URL),
    ("AWS", "g6e.48xlarge", "L40S 48GB", 8, AWS_SHAPES_URL),
    ("AWS", "g6e.24xlarge", "L40S 48GB", 4, AWS_SHAPES_URL),
    ("AWS", "g6e.12xlarge", "L40S 48GB", 4, AWS_SHAPES_URL),
    ("AWS", "g6e.2xlarge", "L40S 48GB", 1, AWS_SHAPES_URL),
    ("AWS", "g6.48xlarge", "L4 24GB", 8, AWS_SHAPES_URL),
    ("AWS", "g6.4xlarge", "L4 24GB", 1, AWS_SHAPES_URL),
    ("AWS", "g5.48xlarge", "A10G 24GB", 8, AWS_SHAPES_URL),
    ("AWS", "g5.12xlarge", "A10G 24GB", 4, AWS_SHAPES_URL),
    ("AWS", "g4dn.12xlarge", "T4 16GB", 4, AWS_SHAPES_URL),
    ("AWS", "g4dn.xlarge", "T4 16GB", 1, AWS_SHAPES_URL),
    ("Microsoft Azure", "Standard_ND96isr_H200_v5", "H200 SXM 141GB", 8, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_ND96isr_H100_v5", "H100 SXM 80GB", 8, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_ND96isr_MI300X_v5", "MI300X 192GB", 8, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_ND96amsr_A100_v4", "A100 SXM 80GB", 8, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_ND96asr_v4", "A100 SXM 40GB", 8, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC24ads_A100_v4", "A100 PCIe 80GB", 1, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC48ads_A100_v4", "A100 PCIe 80GB", 2, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC96ads_A100_v4", "A100 PCIe 80GB", 4, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC40ads_H100_v5", "H100 NVL 94GB", 1, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC80adis_H100_v5", "H100 NVL 94GB", 2, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_ND40rs_v2", "V100 32GB", 8, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC6s_v3", "V100 16GB", 1, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC12s_v3", "V100 16GB", 2, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC24s_v3", "V100 16GB", 4, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC24rs_v3", "V100 16GB", 4, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NV36ads_A10_v5", "A10 24GB", 1, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NV72ads_A10_v5", "A10 24GB", 2, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC4as_T4_v3", "T4 16GB", 1, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC8as_T4_v3", "T4 16GB", 1, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC16as_T4_v3", "T4 16GB", 1, AZURE_SIZES_URL),
    ("Microsoft Azure", "Standard_NC64as_T4_v3", "T4 16GB", 4, AZURE_SIZES_URL),
]

# COST-MODEL.md section 3: the MFU published runs reach, by GPU family (name prefix), with the runs.
TYPICAL_MFU = [
    (("A100",), 0.45, "A100 runs reach 0.40-0.50 (MosaicML llm-foundry, Transformer Math 101)"),
    (("H100", "H200", "H800"), 0.39, "H100/H200 BF16 runs reach 0.35-0.43 (Llama 3, MosaicML on H100)"),
    (("V100",), 0.213, "GPT-3 175B on V100 reached 0.213 (PaLM, Table 3)"),
]


# The reference's pricing_model column mixes the pricing model, its term and remarks about the
# source. Each value maps to (model, term, note for the price): the term names what is sold
# ("committed use 1y"), the note says what the source said about this one price.
PRICING = {
    "on-demand": ("on-demand", "", ""),
    "spot": ("spot", "", ""),
    "preemptible": ("spot", "preemptible", ""),
    "on-demand (aggregator list)": ("on-demand", "", "Aggregator list price; the source does not state the pricing tier."),
    "committed use 1y": ("reserved", "committed use 1y", ""),
    "committed use 3y": ("reserved", "committed use 3y", ""),
    "reserved (EC2 Capacity Block)": ("reserved", "EC2 Capacity Block", ""),
    "marketplace (aggregator list)": ("on-demand", "marketplace", "Aggregator's lowest ('from') marketplace price."),
    "on-demand (before June-2025 cut)": ("on-demand", "", ""),
    "on-demand, no contract": ("on-demand", "", "On demand, no contract."),
    "on-demand (marketplace)": ("on-demand", "marketplace", ""),
    "reserved 3y (page marks price with *)": ("reserved", "3y", "The page marks this price with *."),
    "on-demand (page marks price with **)": ("on-demand", "", "The page marks this price with **."),
    "reserved ('from')": ("reserved", "", "A 'from' price: the lowest of the page's reserved terms."),
}


def pricing_and_term(text):
    assert text in PRICING, f"pricing model {text!r} has no entry in PRICING"
    return PRICING[text]


# Rows that reference-data.md section 4a names as the same offer although their columns differ,
# keyed like ROW_NOTES, with the region they belong to and why.
SAME_OFFER = {
    ("AWS", "p4d.24xlarge", "on-demand (before June-2025 cut)", "not stated (AWS JP page)"):
        ("us-east-1", "The source (an AWS Japan page) does not state the region; it quotes the list "
                      "price, which reference-data.md section 4a treats as this offer's price "
                      "before the cut."),
}


# The GPU catalog: every part of ../shared/reference/gpu-specs.csv, completed and extended by
# tools/reference/gpu-specs-extra.csv (a later pass over the gaps it lists; a row there with the
# same name replaces the reference's). The models above keep their names and curated figures;
# the catalog adds the rest of each datasheet and every other part.
EXTRA_SPECS = Path(__file__).resolve().parent / "reference" / "gpu-specs-extra.csv"

# gpu-specs.csv name -> the price book's name, for the parts the book already had.
SPEC_TO_BOOK = {
    "H100 SXM": "H100 SXM 80GB", "H100 PCIe": "H100 PCIe 80GB", "H100 NVL": "H100 NVL 94GB",
    "H200 SXM": "H200 SXM 141GB", "B200 (HGX, per GPU)": "B200 180GB",
    "GB200 (per Blackwell GPU)": "GB200 NVL72", "GH200 96GB (HBM3)": "GH200 96GB",
    "A100 SXM4 40GB": "A100 SXM 40GB", "A100 SXM4 80GB": "A100 SXM 80GB",
    "A100 PCIe 80GB": "A100 PCIe 80GB", "L40S": "L40S 48GB", "L4": "L4 24GB", "A10": "A10 24GB",
    "A10G (AWS)": "A10G 24GB", "T4": "T4 16GB", "V100 SXM2 16GB": "V100 16GB",
    "V100 SXM2 32GB": "V100 32GB", "RTX A6000": "RTX A6000 48GB", "RTX A4000": "RTX A4000 16GB",
    "Quadro RTX 6000": "Quadro RTX 6000 24GB", "RTX 6000 Ada Generation": "RTX 6000 Ada",
    "RTX PRO 6000 Blackwell Server Edition": "RTX PRO 6000", "L40": "L40 48GB",
    "B300 (HGX, per GPU)": "B300", "T4G (AWS G5g)": "T4G 16GB", "Instinct MI300X": "MI300X 192GB",
    "RTX PRO 6000 Blackwell Workstation Edition": "RTX PRO 6000 Workstation 96GB",
}

# Derived peaks for parts whose vendor prints no figure marked dense, with the arithmetic.
DERIVED_PEAKS = {
    "RTX PRO 6000 Blackwell Server Edition": (
        483.6,
        "Derived dense BF16: NVIDIA prints no figure marked dense for the Server Edition; the "
        "Workstation Edition's whitepaper dense 503.8 TFLOP/s scaled by the two editions' FP32 "
        "ratio, 120/125 (the same GB202 GPU at a lower clock). An estimate, not a vendor figure."),
}


EGRESS = Path(__file__).resolve().parent / "reference" / "egress.csv"


def egress_prices(provider_names):
    """tools/reference/egress.csv (egress.md gives the quotes behind each row): the tiers with a
    published price. Rows without one say where a provider publishes none; they stay out of the
    book, which then says the move is not priced."""
    rows = []
    for row in csv.DictReader(open(EGRESS, encoding="utf-8")):
        if row["usd_per_gb"] == "" or row["provider"] not in provider_names:
            continue
        entry = {"provider": row["provider"], "from_gb": number(row["tier_from_gb"]) or 0,
                 "usd_per_gb": number(row["usd_per_gb"]), "note": row["note"]}
        if row["tier_to_gb"]:
            entry["to_gb"] = number(row["tier_to_gb"])
        if row["free_gb_per_month"]:
            entry["free_gb_per_month"] = number(row["free_gb_per_month"])
        if row["observed_on"]:
            entry["observed_on"] = row["observed_on"]
        if row["source_url"]:
            entry["source_url"] = row["source_url"]
        rows.append(entry)
    return rows


# Spellings catalogs use that the reference's aliases lack (Vast.ai's instance types).
EXTRA_ALIASES = {
    "GeForce RTX 4070 Ti SUPER": ["RTX 4070S Ti", "RTX4070TiS", "RTX 4070 Ti S"],
    "GeForce RTX 4080 SUPER": ["RTX 4080S"],
}


def book_name(spec):
    if spec["name"] in SPEC_TO_BOOK:
        return SPEC_TO_BOOK[spec["name"]]
    name = spec["name"].split(" (")[0]
    for word in ("GeForce ", "Instinct ", " Generation"):
        name = name.replace(word, "")
    name = name.replace("Radeon MI", "MI")
    if spec["memory_gb"] and "GB" not in name:
        name += f" {number(spec['memory_gb'])}GB"
    return name


def spec_rows(reference):
    rows = {r["name"]: r for r in csv.DictReader(open(reference / "gpu-specs.csv", encoding="utf-8"))}
    for r in csv.DictReader(open(EXTRA_SPECS, encoding="utf-8")):
        rows[r["name"]] = r
    return list(rows.values())


def catalog_entry(spec):
    """The price book's fields of one datasheet row; the dense training peak is BF16, else FP16
    (noted), else FP32 (noted: no tensor figure, so estimates on it are pessimistic)."""
    entry = dict(name=book_name(spec), vendor=spec["vendor"] or None,
                 memory_gb=number(spec["memory_gb"]), bandwidth_gbps=number(spec["bandwidth_gbps"]),
                 fp32_tflops=number(spec["fp32_tflops"]), tf32_tflops=number(spec["tf32_tflops_dense"]),
                 fp16_tflops=number(spec["fp16_tflops_dense"]), fp8_tflops=number(spec["fp8_tflops_dense"]),
                 int8_tops=number(spec["int8_tops_dense"]), form_factor=spec["form_factor"] or None,
                 memory_type=spec["memory_type"] or None, tdp_w=number(spec["tdp_w"]),
                 launch_year=number(spec["launch_year"]), source_url=spec["source_url"] or None)
    notes = [spec["notes"]] if spec["notes"] else []
    if spec["source_title"]:
        notes.append(f"Sources: {spec['source_title']}.")
    bf16, fp16, fp32 = (number(spec["bf16_tflops_dense"]), entry["fp16_tflops"], entry["fp32_tflops"])
    if bf16:
        entry["bf16_tflops"] = bf16
    elif spec["name"] in DERIVED_PEAKS:
        entry["bf16_tflops"], why = DERIVED_PEAKS[spec["name"]]
        notes.insert(0, why)
    elif fp16:
        entry["bf16_tflops"], entry["has_bf16"] = fp16, False
        notes.insert(0, f"No BF16 figure: the training peak is dense FP16 ({fp16} TFLOP/s).")
    elif fp32:
        entry["bf16_tflops"], entry["has_bf16"] = fp32, False
        notes.insert(0, f"No tensor figure is published: the training peak is FP32 ({fp32} "
                        "TFLOP/s), so estimates on this part are pessimistic.")
    entry["notes"] = " ".join(notes) or None
    entry["aliases"] = [a.strip() for a in spec["aliases"].split(";") if a.strip()]
    entry["aliases"] += [a for a in EXTRA_ALIASES.get(spec["name"], []) if a not in entry["aliases"]]
    return entry


def gpu_catalog(reference):
    """GPU_MODELS with the rest of their datasheets, then every other part of the catalog."""
    curated = {m["name"]: m for m in GPU_MODELS}
    models, taken = [], set()
    for spec in spec_rows(reference):
        entry = catalog_entry(spec)
        old = curated.get(entry["name"])
        if old:
            merged = dict(entry)
            if old.get("bf16_tflops"):  # curated peaks, sources and notes stay
                for key in ("memory_gb", "bf16_tflops", "fp8_tflops", "bandwidth_gbps",
                            "has_bf16", "source_url", "notes"):
                    if old.get(key) is not None:
                        merged[key] = old[key]
            merged["vendor"] = old.get("vendor") or entry["vendor"]
            merged["aliases"] = old["aliases"] + [a for a in entry["aliases"] if a not in old["aliases"]]
            entry = merged
        entry["aliases"] = [a for a in entry["aliases"] if a not in taken and a != entry["name"]]
        taken.update(entry["aliases"])
        models.append(entry)
    names = [m["name"] for m in models]
    assert len(names) == len(set(names)), names
    missing = set(curated) - set(names)
    assert not missing, missing
    order = {name: i for i, name in enumerate(m["name"] for m in GPU_MODELS)}
    models.sort(key=lambda m: order.get(m["name"], len(order)))  # stable: the book's first
    return models


def exact(text):
    value = Decimal(text)
    assert value >= 0 and -value.as_tuple().exponent <= 6, text
    return float(value) if value != value.to_integral() else int(value)


def number(text):
    if text == "":
        return None
    value = Decimal(text)
    return int(value) if value == value.to_integral() else float(value)


def build(reference):
    catalog = gpu_catalog(reference)
    alias_to_model = {}
    for model in catalog:
        alias_to_model[model["name"]] = model["name"]
        for alias in model["aliases"]:
            assert alias not in alias_to_model, alias
            alias_to_model[alias] = model["name"]
    provider_by_csv = {p[3]: p[0] for p in PROVIDERS if p[3]}
    provider_by_label = {p[4]: p[0] for p in PROVIDERS if p[4]}

    offers = {}
    for row in csv.DictReader(open(reference / "reference-prices.csv", encoding="utf-8")):
        provider = provider_by_csv[row["provider"]]
        gpu = alias_to_model[row["gpu_model"]]
        pricing, term, term_note = pricing_and_term(row["pricing_model"])
        region = "" if row["region"] == "not stated" else row["region"]
        price_notes = []
        same = SAME_OFFER.get((row["provider"], row["instance_type"], row["pricing_model"], row["region"]))
        if same:
            region, why = same
            price_notes.append(why)
        per_gpu_rate = row["gpus_per_instance"] == "" or row["instance_type"].startswith("(")
        if per_gpu_rate and not row["instance_type"].startswith("("):
            price_notes.append(f"Quoted per GPU-hour; the source calls it \"{row['instance_type']}\".")
        elif per_gpu_rate and row["instance_type"] not in ("(per-GPU)", "(per-GPU rate)"):
            price_notes.append(f"The source lists it as: {row['instance_type'][1:-1]}.")
        if term_note:
            price_notes.append(term_note)
        if row["gpu_model"] != gpu:
            price_notes.append(f"The source names the GPU \"{row['gpu_model']}\".")
        memory = row["gpu_memory_gb"]
        canonical_memory = next(m["memory_gb"] for m in catalog if m["name"] == gpu)
        if memory and Decimal(memory) != Decimal(canonical_memory):
            price_notes.append(f"The source lists {memory} GB of GPU memory.")
        # One offer per thing sold: the same provider, GPU, unit (a machine or a per-GPU rate),
        # pricing model and region at several dates is one offer with its price history.
        unit = ("per-GPU rate",) if per_gpu_rate else (row["instance_type"], int(row["gpus_per_instance"]))
        key = (provider, gpu, unit, pricing, term, region)
        offer = offers.setdefault(key, {
            "provider": provider, "gpu_model": gpu,
            "gpus_per_instance": 1 if per_gpu_rate else int(row["gpus_per_instance"]),
            "pricing": pricing, "prices": [],
        })
        if per_gpu_rate:
            offer["per_gpu_rate"] = True
        else:
            offer["instance_type"] = row["instance_type"]
        if region:
            offer["region"] = region
        if term:
            offer["pricing_term"] = term
        price_text = row["usd_per_instance_hour"] or row["usd_per_gpu_hour"]
        price = {"usd_per_instance_hour": exact(price_text), "source_url": row["source_url"]}
        if row["as_of"]:
            price["observed_on"] = row["as_of"]
        elif "skypilot-catalog" in row["source_url"]:
            price_notes.insert(0, SKYPILOT_UNDATED)
        else:
            price_notes.insert(0, "Undated.")
        extra = ROW_NOTES.get((row["provider"], row["instance_type"], row["pricing_model"], row["region"]))
        if extra:
            price_notes.append(extra)
        if price_notes:
            price["note"] = " ".join(price_notes)
        offer["prices"].append(price)
    merges = []
    for key, offer in offers.items():
        # Undated observations first: they have no place in time, and a dated one is current.
        offer["prices"].sort(key=lambda p: p.get("observed_on", ""))
        if len(offer["prices"]) > 1:
            merges.append(offer)

    snapshots = {}
    for row in csv.DictReader(open(reference / "reference-market-share.csv", encoding="utf-8")):
        if row["provider"].startswith("Others"):
            continue  # derived as 100 minus the listed shares; the application computes it
        analyst = "Canalys" if "Canalys" in row["scope"] else "Synergy"
        scope_text, _, detail = row["scope"].partition("; ")
        snapshot = snapshots.setdefault((row["period"], analyst), {
            "period": row["period"],
            "scope": CANALYS_SCOPE if analyst == "Canalys" else SYNERGY_SCOPE,
            "source_name": "Canalys (Omdia)" if analyst == "Canalys" else "Synergy Research Group",
            "source_url": row["source_url"],
            "entries": [],
        })
        published_on, facts = SNAPSHOT_FACTS[(row["period"], analyst)]
        if published_on:
            snapshot["published_on"] = published_on
        snapshot["notes"] = " ".join(x for x in [facts, (detail[0].upper() + detail[1:] + ".") if detail else ""] if x)
        entry = {"label": row["provider"], "provider": provider_by_label[row["provider"]],
                 "share_percent": number(row["share_percent"])}
        if row["share_low"]:
            entry["low_percent"] = number(row["share_low"])
        if row["share_high"]:
            entry["high_percent"] = number(row["share_high"])
        if row["source_url"] != snapshot["source_url"]:
            entry["source_url"] = row["source_url"]
        snapshot["entries"].append(entry)

    providers = []
    for name, kind, website, _, _ in PROVIDERS:
        providers.append({"name": name, "kind": kind, **({"website": website} if website else {})})

    gpu_models = []
    for model in catalog:
        entry = {k: v for k, v in model.items() if v is not None}
        for prefixes, mfu, basis in TYPICAL_MFU:
            if entry["name"].startswith(prefixes):
                entry["typical_mfu"] = mfu
                entry["typical_mfu_basis"] = basis
        gpu_models.append(entry)
    model_names = {m["name"] for m in catalog}
    instance_shapes = []
    for provider, instance_type, gpu, count, url in INSTANCE_SHAPES:
        assert gpu in model_names, gpu
        instance_shapes.append({"provider": provider, "instance_type": instance_type,
                                "gpu_model": gpu, "gpu_count": count, "source_url": url})

    build.merges = merges
    return {
        "format": "gpucompare-pricebook",
        "version": 3,
        "providers": providers,
        "gpu_models": gpu_models,
        "offers": list(offers.values()),
        "instance_shapes": instance_shapes,
        "market_share": list(snapshots.values()) + [SEED_SNAPSHOT],
        "saved_jobs": [],
        "egress_prices": egress_prices({p[0] for p in PROVIDERS}),
    }


def main():
    reference = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "reference.json")
    data = build(reference)
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: {len(data['providers'])} providers, {len(data['gpu_models'])} GPU models, "
          f"{len(data['offers'])} offers, {sum(len(o['prices']) for o in data['offers'])} prices, "
          f"{len(data['market_share'])} market-share snapshots")


if __name__ == "__main__":
    main()
