-- Schema version 9, as ../0009_published_currency.sql: the published amount (exact millionths)
-- and currency of a price published in another currency than US dollars; NULL for dollars.
-- NUMERIC with a whole-number CHECK, as usd_micros_per_instance_hour: a BIGINT would round
-- 2.5 to 3 silently.
ALTER TABLE price_observations ADD COLUMN published_micros NUMERIC
    CHECK (published_micros = trunc(published_micros)
           AND published_micros BETWEEN 0 AND 1000000000000);
ALTER TABLE price_observations ADD COLUMN published_currency TEXT COLLATE "C"
    CHECK (published_currency ~ '^[A-Z]{3}$' AND published_currency <> 'USD');
ALTER TABLE price_observations ADD CONSTRAINT price_observations_published_pair
    CHECK ((published_micros IS NULL) = (published_currency IS NULL));
