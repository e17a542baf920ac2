/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static dev.dpa4j.validate.Fixtures.*;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.CustomClause;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.validate.PlantedDefects.Defect;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Faults in the agreement's own free-text clauses that a lawyer reading the rendered document finds (issue #16): a
 * form one clause requires and another contradicts, a drafter's note left in a clause, a term used as defined that
 * nothing defines, a second name for the sub-processors, and a period for backups without a start. Each defect has a lawful neighbour that must stay silent. The
 * wording is ours, written for these tests.
 */
final class ClauseWordingCoverage {

    private ClauseWordingCoverage() {}

    private static Defect d(
            String requirement, String ruleId, Severity severity, UnaryOperator<DataProcessingAgreement> plant) {
        return new Defect(requirement, ruleId, severity, plant);
    }

    private static Arguments c(String ruleId, String why, UnaryOperator<DataProcessingAgreement> change) {
        return Arguments.of(ruleId, why, change);
    }

    private static DataProcessingAgreement instructionText(DataProcessingAgreement a, String german) {
        return instructions(a, i -> i.addAdditionalProvisions(LocalizedText.de(german)));
    }

    private static DataProcessingAgreement subprocessingText(DataProcessingAgreement a, String german) {
        return subprocessing(a, s -> s.addAdditionalProvisions(LocalizedText.de(german)));
    }

    private static DataProcessingAgreement finalText(DataProcessingAgreement a, String german) {
        FinalProvisions f = a.getFinalProvisions().orElseThrow();
        return a.toBuilder()
                .finalProvisions(f.toBuilder()
                        .addAdditionalProvisions(LocalizedText.de(german))
                        .build())
                .build();
    }

    private static DataProcessingAgreement customText(DataProcessingAgreement a, LocalizedText text) {
        return a.toBuilder()
                .addCustomClauses(CustomClause.builder()
                        .id("extra")
                        .heading(text.get("de").isPresent() ? LocalizedText.de("Zusatz") : LocalizedText.en("Extra"))
                        .text(text)
                        .build())
                .build();
    }

    private static DataProcessingAgreement backupText(DataProcessingAgreement a, String german) {
        return end(a, e -> e.backupHandling(LocalizedText.de(german)));
    }

    static List<Defect> defects() {
        return List.of(
                d(
                        "Art. 28(3)(a), § 126/126b BGB: instructions in written form, while the typed channel is e-mail",
                        "X_FORM_CONSISTENCY",
                        WARNING,
                        a -> instructionText(a, "Weisungen des Verantwortlichen bedürfen der Schriftform.")),
                d(
                        "Art. 28(2), § 126/126b BGB: written consent to sub-processors in one clause, e-mail in another",
                        "X_FORM_CONSISTENCY",
                        WARNING,
                        a -> finalText(
                                subprocessingText(
                                        a,
                                        "Ein neuer Unterauftragsverarbeiter wird erst nach schriftlicher Zustimmung des"
                                                + " Verantwortlichen tätig."),
                                "Seine Zustimmung zu einem Unterauftragsverarbeiter kann der Verantwortliche per"
                                        + " E-Mail erklären.")),
                d(
                        "Drafting checklist 34: a note to the user of the template left in a clause",
                        "DOC_PLACEHOLDER",
                        WARNING,
                        a -> finalText(
                                a,
                                "Hinweis für den Verwender: Die Frist ist an die Laufzeit des Hauptvertrags"
                                        + " anzupassen.")),
                d(
                        "Drafting checklist 34: an editing bracket left in a sentence",
                        "DOC_PLACEHOLDER",
                        WARNING,
                        a -> instructionText(a, "Weisungen gelten bis zu ihrem Widerruf [ggf. anpassen].")),
                d(
                        "Drafting checklist 34: a note to draft left in an English clause",
                        "DOC_PLACEHOLDER",
                        WARNING,
                        a -> customText(
                                a,
                                LocalizedText.en("The Processor keeps the logs for twelve months. Note to draft:"
                                        + " confirm with the operations team."))),
                d(
                        "Drafting checklist 14: a document referred to as defined, never defined",
                        "DOC_UNDEFINED_TERM",
                        INFO,
                        a -> finalText(
                                a,
                                "Die Vergütung für zusätzliche Leistungen richtet sich nach der"
                                        + " Leistungsvereinbarung.")),
                d(
                        "Drafting checklist 14: a party called the Customer where the parties are Controller and"
                                + " Processor",
                        "DOC_UNDEFINED_TERM",
                        INFO,
                        a -> customText(
                                a,
                                LocalizedText.en(
                                        "The Processor supports the Customer in answering requests of data subjects."))),
                d(
                        "Art. 28(2), (4); drafting checklist 12: sub-processors also called Subunternehmer",
                        "DOC_TERM_VARIANTS",
                        INFO,
                        a -> subprocessingText(
                                a,
                                "Der Auftragsverarbeiter verpflichtet seine Subunternehmer auf die Pflichten dieser"
                                        + " Vereinbarung.")),
                d(
                        "Art. 28(3)(g); EDPB 07/2020: backups kept for a period without a start beside the deletion"
                                + " deadline",
                        "BACKUP_DELETION_START",
                        INFO,
                        a -> backupText(a, "Sicherungskopien werden 35 Tage aufbewahrt und dann überschrieben.")));
    }

