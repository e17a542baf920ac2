/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FreeTexts;
import dev.dpa4j.model.ScaledAgreements;
import dev.dpa4j.model.json.DpaJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts a search's shortcut is checked against its full search on: every operative text of the four examples and
 * of 200 generated agreements (every second one adversarial), each in lower case as the rules read it.
 */
final class SampleTexts {

    private SampleTexts() {}

    /** The four examples and 200 generated agreements (every second one adversarial). */
    static List<DataProcessingAgreement> agreements() {
        List<DataProcessingAgreement> agreements = new ArrayList<>();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            agreements.add(DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")));
        }
        for (long seed = 0; seed < 200; seed++) {
            agreements.add(
                    seed % 2 == 0 ? AgreementGenerator.agreement(seed) : AgreementGenerator.adversarialAgreement(seed));
        }
        return agreements;
    }

    /** Every operative text of {@link #agreements()}, in lower case. */
    static List<String> operativeLowered() {
        List<String> texts = new ArrayList<>();
        for (DataProcessingAgreement a : agreements()) {
            FreeTexts.operative(a, (path, text) -> texts.add(Text.lower(text)));
        }
        return texts;
    }
}
