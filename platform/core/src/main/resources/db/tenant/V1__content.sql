-- One site's content store. Runs in the site's own schema; the schema's default character set
-- is utf8mb4 with a binary collation, so Lao text is stored and compared byte for byte.
CREATE TABLE content_item (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    item_type    VARCHAR(20)  NOT NULL,
    slug         VARCHAR(200) NOT NULL,
    parent_path  VARCHAR(200),
    sort_order   INT          NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    published_at DATETIME,
    title_lo     VARCHAR(500),
    title_en     VARCHAR(500),
    summary_lo   MEDIUMTEXT,
    summary_en   MEDIUMTEXT,
    body_lo      MEDIUMTEXT,
    body_en      MEDIUMTEXT,
    lead_image   VARCHAR(300),
    legal_number VARCHAR(100),
    legal_kind   VARCHAR(20),
    legal_issued DATE,
    issuer_lo    VARCHAR(300),
    issuer_en    VARCHAR(300),
    created_at   DATETIME     NOT NULL,
    updated_at   DATETIME     NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_content_type_slug UNIQUE (item_type, slug)
);
CREATE INDEX ix_content_listing ON content_item (item_type, status, published_at);
CREATE INDEX ix_content_parent ON content_item (parent_path);
CREATE INDEX ix_content_legal ON content_item (legal_kind, legal_issued);

CREATE TABLE attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    item_id      BIGINT       NOT NULL,
    sort_order   INT          NOT NULL,
    title_lo     VARCHAR(500),
    title_en     VARCHAR(500),
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    byte_size    BIGINT       NOT NULL,
    storage_key  VARCHAR(300) NOT NULL,
    sha256       VARCHAR(64),
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
);

CREATE TABLE menu_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    menu       VARCHAR(20)  NOT NULL,
    parent_id  BIGINT,
    sort_order INT          NOT NULL,
    label_lo   VARCHAR(200),
    label_en   VARCHAR(200),
    link       VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_menu_item_parent FOREIGN KEY (parent_id) REFERENCES menu_item (id) ON DELETE CASCADE
);

CREATE TABLE site_settings (
    id           INT          NOT NULL,
    address_lo   VARCHAR(500),
    address_en   VARCHAR(500),
    phone        VARCHAR(100),
    email        VARCHAR(200),
    logo         VARCHAR(300),
    facebook_url VARCHAR(500),
    youtube_url  VARCHAR(500),
    x_url        VARCHAR(500),
    tiktok_url   VARCHAR(500),
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id)
);
