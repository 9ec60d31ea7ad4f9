-- Schema version 10: the watch list (gpucompare watch, alerts after an update). A watch is a GPU
-- model, optionally one pricing model, provider and region, and the price per GPU-hour its
-- cheapest offer must fall below, exact in millionths of its currency. In the book, so that a
-- team book's members share their watches. A watch goes with its GPU model.
CREATE TABLE watches (
    id INTEGER PRIMARY KEY,
    gpu_model_id INTEGER NOT NULL REFERENCES gpu_models (id) ON DELETE CASCADE,
    pricing_model TEXT CHECK (pricing_model IS NULL OR pricing_model IN ('on-demand', 'spot', 'reserved')),
    provider TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    below_micros INTEGER NOT NULL CHECK (below_micros > 0 AND below_micros <= 1000000000000),
    currency TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    created_at TEXT NOT NULL
);
CREATE INDEX watches_by_gpu ON watches (gpu_model_id);
