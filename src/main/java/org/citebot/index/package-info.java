/**
 * The French analysis chain and the embedded Lucene passage index behind the {@link org.citebot.index.Retriever} interface.
 */
package org.citebot.index;
