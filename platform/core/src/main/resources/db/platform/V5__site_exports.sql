-- Each completed export of a site, with the newest audit entry it covers, so that a site is
-- deleted only when an archive holds every change recorded for it. Audit ids, not clock times,
-- decide "since the last change": times are kept in whole seconds and two events can share one.
CREATE TABLE site_export (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_slug    VARCHAR(30)  NOT NULL,
    exported_at    DATETIME     NOT NULL,
    exported_by    VARCHAR(100),
    covers_audit   BIGINT       NOT NULL,
    archive_sha256 VARCHAR(64)  NOT NULL,
    archive_bytes  BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_site_export_tenant FOREIGN KEY (tenant_slug) REFERENCES tenant (slug) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_site_export_tenant ON site_export (tenant_slug, covers_audit);
