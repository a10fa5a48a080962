-- Webhooks: each change of the public content becomes one event, sent to every configured endpoint
-- with retries, and every attempt is logged. The tables are shared by every instance on the database:
-- an event is emitted by the one instance whose update of the cursor succeeds, and a delivery is
-- sent by the one instance holding its lease.

-- How far events have been emitted: the content version and the visibility time (the last
-- publication or expiry that had passed) of the last event. One row.
CREATE TABLE content_event_cursor (
    id         INT                      NOT NULL PRIMARY KEY,
    version    BIGINT                   NOT NULL,
    visible_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO content_event_cursor (id, version, visible_at)
    SELECT 1, version, CURRENT_TIMESTAMP FROM content_state WHERE id = 1;

CREATE SEQUENCE content_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE content_event (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    message_id   VARCHAR(64)              NOT NULL,
    type         VARCHAR(100)             NOT NULL,
    from_version BIGINT                   NOT NULL,
    to_version   BIGINT                   NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    payload      VARCHAR                  NOT NULL,
    CONSTRAINT uq_content_event_message UNIQUE (message_id)
);

CREATE INDEX ix_content_event_occurred ON content_event (occurred_at);

CREATE SEQUENCE webhook_delivery_seq START WITH 1 INCREMENT BY 1;

-- One event to one endpoint. state: pending (next_attempt_at says when), delivered or failed.
CREATE TABLE webhook_delivery (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    event_id        BIGINT                   NOT NULL REFERENCES content_event (id) ON DELETE CASCADE,
    endpoint        VARCHAR(200)             NOT NULL,
    url             VARCHAR(2000)            NOT NULL,
    state           VARCHAR(20)              NOT NULL,
    attempts        INT                      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    lease_owner     VARCHAR(200),
    lease_until     TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
CREATE INDEX ix_webhook_delivery_event ON webhook_delivery (event_id);

CREATE SEQUENCE webhook_attempt_seq START WITH 1 INCREMENT BY 1;

-- The delivery log: one row per attempt. status is the receiver's HTTP status (null without an
-- answer); error says why an attempt failed (null when it succeeded).
CREATE TABLE webhook_attempt (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    delivery_id BIGINT                   NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt     INT                      NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms BIGINT                   NOT NULL,
    status      INT,
    error       VARCHAR(1000),
    instance    VARCHAR(200)             NOT NULL
);

CREATE INDEX ix_webhook_attempt_delivery ON webhook_attempt (delivery_id);
