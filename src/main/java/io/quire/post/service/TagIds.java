package io.quire.post.service;

import io.quire.replica.ReplicaRead;
import io.quire.shared.Slugs;
import io.quire.tag.domain.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The ids of the tags a tag filter's value names (by slug or by name): shared by lists and timelines. */
@ApplicationScoped
@ReplicaRead
public class TagIds {

    private final TagRepository tags;

    public TagIds(TagRepository tags) {
        this.tags = tags;
    }

    public List<Long> matching(String value) {
        return tags.idsMatching(Slugs.slugify(value), value);
    }
}
