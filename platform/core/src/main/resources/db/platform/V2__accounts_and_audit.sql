-- People, their role on each site, API tokens bound to one site, and the audit log.
CREATE TABLE account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    username       VARCHAR(100) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    platform_admin BOOLEAN      NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     DATETIME     NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE membership (
    account_id  BIGINT      NOT NULL,
    tenant_slug VARCHAR(30) NOT NULL,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, tenant_slug),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_tenant FOREIGN KEY (tenant_slug) REFERENCES tenant (slug) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE api_token (
    token_hash  VARCHAR(64) NOT NULL,
    account_id  BIGINT      NOT NULL,
    tenant_slug VARCHAR(30) NOT NULL,
    created_at  DATETIME    NOT NULL,
    expires_at  DATETIME    NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_api_token_tenant FOREIGN KEY (tenant_slug) REFERENCES tenant (slug) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME      NOT NULL,
    tenant_slug    VARCHAR(30),
    username       VARCHAR(100),
    action         VARCHAR(50)   NOT NULL,
    target_type    VARCHAR(30),
    target_id      VARCHAR(100),
    detail         VARCHAR(1000),
    client_address VARCHAR(64),
    PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_audit_tenant_time ON audit_event (tenant_slug, occurred_at);
