package io.quire.post.domain;

import io.quire.shared.Languages;
import java.util.Map;

/**
 * The {@code ?lang=} rule, in one place: a post matches a language when its tag is that tag or a
 * region or script of it ({@code pt} takes {@code pt-br}, {@code zh} takes {@code zh-tw}; {@code
 * pt-br} takes only {@code pt-br}). The JPQL and SQL conditions are generated here; the search index
 * applies the same rule as a term or prefix query on its {@code lang} keyword.
 *
 * @param tag a normalised language tag ({@link Languages#normalize}): lower case, {@code -} only, so
 *     it has no {@code LIKE} wildcard
 */
public record LanguageFilter(String tag) {

    /** The named parameters of generated conditions. */
    private static final String EXACT = "langExact";

    private static final String VARIANTS = "langVariants";

    /** The filter of a normalised tag, or null for none (every language). */
    public static LanguageFilter of(String tag) {
        return tag == null ? null : new LanguageFilter(tag);
    }

    /** What a tag's regions and scripts start with. */
    public String variantPrefix() {
        return tag + "-";
    }

    public boolean admits(String lang) {
        return lang.equals(tag) || lang.startsWith(variantPrefix());
    }

    /** A JPQL condition over the post alias {@code p}. */
    public PostRepository.Filter jpql() {
        return condition("p.lang");
    }

    /** A native SQL condition over the columns of table {@code post}. */
    public PostRepository.Filter sql() {
        return condition("lang");
    }

    private PostRepository.Filter condition(String column) {
        return new PostRepository.Filter(
                "(" + column + " = :" + EXACT + " or " + column + " like :" + VARIANTS + ")",
                Map.of(EXACT, tag, VARIANTS, variantPrefix() + "%"));
    }
}
