package org.citebot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.citebot.config.ConfigDir;
import org.citebot.index.FrenchAnalysis;

/**
 * The settings and mappings of one citebot index, from {@code config/opensearch/<name>.json},
 * with the synonyms filled in: citebot's own, then those of {@code config/synonyms.txt}
 * ({@link FrenchAnalysis#withBuiltInRules}).
 *
 * <p>The synonym filter ({@value #SYNONYM_FILTER}) is given the rules already analysed by
 * citebot's own chain ({@link FrenchAnalysis#analysedRules}) and parses them with the whitespace
 * analyzer: OpenSearch would otherwise analyse them with the question chain, whose stop words
 * leave gaps that its synonym parser rejects (« Organisation du traité de l'Atlantique nord »).
 * No rules: the filter is left out.
 *
 * <p>{@link #hash} identifies the definition (and the analysis version): an index built from
 * another one is recreated by the loader.
 */
public record IndexDefinition(String name, ObjectNode body) {

    static final String SYNONYM_FILTER = "citebot_synonyms";
    static final String FOLDER = "opensearch";

    /** The definition {@code config/opensearch/<name>.json}, synonyms filled in. */
    public static IndexDefinition load(ConfigDir config, String name) {
        Path file = config.resolve(FOLDER).resolve(name + ".json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("index definition " + file + " not found: copy config/opensearch/ "
                    + "from the citebot distribution into the config folder");
        }
        ObjectNode body;
        try {
            JsonNode tree = ClusterClient.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!(tree instanceof ObjectNode o)) {
                throw new IllegalArgumentException(file + " is not a JSON object");
            }
            body = o;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        withSynonyms(body, FrenchAnalysis.analysedRules(FrenchAnalysis.withBuiltInRules(config.lines("synonyms.txt"))));
        return new IndexDefinition(name, body);
    }

    private static void withSynonyms(ObjectNode body, List<String> rules) {
        JsonNode analysis = body.path("settings").path("analysis");
        if (!(analysis.path("filter").path(SYNONYM_FILTER) instanceof ObjectNode filter)) {
            return;
        }
        if (!rules.isEmpty()) {
            ArrayNode list = filter.putArray("synonyms");
            rules.forEach(list::add);
            return;
        }
        ((ObjectNode) analysis.path("filter")).remove(SYNONYM_FILTER);
        analysis.path("analyzer").forEach(analyzer -> {
            if (analyzer.path("filter") instanceof ArrayNode filters) {
                for (int i = filters.size() - 1; i >= 0; i--) {
                    if (SYNONYM_FILTER.equals(filters.get(i).asText())) {
                        filters.remove(i);
                    }
                }
            }
        });
    }

    /** SHA-256 of the definition and of citebot's analysis version. */
    public String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("analysis " + FrenchAnalysis.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(ClusterClient.JSON.writeValueAsBytes(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot hash the index definition", e);
        }
    }
}
