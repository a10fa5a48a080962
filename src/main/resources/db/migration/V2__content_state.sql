-- One row: the content version that every instance sharing this database agrees on.
-- An import that changes something increments it in the same transaction as its changes.
CREATE TABLE content_state (
    id         INTEGER                  NOT NULL PRIMARY KEY,
    version    BIGINT                   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO content_state (id, version, changed_at) VALUES (1, 0, CURRENT_TIMESTAMP);
