package io.quire.web.openapi;

import io.quire.config.QuireConfig;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;

/**
 * The values of {@code quire.*} keys when the document is built: the configured value if the build
 * sees one, else the key's default in {@link QuireConfig}. Texts of the document name a key in braces
 * ({@code {quire.api.max-page-size}}) where they give its value, so that no configurable value is
 * written twice.
 */
final class ConfiguredValues {

    private static final Pattern KEY = Pattern.compile("\\{(quire\\.[a-z0-9.-]+)}");

    private ConfiguredValues() {}

    /** Writes the configured values into the descriptions of operations and of shared headers. */
    static void apply(OpenAPI openAPI) {
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                operation.setDescription(resolve(operation.getDescription()));
            }
        }
        if (openAPI.getComponents().getHeaders() != null) {
            for (Header header : openAPI.getComponents().getHeaders().values()) {
                header.setDescription(resolve(header.getDescription()));
            }
        }
    }

    /** The text with every {@code {quire.key}} replaced by the key's value. */
    static String resolve(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher key = KEY.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (key.find()) {
            key.appendReplacement(resolved, Matcher.quoteReplacement(value(key.group(1))));
        }
        key.appendTail(resolved);
        return resolved.toString();
    }

    /** The value of a {@code quire.*} key. */
    static String value(String key) {
        Optional<String> configured;
        try {
            configured = ConfigProvider.getConfig().getOptionalValue(key, String.class);
        } catch (IllegalStateException | IllegalArgumentException e) {
            configured = Optional.empty();
        }
        return configured.orElseGet(() -> defaultOf(key));
    }

    /** The {@code @WithDefault} of the {@link QuireConfig} method that maps {@code key}. */
    private static String defaultOf(String key) {
        String[] parts = key.split("\\.");
        Class<?> group = QuireConfig.class;
        Method method = null;
        for (int i = 1; i < parts.length; i++) {
            method = method(group, parts[i])
                    .orElseThrow(() ->
                            new IllegalStateException("No configuration key " + key + " in " + QuireConfig.class));
            group = method.getReturnType();
        }
        WithDefault value = method == null ? null : method.getAnnotation(WithDefault.class);
        if (value == null) {
            throw new IllegalStateException("The configuration key " + key + " has no default to document");
        }
        return value.value();
    }

    private static Optional<Method> method(Class<?> group, String name) {
        for (Method method : group.getMethods()) {
            WithName renamed = method.getAnnotation(WithName.class);
            String mapped = renamed != null ? renamed.value() : kebab(method.getName());
            if (mapped.equals(name)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
