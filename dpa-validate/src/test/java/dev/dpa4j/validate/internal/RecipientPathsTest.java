/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.TransferRegime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The paths that the transfer rules build for a recipient's tools ({@link TransferRules.Recipient#modelPath}, from
 * the path that {@link Subprocessors#each(DataProcessingAgreement, Subprocessors.Visitor)} builds with its walk) are
 * the paths that reading their text gave before (issue #14).
 */
class RecipientPathsTest {

    private static List<DataProcessingAgreement> agreements() {
        return SampleTexts.agreements();
    }

    @Test
    void should_build_the_paths_that_reading_their_text_gave() {
        int recipients = 0;
        int nested = 0;
        for (DataProcessingAgreement agreement : agreements()) {
            for (TransferRules.Recipient rec : TransferRules.recipients(agreement)) {
                for (TransferRegime regime : TransferRegime.values()) {
                    ModelPath built = rec.modelPath(regime);
                    assertThat(built).as(rec.path(regime)).isEqualTo(ModelPath.parse(rec.path(regime)));
                    assertThat(built.toString()).isEqualTo(rec.path(regime));
                }
                assertThat(rec.mechanismModelPath().toString()).isEqualTo(rec.mechanismPath());
                recipients++;
                nested += rec.path().contains("].subprocessors[") ? 1 : 0;
            }
        }
        assertThat(recipients).isGreaterThan(500);
        assertThat(nested).isPositive();
    }

    @Test
    void should_walk_the_same_sub_processors_in_the_same_order_with_both_kinds_of_path() {
        for (DataProcessingAgreement agreement : agreements()) {
            List<String> texts = new ArrayList<>();
            Subprocessors.each(agreement, (path, sp) -> texts.add(path + " " + sp.getName()));
            List<String> built = new ArrayList<>();
            Subprocessors.each(agreement, (String path, ModelPath model, dev.dpa4j.model.Subprocessor sp) -> {
                assertThat(model).isEqualTo(ModelPath.parse(path));
                built.add(model + " " + sp.getName());
            });
            assertThat(built).isEqualTo(texts);
        }
    }
}
