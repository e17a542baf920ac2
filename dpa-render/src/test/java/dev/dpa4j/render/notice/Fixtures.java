/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test inputs and golden files of this package. */
final class Fixtures {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "dev", "dpa4j", "render", "notice");

    private Fixtures() {}

    /** Version 1.0 of the Jomoco-like agreement of dpa-model's diff tests, as JSON. */
    static DataProcessingAgreement v1() {
        return read("jomoco-v1.json");
    }

    /**
     * Version 1.1: Instantly Inc. (USA) added, Pipedrive OÜ removed, HubSpot's storage moved from Germany to the
     * USA, encryption weakened from AES-256 to AES-128, breach deadline 24 to 48 hours, Mailgun's name re-typed.
     */
    static DataProcessingAgreement v2() {
        return read("jomoco-v2.json");
    }

    static DataProcessingAgreement read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return DpaJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the golden file's text. With {@code -Dgolden.update=true} the file is (re)written from {@code actual}
     * first; the written file must then be read and reviewed before it is committed.
     */
    static String golden(String name, String actual) {
        Path file = GOLDEN.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Golden file " + file + " is missing; run with -Dgolden.update=true", e);
        }
    }
}
