package io.quire.feed.service;

import io.quarkus.runtime.Startup;
import io.quire.config.QuireConfig;
import io.quire.feed.format.FeedDates;
import io.quire.feed.format.SitemapWriter;
import io.quire.post.domain.LanguageFilter;
import io.quire.post.domain.PostDatesRow;
import io.quire.post.domain.PostRepository;
import io.quire.post.service.TimelineQueries;
import io.quire.replica.ReplicaRead;
import io.quire.site.PublicUrls;
import io.quire.web.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /sitemap.xml}: every published post's public page. Up to {@code quire.sitemap.max-urls}
 * posts (the protocol's limit is 50,000) it is one URL set; beyond, it is a sitemap index of
 * {@code /sitemap.xml?page=1..n}, each a URL set of that many posts.
 */
@Startup
@ApplicationScoped
public class SitemapService {

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Translation keys per IN list: any database takes this many. */
    private static final int KEYS_PER_QUERY = 1000;

    private final TimelineQueries posts;
    private final int maxUrls;

    public SitemapService(TimelineQueries posts, QuireConfig config) {
        this.posts = posts;
        this.maxUrls = config.sitemap().maxUrls();
        if (maxUrls < 1 || maxUrls > SitemapWriter.MAX_URLS) {
            throw new IllegalStateException(
                    "quire.sitemap.max-urls must be between 1 and " + SitemapWriter.MAX_URLS + ", was " + maxUrls);
        }
    }

    /**
     * The sitemap document.
     *
     * @param page null for {@code /sitemap.xml} itself, else the part of the index asked for
     * @param lang only the pages of posts in this language ({@link LanguageFilter}), or null; their
     *     alternates still name every language
     * @throws NotFoundProblem for a page the index does not list
     */
    @ReplicaRead
    @Transactional // the count that decides the pages and the page itself read one snapshot
    public String sitemap(Integer page, String lang, PublicUrls urls) {
        LanguageFilter language = LanguageFilter.of(lang);
        long total = posts.countPublished(language);
        long pages = Math.max(1, (total + maxUrls - 1) / maxUrls);
        if (page == null && pages > 1) {
            List<String> locations = new ArrayList<>();
            for (long i = 1; i <= pages; i++) {
                locations.add(urls.at("/sitemap.xml?" + (lang == null ? "" : "lang=" + lang + "&") + "page=" + i));
            }
            return SitemapWriter.index(locations);
        }
        int number = page == null ? 1 : page;
        if (number > pages) {
            throw new NotFoundProblem("The sitemap has " + pages + " page(s); there is no page " + number + ".");
        }
        List<PostDatesRow> rows = posts.publishedDates((long) (number - 1) * maxUrls, maxUrls, language);
        Map<String, List<SitemapWriter.Alternate>> alternates = new HashMap<>();
        List<String> keys =
                rows.stream().map(PostDatesRow::translationKey).distinct().toList();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            for (PostRepository.TranslationRow row :
                    posts.publishedTranslations(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)))) {
                alternates
                        .computeIfAbsent(row.translationKey(), key -> new ArrayList<>())
                        .add(new SitemapWriter.Alternate(
                                row.lang(), urls.post(row.publicId(), row.slug(), row.lang())));
            }
        }
        List<SitemapWriter.Url> entries = new ArrayList<>();
        for (PostDatesRow row : rows) {
            List<SitemapWriter.Alternate> languages = alternates.getOrDefault(row.translationKey(), List.of());
            entries.add(new SitemapWriter.Url(
                    urls.post(row.publicId(), row.slug(), row.lang()),
                    lastModified(row),
                    languages.size() > 1 ? languages : List.of()));
        }
        return SitemapWriter.urlSet(entries);
    }

    /**
     * The later of the post's update and publication date, as a W3C datetime: a date-only value as
     * the author wrote it, a date-time in UTC; null when the post has neither.
     */
    static String lastModified(PostDatesRow row) {
        boolean useUpdated = row.updatedAt() != null
                && (row.publishedAt() == null || row.updatedAt().isAfter(row.publishedAt()));
        String text = useUpdated ? row.updatedText() : row.dateText();
        Instant instant = useUpdated ? row.updatedAt() : row.publishedAt();
        if (instant == null) {
            return null;
        }
        if (text != null && DATE_ONLY.matcher(text).matches()) {
            return text;
        }
        return FeedDates.rfc3339(instant);
    }
}
