/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The frame the rounds of general readings (#16) read their families of paraphrases in: a cause's section heading and
 * lead sentence in each language, each family member appended to the lead sentence and read through
 * {@link WordingFrames}, and the check that every member and every close sentence kept its expected verdict.
 */
record FamilyFrame(Requirement requirement, String headingEn, String baseEn, String headingDe, String baseDe) {

    /**
     * The frame of an authority's request for the data (Art. 28(3)(a) and Art. 48 GDPR, Clause 15 of 2021/914): the
     * case's sentence completes "If a public authority requests access to the personal data, …" in the final
     * provisions, „Verlangt eine Behörde Zugriff auf die Daten, …“ under its own German heading. Shared by the rounds'
     * families on government access.
     */
    static final FamilyFrame AUTHORITY_REQUEST = new FamilyFrame(
            Requirement.GOVERNMENT_ACCESS,
            "18. Final provisions",
            "Terms defined in the GDPR have the meaning given to them there. If these terms conflict with the main "
                    + "contract, these terms prevail. If a public authority requests access to the personal data, ",
            "§ 12 Behördliche Anfragen",
            "Verlangt eine Behörde Zugriff auf die Daten, ");

    /**
     * The frame of the types of personal data (Art. 28(3) first sentence GDPR, Annex I.B of 2021/915): the case's
     * sentence stands alone under "4. Categories of personal data" or „§ 12 Datenkategorien“. Shared by the rounds'
     * families on data categories.
     */
    static final FamilyFrame CATEGORIES = new FamilyFrame(
            Requirement.DATA_CATEGORIES, "4. Categories of personal data", "", "§ 12 Datenkategorien", "");

    /**
     * The frame of an instruction that infringes the law (Art. 28(3) second subparagraph GDPR, Clause 7.1 of 2021/915):
     * the case's sentence follows "The Processor processes personal data only on documented instructions from the
     * Customer." under "6. Instructions" (or its German counterpart under „§ 3 Weisungen“). Shared by the rounds'
     * families on infringing instructions.
     */
    static final FamilyFrame INFRINGING = new FamilyFrame(
            Requirement.INFRINGING_INSTRUCTION,
            "6. Instructions",
            "The Processor processes personal data only on documented instructions from the Customer. ",
            "§ 3 Weisungen",
            "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers. ");

    /**
     * The frame of the data subjects' requests (Art. 28(3)(e) GDPR, Clause 8(a) and (b) of 2021/915): the case's
     * sentence follows a sentence of assistance with the requests, under "10. Data subject rights" or „§ 7
     * Betroffenenrechte“. Shared by the rounds' families on data subjects' rights.
     */
    static final FamilyFrame REQUESTS = new FamilyFrame(
            Requirement.DATA_SUBJECT_RIGHTS,
            "10. Data subject rights",
            "The Processor assists the Customer by appropriate technical and organisational measures in responding to "
                    + "requests of data subjects to exercise their rights. ",
            "§ 7 Betroffenenrechte",
            "Der Auftragnehmer unterstützt den Auftraggeber mit geeigneten technischen und organisatorischen Maßnahmen "
                    + "bei der Beantwortung von Anträgen betroffener Personen. ");

    /** One sentence read in a frame, with the verdict it must get. */
    record Case(
            boolean english, boolean replaces, String heading, String body, Requirement requirement, Status expected) {}

    static Case en(String heading, String body, Requirement r, Status expected) {
        return new Case(true, false, heading, body, r, expected);
    }

    /**
     * An English case whose heading takes the place of the frame's section of the same number ("10. Cooperation" for
     * "10. Data subject rights"), so that the frame's own wording of the duty does not stand beside the case.
     */
    static Case enInstead(String heading, String body, Requirement r, Status expected) {
        return new Case(true, true, heading, body, r, expected);
    }

    static Case de(String heading, String body, Requirement r, Status expected) {
        return new Case(false, false, heading, body, r, expected);
    }

    /** The sentence {@code s} after the English lead sentence, under the English heading. */
    Case en(String s, Status expected) {
        return en(headingEn, baseEn + s, requirement, expected);
    }

    /**
     * The sentence {@code s} after the English lead sentence, under the English heading, which takes the place of the
     * section of the same number in the frame ({@link #enInstead(String, String, Requirement, Status)}).
     */
    Case enInstead(String s, Status expected) {
        return enInstead(headingEn, baseEn + s, requirement, expected);
    }

    /** The sentence {@code s} after the German lead sentence, under the German heading. */
    Case de(String s, Status expected) {
        return de(headingDe, baseDe + s, requirement, expected);
    }

    /** Reads each case and returns every one whose verdict is not the expected one; prints the family's count. */
    static List<String> family(String name, List<Case> cases) {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            Status got = c.english()
                    ? c.replaces()
                            ? WordingFrames.enInstead(c.heading(), c.body(), c.requirement())
                            : WordingFrames.en(c.heading(), c.body(), c.requirement())
                    : WordingFrames.de(c.heading(), c.body(), c.requirement());
            if (got != c.expected()) {
                wrong.add(c.expected() + " but " + got + ": " + c.body());
            }
        }
        System.out.println(String.format(
                Locale.ROOT, "family %s: %d of %d as expected", name, cases.size() - wrong.size(), cases.size()));
        return wrong;
    }

    /** Asserts that neither the family nor its close sentences had a member read otherwise than expected. */
    static void check(List<String> weaker, List<String> close) {
        List<String> wrong = new ArrayList<>(weaker);
        wrong.addAll(close);
        assertThat(wrong).isEmpty();
    }
}
