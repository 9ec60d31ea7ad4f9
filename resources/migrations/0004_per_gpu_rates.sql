-- Schema version 4: a price per GPU-hour with no machine named is a kind of offer, not a
-- machine. Such an offer has a unit of one GPU and the fixed instance type 'per-GPU rate', so
-- the UNIQUE key of offers keeps one per provider, GPU, region and pricing: older and newer
-- quotes of it are its price history, never competing offers.
ALTER TABLE offers ADD COLUMN per_gpu_rate INTEGER NOT NULL DEFAULT 0
    CHECK (per_gpu_rate = 0 OR (per_gpu_rate = 1 AND gpus_per_instance = 1));

-- Books made before: the bundled data named these offers with a description in parentheses,
-- "(per-GPU)", "(aggregator list)". Where two of them would become one offer, the second keeps
-- its name (OR IGNORE) rather than losing its prices.
UPDATE OR IGNORE offers SET per_gpu_rate = 1, instance_type = 'per-GPU rate'
    WHERE gpus_per_instance = 1 AND instance_type LIKE '(%)';
