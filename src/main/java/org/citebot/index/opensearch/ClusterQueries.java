package org.citebot.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.citebot.index.LucenePassageIndex;
import org.citebot.index.PassageQueryBuilder;
import org.citebot.index.PassageRanking;

/**
 * The embedded index's queries ({@code PassageQueryBuilder}, {@code ArticleIndex}) in OpenSearch's
 * query language: one {@code match} per field with the same weights, the question's words
 * analysed by the index's question analyzer into the same terms and synonym graph; a
 * {@code fuzzy} clause per unknown word. User text is only ever a {@code match}'s query string,
 * never query syntax.
 *
 * <p>{@code auto_generate_synonyms_phrase_query} is off as in Lucene's {@code QueryBuilder}, and
 * hits are sorted by score and then by corpus order, as Lucene breaks ties by document id.
 */
final class ClusterQueries {

    private ClusterQueries() {
    }

    /** The passage search for {@code question} (at most 40 words), with fuzzy look-ups of {@code unknown}. */
    static ObjectNode passages(String question, Collection<String> unknown, int size) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", size);
        body.put("track_total_hits", false);
        ArrayNode should = body.putObject("query").putObject("bool").putArray("should");
        match(should, LucenePassageIndex.SENTENCE, question, PassageQueryBuilder.SENTENCE_WEIGHT);
        match(should, LucenePassageIndex.CONTEXT, question, PassageQueryBuilder.CONTEXT_WEIGHT);
        match(should, LucenePassageIndex.PARAGRAPH, question, PassageQueryBuilder.PARAGRAPH_WEIGHT);
        match(should, LucenePassageIndex.TITLE, question, PassageQueryBuilder.TITLE_WEIGHT);
        match(should, LucenePassageIndex.SOURCE, question, PassageQueryBuilder.SOURCE_WEIGHT);
        for (String term : unknown) {
            should.addObject().putObject("fuzzy").putObject(LucenePassageIndex.SENTENCE)
                    .put("value", term)
                    .put("fuzziness", PassageQueryBuilder.fuzzyEdits(term))
                    .put("boost", PassageQueryBuilder.FUZZY_WEIGHT);
        }
        ArrayNode sort = body.putArray("sort");
        sort.add("_score");
        sort.addObject().put(PassageSource.SEQ, "asc");
        body.putArray("_source").add(LucenePassageIndex.DOC).add(PassageSource.TEXT_SHA).add(PassageSource.ORD)
                .add(PassageSource.SPANS);
        return body;
    }

    /** The article search for {@code question} (at most 40 words): title and body. */
    static ObjectNode articles(String question) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", PassageRanking.ARTICLES);
        body.put("track_total_hits", false);
        ArrayNode should = body.putObject("query").putObject("bool").putArray("should");
        match(should, LucenePassageIndex.TITLE, question, PassageQueryBuilder.ARTICLE_TITLE_WEIGHT);
        match(should, LucenePassageIndex.BODY, question, PassageQueryBuilder.ARTICLE_BODY_WEIGHT);
        body.putArray("_source").add(LucenePassageIndex.DOC);
        return body;
    }

    private static void match(ArrayNode should, String field, String text, float boost) {
        should.addObject().putObject("match").putObject(field)
                .put("query", text)
                .put("boost", boost)
                .put("auto_generate_synonyms_phrase_query", false);
    }

    /** How many passages hold each of {@code terms} in each field named, one request for all. */
    static ObjectNode termCounts(Collection<String> terms, Collection<String> fields) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", false);
        ObjectNode filters = body.putObject("aggs").putObject("df").putObject("filters").putObject("filters");
        for (String term : terms) {
            for (String field : fields) {
                filters.putObject(field + ":" + term).putObject("term").put(field, term);
            }
        }
        return body;
    }

    /** Whether any passage's paragraph holds a longer form or a typo of {@code term}. */
    static ObjectNode looseMatch(String term) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", 0);
        body.put("terminate_after", 1);
        body.put("track_total_hits", 1);
        ArrayNode should = body.putObject("query").putObject("bool").putArray("should");
        should.addObject().putObject("prefix").put(LucenePassageIndex.PARAGRAPH, LucenePassageIndex.loosePrefix(term));
        should.addObject().putObject("fuzzy").putObject(LucenePassageIndex.PARAGRAPH)
                .put("value", term).put("fuzziness", LucenePassageIndex.looseEdits(term));
        return body;
    }
}
