-- Schema version 7, as ../0007_exchange_rates.sql: every day of the European Central Bank's euro
-- reference rates the book has fetched, as exact millionths of a unit per euro.
CREATE TABLE exchange_rates (
    rate_date TEXT NOT NULL CHECK (length(rate_date) = 10),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    per_euro_millionths BIGINT NOT NULL CHECK (per_euro_millionths > 0),
    source_url TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (rate_date, currency)
);
-- The rates are fetched and recorded like a catalog: catalog_fetches takes "ecb" as a source.
ALTER TABLE catalog_fetches DROP CONSTRAINT catalog_fetches_source_check;
ALTER TABLE catalog_fetches ADD CONSTRAINT catalog_fetches_source_check
    CHECK (source IN ('skypilot', 'azure', 'ecb'));
