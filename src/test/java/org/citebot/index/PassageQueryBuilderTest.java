package org.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The passage query of a question holds each (field, word) once, so that Lucene's rewrite, which
 * merges repeated clauses in an order seeded from the clock at each start, has nothing to merge:
 * the same question scores its passages the same after a restart.
 */
class PassageQueryBuilderTest {

    private static final FrenchAnalysis ANALYSIS = FrenchAnalysis.withoutSynonyms();
    private static final String[] SENTENCES = {
            "La gastronomie hongroise aime le paprika.", "L'astronomie observe les étoiles.",
            "La gastronomie française aime le beurre.", "Le paprika pousse en Hongrie."};

    private interface WithBuilder {
        void run(PassageQueryBuilder builder, IndexSearcher searcher) throws IOException;
    }

    private static void withIndex(WithBuilder test) throws IOException {
        try (Directory dir = InMemory.directory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYSIS.documentAnalyzer()))) {
                for (String s : SENTENCES) {
                    Document d = new Document();
                    d.add(new TextField(LucenePassageIndex.SENTENCE, s, Field.Store.NO));
                    d.add(new TextField(LucenePassageIndex.PARAGRAPH, s, Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                test.run(new PassageQueryBuilder(ANALYSIS.questionAnalyzer(), new TermStatsCache(searcher)), searcher);
            }
        }
    }

    private static List<Query> clauses(Query q) {
        return ((BooleanQuery) q).clauses().stream().map(BooleanClause::query).toList();
    }

    private static Query unboosted(Query q) {
        return q instanceof BoostQuery b ? unboosted(b.getQuery()) : q;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "La gastroniomie hongroise est-elle plus épicée que la gastronomie française ?",
            "le paprika, le paprika et encore le paprika ?",
            "gastronomie gastroniomie gastronomie astronomie",
    })
    void eachClauseOnceAndLuceneRewriteLeavesThemAsBuilt(String question) throws IOException {
        withIndex((builder, searcher) -> {
            Query q = builder.build(question).orElseThrow();
            Set<Query> seen = new HashSet<>();
            for (Query c : clauses(q)) {
                assertTrue(seen.add(unboosted(c)), () -> "twice: " + unboosted(c) + " in " + q);
            }
            // Lucene drops the clauses that match nothing (a typo with no neighbour), nothing else.
            List<Query> kept = clauses(q).stream().filter(c -> !(unboosted(c) instanceof MatchNoDocsQuery)).toList();
            assertEquals(kept, clauses(searcher.rewrite(q)));
        });
    }

    /**
     * « gastroniomie » is looked up by edit distance and finds « gastronomie », also a word of the
     * question: the question's own term query is kept, given its real statistics when searched,
     * not the expansion's blended ones.
     */
    @Test
    void aWordAlsoFoundForATypoKeepsItsOwnStatistics() throws IOException {
        withIndex((builder, searcher) -> {
            Query q = builder.build("la gastronomie ou la gastroniomie ?").orElseThrow();
            List<TermQuery> gastronomie = new ArrayList<>();
            for (Query c : clauses(q)) {
                if (unboosted(c) instanceof TermQuery t
                        && t.getTerm().equals(new Term(LucenePassageIndex.SENTENCE, "gastronom"))) {
                    gastronomie.add(t);
                }
            }
            assertEquals(1, gastronomie.size(), q::toString);
            assertNull(gastronomie.getFirst().getTermStates(), "the expansion's copy was kept");
        });
    }
}
