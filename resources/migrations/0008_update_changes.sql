-- Schema version 8: what each update changed (gpucompare changes, View › Changes). One row per
-- offer an update added, repriced or found no longer listed, written in the update's own
-- transaction, so a catalog that failed recorded nothing. The offer is named in full rather
-- than only referenced: deleting an offer later leaves the record of what the update did.
CREATE TABLE update_changes (
    id INTEGER PRIMARY KEY,
    updated_on TEXT NOT NULL CHECK (length(updated_on) = 10),
    -- Which update: when its run of catalogs started (ISO date-time, UTC, milliseconds).
    update_started_at TEXT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('new', 'drop', 'rise', 'gone')),
    offer_id INTEGER,
    provider TEXT NOT NULL,
    gpu_model TEXT NOT NULL,
    instance_type TEXT NOT NULL,
    pricing_model TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    gpus_per_instance INTEGER NOT NULL CHECK (gpus_per_instance > 0),
    old_usd_micros INTEGER CHECK (old_usd_micros IS NULL OR old_usd_micros >= 0),
    new_usd_micros INTEGER CHECK (new_usd_micros IS NULL OR new_usd_micros >= 0)
);
CREATE INDEX update_changes_by_day ON update_changes (updated_on);
CREATE INDEX update_changes_by_update ON update_changes (update_started_at);
