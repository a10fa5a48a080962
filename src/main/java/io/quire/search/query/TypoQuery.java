package io.quire.search.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * A word with typos: the terms of a field within some edits of it (transpositions count as one),
 * the nearest and most frequent ones kept, each weighted by how near it is. Matches and scores as
 * Lucene's {@link FuzzyQuery} with no common prefix and the same number of expansions does, with the
 * word's automata from {@link TypoAutomata} instead of built for each field and search.
 */
final class TypoQuery extends MultiTermQuery {

    private final Term term;
    private final int edits;

    TypoQuery(Term term, int edits, int maxExpansions) {
        super(term.field(), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(maxExpansions));
        this.term = term;
        this.edits = edits;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        TypoAutomata.Automata automata = TypoAutomata.of(term.text(), edits);
        return new Near(automata.byEdits()[edits].getTermsEnum(terms), automata, term.bytes());
    }

    /** The terms the widest automaton accepts, each with the boost of its fewest edits. */
    private static final class Near extends FilteredTermsEnum {
        private final TypoAutomata.Automata automata;
        private final BytesRef word;
        private final BoostAttribute boost;

        Near(TermsEnum accepted, TypoAutomata.Automata automata, BytesRef word) {
            super(accepted, false);
            this.automata = automata;
            this.word = word;
            this.boost = attributes().addAttribute(BoostAttribute.class);
        }

        @Override
        protected AcceptStatus accept(BytesRef candidate) {
            int fewest = automata.byEdits().length - 1;
            while (fewest > 0 && within(candidate, fewest - 1)) {
                fewest--;
            }
            int shorter = Math.min(UnicodeUtil.codePointCount(candidate), automata.codePoints());
            boost.setBoost(fewest == 0 ? 1f : 1f - (float) fewest / shorter);
            return AcceptStatus.YES;
        }

        private boolean within(BytesRef candidate, int edits) {
            return edits == 0
                    ? candidate.bytesEquals(word)
                    : automata.byEdits()[edits].runAutomaton.run(candidate.bytes, candidate.offset, candidate.length);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.consumeTermsMatching(
                    this, field, () -> TypoAutomata.of(term.text(), edits).byEdits()[edits].runAutomaton);
        }
    }

    @Override
    public String toString(String field) {
        return (term.field().equals(field) ? "" : term.field() + ":") + term.text() + "~" + edits;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && term.equals(((TypoQuery) other).term) && edits == ((TypoQuery) other).edits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), term, edits);
    }
}
