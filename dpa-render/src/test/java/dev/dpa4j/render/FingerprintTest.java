/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The content fingerprint is the SHA-256 of the agreement's canonical JSON, however it is computed. */
class FingerprintTest {

    private static final DocumentComposer COMPOSER = DocumentComposer.create();
    private static final RenderOptions OPTIONS =
            RenderOptions.builder(Locale.GERMAN).allowFallback(true).build();

    @ParameterizedTest
    @ValueSource(strings = {"jomoco-avv-de", "just-avv-de", "larkspur-dpa-en"})
    void should_equal_sha256_of_committed_file_when_example_is_canonical(String example) throws IOException {
        // given: the committed examples are in canonical form, so their file is the canonical JSON
        byte[] file = Files.readAllBytes(Path.of("../examples/" + example + ".json"));
        DataProcessingAgreement agreement = DpaJson.read(Path.of("../examples/" + example + ".json"));

        // when
        Optional<String> fingerprint =
                COMPOSER.compose(agreement, OPTIONS).metadata().fingerprint();

        // then
        assertThat(fingerprint).contains(sha256(file));
    }

    @Test
    void should_equal_sha256_of_written_json_when_agreement_is_hostile() {
        // given: control characters, surrogate pairs, right-to-left text and long strings
        for (long seed = 1; seed <= 20; seed++) {
            DataProcessingAgreement agreement = TestAgreements.adversarial(seed);

            // when
            Optional<String> fingerprint =
                    COMPOSER.compose(agreement, OPTIONS).metadata().fingerprint();

            // then
            assertThat(fingerprint)
                    .as("seed %d", seed)
                    .contains(sha256(DpaJson.write(agreement).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void should_change_when_agreement_changes_and_be_absent_when_disabled() {
        // given
        DataProcessingAgreement agreement = TestAgreements.full();
        DataProcessingAgreement changed = agreement.toBuilder().version("2.2").build();

        // when
        Optional<String> original =
                COMPOSER.compose(agreement, OPTIONS).metadata().fingerprint();
        Optional<String> other = COMPOSER.compose(changed, OPTIONS).metadata().fingerprint();
        Optional<String> disabled = COMPOSER.compose(
                        agreement, OPTIONS.toBuilder().fingerprint(false).build())
                .metadata()
                .fingerprint();

        // then
        assertThat(original).get().asString().matches("[0-9a-f]{64}");
        assertThat(other).isPresent().isNotEqualTo(original);
        assertThat(disabled).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\uD83D\uDE00 pair",
                "lone high \uD800 in the middle",
                "lone low \uDC00 in the middle",
                "two highs \uD800\uD83D\uDE00 then a pair",
                "ends with a lone high \uD800"
            })
    void should_equal_sha256_of_written_json_when_text_has_surrogates(String text) {
        // given: the hash is taken while the JSON is written; pairs split between two writes of the
        // generator's buffer (long runs of them) and unpaired halves must give the bytes of DpaJson.write
        String longRun = "\uD83D\uDE00".repeat(9_000) + text + "x\uD800".repeat(5_000);
        DataProcessingAgreement agreement = TestAgreements.full().toBuilder()
                .preamble(dev.dpa4j.model.LocalizedText.de(text).with("en", longRun))
                .build();

        // when
        Optional<String> fingerprint =
                COMPOSER.compose(agreement, OPTIONS).metadata().fingerprint();

        // then
        assertThat(fingerprint).contains(sha256(DpaJson.write(agreement).getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
