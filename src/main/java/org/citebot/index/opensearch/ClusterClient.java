package org.citebot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.opensearch.client.Node;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON requests to an OpenSearch cluster through any of its nodes.
 *
 * <p>Built on OpenSearch's low-level REST client, which sends each request to the next live node
 * in turn; a node that cannot be reached (or answers 502, 503 or 504) is set aside and the same
 * request is tried on the next one, and the node is tried again after a back-off. So one node
 * down loses no question. The typed client ({@code opensearch-java}) was not taken: citebot's
 * index definitions are JSON files a deployer edits, and its queries are a few JSON trees, which
 * the typed builders would only re-spell.
 */
final class ClusterClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterClient.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient client;

    private ClusterClient(RestClient client) {
        this.client = client;
    }

    static ClusterClient connect(OpenSearchSettings settings) {
        HttpHost[] hosts = settings.urls().stream().map(ClusterClient::host).toArray(HttpHost[]::new);
        var builder = RestClient.builder(hosts).setFailureListener(new RestClient.FailureListener() {
            @Override
            public void onFailure(Node node) {
                LOG.warn("OpenSearch node {} failed; its requests go to the other nodes", node.getHost());
            }
        });
        if (settings.user().isPresent()) {
            String token = settings.user().get() + ":" + settings.password().orElse("");
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))});
        }
        return new ClusterClient(builder.build());
    }

    private static HttpHost host(URI url) {
        int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        return new HttpHost(url.getScheme(), url.getHost(), port);
    }

    /** {@code method path} with a JSON body (or none), the parsed answer back. */
    JsonNode send(String method, String path, JsonNode body) {
        return send(method, path, body == null ? null : body.toString(), ContentType.APPLICATION_JSON);
    }

    /** {@code method path} with a newline-delimited JSON body (bulk, multi-search). */
    JsonNode sendLines(String method, String path, String ndjson) {
        return send(method, path, ndjson, ContentType.create("application/x-ndjson", StandardCharsets.UTF_8));
    }

    /** Whether {@code path} exists (HEAD answered 200). */
    boolean exists(String path) {
        try {
            Response r = client.performRequest(new Request("HEAD", path));
            return r.getStatusLine().getStatusCode() == 200;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return false;
            }
            throw failure("HEAD", path, e);
        } catch (IOException e) {
            throw failure("HEAD", path, e);
        }
    }

    private JsonNode send(String method, String path, String body, ContentType type) {
        Request request = new Request(method, path);
        if (body != null) {
            request.setEntity(new StringEntity(body, type));
        }
        try {
            Response r = client.performRequest(request);
            String text = r.getEntity() == null ? "{}" : EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8);
            return JSON.readTree(text);
        } catch (IOException | org.apache.hc.core5.http.ParseException e) {
            throw failure(method, path, e);
        }
    }

    private ClusterException failure(String method, String path, Exception e) {
        if (e instanceof ResponseException re) {
            int status = re.getResponse().getStatusLine().getStatusCode();
            return new ClusterException("OpenSearch answered " + status + " to " + method + " " + path + ": "
                    + reason(re), status, e);
        }
        return new ClusterException("OpenSearch unreachable (" + method + " " + path + "): " + e.getMessage(), 0, e);
    }

    /** The cluster's own reason from an error body, else the status line. */
    private static String reason(ResponseException e) {
        try {
            JsonNode error = JSON.readTree(EntityUtils.toString(e.getResponse().getEntity())).path("error");
            JsonNode root = error.path("root_cause").path(0);
            String reason = root.path("reason").asText(error.path("reason").asText(""));
            return reason.isEmpty() ? e.getResponse().getStatusLine().toString() : reason;
        } catch (IOException | org.apache.hc.core5.http.ParseException | RuntimeException parse) {
            return e.getResponse().getStatusLine().toString();
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("closing the OpenSearch client", e);
        }
    }
}
