-- Schema version 1 of a GPU Cloud Compare price book.
-- Statements end with a semicolon at the end of a line; the migrator runs them one exec() each
-- (Qt's SQLite driver refuses several statements in one call) inside one transaction.
-- CHECK constraints are the second line of defence behind core/Validation: a NaN bound through
-- Qt arrives as NULL, so every checked column is also NOT NULL or checks IS NULL explicitly.

CREATE TABLE providers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('hyperscaler', 'neocloud', 'marketplace', 'other')),
    website TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE provider_discounts (
    provider_id INTEGER PRIMARY KEY REFERENCES providers(id) ON DELETE CASCADE,
    discount_percent REAL NOT NULL CHECK (discount_percent >= 0 AND discount_percent <= 100)
);

CREATE TABLE gpu_models (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    vendor TEXT NOT NULL DEFAULT '',
    memory_gb REAL CHECK (memory_gb IS NULL OR memory_gb > 0),
    bf16_tflops REAL CHECK (bf16_tflops IS NULL OR bf16_tflops > 0),
    fp8_tflops REAL CHECK (fp8_tflops IS NULL OR fp8_tflops > 0),
    bandwidth_gbps REAL CHECK (bandwidth_gbps IS NULL OR bandwidth_gbps > 0),
    has_bf16 INTEGER NOT NULL DEFAULT 1 CHECK (has_bf16 IN (0, 1)),
    source_url TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

-- Names that catalogs use for a model ("A100-80GB"). Matched case-insensitively.
CREATE TABLE gpu_aliases (
    alias TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (length(alias) BETWEEN 1 AND 200),
    gpu_model_id INTEGER NOT NULL REFERENCES gpu_models(id) ON DELETE CASCADE
);

CREATE TABLE offers (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE RESTRICT,
    gpu_model_id INTEGER NOT NULL REFERENCES gpu_models(id) ON DELETE RESTRICT,
    instance_type TEXT NOT NULL CHECK (length(instance_type) BETWEEN 1 AND 200),
    gpus_per_instance INTEGER NOT NULL CHECK (gpus_per_instance BETWEEN 1 AND 1024),
    vcpus INTEGER CHECK (vcpus IS NULL OR vcpus > 0),
    ram_gb REAL CHECK (ram_gb IS NULL OR ram_gb > 0),
    region TEXT NOT NULL DEFAULT '',
    pricing_model TEXT NOT NULL CHECK (pricing_model IN ('on-demand', 'spot', 'reserved')),
    pricing_term TEXT NOT NULL DEFAULT '',
    interconnect TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (provider_id, gpu_model_id, instance_type, region, pricing_model, pricing_term)
);

CREATE INDEX offers_by_gpu ON offers(gpu_model_id);

-- Prices are whole micro-dollars per instance-hour: exact, so an import followed by an export
-- gives back the same decimals. The current price of an offer is its latest observation.
CREATE TABLE price_observations (
    id INTEGER PRIMARY KEY,
    offer_id INTEGER NOT NULL REFERENCES offers(id) ON DELETE CASCADE,
    usd_micros_per_instance_hour INTEGER NOT NULL
        CHECK (typeof(usd_micros_per_instance_hour) = 'integer'
               AND usd_micros_per_instance_hour BETWEEN 0 AND 1000000000000),
    observed_on TEXT NOT NULL DEFAULT ''
        CHECK (observed_on = '' OR observed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
               OR observed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    source_url TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);

CREATE INDEX price_observations_by_offer ON price_observations(offer_id, observed_on);

CREATE TABLE market_share_snapshots (
    id INTEGER PRIMARY KEY,
    period TEXT NOT NULL CHECK (length(period) BETWEEN 1 AND 200),
    scope TEXT NOT NULL CHECK (length(scope) BETWEEN 1 AND 200),
    source_name TEXT NOT NULL CHECK (length(source_name) BETWEEN 1 AND 200),
    source_url TEXT NOT NULL DEFAULT '',
    published_on TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    estimate INTEGER NOT NULL DEFAULT 0 CHECK (estimate IN (0, 1)),
    UNIQUE (period, scope, source_name)
);

CREATE TABLE market_share_entries (
    id INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES market_share_snapshots(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
    provider_id INTEGER REFERENCES providers(id) ON DELETE SET NULL,
    share_percent REAL NOT NULL CHECK (share_percent >= 0 AND share_percent <= 100),
    low_percent REAL CHECK (low_percent IS NULL OR (low_percent >= 0 AND low_percent <= 100)),
    high_percent REAL CHECK (high_percent IS NULL OR (high_percent >= 0 AND high_percent <= 100)),
    source_url TEXT NOT NULL DEFAULT '',
    CHECK (low_percent IS NULL OR high_percent IS NULL OR low_percent <= high_percent),
    UNIQUE (snapshot_id, label)
);

CREATE TABLE saved_jobs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    parameters_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(parameters_json)),
    created_on TEXT NOT NULL DEFAULT ''
);
