package io.quire.content.store;

import java.util.List;

/**
 * A post this import wrote or rekeyed, as the steps after the chunks need it: its row id, slug and
 * path, the slug it had before (null if new) and the alias slugs its front matter claims.
 */
record WrittenPost(long id, String slug, String path, String previousSlug, List<String> aliases) {}
