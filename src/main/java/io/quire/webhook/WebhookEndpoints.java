package io.quire.webhook;

import io.quire.config.QuireConfig;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configured webhook endpoints ({@code quire.webhooks.endpoints.<name>.*}), checked when the
 * application starts: a URL that is not absolute http(s) or a secret that is not a Standard Webhooks
 * secret stops the start with a message naming the key.
 */
@Singleton
public class WebhookEndpoints {

    /** One endpoint, by its configured name. */
    public record Endpoint(String name, URI url, WebhookSigner signer) {}

    private final List<Endpoint> endpoints;

    public WebhookEndpoints(QuireConfig config) {
        this.endpoints = of(config.webhooks().endpoints());
    }

    static List<Endpoint> of(Map<String, QuireConfig.Webhooks.Endpoint> configured) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, QuireConfig.Webhooks.Endpoint> entry : new TreeMap<>(configured).entrySet()) {
            String key = "quire.webhooks.endpoints." + entry.getKey();
            endpoints.add(new Endpoint(
                    entry.getKey(),
                    url(key + ".url", entry.getValue().url()),
                    signer(key + ".secret", entry.getValue())));
        }
        return List.copyOf(endpoints);
    }

    private static URI url(String key, String value) {
        try {
            URI url = new URI(value.strip());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalStateException(key + " must be an absolute http or https URL, was '" + value + "'");
    }

    private static WebhookSigner signer(String key, QuireConfig.Webhooks.Endpoint endpoint) {
        try {
            return WebhookSigner.of(endpoint.secret());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + ": " + e.getMessage());
        }
    }

    public List<Endpoint> all() {
        return endpoints;
    }

    public boolean any() {
        return !endpoints.isEmpty();
    }
}
