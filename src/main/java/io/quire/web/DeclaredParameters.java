package io.quire.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The query parameters each endpoint takes, from the declarations the OpenAPI document is written
 * from: for an endpoint that declares them ({@link EndpointDeclaration}), that one declaration ({@link
 * ParameterDeclarations}, by operationId); for the others, the {@code @QueryParam}s of the resource
 * method and its class. The parameter checks
 * ({@link RequestChecks}) go by it. Names are matched ignoring case, as the REST layer binds them
 * ({@link QueryString}).
 */
@Singleton
public class DeclaredParameters {

    /** The query parameter every endpoint accepts and ignores: browsers' cache-buster. */
    public static final String CACHE_BUSTER = "_";

    /**
     * Accepted by every endpoint: the cache-buster, and {@code preview}, which clients send with every
     * request once they preview (the TypeScript client's {@code previewVia: 'query'}); endpoints
     * without drafts show only published posts, and the request is still personal (never cached).
     */
    public static final Set<String> EVERYWHERE = Set.of(CACHE_BUSTER, PreviewRequest.PARAMETER);

    /** What one endpoint takes, as declared and lower-cased for matching. */
    public record Taken(SortedSet<String> names, Set<String> lowerCase) {

        static Taken of(Set<String> names) {
            return new Taken(
                    Collections.unmodifiableSortedSet(new TreeSet<>(names)),
                    names.stream().map(DeclaredParameters::lower).collect(Collectors.toUnmodifiableSet()));
        }

        /** Whether the endpoint takes a parameter of this name (or it is accepted everywhere). */
        public boolean takes(String name) {
            String lower = lower(name);
            return lowerCase.contains(lower) || EVERYWHERE.contains(lower);
        }
    }

    private final Instance<ParameterDeclarations> declarations;
    private final Map<Method, Taken> byMethod = new ConcurrentHashMap<>();
    private volatile Map<String, Set<String>> lenientPaths;

    public DeclaredParameters(@Any Instance<ParameterDeclarations> declarations) {
        this.declarations = declarations;
    }

    /** The parameters {@code method} takes. */
    public Taken of(Method method) {
        return byMethod.computeIfAbsent(method, this::declared);
    }

    /**
     * For a path of an {@link IgnoresUnknownParameters} resource, the parameters its GET endpoint
     * reads (those it declares and every {@code @QueryParam} it binds, those it answers with a 400
     * included), lower-cased;
     * null for any other path (whose unknown parameters are refused, so never cached).
     */
    public Set<String> ofLenientPath(String path) {
        Map<String, Set<String>> paths = lenientPaths;
        if (paths == null) {
            paths = lenientPaths = lenientPaths();
        }
        return paths.get(path);
    }

    private Taken declared(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        if (operation != null) {
            for (ParameterDeclarations declaration : declarations) {
                Optional<List<String>> names = declaration.ofOperation(operation.operationId());
                if (names.isPresent()) {
                    return Taken.of(Set.copyOf(names.get()));
                }
            }
        }
        return Taken.of(bound(method));
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
                    Set<String> read = new TreeSet<>(bound(method));
                    read.addAll(of(method).names());
                    paths.put(
                            join(base, sub),
                            read.stream().map(DeclaredParameters::lower).collect(Collectors.toUnmodifiableSet()));
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

    /** The {@code @QueryParam}s {@code method} binds: its own, its {@code @BeanParam}'s and its class's. */
    private static Set<String> bound(Method method) {
        Set<String> names = new TreeSet<>();
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
        return names;
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

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
