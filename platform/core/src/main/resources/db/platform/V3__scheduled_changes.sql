-- Changes due at a given minute, for every site in one table, so that one query per tick finds
-- them all. Rows stay until applied, so a restart catches up on what fell due while down.
CREATE TABLE scheduled_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_slug VARCHAR(30) NOT NULL,
    item_id     BIGINT      NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    revision_no INT,
    apply_at    DATETIME    NOT NULL,
    created_by  VARCHAR(100),
    PRIMARY KEY (id),
    CONSTRAINT fk_scheduled_change_tenant FOREIGN KEY (tenant_slug) REFERENCES tenant (slug) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_scheduled_change_due ON scheduled_change (apply_at);