    static Stream<Arguments> nearMisses() {
        return Stream.of(
                c(
                        "X_FORM_CONSISTENCY",
                        "written form or e-mail named as alternatives in one sentence",
                        a -> instructionText(a, "Weisungen erteilt der Verantwortliche schriftlich oder per E-Mail.")),
                c(
                        "X_FORM_CONSISTENCY",
                        "oral instructions confirmed in writing, beside instructions by e-mail",
                        a -> instructionText(
                                a, "Mündliche Weisungen bestätigt der Verantwortliche unverzüglich schriftlich.")),
                c(
                        "X_FORM_CONSISTENCY",
                        "sub-processors bound in writing, consent given by e-mail: two different things",
                        a -> finalText(
                                subprocessingText(
                                        a,
                                        "Der Auftragsverarbeiter bindet jeden Unterauftragsverarbeiter durch einen"
                                                + " schriftlichen Vertrag."),
                                "Seine Zustimmung zu einem Unterauftragsverarbeiter kann der Verantwortliche per"
                                        + " E-Mail erklären.")),
                c(
                        "DOC_PLACEHOLDER",
                        "a clause on the processor's notice of infringing instructions, and brackets of a citation",
                        a -> instructionText(
                                a,
                                "Der Hinweis des Auftragsverarbeiters auf eine rechtswidrige Weisung [Art. 28 Abs. 3"
                                        + " UAbs. 2 DSGVO] erfolgt unverzüglich; optionale Leistungen: keine.")),
                c(
                        "DOC_PLACEHOLDER",
                        "an English clause that notes something for the parties",
                        a -> customText(
                                a,
                                LocalizedText.en(
                                        "The parties note that the Processor's audit report is confidential."))),
                c(
                        "DOC_UNDEFINED_TERM",
                        "the other document is defined in quotation marks",
                        a -> finalText(
                                a,
                                "Für zusätzliche Leistungen gilt die Leistungsvereinbarung vom 1. März 2026 (im"
                                        + " Folgenden „Leistungsvereinbarung“); die Vergütung richtet sich nach der"
                                        + " Leistungsvereinbarung.")),
                c(
                        "DOC_UNDEFINED_TERM",
                        "the controller is designated Customer, and German nouns in general",
                        a -> customText(
                                controller(a, p -> p.addDesignations(LocalizedText.en("Customer"))),
                                LocalizedText.en("The Processor supports the Customer under this Agreement and the Main"
                                        + " Contract."))),
                c(
                        "DOC_UNDEFINED_TERM",
                        "German nouns that refer to no other document or party",
                        a -> finalText(
                                a,
                                "Die Vergütung richtet sich nach dem Hauptvertrag; die Beschäftigten sind über das"
                                        + " Ende des Arbeitsvertrags hinaus zur Vertraulichkeit verpflichtet.")),
                c(
                        "DOC_TERM_VARIANTS",
                        "the clause says how subcontractors without access relate to sub-processors",
                        a -> subprocessingText(
                                a,
                                "Subunternehmer, die keinen Zugriff auf personenbezogene Daten haben, etwa"
                                        + " Reinigungsdienste, sind keine Unterauftragsverarbeiter.")),
                c(
                        "DOC_UNDEFINED_TERM",
                        "an imported agreement: the vendor's definitions clause is not in the model",
                        a -> finalText(
                                a.toBuilder().status(AgreementStatus.IMPORTED).build(),
                                "Die Vergütung richtet sich nach dem Rahmenvertrag.")),
                c(
                        "BACKUP_DELETION_START",
                        "the clause's period is the deletion's; the sentence on backups names none",
                        a -> end(
                                a,
                                e -> e.addAdditionalProvisions(LocalizedText.de("Die Daten werden binnen 30 Tagen nach"
                                        + " Vertragsende gelöscht. Datensicherungen werden im regulären Zyklus"
                                        + " überschrieben.")))),
                c(
                        "BACKUP_DELETION_START",
                        "the period for backups counts from the deletion",
                        a -> backupText(
                                a, "Sicherungskopien werden spätestens 35 Tage nach der Löschung überschrieben.")));
    }
}
