package org.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class DisjunctionTest {

    private static TermQuery term(String field, String word) {
        return new TermQuery(new Term(field, word));
    }

    private static BooleanQuery or(Query... queries) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : queries) {
            b.add(q, BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** The clause queries of {@code q} in order, boosts kept. */
    private static List<Query> clauses(Query q) {
        return ((BooleanQuery) q).clauses().stream().map(BooleanClause::query).toList();
    }

    @Test
    void aPlainDisjunctionIsFlattenedItsClausesWeighted() {
        BooleanQuery q = new Disjunction()
                .add(or(term("sentence", "loi"), new BoostQuery(term("sentence", "vote"), 2f)), 0.5f)
                .build();
        assertEquals(List.of(new BoostQuery(term("sentence", "loi"), 0.5f), term("sentence", "vote")), clauses(q));
    }

    @Test
    void aDisjunctionWithAMinimumOrARequiredClauseStaysWhole() {
        BooleanQuery atLeastTwo = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
                .add(term("sentence", "a"), BooleanClause.Occur.SHOULD)
                .add(term("sentence", "b"), BooleanClause.Occur.SHOULD).build();
        BooleanQuery required = new BooleanQuery.Builder()
                .add(term("sentence", "a"), BooleanClause.Occur.MUST).build();
        BooleanQuery q = new Disjunction().add(atLeastTwo, 1f).add(required, 0.4f).build();
        assertEquals(List.of(atLeastTwo, new BoostQuery(required, 0.4f)), clauses(q));
    }

    @Test
    void aRepeatedQueryBecomesOneClauseItsWeightsSummedAtItsFirstPlace() {
        BooleanQuery q = new Disjunction()
                .add(or(term("sentence", "loi"), term("sentence", "conseil")), 1f)
                .add(term("paragraph", "loi"), 1.5f)
                .add(or(term("sentence", "conseil"), new BoostQuery(term("sentence", "loi"), 0.5f)), 0.6f)
                .build();
        assertEquals(List.of(new BoostQuery(term("sentence", "loi"), (float) (1.0 + 0.5f * 0.6f)),
                        new BoostQuery(term("sentence", "conseil"), (float) (1.0 + 0.6f)),
                        new BoostQuery(term("paragraph", "loi"), 1.5f)),
                clauses(q));
    }

    /**
     * Term queries are equal whatever statistics they carry: the copy added first is the one
     * searched, whichever order a hash map would have visited them in.
     */
    @Test
    void theFirstCopyOfATermQueryIsKept() {
        TermQuery own = term("sentence", "gastronom");
        TermQuery expanded = term("sentence", "gastronom");
        BooleanQuery q = new Disjunction().add(own, 1f).add(or(new BoostQuery(expanded, 0.75f)), 0.6f).build();
        assertSame(own, ((BoostQuery) clauses(q).getFirst()).getQuery());
        assertEquals(1, q.clauses().size());
    }

    /** What made scores change between runs: Lucene merged repeated clauses in its hash order. */
    @Test
    void luceneRewriteLeavesTheClausesAsBuilt() throws IOException {
        BooleanQuery q = new Disjunction()
                .add(or(term("sentence", "loi"), term("sentence", "conseil"), term("sentence", "loi")), 1f)
                .add(or(term("context", "loi"), term("context", "conseil")), 0.5f)
                .add(or(new BoostQuery(term("sentence", "conseil"), 0.8f), term("sentence", "conseils")), 0.6f)
                .build();
        Query rewritten = new IndexSearcher(new MultiReader()).rewrite(q);
        assertTrue(rewritten instanceof BooleanQuery, rewritten::toString);
        assertEquals(clauses(q), clauses(rewritten));
    }

    @Test
    void nothingAddedIsEmpty() {
        assertTrue(new Disjunction().isEmpty());
        assertTrue(new Disjunction().build().clauses().isEmpty());
    }
}
