package org.citebot.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenSearchPassageIndexTest {

    @Test
    void aRefusalForTooManyClausesIsToldApartWhateverItsStatus() {
        assertTrue(OpenSearchPassageIndex.tooManyClauses(new ClusterException("OpenSearch search failed: "
                + "too_many_nested_clauses: Query contains too many nested clauses; maxClauseCount is set to 1024",
                500, null)));
        assertTrue(OpenSearchPassageIndex.tooManyClauses(new ClusterException("OpenSearch search failed: "
                + "too_many_clauses: maxClauseCount is set to 1024", 400, null)));
        assertFalse(OpenSearchPassageIndex.tooManyClauses(new ClusterException("OpenSearch search failed: "
                + "index_not_found_exception: no such index [citebot-passages]", 404, null)));
        assertFalse(OpenSearchPassageIndex.tooManyClauses(new ClusterException("node unreachable", 503, null)));
    }
}
