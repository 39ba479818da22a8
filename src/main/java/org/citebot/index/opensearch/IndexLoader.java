package org.citebot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citebot.config.ConfigDir;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.Document;
import org.citebot.index.IndexStore;
import org.citebot.index.Passage;
import org.citebot.index.PassageSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a corpus into the cluster: creates the passage and article indexes from
 * {@code config/opensearch/} when missing (recreates them when their definition changed), then
 * bulk-writes every passage and article, progress reported per batch.
 *
 * <p>Safe to re-run: documents are written under stable ids (a passage's is its document id and
 * ordinal), so a second load overwrites rather than duplicates; documents a load did not write (an
 * article removed from the folder) are deleted at its end, and a reloaded index is merged down to
 * one segment per shard so that overwritten documents do not linger in the term statistics BM25
 * scores with (a corpus is read far more often than loaded). The corpus fingerprint is
 * recorded last: a load cut short is redone in full by the next run, and a run on an unchanged
 * corpus does nothing.
 */
public final class IndexLoader {

    private static final Logger LOG = LoggerFactory.getLogger(IndexLoader.class);
    /** Documents per bulk request: a few hundred kilobytes of text. */
    static final int BATCH = 500;
    static final String META = "citebot";

    /** What a load did. */
    public record Result(int passages, int articles, long deleted, boolean recreated, boolean upToDate) {
    }

    /** Told after each bulk request. */
    public interface Progress {
        void loaded(int done, int total);
    }

    private final ClusterClient client;
    private final OpenSearchSettings settings;

    private IndexLoader(ClusterClient client, OpenSearchSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * Loads {@code corpus} into the cluster of {@code settings} with the definitions of
     * {@code config}; {@code force} reloads an unchanged corpus too.
     */
    public static Result load(OpenSearchSettings settings, ConfigDir config, Corpus corpus, PassageSplitter splitter,
                              boolean force, Progress progress) {
        IndexDefinition passages = IndexDefinition.load(config, "passages");
        IndexDefinition articles = IndexDefinition.load(config, "articles");
        try (ClusterClient client = ClusterClient.connect(settings)) {
            return new IndexLoader(client, settings).run(passages, articles, corpus, splitter, force, progress);
        }
    }

    private Result run(IndexDefinition passageDef, IndexDefinition articleDef, Corpus corpus, PassageSplitter splitter,
                       boolean force, Progress progress) {
        boolean recreated = ensure(settings.passagesIndex(), passageDef) | ensure(settings.articlesIndex(), articleDef);
        String fingerprint = IndexStore.fingerprint(corpus);
        if (!force && !recreated && fingerprint.equals(meta(settings.passagesIndex()).path("corpus").asText())
                && fingerprint.equals(meta(settings.articlesIndex()).path("corpus").asText())) {
            return new Result(0, 0, 0, false, true);
        }
        String load = UUID.randomUUID().toString();
        List<String[]> actions = new ArrayList<>();
        int seq = 0;
        for (Document doc : corpus.documents()) {
            for (Passage p : splitter.split(doc)) {
                actions.add(new String[] {settings.passagesIndex(), PassageSource.id(p),
                        PassageSource.passage(doc, p, seq++, load).toString()});
            }
        }
        int passages = actions.size();
        for (Document doc : corpus.documents()) {
            actions.add(new String[] {settings.articlesIndex(), doc.id(), PassageSource.article(doc, load).toString()});
        }
        for (int from = 0; from < actions.size(); from += BATCH) {
            bulk(actions.subList(from, Math.min(actions.size(), from + BATCH)));
            progress.loaded(Math.min(actions.size(), from + BATCH), actions.size());
        }
        long deleted = 0;
        for (String index : List.of(settings.passagesIndex(), settings.articlesIndex())) {
            client.send("POST", "/" + index + "/_refresh", null);
            deleted += deleteOthers(index, load);
            if (!recreated) {
                // Overwritten and deleted documents still count in the term statistics, each
                // shard copy as its own merges left it: merged away, every copy scores as a fresh
                // index (and as the embedded one) does.
                client.send("POST", "/" + index + "/_forcemerge?max_num_segments=1", null);
                client.send("POST", "/" + index + "/_refresh", null);
            }
        }
        record(settings.passagesIndex(), passageDef, fingerprint);
        record(settings.articlesIndex(), articleDef, fingerprint);
        return new Result(passages, corpus.documents().size(), deleted, recreated, false);
    }

    /** Creates {@code index} unless it exists with this very definition; true when (re)created. */
    private boolean ensure(String index, IndexDefinition def) {
        if (client.exists("/" + index)) {
            if (def.hash().equals(meta(index).path("definition").asText())) {
                return false;
            }
            LOG.info("index {} was built from another definition: recreated", index);
            client.send("DELETE", "/" + index, null);
        }
        ObjectNode body = def.body().deepCopy();
        ObjectNode mappings = body.has("mappings") ? (ObjectNode) body.get("mappings") : body.putObject("mappings");
        mappings.putObject("_meta").putObject(META).put("definition", def.hash());
        client.send("PUT", "/" + index, body);
        client.send("GET", "/_cluster/health/" + index + "?wait_for_status=yellow&timeout=60s", null);
        return true;
    }

    /** citebot's notes in the index's mapping ({@code _meta.citebot}). */
    private JsonNode meta(String index) {
        JsonNode mapping = client.send("GET", "/" + index + "/_mapping", null);
        JsonNode first = mapping.elements().hasNext() ? mapping.elements().next() : ClusterClient.JSON.nullNode();
        return first.path("mappings").path("_meta").path(META);
    }

    private void bulk(List<String[]> actions) {
        StringBuilder lines = new StringBuilder();
        for (String[] a : actions) {
            ObjectNode head = ClusterClient.JSON.createObjectNode();
            head.putObject("index").put("_index", a[0]).put("_id", a[1]);
            lines.append(head).append('\n').append(a[2]).append('\n');
        }
        JsonNode answer = client.sendLines("POST", "/_bulk", lines.toString());
        if (answer.path("errors").asBoolean(false)) {
            for (JsonNode item : answer.path("items")) {
                JsonNode error = item.path("index").path("error");
                if (!error.isMissingNode()) {
                    throw new ClusterException("bulk load refused document " + item.path("index").path("_id").asText()
                            + ": " + error.path("reason").asText(error.toString()), item.path("index").path("status")
                            .asInt(), null);
                }
            }
        }
    }

    private long deleteOthers(String index, String load) {
        ObjectNode query = ClusterClient.JSON.createObjectNode();
        query.putObject("query").putObject("bool").putObject("must_not").putObject("term")
                .put(PassageSource.LOAD, load);
        return client.send("POST", "/" + index + "/_delete_by_query?refresh=true&conflicts=proceed", query)
                .path("deleted").asLong();
    }

    private void record(String index, IndexDefinition def, String fingerprint) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.putObject("_meta").set(META, ClusterClient.JSON.valueToTree(Map.of("definition", def.hash(),
                "corpus", fingerprint)));
        client.send("PUT", "/" + index + "/_mapping", body);
    }
}
