-- Schema version 5: one offer per thing sold. The tables do not change; after this step the
-- migrator folds every hand-entered offer that names a machine a catalog lists into that
-- listing (database/OfferFolding.cpp: its prices join the listing's history, each noting the
-- match), as an update does from now on. The index serves that fold and the updates, which look
-- offers up by the catalog that lists them.
CREATE INDEX offers_by_listing ON offers (listed_by, not_listed_since);
