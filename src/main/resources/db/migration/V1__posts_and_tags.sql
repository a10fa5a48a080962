-- Portable between H2 2.x and PostgreSQL: VARCHAR without a length is the largest string
-- each database offers (PostgreSQL: unlimited; H2: 1,048,576 characters) and, unlike CLOB,
-- is fast to insert on H2.

-- Sequences rather than identity columns: Hibernate can batch inserts only with them.
CREATE SEQUENCE post_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE tag_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE post (
    id                BIGINT        NOT NULL PRIMARY KEY,
    public_id         VARCHAR(200)  NOT NULL,
    public_id_numeric BOOLEAN       NOT NULL,
    slug              VARCHAR(1000) NOT NULL,
    source_path       VARCHAR(4000) NOT NULL,
    content_hash      VARCHAR(64)   NOT NULL,
    title             VARCHAR       NOT NULL,
    excerpt           VARCHAR,
    date_text         VARCHAR(64),
    published_at      TIMESTAMP WITH TIME ZONE,
    updated_text      VARCHAR(64),
    updated_at        TIMESTAMP WITH TIME ZONE,
    expires_at        TIMESTAMP WITH TIME ZONE,
    featured          BOOLEAN       NOT NULL,
    draft             BOOLEAN       NOT NULL,
    read_time         VARCHAR(200)  NOT NULL,
    reading_minutes   INTEGER       NOT NULL,
    word_count        INTEGER       NOT NULL,
    front_matter      VARCHAR       NOT NULL,
    html              VARCHAR       NOT NULL,
    toc               VARCHAR       NOT NULL,
    markdown          VARCHAR       NOT NULL,
    plain_text        VARCHAR       NOT NULL,
    CONSTRAINT uk_post_public_id UNIQUE (public_id),
    CONSTRAINT uk_post_slug UNIQUE (slug),
    CONSTRAINT uk_post_source_path UNIQUE (source_path)
);

CREATE INDEX ix_post_published_at ON post (published_at);
CREATE INDEX ix_post_updated_at ON post (updated_at);

CREATE TABLE tag (
    id   BIGINT        NOT NULL PRIMARY KEY,
    slug VARCHAR(1000) NOT NULL,
    name VARCHAR(1000) NOT NULL,
    CONSTRAINT uk_tag_slug UNIQUE (slug)
);

CREATE TABLE post_tag (
    post_id  BIGINT  NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    tag_id   BIGINT  NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    -- The tag as this post writes it ("Java", "java"): posts show their own spelling.
    name     VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_post_tag PRIMARY KEY (post_id, tag_id)
);

CREATE INDEX ix_post_tag_tag ON post_tag (tag_id, post_id);

-- Slugs that redirect to a post: its front matter aliases and the slugs it had before.
CREATE TABLE post_alias (
    slug        VARCHAR(1000) NOT NULL PRIMARY KEY,
    post_id     BIGINT        NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    -- true: a slug the post had before; false: from its front matter aliases (rewritten on every change)
    former_slug BOOLEAN       NOT NULL
);

CREATE INDEX ix_post_alias_post ON post_alias (post_id);
