#!/usr/bin/env python3
"""Builds resources/dataset/pricebook.json, the bundled price book, in two steps:

1. the sourced reference rows (tools/make_dataset.py: prices, market shares, GPU specs, shapes);
2. the real catalog snapshots in ../shared/fixtures/catalogs, added through the application's
   own price update (`gpucompare update --from DIR --as-of undated --source-url URL`), the code
   that updates a user's book from the live catalogs. Their files carry no date, so their prices
   are undated, and each is credited to the catalog file at its pinned commit.

Run it from the repository root with a built application when the reference or the catalog
snapshots change, then rebuild (the book is compiled in) and run the tests:
    python3 tools/build_bundled_book.py build/app/gpucompare
The output is committed, so building the application never needs this script or shared/.
"""
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_dataset  # noqa: E402

SKYPILOT = "https://github.com/skypilot-org/skypilot-catalog/blob"
FIXTURES = Path("../shared/fixtures/catalogs")

# (cloud, file, the catalog file it is a copy of). Commits from the fixtures' SOURCES.md files.
CATALOGS = [
    ("lambda", "skypilot-v8/lambda/vms.csv",
     f"{SKYPILOT}/0f4070387edc953d7004cff197940e1918a1d6aa/catalogs/v8/lambda/vms.csv"),
    ("nebius", "skypilot-v8/nebius/vms.csv",
     f"{SKYPILOT}/0082b0435f3912ae4c566856b272455cc78f4f61/catalogs/v8/nebius/vms.csv"),
    ("hyperstack", "skypilot-v8/hyperstack/vms.csv",
     f"{SKYPILOT}/fdc9d908ab0b2af9f468f139fb3f662c8c6b3257/catalogs/v8/hyperstack/vms.csv"),
    ("verda", "skypilot-v8/verda/vms.csv",
     f"{SKYPILOT}/000c1d0bf24621f4ac37cfa585f0897c1aa1d9cf/catalogs/v8/verda/vms.csv"),
    # Marketplaces and the smaller clouds (SOURCES.md): a marketplace's offers go to the cloud
    # that owns each machine, sold through the marketplace.
    ("shadeform", "skypilot-v8/shadeform/vms.csv",
     f"{SKYPILOT}/002363dac75913b446b2d3d564ae795678849dfd/catalogs/v8/shadeform/vms.csv"),
    ("seeweb", "skypilot-v8/seeweb/vms.csv",
     f"{SKYPILOT}/004a1aef76542bb40d12fcedaaf091551ddf5fb4/catalogs/v8/seeweb/vms.csv"),
    ("mithril", "skypilot-v8/mithril/vms.csv",
     f"{SKYPILOT}/1f9eb0c264f9a6d78833766f4b18353ac7dfdde9/catalogs/v8/mithril/vms.csv"),
    ("hyperbolic", "skypilot-v8/hyperbolic/vms.csv",
     f"{SKYPILOT}/0082b0435f3912ae4c566856b272455cc78f4f61/catalogs/v8/hyperbolic/vms.csv"),
    ("primeintellect", "skypilot-v8/primeintellect/vms.csv",
     f"{SKYPILOT}/d9a304ea01e96cd4a043159c60d9326d8de4cf0f/catalogs/v8/primeintellect/vms.csv"),
    ("jarvislabs", "skypilot-v8/jarvislabs/vms.csv",
     f"{SKYPILOT}/57d65781a544958d7d07014f062f7d1cad8415a7/catalogs/v8/jarvislabs/vms.csv"),
    ("yotta", "skypilot-v8/yotta/vms.csv",
     f"{SKYPILOT}/1f6904890c9bb9408f1d11e2865c3c1ee4d409c0/catalogs/v8/yotta/vms.csv"),
    ("lium", "skypilot-v8/lium/vms.csv",
     f"{SKYPILOT}/04a03aee12247fb62be7a2ee9d460bbf6dff30b1/catalogs/v8/lium/vms.csv"),
    ("spheron", "skypilot-v8/spheron/vms.csv",
     f"{SKYPILOT}/38989832381639474084a75fd97e82a4290070ea/catalogs/v8/spheron/vms.csv"),
    ("daytona", "skypilot-v8/daytona/vms.csv",
     f"{SKYPILOT}/0eb5da57210acb5149367bd2b2f23237591aa2f5/catalogs/v8/daytona/vms.csv"),
    ("aws", "skypilot-v8-aws-vms-excerpt.csv",
     f"{SKYPILOT}/00148f2af3672e2229b4f7bf8157d5a3f36e3c35/catalogs/v8/aws/vms.csv"),
    ("gcp", "skypilot-v8-gcp-vms-excerpt.csv",
     f"{SKYPILOT}/006059e0f18acb1341e22a27751e9f80df6ba92f/catalogs/v8/gcp/vms.csv"),
    # The newest stored Azure catalog is version 6; the reader takes v5 to v8 by header name.
    ("azure", "skypilot-azure-vms-excerpt.csv",
     f"{SKYPILOT}/098741e70562f65d7af1cceb81e33b284f742604/catalogs/v6/azure/vms.csv"),
]

