-- Assets: the image, video, audio and PDF files next to the posts that Quire serves, as the last
-- import read them. A file is read again only when its size or modification time changes.
CREATE TABLE asset (
    path            VARCHAR NOT NULL PRIMARY KEY,
    hash            VARCHAR(64) NOT NULL,
    media_type      VARCHAR(100) NOT NULL,
    size_bytes      BIGINT NOT NULL,
    modified_millis BIGINT NOT NULL,
    width           INTEGER,
    height          INTEGER,
    revision        INTEGER NOT NULL
);

-- What each post's links may lead to: content paths (posts and assets) and "stem:" names. Links are
-- written out as URLs when a post is served; this tells the import which posts answer differently
-- when another file changes, and which assets a published post uses.
CREATE TABLE post_link (
    post_id BIGINT  NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    target  VARCHAR NOT NULL,
    PRIMARY KEY (post_id, target)
);

CREATE INDEX ix_post_link_target ON post_link (target);
