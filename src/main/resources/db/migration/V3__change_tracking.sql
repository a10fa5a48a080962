-- Change sync for offline clients: which content version last changed each post, and
-- tombstones for posts that were deleted, so that "what changed since version N" is a query.
ALTER TABLE post ADD COLUMN changed_version BIGINT NOT NULL DEFAULT 0;

CREATE INDEX ix_post_changed_version ON post (changed_version);

CREATE SEQUENCE tombstone_seq START WITH 1 INCREMENT BY 50;

-- A tombstone per public id that stopped existing: a deleted post, or a moved post's old generated id.
CREATE TABLE post_tombstone (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    public_id       VARCHAR(200)             NOT NULL,
    public_id_numeric BOOLEAN                NOT NULL,
    slug            VARCHAR(1000)            NOT NULL,
    deleted_version BIGINT                   NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_post_tombstone_version ON post_tombstone (deleted_version);
