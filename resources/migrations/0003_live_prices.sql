-- Schema version 3: what catalog updates need, and data that used to live in the code.
--
-- Instance shapes: the GPU model and count of an instance type as its provider documents it.
-- They flag catalog rows whose GPU count is wrong, and map price lists that name no GPU (Azure's
-- Retail Prices API) to GPUs. Editable like any other data; matched ignoring case.
CREATE TABLE instance_shapes (
    id INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
    instance_type TEXT NOT NULL COLLATE NOCASE CHECK (length(instance_type) BETWEEN 1 AND 200),
    gpu_model_id INTEGER REFERENCES gpu_models(id) ON DELETE SET NULL,
    gpu_count INTEGER NOT NULL CHECK (gpu_count BETWEEN 1 AND 1024),
    source_url TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (provider_id, instance_type)
);

-- The MFU published training runs reach on a GPU: the calculator's default when the user gives
-- none. Empty where no run is published.
ALTER TABLE gpu_models ADD COLUMN typical_mfu REAL
    CHECK (typical_mfu IS NULL OR (typical_mfu > 0 AND typical_mfu <= 1));
ALTER TABLE gpu_models ADD COLUMN typical_mfu_basis TEXT NOT NULL DEFAULT '';

-- A catalog update that sees the same price again records the date here instead of adding an
-- observation; age and staleness count from the later of the two dates.
ALTER TABLE price_observations ADD COLUMN confirmed_on TEXT NOT NULL DEFAULT ''
    CHECK (confirmed_on = '' OR confirmed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');

-- An offer its catalog no longer lists: kept with its history, hidden by default.
ALTER TABLE offers ADD COLUMN not_listed_since TEXT NOT NULL DEFAULT ''
    CHECK (not_listed_since = ''
           OR not_listed_since GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');

-- The catalog an update found the offer in ("skypilot/lambda", "azure"); empty for offers the user
-- entered or imported. An update marks only its own catalog's offers as no longer listed.
ALTER TABLE offers ADD COLUMN listed_by TEXT NOT NULL DEFAULT '';

-- The last fetch of each catalog: what the update dialog and the status bar show.
CREATE TABLE catalog_fetches (
    source TEXT NOT NULL CHECK (source IN ('skypilot', 'azure')),
    cloud TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    fetched_at TEXT NOT NULL CHECK (length(fetched_at) BETWEEN 10 AND 40),
    status TEXT NOT NULL CHECK (status IN ('updated', 'unchanged', 'not-modified', 'failed')),
    message TEXT NOT NULL DEFAULT '',
    -- The validators of the catalog last applied to this book: the next update asks
    -- "changed since?" (If-None-Match, If-Modified-Since) and downloads nothing when it is not.
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source, cloud)
);

-- Books made before version 3 get the shapes and MFU figures the code used to carry. New books
-- get them from the bundled dataset.
INSERT INTO instance_shapes (provider_id, instance_type, gpu_model_id, gpu_count, source_url)
SELECT p.id, v.column2, (SELECT g.id FROM gpu_models g WHERE g.name = v.column3), v.column4,
       v.column5
FROM (VALUES
    ('AWS', 'p6-b200.48xlarge', 'B200 180GB', 8, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'p5en.48xlarge', 'H200 SXM 141GB', 8, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'p5e.48xlarge', 'H200 SXM 141GB', 8, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'p5.48xlarge', 'H100 SXM 80GB', 8, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'p5.4xlarge', 'H100 SXM 80GB', 1, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'p4de.24xlarge', 'A100 SXM 80GB', 8, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'p4d.24xlarge', 'A100 SXM 40GB', 8, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'p3dn.24xlarge', 'V100 32GB', 8, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'p3.16xlarge', 'V100 16GB', 8, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'p3.8xlarge', 'V100 16GB', 4, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'p3.2xlarge', 'V100 16GB', 1, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'g6e.48xlarge', 'L40S 48GB', 8, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'g6e.24xlarge', 'L40S 48GB', 4, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'g6e.12xlarge', 'L40S 48GB', 4, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'g6e.2xlarge', 'L40S 48GB', 1, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'g6.48xlarge', 'L4 24GB', 8, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'g6.4xlarge', 'L4 24GB', 1, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'g5.48xlarge', 'A10G 24GB', 8, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'g5.12xlarge', 'A10G 24GB', 4, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'g4dn.12xlarge', 'T4 16GB', 4, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('AWS', 'g4dn.xlarge', 'T4 16GB', 1, 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'),
    ('Microsoft Azure', 'Standard_ND96isr_H200_v5', 'H200 SXM 141GB', 8, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_ND96isr_H100_v5', 'H100 SXM 80GB', 8, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_ND96isr_MI300X_v5', 'MI300X 192GB', 8, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_ND96amsr_A100_v4', 'A100 SXM 80GB', 8, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_ND96asr_v4', 'A100 SXM 40GB', 8, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC24ads_A100_v4', 'A100 PCIe 80GB', 1, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC48ads_A100_v4', 'A100 PCIe 80GB', 2, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC96ads_A100_v4', 'A100 PCIe 80GB', 4, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC40ads_H100_v5', 'H100 NVL 94GB', 1, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC80adis_H100_v5', 'H100 NVL 94GB', 2, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_ND40rs_v2', 'V100 32GB', 8, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC6s_v3', 'V100 16GB', 1, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC12s_v3', 'V100 16GB', 2, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC24s_v3', 'V100 16GB', 4, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC24rs_v3', 'V100 16GB', 4, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NV36ads_A10_v5', 'A10 24GB', 1, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NV72ads_A10_v5', 'A10 24GB', 2, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC4as_T4_v3', 'T4 16GB', 1, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC8as_T4_v3', 'T4 16GB', 1, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC16as_T4_v3', 'T4 16GB', 1, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview'),
    ('Microsoft Azure', 'Standard_NC64as_T4_v3', 'T4 16GB', 4, 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/overview')
) v
JOIN providers p ON p.name = v.column1;

UPDATE gpu_models SET typical_mfu = 0.45,
    typical_mfu_basis = 'A100 runs reach 0.40-0.50 (MosaicML llm-foundry, Transformer Math 101)'
WHERE name LIKE 'A100%' AND typical_mfu IS NULL;

UPDATE gpu_models SET typical_mfu = 0.39,
    typical_mfu_basis = 'H100/H200 BF16 runs reach 0.35-0.43 (Llama 3, MosaicML on H100)'
WHERE (name LIKE 'H100%' OR name LIKE 'H200%' OR name LIKE 'H800%') AND typical_mfu IS NULL;

UPDATE gpu_models SET typical_mfu = 0.213,
    typical_mfu_basis = 'GPT-3 175B on V100 reached 0.213 (PaLM, Table 3)'
WHERE name LIKE 'V100%' AND typical_mfu IS NULL;
