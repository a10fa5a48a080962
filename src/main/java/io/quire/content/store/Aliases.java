package io.quire.content.store;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.plan.KeyElection;
import io.quire.post.domain.PostAlias;
import io.quire.shared.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aliases: the redirects of front matter {@code aliases} and of former slugs. Each written post's
 * claims are kept ({@code post_alias_claim}), and after every chunk is written the aliases are
 * elected again from the claims of every post. Runs inside {@link PostStore#apply}'s transaction.
 */
@ApplicationScoped
public class Aliases {

    private final EntityManager em;

    public Aliases(EntityManager em) {
        this.em = em;
    }

    /** Forgets what the posts {@code ids} claimed, before their new versions are written. */
    void dropClaims(List<Long> ids) {
        em.createNativeQuery("delete from post_alias_claim where post_id in (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
    }

    /**
     * Keeps the aliases a written post claims.
     *
     * @return their slugs, each once, in front matter order
     */
    List<String> claim(long postId, List<String> aliases) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String alias : aliases) {
            String slug = aliasSlug(alias);
            if (!slug.isEmpty() && slugs.add(slug)) {
                em.createNativeQuery("insert into post_alias_claim (post_id, slug) values (:post, :slug)")
                        .setParameter("post", postId)
                        .setParameter("slug", slug)
                        .executeUpdate();
            }
        }
        return List.copyOf(slugs);
    }

    /**
     * Redirects. Front matter aliases are elected like slugs, from the claims of every post
     * ({@code post_alias_claim}): a post's own slug always wins over an alias, and a contested alias
     * belongs to the post published first, so they depend on the files alone. A written post's former
     * slug redirects to it too, unless a post has or claims that slug: former slugs are history, which
     * a rebuilt database does not have, so they never take precedence over what the files say.
     */
    void write(List<WrittenPost> written, List<ContentProblem> problems) {
        Set<String> liveSlugs = new HashSet<>(
                em.createQuery("select p.slug from Post p", String.class).getResultList());
        Map<String, AliasClaimant> winners = elect(liveSlugs);
        em.createQuery("delete from PostAlias a where a.formerSlug = false or a.slug in (select p.slug from Post p)")
                .executeUpdate();
        for (WrittenPost post : written) {
            String previous = post.previousSlug();
            if (previous != null
                    && !previous.equals(post.slug())
                    && !liveSlugs.contains(previous)
                    && !winners.containsKey(previous)) {
                PostAlias existing = em.find(PostAlias.class, previous);
                if (existing == null) {
                    em.persist(PostAlias.of(previous, post.id(), true));
                } else {
                    existing.postId = post.id();
                }
            }
        }
        for (Map.Entry<String, AliasClaimant> winner : winners.entrySet()) {
            PostAlias existing = em.find(PostAlias.class, winner.getKey());
            if (existing == null) {
                em.persist(PostAlias.of(winner.getKey(), winner.getValue().postId(), false));
            } else {
                existing.postId = winner.getValue().postId();
                existing.formerSlug = false;
            }
        }
        for (WrittenPost post : written) {
            for (String alias : post.aliases()) {
                AliasClaimant winner = winners.get(alias);
                if (winner != null && winner.postId() != post.id()) {
                    problems.add(new ContentProblem(
                            post.path(),
                            null,
                            null,
                            Severity.WARNING,
                            "alias '" + alias + "' already redirects to another post (" + winner.path() + ")",
                            "remove the alias from one of the two posts; a contested alias belongs to the post"
                                    + " published first"));
                }
            }
        }
    }

    /** A post that claims an alias. */
    private record AliasClaimant(long postId, Instant date, String path) {}

    /** Who gets each claimed alias that is not a post's slug: the claimant published first. */
    private Map<String, AliasClaimant> elect(Set<String> liveSlugs) {
        Map<String, List<Long>> claims = new HashMap<>();
        for (Object row : em.createNativeQuery("select slug, post_id from post_alias_claim")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            String slug = (String) columns[0];
            if (!liveSlugs.contains(slug)) {
                claims.computeIfAbsent(slug, s -> new ArrayList<>()).add(((Number) columns[1]).longValue());
            }
        }
        Map<Long, AliasClaimant> claimants = new HashMap<>();
        List<Long> ids =
                claims.values().stream().flatMap(List::stream).distinct().toList();
        for (List<Long> chunk : Chunks.of(ids)) {
            em.createQuery("select p.id, p.publishedAt, p.sourcePath from Post p where p.id in :ids", Object[].class)
                    .setParameter("ids", chunk)
                    .getResultStream()
                    .forEach(row -> claimants.put(
                            (Long) row[0], new AliasClaimant((Long) row[0], (Instant) row[1], (String) row[2])));
        }
        Comparator<AliasClaimant> order = KeyElection.firstPublished(AliasClaimant::date, AliasClaimant::path);
        Map<String, AliasClaimant> winners = new HashMap<>();
        claims.forEach((slug, postIds) -> winners.put(
                slug, postIds.stream().map(claimants::get).min(order).orElseThrow()));
        return winners;
    }

    /** Aliases may be written as paths ({@code /blog/old-post/}): the last segment is the slug. */
    static String aliasSlug(String alias) {
        String trimmed = alias.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        int slash = trimmed.lastIndexOf('/');
        String last = slash >= 0 ? trimmed.substring(slash + 1) : trimmed;
        int dot = last.lastIndexOf('.');
        if (dot > 0 && last.substring(dot).matches("\\.(html?|php|aspx?)")) {
            last = last.substring(0, dot);
        }
        return Slugs.slugify(last);
    }
}
