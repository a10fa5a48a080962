-- A post's rendered and source bodies move to their own table. H2 stores a row in one piece, so
-- every query that scanned posts (counts and pages of filtered lists, the import's look at what
-- is stored) read each post's HTML, Markdown and text too: at 10,000 posts a first uncached page
-- took seconds. The post row is now the summary; the body is read for one post, or one page of
-- feed or sync items, at a time.
CREATE TABLE post_body (
    post_id    BIGINT  NOT NULL PRIMARY KEY REFERENCES post (id) ON DELETE CASCADE,
    html       VARCHAR NOT NULL,
    toc        VARCHAR NOT NULL,
    markdown   VARCHAR NOT NULL,
    plain_text VARCHAR NOT NULL
);

INSERT INTO post_body (post_id, html, toc, markdown, plain_text)
SELECT id, html, toc, markdown, plain_text FROM post;

ALTER TABLE post DROP COLUMN html;
ALTER TABLE post DROP COLUMN toc;
ALTER TABLE post DROP COLUMN markdown;
ALTER TABLE post DROP COLUMN plain_text;
