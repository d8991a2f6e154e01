-- Editorial workflow: who wrote and changed an item, scheduled unpublishing, and a revision per save.
ALTER TABLE content_item ADD COLUMN unpublish_at DATETIME;
ALTER TABLE content_item ADD COLUMN created_by VARCHAR(100);
ALTER TABLE content_item ADD COLUMN updated_by VARCHAR(100);

CREATE TABLE content_revision (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    item_id     BIGINT      NOT NULL,
    revision_no INT         NOT NULL,
    saved_at    DATETIME    NOT NULL,
    saved_by    VARCHAR(100),
    status      VARCHAR(20) NOT NULL,
    snapshot    MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_revision_item_no UNIQUE (item_id, revision_no),
    CONSTRAINT fk_revision_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
);
