-- Schema version 6: the GPU catalog. Each GPU model keeps the rest of its datasheet beside the
-- dense BF16 and FP8 peaks, memory and bandwidth it had: FP32, TF32, FP16 and INT8 peaks (dense),
-- form factor, memory type, TDP and launch year. An empty value is unknown, not zero. After these
-- statements the migrator fills what a book's models lack from the catalog bundled with the
-- application and adds the parts the book does not have (database/GpuCatalog.cpp); it never
-- overwrites a figure the book holds.
ALTER TABLE gpu_models ADD COLUMN fp32_tflops REAL CHECK (fp32_tflops IS NULL OR fp32_tflops > 0);
ALTER TABLE gpu_models ADD COLUMN tf32_tflops REAL CHECK (tf32_tflops IS NULL OR tf32_tflops > 0);
ALTER TABLE gpu_models ADD COLUMN fp16_tflops REAL CHECK (fp16_tflops IS NULL OR fp16_tflops > 0);
ALTER TABLE gpu_models ADD COLUMN int8_tops REAL CHECK (int8_tops IS NULL OR int8_tops > 0);
ALTER TABLE gpu_models ADD COLUMN form_factor TEXT NOT NULL DEFAULT '';
ALTER TABLE gpu_models ADD COLUMN memory_type TEXT NOT NULL DEFAULT '';
ALTER TABLE gpu_models ADD COLUMN tdp_w REAL CHECK (tdp_w IS NULL OR tdp_w > 0);
ALTER TABLE gpu_models ADD COLUMN launch_year INTEGER
    CHECK (launch_year IS NULL OR launch_year BETWEEN 1990 AND 2100);
-- An offer sold through a marketplace belongs to the cloud that owns the machine; the
-- marketplace it is sold through is kept beside it (Shadeform, Prime Intellect, Spheron).
ALTER TABLE offers ADD COLUMN sold_via TEXT NOT NULL DEFAULT '';
-- What each provider charges for data moved out to the internet, tier by tier, with its source:
-- the Plan prices moving the weights from the training provider to the serving one with it.
CREATE TABLE egress_prices (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
    from_gb REAL NOT NULL CHECK (from_gb >= 0),
    to_gb REAL CHECK (to_gb IS NULL OR to_gb > from_gb),
    usd_micros_per_gb INTEGER NOT NULL CHECK (usd_micros_per_gb BETWEEN 0 AND 1000000000),
    free_gb_per_month REAL NOT NULL DEFAULT 0 CHECK (free_gb_per_month >= 0),
    observed_on TEXT NOT NULL DEFAULT '',
    source_url TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (provider_id, from_gb)
);
