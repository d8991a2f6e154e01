-- The site's media library: one row per file under media/, whose storage key (and so its public
-- URL) never changes, even when its content is replaced.
CREATE TABLE media_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    storage_key  VARCHAR(300) NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    byte_size    BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    width        INT,
    height       INT,
    title_lo     VARCHAR(500),
    title_en     VARCHAR(500),
    alt_lo       VARCHAR(500),
    alt_en       VARCHAR(500),
    uploaded_by  VARCHAR(100),
    uploaded_at  DATETIME     NOT NULL,
    replaced_by  VARCHAR(100),
    replaced_at  DATETIME,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_media_storage_key UNIQUE (storage_key)
);
CREATE INDEX ix_media_uploaded ON media_file (uploaded_at);