# Every table that holds data, children first, emptied before the reference is imported so the
# book holds nothing the application happened to bundle before.
DATA_TABLES = ["price_observations", "offers", "instance_shapes", "egress_prices", "market_share_entries",
               "market_share_snapshots", "gpu_aliases", "provider_discounts", "gpu_models",
               "providers", "saved_jobs", "catalog_fetches"]


def run(app, *args):
    result = subprocess.run([str(app), *args], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
                                 "PATH": "/usr/bin:/bin"})
    if result.returncode != 0:
        sys.exit(f"gpucompare {' '.join(args)} failed ({result.returncode}):\n"
                 f"{result.stdout}{result.stderr}")
    return result.stdout


def offer_key(offer):
    return (offer["provider"], offer["gpu_model"], offer.get("instance_type", "per-GPU rate"),
            offer.get("region", ""), offer["pricing"], offer.get("pricing_term", ""))


def in_order(book, section, first, key):
    position = {k: i for i, k in enumerate(first)}
    book[section].sort(key=lambda item: position.get(key(item), len(position)))  # stable


def main():
    app = Path(sys.argv[1] if len(sys.argv) > 1 else "build/app/gpucompare").resolve()
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "resources/dataset/pricebook.json")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        reference = tmp / "reference.json"
        data = make_dataset.build(Path("../shared/reference"))
        reference.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")

        book = tmp / "book.sqlite"
        run(app, "import", str(reference), "--dry-run", "--db", str(book))  # creates the book
        with sqlite3.connect(book) as db:
            for table in DATA_TABLES:
                db.execute(f"DELETE FROM {table}")
        run(app, "import", str(reference), "--db", str(book))

        for cloud, name, url in CATALOGS:
            folder = tmp / "catalogs" / cloud
            target = folder / "catalogs" / "v8" / cloud / "vms.csv"
            target.parent.mkdir(parents=True)
            shutil.copyfile(FIXTURES / name, target)
            report = run(app, "update", "--from", str(folder), "--cloud", cloud, "--as-of",
                         "undated", "--source-url", url, "--db", str(book))
            print(report.strip())
        # The GCP excerpt copied GPU rows whose host VMs it did not copy (SOURCES.md: the L4
        # hosts, some zones); the reader keeps such rows as "N x GPU (GPUs only)", a price for
        # the GPUs without the machine, which would undercut every real machine. Not bundled.
        with sqlite3.connect(book) as db:
            gpus_only = "listed_by = 'skypilot/gcp' AND instance_type LIKE '%(GPUs only)'"
            db.execute("DELETE FROM price_observations WHERE offer_id IN "
                       f"(SELECT id FROM offers WHERE {gpus_only})")
            dropped = db.execute(f"DELETE FROM offers WHERE {gpus_only}").rowcount
            print(f"left out {dropped} GPU-only GCP offers of the excerpt")

        run(app, "export", str(tmp / "book.json"), "--format", "json", "--db", str(book))
        book_data = json.loads((tmp / "book.json").read_text(encoding="utf-8"))
    # The export sorts by name; the bundled book lists the reference first, in its own order
    # (so a new book's first rows are the reference's first rows), then what the catalogs added.
    in_order(book_data, "providers", [p["name"] for p in data["providers"]], lambda p: p["name"])
    in_order(book_data, "gpu_models", [g["name"] for g in data["gpu_models"]], lambda g: g["name"])
    in_order(book_data, "offers", [offer_key(o) for o in data["offers"]], offer_key)
    in_order(book_data, "market_share", [(m["period"], m["scope"]) for m in data["market_share"]],
             lambda m: (m["period"], m["scope"]))
    out.write_text(json.dumps(book_data, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                   encoding="utf-8")
    offers = book_data["offers"]
    print(f"{out}: {len(book_data['providers'])} providers, {len(book_data['gpu_models'])} GPU "
          f"models, {len(offers)} offers, {sum(len(o['prices']) for o in offers)} prices")


if __name__ == "__main__":
    main()
