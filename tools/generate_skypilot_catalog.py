#!/usr/bin/env python3
"""Writes a deterministic SkyPilot v8 AWS-style catalog (vms.csv) of N rows, for benchmarks.

Shaped like the real catalogs/v8/aws/vms.csv (~45,000 rows): one row per instance type and
availability zone, most of them CPU-only, GPU rows with a quoted Python-dict GpuInfo, spot
prices that vary per zone and are sometimes empty. Usage:
    generate_skypilot_catalog.py ROWS OUTPUT.csv
"""
import random
import sys

GPU_TYPES = [
    # instance type, accelerator, count, vCPUs, memory GiB, MiB per GPU, on-demand USD/h
    ("p5.48xlarge", "H100", 8, 192, 2048, 81920, 55.04),
    ("p5.4xlarge", "H100", 1, 16, 256, 81920, 6.88),
    ("p5en.48xlarge", "H200", 8, 192, 2048, 144384, 63.296),
    ("p4d.24xlarge", "A100", 8, 96, 1152, 40960, 21.957642),
    ("p4de.24xlarge", "A100-80GB", 8, 96, 1152, 81920, 27.44705),
    ("p3.2xlarge", "V100", 1, 8, 61, 16384, 3.06),
    ("p3.8xlarge", "V100", 4, 32, 244, 16384, 12.24),
    ("p3dn.24xlarge", "V100-32GB", 8, 96, 768, 32768, 31.212),
    ("g5.xlarge", "A10G", 1, 4, 16, 24576, 1.006),
    ("g5.12xlarge", "A10G", 4, 48, 192, 24576, 5.672),
    ("g6.xlarge", "L4", 1, 4, 16, 24576, 0.8048),
    ("g6e.xlarge", "L40S", 1, 4, 32, 49152, 1.861),
    ("g4dn.xlarge", "T4", 1, 4, 16, 16384, 0.526),
    ("p6-b200.48xlarge", "B200", 8, 192, 2048, 183296, 113.9328),
]
CPU_FAMILIES = ["m5", "m6i", "m7i", "c5", "c6i", "c7g", "r5", "r6i", "t3", "x2idn"]
CPU_SIZES = [("large", 2, 8), ("xlarge", 4, 16), ("2xlarge", 8, 32), ("4xlarge", 16, 64),
             ("8xlarge", 32, 128), ("12xlarge", 48, 192), ("16xlarge", 64, 256)]
REGIONS = ["us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2",
           "eu-central-1", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "ap-south-1",
           "sa-east-1", "ca-central-1", "eu-north-1", "ap-northeast-2"]


def gpu_info(name, count, mib):
    return ("\"{'Gpus': [{'Name': '%s', 'Manufacturer': 'NVIDIA', 'Count': %d, "
            "'LogicalGpuCount': %d, 'GpuPartitionSize': 1.0, 'Workloads': ['ml-ai'], "
            "'MemoryInfo': {'SizeInMiB': %d}}], 'TotalGpuMemoryInMiB': %d}\""
            % (name.split('-')[0], count, count, mib, mib * count))


def main():
    rows, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(45000)
    cpu_types = [(f"{f}.{s}", v, m) for f in CPU_FAMILIES for s, v, m in CPU_SIZES]
    with open(out, "w", newline="") as f:
        f.write("InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,"
                "SpotPrice,Region,AvailabilityZone,Arch\n")
        written = 0
        while written < rows:
            region = rng.choice(REGIONS)
            zone = f"{region[:2]}{region.split('-')[1][:1]}{region[-1]}-az{rng.randint(1, 6)}"
            # About one row in four is a GPU instance, as in the real AWS file's GPU families.
            if rng.random() < 0.25:
                t, acc, n, v, m, mib, price = rng.choice(GPU_TYPES)
                price = round(price * rng.uniform(0.95, 1.3), 5)
                spot = "" if rng.random() < 0.1 else "%.6f" % (price * rng.uniform(0.3, 0.8))
                f.write(f"{t},{acc},{n}.0,{v}.0,{m}.0,{gpu_info(acc, n, mib)},{price},{spot},"
                        f"{region},{zone},x86_64\n")
            else:
                t, v, m = rng.choice(cpu_types)
                price = round(0.024 * v * rng.uniform(0.9, 1.4), 5)
                spot = "%.6f" % (price * rng.uniform(0.2, 0.7))
                f.write(f"{t},,,{v}.0,{m}.0,,{price},{spot},{region},{zone},x86_64\n")
            written += 1


if __name__ == "__main__":
    main()
