-- What a post's body row holds, as one hash (post_body.html, toc, markdown and plain_text): an
-- import whose rendered output for a post did not change leaves the row unwritten. Rows written
-- before this column existed have none, so their next import writes them once.
ALTER TABLE post_body ADD COLUMN body_hash VARCHAR(64);
