package io.quire.content.frontmatter;

import io.quire.shared.Slugs;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slug and date hints from a content path (relative, {@code /} separators). Stateless and
 * thread-safe.
 *
 * <ul>
 *   <li>The extension {@code .md} or {@code .markdown} (any case) is dropped; other names are used
 *       whole.
 *   <li>Hugo page bundles: {@code index.md}, or {@code index.<lang>.md}, takes the name of its folder
 *       ({@code posts/my-post/index.md} is {@code my-post}). {@code _index.md} (a Hugo section page)
 *       and {@code README.md} are not special: their slugs are {@code index} and {@code readme}.
 *   <li>Jekyll dates: a name {@code YYYY-MM-DD-rest} gives the date (00:00 UTC) and the slug of
 *       {@code rest}, if the date is a real one; otherwise the whole name is the slug. Bundle folders
 *       may be dated too.
 *   <li>A Hugo language suffix is dropped: {@code my-post.fr.md} has the slug {@code my-post}, in its
 *       language (slugs are unique per language, see {@link PostLanguage}).
 * </ul>
 */
public final class FileNames {

    private static final Pattern JEKYLL = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");

    private FileNames() {}

    public static FileNameHints fromPath(String relativePath) {
        String[] segments = relativePath.replace('\\', '/').split("/");
        int last = segments.length - 1;
        while (last > 0 && segments[last].isEmpty()) {
            last--;
        }
        String name = stem(segments[last]);
        if (PostLanguage.languageSuffix(segments[last]) != null) {
            name = stem(PostLanguage.withoutSuffix(segments[last]));
        }
        if ((name.equals("index") || name.startsWith("index.")) && last > 0 && !segments[last - 1].isEmpty()) {
            name = segments[last - 1];
        }
        DateValue date = null;
        Matcher m = JEKYLL.matcher(name);
        if (m.matches()) {
            try {
                LocalDate day = LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                date = new DateValue(
                        day.toString(), day.atStartOfDay(ZoneOffset.UTC).toInstant());
                name = m.group(4);
            } catch (DateTimeException e) {
                // not a real date: the whole name is the slug
            }
        }
        String slug = Slugs.slugify(name);
        return new FileNameHints(slug.isEmpty() ? null : slug, date);
    }

    private static String stem(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".markdown")) {
            return fileName.substring(0, fileName.length() - ".markdown".length());
        }
        if (lower.endsWith(".md")) {
            return fileName.substring(0, fileName.length() - ".md".length());
        }
        return fileName;
    }
}
