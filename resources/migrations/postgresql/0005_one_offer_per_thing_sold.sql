-- Schema version 5, as ../0005_one_offer_per_thing_sold.sql: the index the fold of
-- hand-entered offers into their catalog listings and the updates use; the migrator runs the
-- fold after it.
CREATE INDEX offers_by_listing ON offers (listed_by, not_listed_since);
