package org.citebot.index;

import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The same query on another field. A question is analysed the same way whichever field it
 * searches, so analysing it once and copying the query to the other fields (sentence, context,
 * paragraph, title, source, article title and body) gives the very query
 * {@link org.apache.lucene.util.QueryBuilder} would build for each, without six more passes of
 * the analysis chain (an eighth of an answer's time on the seeds). Query kinds it does not know
 * come back empty: the caller then builds that field's query the ordinary way.
 */
final class FieldRetarget {

    private FieldRetarget() {
    }

    static Optional<Query> to(Query query, String field) {
        if (query instanceof TermQuery t) {
            return Optional.of(new TermQuery(new Term(field, t.getTerm().bytes())));
        }
        if (query instanceof SynonymQuery s) {
            SynonymQuery.Builder b = new SynonymQuery.Builder(field);
            s.getTerms().forEach(t -> b.addTerm(new Term(field, t.bytes())));
            return Optional.of(b.build());
        }
        if (query instanceof PhraseQuery p) {
            PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
            for (int i = 0; i < p.getTerms().length; i++) {
                b.add(new Term(field, p.getTerms()[i].bytes()), p.getPositions()[i]);
            }
            return Optional.of(b.build());
        }
        if (query instanceof BoostQuery bq) {
            return to(bq.getQuery(), field).map(q -> new BoostQuery(q, bq.getBoost()));
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                    bool.getMinimumNumberShouldMatch());
            for (BooleanClause c : bool.clauses()) {
                Optional<Query> q = to(c.query(), field);
                if (q.isEmpty()) {
                    return Optional.empty();
                }
                b.add(q.get(), c.occur());
            }
            return Optional.of(b.build());
        }
        return Optional.empty();
    }
}
