-- 1. What each post claims, so that contested ids and slugs are elected again from the claims of
--    every file at each import (the post published first keeps a contested key), rather than kept
--    by whichever post happened to be imported first.
ALTER TABLE post ADD COLUMN slug_claim VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE post ADD COLUMN slug_explicit BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE post ADD COLUMN public_id_explicit BOOLEAN NOT NULL DEFAULT FALSE;

-- Rows stored before: what they claimed is unknown. Each keeps its slug and id as if it had asked
-- for them, and every file is read again at the next import (no stored hash matches), which
-- replaces these guesses with the truth for every file that can be read.
UPDATE post SET slug_claim = slug, slug_explicit = TRUE, public_id_explicit = TRUE, content_hash = 'rescan';

-- 2. Which posts a public client may have seen, so that sync never names a post it never showed:
--    when the row was written, and the first version (and last slug) at which an earlier row of
--    this post was public.
ALTER TABLE post ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
UPDATE post SET changed_at = (SELECT changed_at FROM content_state WHERE id = 1);
ALTER TABLE post ALTER COLUMN changed_at SET NOT NULL;
ALTER TABLE post ADD COLUMN exposed_version BIGINT;
ALTER TABLE post ADD COLUMN exposed_slug VARCHAR(1000);

-- A tombstone is listed to a sync client only if the post was public at or before the client's
-- version. Tombstones written before are assumed public since the start.
ALTER TABLE post_tombstone ADD COLUMN exposed_version BIGINT;
UPDATE post_tombstone SET exposed_version = 0;

-- 3. Sync tokens name the database they come from (a rebuilt one has another id) and are refused
--    once the tombstones they need are pruned.
ALTER TABLE content_state ADD COLUMN database_id BIGINT NOT NULL DEFAULT 0;
UPDATE content_state SET database_id = 1 + CAST(RANDOM() * 9007199254740990 AS BIGINT);
ALTER TABLE content_state ADD COLUMN pruned_version BIGINT NOT NULL DEFAULT 0;

-- 4. Every front matter alias each post declares, those another post won included, so that a
--    contested alias is elected from the claims of every post at each import, like a slug.
CREATE TABLE post_alias_claim (
    post_id BIGINT        NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    slug    VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_post_alias_claim PRIMARY KEY (post_id, slug)
);
INSERT INTO post_alias_claim (post_id, slug) SELECT post_id, slug FROM post_alias WHERE former_slug = FALSE;
