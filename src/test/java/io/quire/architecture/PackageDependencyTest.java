package io.quire.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.Path;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled classes (ArchUnit, no Quarkus
 * boot): dependencies flow one way, so a change that closes a cycle or reaches up a layer fails the
 * build and names the classes that do it.
 */
class PackageDependencyTest {

    /** The packages of features: what the shared web and HTTP layers must not know. */
    private static final String[] FEATURES = {
        "io.quire.admin..",
        "io.quire.archive..",
        "io.quire.asset..",
        "io.quire.cdn..",
        "io.quire.changes..",
        "io.quire.feed..",
        "io.quire.link..",
        "io.quire.post..",
        "io.quire.search..",
        "io.quire.sync..",
        "io.quire.tag..",
        "io.quire.webhook..",
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.quire");
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.quire.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void servicesAndDomainNeverDependOnTheApiLayer() {
        noClasses()
                .that()
                .resideInAnyPackage("io.quire..service..", "io.quire..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.quire..api..")
                .check(classes);
    }

    /**
     * Problem mapping, parameters, previews and HTTP caching serve every feature and know none;
     * {@code web.openapi}, which assembles the document from every feature's declarations, is above
     * them.
     */
    @Test
    void webAndHttpDoNotKnowTheFeatures() {
        noClasses()
                .that()
                .resideInAnyPackage("io.quire.web", "io.quire.http..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .check(classes);
    }

    /** The import side shares no code with the read side: the two meet in the database. */
    @Test
    void importSideDoesNotKnowTheReadSide() {
        noClasses()
                .that()
                .resideInAnyPackage("io.quire.content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.quire..api..", "io.quire..service..", "io.quire.web..")
                .check(classes);
    }

    /**
     * The read side does not reach into the import pipeline: what both halves use (slugs, languages,
     * HTML escaping, the table of contents' entries) is in {@code io.quire.shared}; they meet in the
     * database and the content version ({@code io.quire.content}).
     */
    @Test
    void readSideDoesNotKnowTheImportPipeline() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.quire.post..",
                        "io.quire.search..",
                        "io.quire.tag..",
                        "io.quire.feed..",
                        "io.quire.sync..",
                        "io.quire.archive..",
                        "io.quire.changes..",
                        "io.quire.cdn..",
                        "io.quire.web")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.quire.content.*..")
                .check(classes);
    }

    /**
     * Resources answer with records of their feature's {@code api} package, mapped from what the
     * services return: no resource method returns a service, domain or view type, nor one that holds
     * one (as a type argument or a record component, at any depth), so a service's record can change
     * without changing the HTTP contract. No exceptions.
     */
    @Test
    void resourcesAnswerWithApiRecords() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Path.class)
                .and()
                .arePublic()
                .should(new ArchCondition<JavaMethod>("return no service, domain or view type") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (Class<?> type : serialised(method.reflect().getGenericReturnType())) {
                            String name = type.getName();
                            if (name.matches("io\\.quire\\..*\\.(service|domain|view)\\..*")) {
                                events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " returns " + name));
                            }
                        }
                    }
                })
                .check(classes);
    }

    /**
     * The classes a response of this type is written from: the type, its type arguments and, for a
     * record, the types of its components, recursively.
     */
    private static Set<Class<?>> serialised(Type type) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        collect(type, classes);
        return classes;
    }

    private static void collect(Type type, Set<Class<?>> classes) {
        if (type instanceof Class<?> plain) {
            if (classes.add(plain) && plain.isRecord()) {
                for (RecordComponent component : plain.getRecordComponents()) {
                    collect(component.getGenericType(), classes);
                }
            }
        } else if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), classes);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, classes);
            }
        }
    }
}
