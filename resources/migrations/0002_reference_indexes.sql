-- Schema version 2: indexes for what refers to a provider. Before deleting a provider the
-- forms say how many offers and market-share figures name it, and the delete (and its undo)
-- reads those rows; without these indexes each of those read every offer of the book.
CREATE INDEX offers_by_provider ON offers(provider_id);
CREATE INDEX market_share_entries_by_provider ON market_share_entries(provider_id);
