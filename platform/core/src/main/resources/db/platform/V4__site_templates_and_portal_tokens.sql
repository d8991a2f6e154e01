-- Site templates: each site remembers the template it was made from, and the templates' standard
-- pages live here with a revision that grows with every change, so that sites can be offered it.
ALTER TABLE tenant ADD COLUMN template_name VARCHAR(30);

CREATE TABLE site_template_page (
    template_name VARCHAR(30)  NOT NULL,
    path          VARCHAR(200) NOT NULL,
    revision      INT          NOT NULL,
    sort_order    INT          NOT NULL,
    title_lo      VARCHAR(500),
    title_en      VARCHAR(500),
    summary_lo    MEDIUMTEXT,
    summary_en    MEDIUMTEXT,
    body_lo       MEDIUMTEXT,
    body_en       MEDIUMTEXT,
    shipped_hash  VARCHAR(64)  NOT NULL,
    updated_at    DATETIME     NOT NULL,
    updated_by    VARCHAR(100),
    PRIMARY KEY (template_name, path)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The first site admin's e-mail address, given when a site is created.
ALTER TABLE account ADD COLUMN email VARCHAR(200);

-- A token without a site is a platform admin's token for the portal host's platform API.
ALTER TABLE api_token MODIFY tenant_slug VARCHAR(30) NULL;
