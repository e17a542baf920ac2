/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.AgreementGenerator;
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

    static List<String> operativeLowered() {
        List<String> texts = new ArrayList<>();
        for (String example : List.of("jomoco-avv-de", "just-avv-de", "larkspur-dpa-en", "quillfeather-dpa-en-de")) {
            FreeTexts.operative(
                    DpaJson.read(ScaledAgreements.example("examples/" + example + ".json")),
                    (path, text) -> texts.add(Text.lower(text)));
        }
        for (long seed = 0; seed < 200; seed++) {
            FreeTexts.operative(
                    seed % 2 == 0 ? AgreementGenerator.agreement(seed) : AgreementGenerator.adversarialAgreement(seed),
                    (path, text) -> texts.add(Text.lower(text)));
        }
        return texts;
    }
}
