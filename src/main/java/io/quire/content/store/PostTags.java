package io.quire.content.store;

import io.quire.content.plan.AssembledPost;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostTag;
import io.quire.shared.Slugs;
import io.quire.tag.domain.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.StatelessSession;

/**
 * Tags: a written post's tags in front matter order, the tags no post had before, and each tag's
 * display name. Runs inside {@link PostStore#apply}'s transaction.
 */
@ApplicationScoped
public class PostTags {

    private final EntityManager em;
    private final StatelessSession rows;

    public PostTags(EntityManager em, StatelessSession rows) {
        this.em = em;
        this.rows = rows;
    }

    /** Every stored tag by its slug: what {@link #write} adds to. */
    Map<String, Tag> bySlug() {
        Map<String, Tag> tags = new HashMap<>();
        em.createQuery("from Tag", Tag.class).getResultStream().forEach(tag -> tags.put(tag.slug, tag));
        return tags;
    }

    /** Forgets the tags of the posts {@code ids}, before their new versions are written or they go. */
    void drop(List<Long> ids) {
        em.createQuery("delete from PostTag pt where pt.key.postId in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
    }

    /**
     * The chunk's tags in front matter order; tags no post had before are created first. Of updated
     * posts ({@code replacing}), only the rows that changed are written: an edit that keeps a post's tags
     * writes none.
     */
    void write(List<AssembledPost> chunk, List<Post> posts, Map<String, Tag> tags, boolean replacing) {
        List<Tag> created = new ArrayList<>();
        for (AssembledPost planned : chunk) {
            for (String name : planned.post().tags()) {
                String slug = Slugs.slugify(name);
                if (!slug.isEmpty() && !tags.containsKey(slug)) {
                    Tag tag = new Tag();
                    tag.slug = slug;
                    tag.name = name;
                    tags.put(slug, tag);
                    created.add(tag);
                }
            }
        }
        rows.insertMultiple(created);
        Map<PostTag.Key, PostTag> wanted = new LinkedHashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            int position = 0;
            for (String name : chunk.get(i).post().tags()) {
                String slug = Slugs.slugify(name);
                if (slug.isEmpty()) {
                    continue;
                }
                PostTag row = PostTag.of(posts.get(i).id, tags.get(slug).id, position, name);
                if (wanted.putIfAbsent(row.key, row) == null) {
                    position++;
                }
            }
        }
        List<PostTag> gone = new ArrayList<>();
        List<PostTag> changed = new ArrayList<>();
        if (replacing) {
            for (PostTag stored : stored(posts.stream().map(post -> post.id).toList())) {
                PostTag row = wanted.remove(stored.key);
                if (row == null) {
                    gone.add(stored);
                } else if (row.position != stored.position || !row.name.equals(stored.name)) {
                    changed.add(row);
                }
            }
        }
        rows.deleteMultiple(gone);
        rows.updateMultiple(changed);
        rows.insertMultiple(new ArrayList<>(wanted.values()));
    }

    /** Read with the stateless session, so that the rows are not kept by the entity manager. */
    private List<PostTag> stored(List<Long> postIds) {
        return rows.createSelectionQuery("from PostTag pt where pt.key.postId in :ids", PostTag.class)
                .setParameter("ids", postIds)
                .getResultList();
    }

    /**
     * A tag is displayed by the spelling most posts use (ties: the alphabetically first), and disappears
     * with its last post.
     */
    void refreshDisplayNames() {
        em.createQuery("delete from Tag t where not exists (select 1 from PostTag pt where pt.key.tagId = t.id)")
                .executeUpdate();
        Map<Long, String> best = new LinkedHashMap<>();
        em.createQuery(
                        "select pt.key.tagId, pt.name, count(pt) from PostTag pt group by pt.key.tagId, pt.name"
                                + " order by pt.key.tagId, count(pt) desc, pt.name",
                        Object[].class)
                .getResultStream()
                .forEach(row -> {
                    Long tagId = (Long) row[0];
                    if (!best.containsKey(tagId)) {
                        best.put(tagId, (String) row[1]);
                    }
                });
        for (Map.Entry<Long, String> entry : best.entrySet()) {
            Tag tag = em.find(Tag.class, entry.getKey());
            if (!tag.name.equals(entry.getValue())) {
                tag.name = entry.getValue();
            }
        }
    }
}
