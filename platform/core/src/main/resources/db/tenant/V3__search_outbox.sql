-- Search indexing. A content change writes outbox rows in its own transaction, one due now and
-- one for each future publish or unpublish time; the indexer deletes a row only after the index
-- has committed the item's state, so a crash never leaves the index silently behind.
CREATE TABLE search_outbox (
    id         BIGINT   NOT NULL AUTO_INCREMENT,
    item_id    BIGINT   NOT NULL,
    due_at     DATETIME NOT NULL,
    created_at DATETIME NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_search_outbox_due ON search_outbox (due_at);

-- The text of each attached file, extracted once with Tika and kept for rebuilds, in a table of
-- its own so that pages listing attachments never load it. The status tells webmasters why a
-- file has no searchable text (encrypted, damaged, too large, ...).
CREATE TABLE attachment_text (
    attachment_id BIGINT       NOT NULL,
    sha256        VARCHAR(64),
    status        VARCHAR(20)  NOT NULL,
    detail        VARCHAR(500),
    content       MEDIUMTEXT,
    extracted_at  DATETIME     NOT NULL,
    PRIMARY KEY (attachment_id),
    CONSTRAINT fk_attachment_text FOREIGN KEY (attachment_id) REFERENCES attachment (id) ON DELETE CASCADE
);
