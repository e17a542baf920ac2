/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Commands that do not validate must not start Hibernate Validator (issue 5: keep start-up lean).
 * Each case runs the command in a fresh class loader that sees the test class path but shares no
 * class with the test, and records every class the command asked for.
 */
class StartupIsolationTest {

    /** A class loader that loads the application classes itself and remembers their names. */
    static final class RecordingLoader extends URLClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls) {
            super("isolated", urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }

        boolean loadedAny(String packagePrefix) {
            return requested.stream().anyMatch(n -> n.startsWith(packagePrefix));
        }
    }

    /** A recording loader over the test class path. */
    static RecordingLoader newLoader() throws MalformedURLException {
        return new RecordingLoader(classPath());
    }

    static RecordingLoader runIsolated(String... args) throws Exception {
        RecordingLoader loader = newLoader();
        Class<?> dpa = loader.loadClass("dev.dpa4j.cli.Dpa");
        OutputStream sink = new ByteArrayOutputStream();
        Object code = dpa.getMethod("run", Clock.class, OutputStream.class, OutputStream.class, String[].class)
                .invoke(null, CliRun.CLOCK, sink, sink, args);
        assertThat(code).as("exit code of %s", List.of(args)).isIn(0, 1, 2);
        loader.close();
        return loader;
    }

    private static URL[] classPath() throws MalformedURLException {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    @Test
    void should_not_load_hibernate_validator_when_init_runs() throws Exception {
        // when
        RecordingLoader loader = runIsolated("init", "--lang", "de");

        // then
        assertThat(loader.loadedAny("dev.dpa4j.cli.internal.InitCommand")).isTrue();
        assertThat(loader.loadedAny("org.hibernate.validator")).isFalse();
    }

    @Test
    void should_not_load_hibernate_validator_when_schema_runs() throws Exception {
        // when
        RecordingLoader loader = runIsolated("schema");

        // then
        assertThat(loader.loadedAny("dev.dpa4j.cli.internal.SchemaCommand")).isTrue();
        assertThat(loader.loadedAny("org.hibernate.validator")).isFalse();
    }

    @Test
    void should_not_load_hibernate_validator_when_catalog_runs() throws Exception {
        // when
        RecordingLoader loader = runIsolated("catalog", "adequacy", "--format", "json");

        // then
        assertThat(loader.loadedAny("dev.dpa4j.model.catalog")).isTrue();
        assertThat(loader.loadedAny("org.hibernate.validator")).isFalse();
    }

    @Test
    void should_not_load_hibernate_validator_when_render_runs() throws Exception {
        // when
        RecordingLoader loader = runIsolated("render", "--format", "html", RenderCommandTest.JOMOCO.toString());

        // then
        assertThat(loader.loadedAny("dev.dpa4j.render")).isTrue();
        assertThat(loader.loadedAny("org.hibernate.validator")).isFalse();
        assertThat(loader.loadedAny("dev.dpa4j.validate")).isFalse();
    }

    @Test
    void should_load_hibernate_validator_when_validate_checks_a_file() throws Exception {
        // when: the positive control; without it the other tests could pass for the wrong reason
        RecordingLoader loader = runIsolated("validate", RenderCommandTest.LARKSPUR.toString());

        // then
        assertThat(loader.loadedAny("org.hibernate.validator")).isTrue();
    }

    @Test
    void should_not_load_the_validator_when_no_file_can_be_read() throws Exception {
        // when
        RecordingLoader loader = runIsolated("validate", "no-such-file.json");

        // then: the command shares the library's Severity enum, but neither the validator nor its rules are loaded
        assertThat(loader.loadedAny("org.hibernate.validator")).isFalse();
        assertThat(loader.loadedAny("dev.dpa4j.validate.Validator")).isFalse();
        assertThat(loader.loadedAny("dev.dpa4j.validate.internal")).isFalse();
    }
}
