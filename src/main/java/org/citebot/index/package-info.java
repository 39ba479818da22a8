/**
 * The French analysis chain, the passages and the texts indexed for them, and the embedded Lucene
 * passage index behind the {@link org.citebot.index.PassageIndex} interface (its OpenSearch
 * counterpart is in {@code org.citebot.index.opensearch}); {@link org.citebot.index.PassageRanking}
 * gives both the same final order.
 */
package org.citebot.index;
