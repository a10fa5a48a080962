package io.quire.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query parameters each endpoint reads, as its resource declares them ({@code @QueryParam} on the
 * method, on the fields of its {@code @BeanParam} and of its class): the one list that parameter
 * checks and the response cache's key both go by.
 */
@Singleton
public class DeclaredParameters {

    /** The query parameter every endpoint accepts and ignores: browsers' cache-buster. */
    public static final String CACHE_BUSTER = "_";

    /**
     * Accepted by every endpoint: the cache-buster, and {@code preview}, which clients send with every
     * request once they preview (the TypeScript client's {@code previewVia: 'query'}); endpoints
     * without drafts ignore it, and the request is still personal (never cached).
     */
    public static final Set<String> EVERYWHERE = Set.of(CACHE_BUSTER, "preview");

    private final Map<Method, SortedSet<String>> byMethod = new ConcurrentHashMap<>();
    private volatile Map<String, Set<String>> lenientPaths;

    /** The parameters {@code method} declares, in name order. */
    public SortedSet<String> of(Method method) {
        return byMethod.computeIfAbsent(method, DeclaredParameters::declared);
    }

    /**
     * For a path of an {@link IgnoresUnknownParameters} resource, the parameters its GET endpoint
     * declares; null for any other path (whose unknown parameters are refused, so never cached).
     */
    public Set<String> ofLenientPath(String path) {
        Map<String, Set<String>> paths = lenientPaths;
        if (paths == null) {
            paths = lenientPaths = lenientPaths();
        }
        return paths.get(path);
    }

    private Map<String, Set<String>> lenientPaths() {
        Map<String, Set<String>> paths = new HashMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (!type.isAnnotationPresent(IgnoresUnknownParameters.class)) {
                continue;
            }
            String base = type.isAnnotationPresent(Path.class)
                    ? type.getAnnotation(Path.class).value()
                    : "";
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    String sub = method.isAnnotationPresent(Path.class)
                            ? method.getAnnotation(Path.class).value()
                            : "";
                    paths.put(join(base, sub), of(method));
                }
            }
        }
        return Map.copyOf(paths);
    }

    private static String join(String base, String sub) {
        String path = "/" + stripSlashes(base) + "/" + stripSlashes(sub);
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String stripSlashes(String text) {
        return text.replaceAll("^/+|/+$", "");
    }

    private static SortedSet<String> declared(Method method) {
        SortedSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                addFields(parameter.getType(), names);
            }
        }
        addFields(method.getDeclaringClass(), names);
        return Collections.unmodifiableSortedSet(names);
    }

    private static void addFields(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
            }
        }
    }
}
