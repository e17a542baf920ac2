/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.SubprocessingTerms;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 20 (#16): findings of {@code dpa review} that were false because the importer read the text wrongly. Each
 * case both ways, in sentences written for this test.
 */
class ReviewTwentyTest {

    private static final String BODY = "1. Gegenstand\n\n(1) Der Auftragnehmer betreibt für den Auftraggeber eine "
            + "Software zur Dienstplanung und verarbeitet dabei personenbezogene Daten der Beschäftigten.\n\n"
            + "2. Weisungen\n\n(1) Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
            + "Auftraggebers.\n\n"
            + "3. Vertraulichkeit\n\n(1) Die eingesetzten Beschäftigten sind zur Vertraulichkeit verpflichtet.\n\n"
            + "4. Technische und organisatorische Maßnahmen\n\n(1) Der Auftragnehmer trifft die nach Art. 32 DSGVO "
            + "erforderlichen Maßnahmen.\n\n"
            + "5. Löschung und Rückgabe\n\n(1) Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt "
            + "sie nach Wahl des Auftraggebers zurück.\n";

    private static ImportResult read(String doc) {
        return DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt");
    }

    private static List<String> controllerNames(DataProcessingAgreement a) {
        return a.getControllers().stream().flatMap(p -> p.getName().stream()).toList();
    }

    // ---- a title is no party's name --------------------------------------------------------------------------

    @Test
    void should_read_each_party_from_its_own_lead_line_and_not_the_title_above_it() {
        DataProcessingAgreement a = read("Vertrag über die Auftragsverarbeitung gemäß Art. 28 DSGVO\n"
                        + "Anlage 2 zum Dienstleistungsvertrag Nr. 44-17\n"
                        + "zwischen der Lindgrün Gärtnerei GmbH, Uferweg 2, 34117 Kassel, vertreten durch den "
                        + "Geschäftsführer Piet Sandhoff\n"
                        + "– nachstehend „Auftraggeber“ –\n"
                        + "und der Schichtwerk Software GmbH, Talstraße 8, 37073 Göttingen, vertreten durch die "
                        + "Geschäftsführerin Ulla Brandes\n"
                        + "– nachstehend „Auftragnehmer“ –\n\n"
                        + BODY)
                .getDraft();

        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Schichtwerk Software GmbH");
        assertThat(controllerNames(a)).containsExactly("Lindgrün Gärtnerei GmbH");
        assertThat(a.getProcessor().flatMap(Party::getAddress).map(x -> x.getStreetLines()))
                .contains(List.of("Talstraße 8"));
        assertThat(a.getControllers().get(0).getAddress().flatMap(x -> x.getLocality()))
                .contains("Kassel");
    }

    @Test
    void should_leave_a_party_unnamed_where_only_the_title_stands_above_its_designation() {
        ImportResult result = read("Vertrag über die Auftragsverarbeitung gemäß Art. 28 DSGVO\n"
                + "– nachstehend „Auftraggeber“ –\n\n" + BODY);
        DataProcessingAgreement a = result.getDraft();

        assertThat(a.getControllers()).allSatisfy(p -> {
            assertThat(p.getName()).isEmpty();
            assertThat(p.getDescription()).isEmpty();
        });
        assertThat(result.getFacts("controllers[0].name")).isEmpty();
    }

    @Test
    void should_keep_a_name_line_without_a_legal_form_below_a_title_without_citation() {
        // the walk upwards still reaches a name line of a block that has no lead line of its own
        DataProcessingAgreement a = read("Auftragsverarbeitung\n\nzwischen\n\nBäckerei Kornblume\nMühlenweg 1\n"
                        + "24937 Flensburg\n– nachstehend „Auftraggeber“ –\n\nund\n\nTeigrechner Software\n"
                        + "Hafenstraße 3\n24103 Kiel\n– nachstehend „Auftragnehmer“ –\n\n" + BODY)
                .getDraft();

        assertThat(controllerNames(a)).containsExactly("Bäckerei Kornblume");
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Teigrechner Software");
    }

    @Test
    void should_not_name_a_party_after_the_documents_version_line_or_from_prose_above_a_designation() {
        ImportResult result = read("Kornblau Software AG\nSeestraße 4\n6003 Luzern\nSchweiz\n"
                + "Vertrag zur Auftragsverarbeitung\nVersion 4.1 · gültig ab 1. März 2026\nPräambel\n"
                + "Die Kornblau Software AG (nachfolgend „Auftragnehmer“) stellt ihren Kundinnen und Kunden "
                + "(nachfolgend „Auftraggeber“) eine Software zur Schichtplanung, zur Erfassung der Arbeitszeiten und "
                + "zur Abrechnung von Zuschlägen als Dienst im Internet zur Verfügung; die Einzelheiten der Leistungen "
                + "ergeben sich aus der Leistungsbeschreibung und der Bestellung des Auftraggebers, die zusammen den "
                + "Hauptvertrag bilden.\n\n"
                + BODY);
        DataProcessingAgreement a = result.getDraft();

        assertThat(controllerNames(a)).noneMatch(n -> n.contains("Version") || n.contains("gültig"));
        assertThat(a.getProcessor().flatMap(Party::getName)).contains("Kornblau Software AG");
    }

    @Test
    void should_not_name_a_party_after_the_lead_line_of_the_list_of_parties() {
        DataProcessingAgreement a = read("Vertrag zur Auftragsverarbeitung\nDokument-Nr. 12\n"
                        + "Dieser Vertrag wird geschlossen zwischen:\n"
                        + "(1) dem im Bestellschein genannten Kunden\n– nachstehend „Auftraggeber“ –\n\n" + BODY)
                .getDraft();

        assertThat(controllerNames(a)).isEmpty();
    }

    // ---- the notice of a change stated with a verb of notice ---------------------------------------------------

    private static SubprocessingTerms subprocessing(String clause) {
        return read("Vertrag zur Auftragsverarbeitung\n\n" + BODY + "\n6. Unterauftragsverhältnisse\n\n" + clause)
                .getDraft()
                .getSubprocessing()
                .orElseThrow();
    }

    @Test
    void should_read_a_change_announced_to_the_controller_beforehand_as_the_notice() {
        assertThat(subprocessing("(1) Der Auftraggeber stimmt dem Einsatz der in Anlage 1 genannten "
                                + "Unterauftragnehmer zu.\n\n(2) Weitere Unterauftragnehmer darf der Auftragnehmer "
                                + "einsetzen, wenn er dies dem Auftraggeber rechtzeitig vorher in Textform anzeigt "
                                + "und der Auftraggeber nicht binnen zwei Wochen Einspruch erhebt.\n")
                        .isChangeNotification())
                .isTrue();
        assertThat(subprocessing("(1) Der Auftraggeber stimmt dem Einsatz der in Anlage 1 genannten "
                                + "Unterauftragnehmer zu.\n\n(2) Der Auftragnehmer hat jeden neuen "
                                + "Unterauftragnehmer vorab dem Kunden mitzuteilen.\n")
                        .isChangeNotification())
                .isTrue();
    }

    @Test
    void should_not_read_the_controllers_own_message_or_an_unannounced_change_as_the_notice() {
        // the controller tells the processor: its objection, not a notice of the change
        assertThat(subprocessing("(1) Der Auftraggeber stimmt dem Einsatz der in Anlage 1 genannten "
                                + "Unterauftragnehmer zu.\n\n(2) Einen Einspruch hat der Auftraggeber dem "
                                + "Auftragnehmer vorab in Textform mitzuteilen.\n")
                        .isChangeNotification())
                .isFalse();
        // no word of telling the controller beforehand
        assertThat(subprocessing("(1) Der Auftraggeber stimmt dem Einsatz der in Anlage 1 genannten "
                                + "Unterauftragnehmer zu.\n\n(2) Der Auftragnehmer darf weitere "
                                + "Unterauftragnehmer nach eigener Wahl einsetzen.\n")
                        .isChangeNotification())
                .isFalse();
    }

    // ---- "not recognised" instead of "missing" where the completeness table finds the requirement -------------------

    private static final String ENGLISH = "Data Processing Agreement\n\n"
            + "1. Subject matter\n\nThe Processor hosts a booking service for the Controller and processes personal "
            + "data of the Controller's guests for it.\n\n"
            + "2. Instructions\n\nThe Processor processes personal data only on documented instructions of the "
            + "Controller.\n\n"
            + "3. Confidentiality\n\nThe Processor ensures that persons authorised to process the personal data have "
            + "committed themselves to confidentiality.\n\n"
            + "4. Security\n\nThe Processor takes all measures required pursuant to Article 32 GDPR.\n\n"
            + "5. Deletion\n\nAt the end of the services the Processor deletes or returns all personal data at the "
            + "choice of the Controller.\n\n";

    private static Review review(String doc) {
        ImportResult result =
                DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt");
        return WordingFrames.review(result);
    }

    private static List<String> findings(Review review, String rule) {
        return WordingFrames.findings(review, rule);
    }

    @Test
    void should_report_a_term_the_table_finds_but_the_draft_lacks_as_not_recognised() {
        Review review = review(ENGLISH + "6. International transfers\n\nThe Processor keeps the personal data in "
                + "the EEA and moves it outside the EEA only as the Controller has directed it in "
                + "writing beforehand.\n");

        assertThat(review.getImport().getRequirement(Requirement.TRANSFERS).status())
                .isEqualTo(RequirementResult.Status.FOUND);
        assertThat(review.getImport().getDraft().getInstructions().orElseThrow().isTransfersCovered())
                .isFalse();
        assertThat(findings(review, "ART28_3_A_TRANSFERS"))
                .containsExactly("WARNING ART28_3_A_TRANSFERS.notRecognised");
    }

    @Test
    void should_keep_the_missing_error_where_the_document_says_nothing_of_the_term() {
        Review review = review(ENGLISH);

        assertThat(review.getImport().getRequirement(Requirement.TRANSFERS).status())
                .isEqualTo(RequirementResult.Status.NOT_FOUND);
        assertThat(findings(review, "ART28_3_A_TRANSFERS")).containsExactly("ERROR ART28_3_A_TRANSFERS.missing");
    }

    @Test
    void should_report_a_description_term_the_table_finds_but_the_draft_lacks_as_not_recognised() {
        // the duration in a form the draft does not type (no date, no reference to the main contract)
        Review review = review(ENGLISH + "6. Term\n\nThe Processor processes the personal data for as long as the "
                + "Controller keeps its booking workspace open.\n");

        assertThat(review.getImport()
                        .getRequirement(Requirement.SUBJECT_AND_DURATION)
                        .status())
                .isEqualTo(RequirementResult.Status.FOUND);
        assertThat(findings(review, "ART28_3_DURATION")).containsExactly("WARNING ART28_3_DURATION.notRecognised");
    }

    @Test
    void should_keep_the_description_error_where_the_table_does_not_find_the_term() {
        // the same agreement without a term clause: no duration anywhere
        Review review = review(ENGLISH);

        assertThat(review.getImport()
                        .getRequirement(Requirement.SUBJECT_AND_DURATION)
                        .status())
                .isNotEqualTo(RequirementResult.Status.FOUND);
        assertThat(findings(review, "ART28_3_DURATION")).containsExactly("ERROR ART28_3_DURATION.missing");
    }

    // ---- the prior notice of processing the law requires, in words of its own ----------------------------------

    private static boolean priorNotice(String instructions) {
        String doc = BODY.replace(
                "2. Weisungen\n\n(1) Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                        + "Auftraggebers.\n",
                "2. Weisungen\n\n(1) Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des "
                        + "Auftraggebers.\n\n" + instructions + "\n");
        return read("Vertrag zur Auftragsverarbeitung\n\n" + doc)
                .getDraft()
                .getInstructions()
                .flatMap(i -> i.getLegalObligationException())
                .map(e -> e.isPriorNotice())
                .orElse(false);
    }

    @Test
    void should_read_the_notice_before_processing_the_law_requires_in_words_of_its_own() {
        assertThat(priorNotice("(2) Verpflichtet ihn das Recht der Union oder eines Mitgliedstaats zu einer anderen "
                        + "Verarbeitung, teilt er dem Auftraggeber diese Pflicht vor der Verarbeitung mit."))
                .isTrue();
        assertThat(priorNotice("(2) Eine Ausnahme gilt, wenn das Recht eines Mitgliedstaats ihn zu einer Verarbeitung "
                        + "zwingt. Dann unterrichtet er den Auftraggeber vorher darüber."))
                .isTrue();
    }

    @Test
    void should_not_read_an_exception_without_a_notice_or_a_notice_of_something_else_as_the_prior_notice() {
        assertThat(priorNotice(
                        "(2) Dies gilt nicht, soweit ihn das Recht der Union zu einer Verarbeitung verpflichtet."))
                .isFalse();
        assertThat(
                        priorNotice(
                                "(2) Dies gilt nicht, soweit ihn das Recht der Union zu einer Verarbeitung verpflichtet. "
                                        + "Hält er eine Weisung für rechtswidrig, informiert er den Auftraggeber unverzüglich."))
                .isFalse();
    }
}
