/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code example in the Javadoc of an exported package (a pre block holding a code tag) compiles against the
 * published jars. dpa4j's baseline is Java 17, so examples cannot be snippet tags (Java 18); instead each is
 * compiled here as the body of a method whose parameters are the few names the examples take as given
 * ({@link #GIVEN}). An example that needs another name fails this test: add the name to the given ones only if a
 * reader would take it as given, otherwise make the example self-contained.
 */
class JavadocExamplesTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> MODULES =
            List.of("dpa-model", "dpa-validate", "dpa-render", "dpa-cli", "dpa-dpv", "dpa-import");

    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)}</pre>", Pattern.DOTALL);

    /**
     * The names that the examples use without declaring them, as a reader of the Javadoc would; an example that
     * declares one of them gets it from its own declaration instead.
     */
    static final List<String> GIVEN = List.of(
            "DataProcessingAgreement agreement",
            "OutputStream out",
            "ChangeNotice notice",
            "DataProcessingAgreement current",
            "DataProcessingAgreement next",
            "ZoneId zone",
            "Map<String, String> frenchTexts");

    private static final String IMPORTS = """
            import dev.dpa4j.model.*;
            import dev.dpa4j.model.catalog.*;
            import dev.dpa4j.model.diff.*;
            import dev.dpa4j.model.json.*;
            import dev.dpa4j.dpv.*;
            import dev.dpa4j.importer.*;
            import dev.dpa4j.importer.spi.*;
            import dev.dpa4j.render.*;
            import dev.dpa4j.render.document.*;
            import dev.dpa4j.render.notice.*;
            import dev.dpa4j.validate.*;
            import dev.dpa4j.validate.Validator;
            import dev.dpa4j.validate.constraints.*;
            import dev.dpa4j.validate.spi.*;
            import jakarta.validation.*;
            import java.io.*;
            import java.nio.file.Path;
            import java.time.*;
            import java.util.*;
            import org.hibernate.validator.HibernateValidator;
            import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
            """;

    /** A renderer of the reader's own, as in RendererRegistry's example. */
    private static final String OWN_RENDERER = """
              static final class MyAsciiDocRenderer implements DocumentRenderer {
                public String id() { return "asciidoc"; }
                public OutputFormat format() { throw new UnsupportedOperationException(); }
                public Set<Locale> supportedLocales() { return Set.of(); }
                public void render(DataProcessingAgreement a, RenderOptions o, OutputStream s) {}
              }
            """;

    @Test
    void should_compile_every_javadoc_example_when_the_published_jars_are_on_the_class_path(@TempDir Path out)
            throws IOException {
        // given
        List<Example> examples = examples();
        assertThat(examples).as("Javadoc examples in exported packages").hasSizeGreaterThanOrEqualTo(10);

        // when
        String diagnostics = compile(examples, out);

        // then
        assertThat(diagnostics).isEmpty();
    }

    @Test
    void should_fail_when_an_example_uses_a_name_nobody_gave(@TempDir Path out) {
        // given
        List<Example> examples = List.of(new Example("Broken.java", "DocumentRenderer r = NoSuchRenderer.create();\n"));

        // when
        String diagnostics = compile(examples, out);

        // then
        assertThat(diagnostics).contains("NoSuchRenderer");
    }

    record Example(String source, String code) {}

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            List<String> exported;
            try (var in = Files.newInputStream(sources.resolve("module-info.java"))) {
                exported = exportedPackages(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            for (String pkg : exported) {
                List<Path> files;
                try (Stream<Path> list = Files.list(sources.resolve(pkg.replace('.', '/')))) {
                    files = list.filter(f -> f.toString().endsWith(".java"))
                            .sorted()
                            .toList();
                }
                for (Path file : files) {
                    Matcher m = EXAMPLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        String code = m.group(1).replaceAll("(?m)^\\s*\\* ?", "");
                        examples.add(new Example(ROOT.relativize(file).toString(), code));
                    }
                }
            }
        }
        return examples;
    }

    private static List<String> exportedPackages(String moduleInfo) {
        List<String> packages = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;").matcher(moduleInfo);
        while (m.find()) {
            packages.add(m.group(1));
        }
        return packages;
    }

    private static String given(String code) {
        List<String> parameters = new ArrayList<>();
        for (String parameter : GIVEN) {
            String name = parameter.substring(parameter.lastIndexOf(' ') + 1);
            if (!Pattern.compile("\\b" + name + "\\s*=(?!=)").matcher(code).find()) {
                parameters.add(parameter);
            }
        }
        return String.join(", ", parameters);
    }

    /** Compiles the examples in one javac run; returns the diagnostics, empty when all compiled. */
    static String compile(List<Example> examples, Path out) {
        List<JavaFileObject> units = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            String name = "Example" + i;
            String source = "// " + example.source() + "\n" + IMPORTS
                    + "class " + name + " {\n"
                    + OWN_RENDERER
                    + "  void run(" + given(example.code()) + ") throws Exception {\n"
                    + example.code()
                    + "\n  }\n}\n";
            units.add(new Source(name, source, example.source()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<String> options = List.of(
                "-proc:none",
                "-classpath",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-d",
                out.toString(),
                "-encoding",
                "UTF-8");
        javac.getTask(diagnostics, null, null, options, null, units).call();
        return diagnostics.toString();
    }

    /** An in-memory source file named after the Javadoc it came from. */
    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code, String origin) {
            super(URI.create("string:///" + className + ".java?" + origin.replace('\\', '/')), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }

        @Override
        public String getName() {
            return super.getName() + " (" + toUri().getQuery() + ")";
        }
    }
}
