/**
 * The passage index on an OpenSearch cluster, for deployments that outgrow one machine: the
 * cluster's settings and mappings ({@code config/opensearch/}), loading a corpus into it, and a
 * {@link org.citebot.index.PassageIndex} that searches it the way the embedded index searches
 * itself, so the answerer cannot tell them apart.
 */
package org.citebot.index.opensearch;
