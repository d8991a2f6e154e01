-- The platform catalog: sites and the host names they answer on.
CREATE TABLE tenant (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(30)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    theme       VARCHAR(50)  NOT NULL,
    name_lo     VARCHAR(300) NOT NULL,
    name_en     VARCHAR(300) NOT NULL,
    schema_name VARCHAR(64)  NOT NULL,
    created_at  DATETIME     NOT NULL,
    updated_at  DATETIME     NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_tenant_slug UNIQUE (slug),
    CONSTRAINT uq_tenant_schema UNIQUE (schema_name)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE tenant_host (
    host_name    VARCHAR(253) NOT NULL,
    tenant_id    BIGINT       NOT NULL,
    primary_host BOOLEAN      NOT NULL,
    PRIMARY KEY (host_name),
    CONSTRAINT fk_tenant_host_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
