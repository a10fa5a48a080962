package io.quire.search.index;

import io.quire.search.analysis.StemLanguage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an {@link IndexSnapshot} holds beside its Lucene indexes, as a build leaves it: what {@link
 * IndexFiles} keeps next to an index on disk.
 *
 * @param version the content version the index was built from
 * @param posts by ord, drafts included
 * @param tags every tag by database id
 * @param stemLanguages the languages of the stemmed fields of its posts
 * @param buildMillis how long building took
 */
public record IndexContents(
        long version,
        List<PostMeta> posts,
        Map<Long, TagInfo> tags,
        Set<StemLanguage> stemLanguages,
        long buildMillis) {}
