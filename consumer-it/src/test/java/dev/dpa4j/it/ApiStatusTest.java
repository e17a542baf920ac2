/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published API: every public type of an exported package carries {@code @API}, and no public or protected
 * signature there names a type of a package that its module does not export (the {@code internal} packages).
 *
 * <p>The modules and their exports are read from the {@code module-info.class} of every {@code dev.dpa4j.*} module
 * on this test's class path, so a new export is checked without editing this test. Every published module (a jar
 * module of the reactor whose deploy is not skipped, as {@link BomTest} finds them) must be on that class path, that
 * is a test dependency of consumer-it: {@link #should_cover_every_published_module_when_the_class_path_is_read()}
 * fails for one that is not. {@code scripts/add-api-annotations.py} adds the missing annotations.
 */
class ApiStatusTest {

    private static final String FIXTURES = "dev.dpa4j.it.apifixture";
    private static final Path ROOT = Path.of("..");
    private static final Pattern MODULE_DECLARATION =
            Pattern.compile("(?:^|[\\s;}])(?:open\\s+)?module\\s+([\\w.]+)\\s*\\{");

    private static final List<ModuleDescriptor> MODULES = new ArrayList<>();
    private static final Set<URI> ROOTS = new LinkedHashSet<>();
    private static @Nullable JavaClasses imported;

    @BeforeAll
    static void readModuleDescriptors() throws IOException {
        List<URL> urls = Collections.list(ApiStatusTest.class.getClassLoader().getResources("module-info.class"));
        for (URL url : urls) {
            ModuleDescriptor descriptor;
            try (InputStream in = url.openStream()) {
                descriptor = ModuleDescriptor.read(in);
            }
            if (descriptor.name().startsWith("dev.dpa4j.")) {
                String location = url.toString();
                MODULES.add(descriptor);
                ROOTS.add(URI.create(location.substring(0, location.length() - "module-info.class".length())));
            }
        }
    }

    @Test
    void should_cover_every_published_module_when_the_class_path_is_read() throws Exception {
        // given: the module name in the module-info.java of every published module of the reactor
        Set<String> published = new TreeSet<>();
        for (Path directory : BomTest.publishedJarModuleDirectories(ROOT).values()) {
            published.add(moduleName(directory.resolve("src/main/java/module-info.java")));
        }

        // when
        Set<String> checked =
                MODULES.stream().map(ModuleDescriptor::name).collect(Collectors.toCollection(TreeSet::new));

        // then
        assertThat(published)
                .contains(
                        "dev.dpa4j.model",
                        "dev.dpa4j.validate",
                        "dev.dpa4j.render",
                        "dev.dpa4j.cli",
                        "dev.dpa4j.dpv",
                        "dev.dpa4j.importer",
                        "dev.dpa4j.spring");
        assertThat(checked)
                .as(
                        "dev.dpa4j modules on the class path of consumer-it's tests (add a missing one as a test dependency)")
                .containsAll(published);
    }

    @Test
    void should_read_the_module_name_when_a_module_info_has_comments_and_annotations() throws IOException {
        // given
        Path file = Files.createTempFile("module-info", ".java");
        try {
            Files.writeString(
                    file,
                    "/* SPDX */\n/** The module {@code module x.y}. */\n@Deprecated\nopen module dev.dpa4j.sample {\n}\n",
                    StandardCharsets.UTF_8);

            // when
            String name = moduleName(file);

            // then
            assertThat(name).isEqualTo("dev.dpa4j.sample");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void should_mark_every_public_type_of_an_exported_package_with_api() {
        JavaClasses classes = importModules();

        apiStatusRule(exportedPackages()).check(classes);
    }

    @Test
    void should_expose_no_internal_type_when_a_public_signature_is_read() {
        JavaClasses classes = importModules();

        internalExposureRule(exportedPackages(), ownPackages()).check(classes);
    }

    @Test
    void should_report_a_public_type_without_api_when_one_is_unmarked() {
        // given
        JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);

        // when
        EvaluationResult result = apiStatusRule(Set.of(FIXTURES)).evaluate(fixtures);

        // then
        assertThat(result.getFailureReport().getDetails())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains(FIXTURES + ".Unmarked");
    }

    @Test
    void should_report_each_leak_when_a_signature_names_a_non_exported_type() {
        // given
        JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);

        // when
        EvaluationResult result = internalExposureRule(Set.of(FIXTURES), Set.of(FIXTURES, FIXTURES + ".internal"))
                .evaluate(fixtures);

        // then: the three leaks of Leaky, and nothing from Clean or from the package-private method
        List<String> details = result.getFailureReport().getDetails();
        assertThat(details).hasSize(3);
        assertThat(String.join("\n", details))
                .contains("Leaky.find()", "Leaky.take(java.util.List)", "Leaky$Nested.HIDDEN")
                .doesNotContain("Clean", "packagePrivate");
    }

    /** The name declared by a module-info.java: the first {@code module} declaration outside comments. */
    static String moduleName(Path moduleInfo) throws IOException {
        String source = Files.readString(moduleInfo, StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\\n]*", " ");
        Matcher matcher = MODULE_DECLARATION.matcher(source);
        if (!matcher.find()) {
            throw new IllegalStateException(moduleInfo + ": no module declaration");
        }
        return matcher.group(1);
    }

    private static JavaClasses importModules() {
        assertThat(ROOTS).isNotEmpty();
        JavaClasses classes = imported;
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importLocations(ROOTS.stream().map(Location::of).collect(Collectors.toSet()));
            imported = classes;
        }
        return classes;
    }

    private static Set<String> exportedPackages() {
        return MODULES.stream()
                .flatMap(m -> m.exports().stream())
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ownPackages() {
        return MODULES.stream().flatMap(m -> m.packages().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Public top-level types of the exported packages carry {@code @API}; nested types share their outer type's. */
    static ArchRule apiStatusRule(Set<String> exported) {
        return classes()
                .that(publicTopLevelIn(exported))
                .should()
                .beAnnotatedWith(API.class)
                .because("the API status tells users what they may rely on (scripts/add-api-annotations.py adds it)");
    }

    /** No public or protected signature of a visible type names a type of a package its module does not export. */
    static ArchRule internalExposureRule(Set<String> exported, Set<String> own) {
        return classes().that(visibleIn(exported)).should(exposeNoTypeOutside(exported, own));
    }

    private static DescribedPredicate<JavaClass> publicTopLevelIn(Set<String> exported) {
        return DescribedPredicate.describe(
                "are public top-level types of an exported package",
                c -> exported.contains(c.getPackageName())
                        && c.getModifiers().contains(JavaModifier.PUBLIC)
                        && c.isTopLevelClass()
                        && !c.getSimpleName().equals("package-info"));
    }

    private static DescribedPredicate<JavaClass> visibleIn(Set<String> exported) {
        return DescribedPredicate.describe(
                "are visible outside their module", c -> exported.contains(c.getPackageName()) && isVisibleClass(c));
    }

    private static boolean isVisibleClass(JavaClass c) {
        if (!c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getModifiers().contains(JavaModifier.PROTECTED)) {
            return false;
        }
        return c.getEnclosingClass().map(ApiStatusTest::isVisibleClass).orElse(true);
    }

    private static boolean isVisible(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                && !modifiers.contains(JavaModifier.SYNTHETIC)
                && !modifiers.contains(JavaModifier.BRIDGE);
    }

    private static ArchCondition<JavaClass> exposeNoTypeOutside(Set<String> exported, Set<String> own) {
        return new ArchCondition<>("expose no type of a package that is not exported") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
                type.getSuperclass().ifPresent(supertypes::add);
                report(type.getName() + " (supertypes)", supertypes, type, events);
                for (JavaField field : type.getFields()) {
                    if (isVisible(field)) {
                        report(type.getName() + "." + field.getName(), List.of(field.getType()), type, events);
                    }
                }
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (isVisible(unit) && !unit.getName().equals("<clinit>")) {
                        List<JavaType> signature = new ArrayList<>(unit.getParameterTypes());
                        signature.add(unit.getReturnType());
                        unit.getThrowsClause().forEach(t -> signature.add(t.getRawType()));
                        String name = type.getName() + "." + unit.getName() + "("
                                + unit.getRawParameterTypes().stream()
                                        .map(JavaClass::getName)
                                        .collect(Collectors.joining(","))
                                + ")";
                        report(name, signature, type, events);
                    }
                }
            }

            private void report(String where, List<JavaType> types, JavaClass owner, ConditionEvents events) {
                Set<String> hidden = types.stream()
                        .flatMap(t -> t.getAllInvolvedRawTypes().stream())
                        .map(JavaClass::getBaseComponentType)
                        .filter(c -> own.contains(c.getPackageName()) && !exported.contains(c.getPackageName()))
                        .map(JavaClass::getName)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!hidden.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(
                            owner, where + " exposes " + hidden + ", which its module does not export"));
                }
            }
        };
    }
}
