package io.quire.search.analysis;

import java.util.Set;

/**
 * Frequent English function words. Not removed from the index (a phrase may need them, and the
 * search analyser keeps its stop list to Lucene's short English one), but they tell English text
 * apart ({@link LanguageGuess}) and they say nothing about what a post is about, so "more like this"
 * ignores them.
 */
public final class CommonWords {

    public static final Set<String> ENGLISH = Set.of(
            "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been",
            "before", "being", "but", "by", "can", "could", "did", "do", "does", "each", "even", "every", "few",
            "first", "for", "from", "get", "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if",
            "in", "into", "is", "it", "its", "just", "like", "make", "makes", "many", "may", "me", "more", "most",
            "much", "must", "my", "new", "no", "not", "now", "of", "on", "one", "only", "or", "other", "our", "out",
            "over", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
            "there", "these", "they", "this", "those", "through", "to", "too", "two", "up", "us", "use", "used", "very",
            "was", "way", "we", "well", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with",
            "without", "would", "you", "your");

    private CommonWords() {}
}
