package org.citebot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citebot.config.ConfigDir;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.Document;
import org.citebot.index.IndexStore;
import org.citebot.index.Passage;
import org.citebot.index.PassageSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a corpus into the cluster: a new generation of the passage and article indexes, created
 * from {@code config/opensearch/} and bulk-written with progress reported per batch, then put in
 * service at once by moving the aliases the bots search ({@code <index>} and
 * {@code <index>-articles}) onto it; the previous generation is deleted.
 *
 * <p>A fresh index per load, rather than overwriting documents in place, keeps scores exact:
 * OpenSearch keeps overwritten and deleted documents (soft deletes, for replica recovery), and
 * they would count in the term statistics BM25 scores with. Bots keep answering during a load,
 * from the previous generation. Safe to re-run: a load cut short leaves an index no alias points
 * to, deleted by the next run; a run on an unchanged corpus with unchanged definitions does
 * nothing (the corpus fingerprint and the definitions' hash are kept in each index's
 * {@code _meta}).
 */
public final class IndexLoader {

    private static final Logger LOG = LoggerFactory.getLogger(IndexLoader.class);
    /** Documents per bulk request: a few hundred kilobytes of text. */
    static final int BATCH = 500;
    static final String META = "citebot";
    private static final java.time.format.DateTimeFormatter GENERATION =
            java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS").withZone(java.time.ZoneOffset.UTC);

    /** What a load did. */
    public record Result(int passages, int articles, String generation, boolean upToDate) {
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
        String fingerprint = IndexStore.fingerprint(corpus);
        List<String> oldPassages = behind(settings.passagesIndex());
        List<String> oldArticles = behind(settings.articlesIndex());
        if (!force && current(oldPassages, passageDef, fingerprint) && current(oldArticles, articleDef, fingerprint)) {
            return new Result(0, 0, oldPassages.get(0), true);
        }
        deleteUnused(oldPassages, oldArticles);
        String generation = GENERATION.format(java.time.Instant.now());
        String passages = settings.passagesIndex() + "-passages-" + generation;
        String articles = settings.articlesIndex() + "-" + generation;
        create(passages, passageDef, fingerprint);
        create(articles, articleDef, fingerprint);
        List<String[]> actions = new ArrayList<>();
        int seq = 0;
        for (Document doc : corpus.documents()) {
            for (Passage p : splitter.split(doc)) {
                actions.add(new String[] {passages, PassageSource.id(p), PassageSource.passage(doc, p, seq++).toString()});
            }
        }
        int passageCount = actions.size();
        for (Document doc : corpus.documents()) {
            actions.add(new String[] {articles, doc.id(), PassageSource.article(doc).toString()});
        }
        for (int from = 0; from < actions.size(); from += BATCH) {
            bulk(actions.subList(from, Math.min(actions.size(), from + BATCH)));
            progress.loaded(Math.min(actions.size(), from + BATCH), actions.size());
        }
        client.send("POST", "/" + passages + "," + articles + "/_refresh", null);
        swap(settings.passagesIndex(), oldPassages, passages);
        swap(settings.articlesIndex(), oldArticles, articles);
        for (String old : concat(oldPassages, oldArticles)) {
            if (!old.equals(settings.passagesIndex()) && !old.equals(settings.articlesIndex())) {
                client.send("DELETE", "/" + old, null);
            }
        }
        return new Result(passageCount, corpus.documents().size(), generation, false);
    }

    /** The indexes {@code name} designates now: those behind the alias, or the index of that name. */
    private List<String> behind(String name) {
        if (!client.exists("/" + name)) {
            return List.of();
        }
        JsonNode aliases = client.send("GET", "/" + name + "/_alias", null);
        List<String> out = new ArrayList<>();
        aliases.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private boolean current(List<String> indexes, IndexDefinition def, String fingerprint) {
        if (indexes.size() != 1) {
            return false;
        }
        JsonNode meta = meta(indexes.get(0));
        return def.hash().equals(meta.path("definition").asText()) && fingerprint.equals(meta.path("corpus").asText());
    }

    /** Deletes generations no alias points to: loads that did not finish. */
    private void deleteUnused(List<String> passagesInUse, List<String> articlesInUse) {
        String pattern = settings.passagesIndex() + "-passages-*," + settings.articlesIndex() + "-*";
        for (JsonNode index : client.send("GET", "/_cat/indices/" + pattern + "?format=json&h=index", null)) {
            String name = index.path("index").asText();
            if (!passagesInUse.contains(name) && !articlesInUse.contains(name)) {
                LOG.info("deleting {}, left by a load that did not finish", name);
                client.send("DELETE", "/" + name, null);
            }
        }
    }

    private void create(String index, IndexDefinition def, String fingerprint) {
        ObjectNode body = def.body().deepCopy();
        ObjectNode mappings = body.has("mappings") ? (ObjectNode) body.get("mappings") : body.putObject("mappings");
        mappings.putObject("_meta").set(META, ClusterClient.JSON.valueToTree(Map.of("definition", def.hash(),
                "corpus", fingerprint)));
        client.send("PUT", "/" + index, body);
        client.send("GET", "/_cluster/health/" + index + "?wait_for_status=yellow&timeout=60s", null);
    }

    /**
     * Points {@code alias} at {@code fresh} in one step; an index that bore the alias's name
     * itself (not an alias) is removed in the same step.
     */
    private void swap(String alias, List<String> old, String fresh) {
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        var actions = body.putArray("actions");
        for (String o : old) {
            if (o.equals(alias)) {
                actions.addObject().putObject("remove_index").put("index", o);
            } else {
                actions.addObject().putObject("remove").put("index", o).put("alias", alias);
            }
        }
        actions.addObject().putObject("add").put("index", fresh).put("alias", alias);
        client.send("POST", "/_aliases", body);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
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
}
