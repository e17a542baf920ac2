/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DpaJsonIoTest {

    private final DataProcessingAgreement agreement = AgreementGenerator.agreement(42);
    private final String json = DpaJson.write(agreement);

    @Test
    void should_read_the_same_agreement_when_source_is_reader_stream_or_file(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("agreement.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        // when
        DataProcessingAgreement fromReader = DpaJson.read(new StringReader(json));
        DataProcessingAgreement fromStream =
                DpaJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        DataProcessingAgreement fromFile = DpaJson.read(file);

        // then
        assertThat(fromReader).isEqualTo(agreement);
        assertThat(fromStream).isEqualTo(agreement);
        assertThat(fromFile).isEqualTo(agreement);
    }

    @Test
    void should_leave_stream_open_when_reading_from_it() {
        // given
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayInputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        // when
        DpaJson.read(in);

        // then
        assertThat(closed).isFalse();
    }

    @Test
    void should_report_location_in_file_when_file_is_invalid(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": 7\n}\n", StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> DpaJson.read(file))
                .isInstanceOfSatisfying(
                        DpaJsonException.class,
                        e -> assertThat(e.getProblems()).singleElement().satisfies(p -> {
                            assertThat(p.pointer()).isEqualTo("/id");
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.column()).isEqualTo(9);
                            assertThat(p.expected()).isEqualTo("a string");
                        }));
    }

    @Test
    void should_report_malformed_utf8_when_file_has_invalid_bytes(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("latin1.json");
        Files.write(
                file, "{\"schemaVersion\": \"1.0\", \"id\": \"M\u00fcller\"}".getBytes(StandardCharsets.ISO_8859_1));

        // when / then
        assertThatThrownBy(() -> DpaJson.read(file))
                .isInstanceOfSatisfying(
                        DpaJsonException.class,
                        e -> assertThat(e.getProblems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.message())
                                        .startsWith("Malformed JSON")
                                        .contains("UTF-8")));
    }

    @Test
    void should_throw_unchecked_io_exception_when_file_is_missing(@TempDir Path dir) {
        // given
        Path missing = dir.resolve("missing.json");

        // when / then
        assertThatThrownBy(() -> DpaJson.read(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read " + missing + ": file not found");
    }

    @Test
    void should_give_the_reason_when_the_path_is_a_directory(@TempDir Path dir) {
        // when / then: not "file not found", but what the file system said
        assertThatThrownBy(() -> DpaJson.read(dir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Cannot read " + dir + ": ")
                .hasMessageNotContaining("file not found");
    }

    @Test
    void should_throw_unchecked_io_exception_when_reader_fails() {
        // given
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {}
        };

        // when / then
        assertThatThrownBy(() -> DpaJson.read(failing))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk on fire");
    }
}
