-- Schema version 7: exchange rates. Every day of the European Central Bank's euro reference
-- rates the book has fetched (gpucompare update --source ecb), kept like prices: a day once seen
-- stays. A rate is units of the currency per euro, in exact millionths (7.8340 is 7834000); a
-- conversion between two other currencies divides two rates of the same day. The day bundled
-- with the application is not stored: every book has it.
CREATE TABLE exchange_rates (
    rate_date TEXT NOT NULL CHECK (length(rate_date) = 10),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    per_euro_millionths INTEGER NOT NULL CHECK (per_euro_millionths > 0),
    source_url TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (rate_date, currency)
);
-- The rates are fetched and recorded like a catalog: catalog_fetches takes "ecb" as a source.
-- SQLite cannot change a CHECK in place, so the table is made anew with its rows.
CREATE TABLE catalog_fetches_7 (
    source TEXT NOT NULL CHECK (source IN ('skypilot', 'azure', 'ecb')),
    cloud TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    fetched_at TEXT NOT NULL CHECK (length(fetched_at) BETWEEN 10 AND 40),
    status TEXT NOT NULL CHECK (status IN ('updated', 'unchanged', 'not-modified', 'failed')),
    message TEXT NOT NULL DEFAULT '',
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source, cloud)
);
INSERT INTO catalog_fetches_7 (source, cloud, url, fetched_at, status, message, etag,
    last_modified)
    SELECT source, cloud, url, fetched_at, status, message, etag, last_modified
    FROM catalog_fetches;
DROP TABLE catalog_fetches;
ALTER TABLE catalog_fetches_7 RENAME TO catalog_fetches;
