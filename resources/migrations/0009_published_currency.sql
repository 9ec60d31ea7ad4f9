-- Schema version 9: a price published in another currency keeps its published amount and
-- currency beside the US-dollar figure (issue 33). usd_micros_per_instance_hour keeps its meaning:
-- the price in US dollars, for a foreign price at the ECB rate of its day, which the calculators
-- use. published_micros is the published amount in exact millionths of published_currency
-- (EUR 2.15 is 2150000); both are NULL for a price published in US dollars, the only kind books
-- before this version held. The currency is any three capitals (ISO 4217's shape), not only the
-- six shown: providers publish in SEK or CHF too, and the published figure is the fact kept.
-- 'USD' itself is refused: a dollar price has one spelling, NULL, so exports stay byte-identical.
-- typeof() refuses a REAL (a bound NaN is NULL and would pass a plain range check; the pairing
-- check refuses a NULL amount beside a currency).
ALTER TABLE price_observations ADD COLUMN published_micros INTEGER
    CHECK (published_micros IS NULL OR (typeof(published_micros) = 'integer'
           AND published_micros BETWEEN 0 AND 1000000000000));
ALTER TABLE price_observations ADD COLUMN published_currency TEXT
    CHECK ((published_currency IS NULL AND published_micros IS NULL)
           OR (published_micros IS NOT NULL AND published_currency IS NOT NULL
               AND published_currency GLOB '[A-Z][A-Z][A-Z]'
               AND published_currency <> 'USD'));
