-- Schema version 6, as ../0006_gpu_catalog.sql: the GPU catalog. Each GPU model keeps the rest of its datasheet beside the
-- dense BF16 and FP8 peaks, memory and bandwidth it had: FP32, TF32, FP16 and INT8 peaks (dense),
-- form factor, memory type, TDP and launch year. An empty value is unknown, not zero. After these
-- statements the migrator fills what a book's models lack from the catalog bundled with the
-- application and adds the parts the book does not have (database/GpuCatalog.cpp); it never
-- overwrites a figure the book holds.
ALTER TABLE gpu_models ADD COLUMN fp32_tflops DOUBLE PRECISION CHECK (fp32_tflops IS NULL OR fp32_tflops > 0);
ALTER TABLE gpu_models ADD COLUMN tf32_tflops DOUBLE PRECISION CHECK (tf32_tflops IS NULL OR tf32_tflops > 0);
ALTER TABLE gpu_models ADD COLUMN fp16_tflops DOUBLE PRECISION CHECK (fp16_tflops IS NULL OR fp16_tflops > 0);
ALTER TABLE gpu_models ADD COLUMN int8_tops DOUBLE PRECISION CHECK (int8_tops IS NULL OR int8_tops > 0);
ALTER TABLE gpu_models ADD COLUMN form_factor TEXT NOT NULL DEFAULT '';
ALTER TABLE gpu_models ADD COLUMN memory_type TEXT NOT NULL DEFAULT '';
ALTER TABLE gpu_models ADD COLUMN tdp_w DOUBLE PRECISION CHECK (tdp_w IS NULL OR tdp_w > 0);
ALTER TABLE gpu_models ADD COLUMN launch_year INTEGER
    CHECK (launch_year IS NULL OR launch_year BETWEEN 1990 AND 2100);
-- An offer sold through a marketplace belongs to the cloud that owns the machine; the
-- marketplace it is sold through is kept beside it (Shadeform, Prime Intellect, Spheron).
ALTER TABLE offers ADD COLUMN sold_via TEXT NOT NULL DEFAULT '';
