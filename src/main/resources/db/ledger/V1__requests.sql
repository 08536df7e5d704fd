-- One row per request (io.triage.accounting.UsageRecord). Portable SQL: runs unchanged on H2 2.x and
-- PostgreSQL 12+. Amounts keep 10 decimals; `at` keeps microseconds.
CREATE TABLE requests (
    id                UUID                     NOT NULL PRIMARY KEY,
    at                TIMESTAMP WITH TIME ZONE NOT NULL,
    tenant            VARCHAR(200),
    key_id            VARCHAR(200),
    route             VARCHAR(200),
    tier              VARCHAR(20),
    backend           VARCHAR(200),
    model             VARCHAR(200),
    task              VARCHAR(200),
    prompt_tokens     INTEGER                  NOT NULL,
    cached_tokens     INTEGER                  NOT NULL,
    completion_tokens INTEGER                  NOT NULL,
    cost              NUMERIC(20, 10)          NOT NULL,
    baseline          NUMERIC(20, 10)          NOT NULL,
    saved             NUMERIC(20, 10)          NOT NULL,
    currency          VARCHAR(3),
    latency_millis    BIGINT                   NOT NULL,
    ttft_millis       BIGINT,
    cache             VARCHAR(20),
    fallback_from     VARCHAR(200),
    attempts          INTEGER                  NOT NULL,
    status            INTEGER                  NOT NULL,
    usage_counted     BOOLEAN                  NOT NULL
);

CREATE INDEX requests_at ON requests (at);
CREATE INDEX requests_tenant ON requests (tenant);
