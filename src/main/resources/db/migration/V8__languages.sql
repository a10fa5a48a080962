-- Languages: every post has one (a normalised tag), slugs are unique per language, and posts with
-- the same translation key are translations of each other.
ALTER TABLE post ADD COLUMN lang VARCHAR(35) NOT NULL DEFAULT 'en';
ALTER TABLE post ADD COLUMN lang_declared BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE post ADD COLUMN translation_key VARCHAR(4100) NOT NULL DEFAULT '';

ALTER TABLE post DROP CONSTRAINT uk_post_slug;
ALTER TABLE post ADD CONSTRAINT uk_post_lang_slug UNIQUE (lang, slug);

CREATE INDEX ix_post_translation_key ON post (translation_key);
CREATE INDEX ix_post_lang ON post (lang);

-- Rows stored before have no language: every file is read again at the next import (no stored
-- hash matches), which gives each post its language and translation key.
UPDATE post SET content_hash = 'rescan';
