package org.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.citebot.config.ConfigDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldRetargetTest {

    private static final QueryBuilder BUILDER = new QueryBuilder(
            FrenchAnalysis.withSynonyms(new ConfigDir(Path.of("config")).lines("synonyms.txt")).questionAnalyzer());
    private static final List<String> FIELDS = List.of(LucenePassageIndex.CONTEXT, LucenePassageIndex.PARAGRAPH,
            LucenePassageIndex.TITLE, LucenePassageIndex.SOURCE, LucenePassageIndex.BODY);

    @ParameterizedTest
    @ValueSource(strings = {
            "combien de diplomates expulsés ?",
            "qui dirige l'otan ?",
            "quand la Russie a annoncé la fin de sa mission à Bruxelles ?",
            "pourquoi l'OTAN a retiré l'accréditation de diplomates russes ?",
            "Qui était le vice premier ministre du conseil des affaires de l'état ?",
            "où se trouve l'Organisation du traité de l'Atlantique Nord ?",
            "les États-Unis et l'UE, le 18/10/2021 à 14h",
            "manifestannts",
    })
    void movingTheSentenceQueryGivesWhatTheBuilderBuildsForEachField(String question) {
        Query sentence = BUILDER.createBooleanQuery(LucenePassageIndex.SENTENCE, question, BooleanClause.Occur.SHOULD);
        for (String field : FIELDS) {
            Query expected = BUILDER.createBooleanQuery(field, question, BooleanClause.Occur.SHOULD);
            var moved = FieldRetarget.to(sentence, field);
            assertTrue(moved.isPresent(), () -> "not moved: " + sentence);
            assertEquals(expected, moved.get(), field);
        }
    }
}
