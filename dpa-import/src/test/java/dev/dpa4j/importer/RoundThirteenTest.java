/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.en;
import static dev.dpa4j.importer.WordingFrames.we;
import static dev.dpa4j.importer.WordingFrames.wir;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Round 13 of #16 (the eleventh held-out set): the answer read after its question, the Art. 26 part of a combined
 * agreement, the old BDSG's vocabulary, duties in everyday words, and departures from Art. 28 that intra-group and
 * vendor agreements write. Each rule where it fires and where it must not, in the frames of {@link WordingFrames}
 * (agreements of our own, never one of a fixture's sentences), in English and German where both write it.
 */
class RoundThirteenTest {

    private static final String WE_SUB = "8. Who else helps us?";
    private static final String WE_AUTHORISED = "You give us general written authorisation to use sub-processors. ";
    private static final String WIR_SUB = "8. Wer hilft uns noch?";
    private static final String EN_SUB = "9. Sub-processors";
    private static final String EN_FINAL = "18. Final provisions";
    private static final String EN_DEFINED = "Terms defined in the GDPR have the meaning given to them there. ";
    private static final String EN_PREVAIL = "If these terms conflict with the main contract, these terms prevail. ";

    // --- a question and its answer ---

    @Test
    void should_read_the_first_sentence_under_a_question_heading_as_its_answer() {
        String heading = "14. What happens if this page and your contract with us disagree?";
        assertThat(we(heading, "Then this page wins.", Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
        // only the direct answer: a later sentence stands on its own
        assertThat(we(heading, "We hope they never do. This page wins.", Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.NOT_FOUND);
        // a question that names nothing of the requirement adds nothing
        assertThat(we("14. Anything else?", "Then this page wins.", Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_a_sentence_after_a_question_in_the_same_passage_as_its_answer() {
        String returned = "When you close your account, you choose: we return the data to you or we delete it. ";
        assertThat(we(
                        "12. What happens when you leave?",
                        returned + "Want a confirmation? Once the deletion is done, we'll e-mail you one.",
                        Requirement.DELETION_CERTIFIED))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        "12. What happens when you leave?",
                        returned + "Once the deletion is done, we'll e-mail you.",
                        Requirement.DELETION_CERTIFIED))
                .isEqualTo(Status.NOT_FOUND);
        String back = "Nach Vertragsende löschen wir alle Daten oder geben sie Ihnen zurück, wie Sie es wählen. ";
        assertThat(wir(
                        "12. Was passiert am Vertragsende?",
                        back + "Sie möchten eine Bestätigung? Nach der Löschung schicken wir Ihnen eine.",
                        Requirement.DELETION_CERTIFIED))
                .isEqualTo(Status.FOUND);
        assertThat(wir(
                        "12. Was passiert am Vertragsende?",
                        back + "Nach der Löschung schicken wir Ihnen eine E-Mail.",
                        Requirement.DELETION_CERTIFIED))
                .isEqualTo(Status.NOT_FOUND);
    }

    // --- the part of a combined agreement on joint controllership ---

    @Test
    void should_not_read_art_28_requirements_in_a_part_on_joint_controllership() {
        String breach = "Die Parteien informieren einander unverzüglich über jede Verletzung des Schutzes "
                + "personenbezogener Daten bei der gemeinsamen Verarbeitung.";
        assertThat(combinedGerman("Teil B – Gemeinsame Verantwortlichkeit (Art. 26 DSGVO)", breach))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(combinedGerman("Teil B – Zusammenarbeit", breach)).isEqualTo(Status.FOUND);
        // a title that names both parts covers the processing on behalf as well
        assertThat(combinedGerman("Teil B – Gemeinsame Verantwortlichkeit und Verarbeitung im Auftrag", breach))
                .isEqualTo(Status.FOUND);
        String notice = "Each party notifies the other of any personal data breach without undue delay.";
        assertThat(combinedEnglish("Part B – Joint controllers", notice)).isEqualTo(Status.NOT_FOUND);
        assertThat(combinedEnglish("Part B – Cooperation", notice)).isEqualTo(Status.FOUND);
    }

    /** The plain German frame without its breach notice as Teil A, and a Teil B of the given title that states one. */
    private static Status combinedGerman(String part, String body) {
        StringBuilder doc = new StringBuilder("# Vereinbarung der Parteien\n\n# Teil A – Verarbeitung im Auftrag\n\n");
        WordingFrames.plainGerman().forEach((h, t) -> {
            if (!h.startsWith("§ 8 ")) {
                doc.append("## ").append(h).append("\n\n").append(t).append("\n\n");
            }
        });
        doc.append("# ")
                .append(part)
                .append("\n\n## § 12 Meldungen\n\n")
                .append(body)
                .append('\n');
        return markdown(doc.toString(), Requirement.BREACH_NOTIFICATION);
    }

    /** The plain English frame without its breach notice as Part A, and a Part B of the given title that states one. */
    private static Status combinedEnglish(String part, String body) {
        StringBuilder doc = new StringBuilder("# Agreement of the parties\n\n# Part A – Processing on behalf\n\n");
        Map<String, String> s = CompletenessTest.strongEnglish();
        s.remove("12. Personal data breaches");
        s.forEach((h, t) -> doc.append("## ").append(h).append("\n\n").append(t).append("\n\n"));
        doc.append("# ")
                .append(part)
                .append("\n\n## 19. Notices\n\n")
                .append(body)
                .append('\n');
        return markdown(doc.toString(), Requirement.BREACH_NOTIFICATION);
    }

    private static Status markdown(String doc, Requirement r) {
        return DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.MARKDOWN, "agreement.md")
                .getRequirement(r)
                .status();
    }

    // --- the old BDSG ---

    @Test
    void should_read_the_old_bdsg_heading_of_the_order_as_the_nature_and_purpose() {
        String body = "Art und Zweck: Der Auftragnehmer scannt die Belege und stellt sie dem Auftraggeber bereit. "
                + "Zweck ist die digitale Buchhaltung.";
        assertThat(de("§ 12 Konkretisierung des Auftragsinhalts", body, Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
        assertThat(de("§ 12 Sonstiges", "Der Auftragnehmer scannt die Belege.", Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_correction_blocking_and_erasure_as_the_old_bdsg_rights_clause() {
        String blocking = "Wendet sich eine betroffene Person wegen Berichtigung, Sperrung oder Löschung ihrer Daten "
                + "an den Auftragnehmer, leitet er das Ersuchen an den Auftraggeber weiter.";
        RequirementResult old = WordingFrames.deResult(
                "§ 7 Berichtigung, Sperrung und Löschung", blocking, Requirement.DATA_SUBJECT_RIGHTS);
        assertThat(old.status()).isEqualTo(Status.WEAKER);
        assertThat(old.note()).contains("old BDSG");
        String access = "Wendet sich eine betroffene Person wegen Auskunft, Berichtigung oder Löschung ihrer Daten an "
                + "den Auftragnehmer, leitet er das Ersuchen an den Auftraggeber weiter.";
        assertThat(de("§ 7 Berichtigung, Löschung und Auskunft", access, Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_prohibition_of_further_processing_after_a_breach_as_suspension() {
        assertThat(de(
                        "§ 12 Verstöße",
                        "Verstößt der Auftragnehmer gegen diesen Vertrag, kann der Auftraggeber ihm die weitere "
                                + "Verarbeitung bis zur Abhilfe untersagen.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Eigene Zwecke",
                        "Der Auftraggeber kann dem Auftragnehmer die Verarbeitung für eigene Zwecke untersagen.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(en(
                        "15. Suspension",
                        "The Customer may ask the Processor to stop processing until a breach of these terms is "
                                + "fixed.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "15. Suspension",
                        "The Customer may ask the Processor to stop sending newsletters.",
                        Requirement.SUSPENSION_AND_TERMINATION))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_consent_in_the_individual_case_as_covering_each_change_of_sub_processors() {
        String obligations = " Er legt ihnen dieselben Pflichten auf.";
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        "Unterauftragsverarbeiter setzt der Auftragnehmer nur mit vorheriger schriftlicher Zustimmung "
                                + "des Auftraggebers im Einzelfall ein." + obligations,
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        "Unterauftragsverarbeiter setzt der Auftragnehmer nur mit allgemeiner schriftlicher "
                                + "Genehmigung des Auftraggebers ein." + obligations,
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.NOT_FOUND);
        String flowDown = " The Processor imposes the same data protection obligations on each sub-processor.";
        assertThat(en(
                        EN_SUB,
                        "The Processor engages a sub-processor only with the Customer's specific prior written "
                                + "authorisation for each sub-processor." + flowDown,
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        EN_SUB,
                        "The Customer gives its general written authorisation for sub-processors." + flowDown,
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_return_as_an_infinitive_beside_destruction() {
        assertThat(de(
                        "§ 9 Löschung",
                        "Nach Ende des Auftrags sind alle Unterlagen nach Wahl des Auftraggebers herauszugeben oder "
                                + "zu vernichten.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 9 Löschung",
                        "Nach Ende des Auftrags sind alle Unterlagen zu vernichten.",
                        Requirement.DELETION_RETURN))
                .isNotEqualTo(Status.FOUND);
    }

    // --- duties in everyday words ---

    @Test
    void should_read_requests_named_by_the_rights_they_exercise() {
        String assist = " We'll also assist you with impact assessments and prior consultations.";
        assertThat(we(
                        "10. How do we help you?",
                        "If one of your clients sends a request for access, correction or deletion, we'll help you "
                                + "answer it." + assist,
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        "10. How do we help you?",
                        "If one of your clients writes to us, we'll help you answer." + assist,
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_the_people_a_list_of_data_is_about_as_the_data_subjects() {
        assertThat(whoseAndWhat("It's data about: your clients and your staff. Names, e-mail addresses and booking "
                        + "times."))
                .isEqualTo(Status.FOUND);
        assertThat(whoseAndWhat("Names, e-mail addresses and booking times.")).isEqualTo(Status.NOT_FOUND);
    }

    /** The plain English frame with its sections on the data and the people joined under one question. */
    private static Status whoseAndWhat(String body) {
        Map<String, String> s = WordingFrames.plainWe(WordingFrames.WE_PROCESSOR_OPENING);
        s.remove("3. What kinds of data?");
        s.remove("4. Whose data is it?");
        s.put("3. Whose data is it, and what kind?", body);
        StringBuilder doc = new StringBuilder("How we process data for you\n\n");
        s.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "dpa.txt")
                .getRequirement(Requirement.DATA_SUBJECTS)
                .status();
    }

    @Test
    void should_read_information_to_see_that_the_processor_complies() {
        String audits = " We allow audits, including inspections, by you or your auditor.";
        String check = "13. Can you check what we do?";
        assertThat(we(
                        check,
                        "We'll give you the information you need to see that we meet this agreement." + audits,
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        check,
                        "We'll give you the information you need to plan your visit." + audits,
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.NOT_FOUND);
        String checks = " Wir ermöglichen Überprüfungen einschließlich Inspektionen.";
        String kontrolle = "13. Dürfen Sie uns kontrollieren?";
        assertThat(wir(
                        kontrolle,
                        "Wir geben Ihnen die Informationen, die Sie brauchen, um zu sehen, dass wir diese "
                                + "Vereinbarung einhalten." + checks,
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.FOUND);
        assertThat(wir(
                        kontrolle,
                        "Wir geben Ihnen die Informationen, die Sie für Ihre Planung brauchen." + checks,
                        Requirement.AUDIT_INFORMATION))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_measures_to_protect_the_data_as_security_and_industry_custom_as_weaker() {
        String safe = "7. How do we keep the data safe?";
        assertThat(we(safe, "We use measures to protect your data.", Requirement.SECURITY))
                .isEqualTo(Status.FOUND);
        assertThat(we(safe, "We use industry-standard measures to protect your data.", Requirement.SECURITY))
                .isEqualTo(Status.WEAKER);
        assertThat(we(safe, "We protect your account with a password.", Requirement.SECURITY))
                .isEqualTo(Status.NOT_FOUND);
        String schutz = "7. Wie schützen wir die Daten?";
        assertThat(wir(schutz, "Wir treffen Maßnahmen zum Schutz Ihrer Daten.", Requirement.SECURITY))
                .isEqualTo(Status.FOUND);
        assertThat(wir(schutz, "Wir treffen branchenübliche Maßnahmen zum Schutz Ihrer Daten.", Requirement.SECURITY))
                .isEqualTo(Status.WEAKER);
        assertThat(wir(schutz, "Wir schützen Ihr Konto mit einem Passwort.", Requirement.SECURITY))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_a_copy_of_it_sent_on_request_under_the_sub_processors_heading() {
        String liable = " We remain fully liable for our sub-processors.";
        assertThat(we(
                        WE_SUB,
                        WE_AUTHORISED + "Each sub-processor signs an agreement with us that binds it to the same "
                                + "data protection obligations as we are. If you'd like to see it, ask us and we'll "
                                + "send you a copy." + liable,
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        WE_SUB,
                        WE_AUTHORISED + "Each sub-processor is bound by the same data protection obligations as we "
                                + "are. If you'd like a list of your bookings, ask us and we'll send you a copy."
                                + liable,
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isNotEqualTo(Status.FOUND);
        String haften = " Wir haften für sie wie für eigenes Verschulden.";
        assertThat(wir(
                        WIR_SUB,
                        "Sie erteilen uns eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. Jeder "
                                + "Unterauftragsverarbeiter schließt mit uns einen Vertrag mit denselben "
                                + "Datenschutzpflichten. Möchten Sie ihn sehen, schicken wir Ihnen eine Kopie."
                                + haften,
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        assertThat(wir(
                        WIR_SUB,
                        "Sie erteilen uns eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. Wir "
                                + "legen ihnen dieselben Datenschutzpflichten auf. Ihre Rechnungen schicken wir Ihnen "
                                + "auf Wunsch als Kopie." + haften,
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isNotEqualTo(Status.FOUND);
    }

    @Test
    void should_read_responsibility_as_if_the_processor_had_acted_itself_as_full_liability_for_sub_processors() {
        String before =
                WE_AUTHORISED + "Each sub-processor is bound by the same data protection obligations as we " + "are. ";
        assertThat(we(
                        WE_SUB,
                        before + "If one of them gets it wrong, we're responsible to you as if we had done it "
                                + "ourselves.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        WE_SUB,
                        before + "If one of them gets it wrong, we'll tell you what happened.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.NOT_FOUND);
        ImportResult german = WordingFrames.wir(
                WordingFrames.WIR_PROCESSOR_OPENING,
                WIR_SUB,
                "Sie erteilen uns eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. Wir legen "
                        + "ihnen dieselben Datenschutzpflichten auf. Macht einer von ihnen einen Fehler, haften wir "
                        + "Ihnen, als hätten wir selbst gehandelt.");
        assertThat(german.getRequirement(Requirement.SUBPROCESSOR_LIABILITY).status())
                .isEqualTo(Status.FOUND);
        // liability for others is no liability clause of the agreement
        assertThat(german.getRequirement(Requirement.LIABILITY).status()).isEqualTo(Status.NOT_FOUND);
        String genehmigt = "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für "
                + "Unterauftragsverarbeiter. Der Auftragnehmer legt ihnen dieselben Pflichten auf. ";
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        genehmigt + "Macht einer von ihnen einen Fehler, steht der Auftragnehmer dafür ein, als "
                                + "hätte er selbst gehandelt.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        genehmigt + "Macht einer von ihnen einen Fehler, informiert der Auftragnehmer den "
                                + "Auftraggeber.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_the_police_asking_for_data_and_a_review_of_the_request_as_government_access() {
        assertThat(en(
                        EN_FINAL,
                        EN_DEFINED + EN_PREVAIL + "If the police ask the Processor for personal data, the Processor "
                                + "informs the Customer unless the law forbids it.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        EN_FINAL,
                        EN_DEFINED + EN_PREVAIL + "If the Customer asks the Processor for personal data, the "
                                + "Processor sends an export.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(en(
                        EN_FINAL,
                        EN_DEFINED + EN_PREVAIL + "The Processor checks that any such request is lawful before it "
                                + "discloses anything.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.FOUND);
        assertThat(wir(
                        "14. Was, wenn die Polizei fragt?",
                        "Verlangt die Polizei Daten Ihrer Patienten, informieren wir Sie, soweit das Gesetz es "
                                + "erlaubt.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.FOUND);
        assertThat(wir(
                        "14. Was, wenn ein Patient fragt?",
                        "Verlangt ein Patient seine Daten, leiten wir die Anfrage an Sie weiter.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_a_notice_by_e_mail_and_disagreement_as_the_objection() {
        String notice = "If we want to add or replace one, we'll e-mail you at least 30 days before.";
        String rest = " Each sub-processor is bound by the same data protection obligations as we are. We remain "
                + "fully liable for our sub-processors.";
        assertThat(we(
                        WE_SUB,
                        WE_AUTHORISED + notice + " If you don't agree, tell us why within those 30 days." + rest,
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        // a notice without a way to disagree is weaker than Art. 28(2) sentence 2
        assertThat(we(WE_SUB, WE_AUTHORISED + notice + rest, Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        String genehmigung = "Sie erteilen uns eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. "
                + "Über neue Unterauftragsverarbeiter informieren wir Sie per E-Mail vier Wochen vorher.";
        String pflichten = " Wir legen ihnen dieselben Datenschutzpflichten auf.";
        assertThat(wir(
                        WIR_SUB,
                        genehmigung + " Sind Sie nicht einverstanden, sagen Sie es uns in dieser Frist." + pflichten,
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
        assertThat(wir(WIR_SUB, genehmigung + pflichten, Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_the_same_protection_and_identical_duties_as_the_same_obligations() {
        String liable = " We remain fully liable for our sub-processors.";
        assertThat(we(
                        WE_SUB,
                        WE_AUTHORISED + "Every sub-processor signs an agreement with us that gives your data the same "
                                + "protection as this page." + liable,
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        WE_SUB,
                        WE_AUTHORISED + "Every sub-processor signs an agreement with us." + liable,
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.NOT_FOUND);
        String genehmigung = "Sie erteilen uns eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. ";
        assertThat(wir(
                        WIR_SUB,
                        genehmigung + "Jeder Unterauftragsverarbeiter sichert Ihren Daten denselben Schutz zu wie "
                                + "diese Vereinbarung.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.FOUND);
        assertThat(wir(
                        WIR_SUB,
                        genehmigung + "Jeder Unterauftragsverarbeiter arbeitet in Deutschland.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(en(
                        EN_SUB,
                        "The Customer gives its general written authorisation for sub-processors. The Processor "
                                + "binds each sub-processor to data protection duties identical to those in these "
                                + "terms.",
                        Requirement.SUBPROCESSOR_OBLIGATIONS))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_agreement_to_use_them_under_the_sub_processing_heading_as_an_authorisation() {
        assertThat(we(
                        WE_SUB,
                        "We use other companies to run Tidepool; the list is on our website. By accepting this "
                                + "page you agree that we may use them.",
                        Requirement.SUBPROCESSOR_AUTHORISATION))
                .isEqualTo(Status.FOUND);
        assertThat(we(
                        WE_SUB,
                        "We use other companies to run Tidepool; the list is on our website. You can see them "
                                + "there.",
                        Requirement.SUBPROCESSOR_AUTHORISATION))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(wir(
                        WIR_SUB,
                        "Für den Betrieb nutzen wir andere Unternehmen. Sie sind einverstanden, dass wir sie einsetzen.",
                        Requirement.SUBPROCESSOR_AUTHORISATION))
                .isEqualTo(Status.FOUND);
        assertThat(wir(
                        WIR_SUB,
                        "Für den Betrieb nutzen wir andere Unternehmen. Die Liste finden Sie auf unserer Website.",
                        Requirement.SUBPROCESSOR_AUTHORISATION))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_a_breach_notice_limited_to_serious_incidents_as_weaker() {
        String wrong = "11. What if something goes wrong?";
        assertThat(we(
                        wrong,
                        "We'll tell you about a serious security incident without undue delay.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(we(
                        wrong,
                        "We'll tell you about any security incident without undue delay.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
        String schief = "11. Was, wenn etwas schiefgeht?";
        assertThat(wir(
                        schief,
                        "Schwerwiegende Sicherheitsvorfälle melden wir Ihnen unverzüglich.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.WEAKER);
        assertThat(wir(
                        schief,
                        "Jeden Sicherheitsvorfall melden wir Ihnen unverzüglich.",
                        Requirement.BREACH_NOTIFICATION))
                .isEqualTo(Status.FOUND);
    }

    // --- precedence, definitions, instructions ---

    @Test
    void should_read_further_terms_that_may_not_conflict_with_the_agreement_as_its_precedence() {
        String ga = "If a public authority requests access to the personal data, the Processor shall inform the "
                + "Customer unless the law forbids it.";
        assertThat(en(
                        EN_FINAL,
                        EN_DEFINED + "The parties may agree further terms only where they do not conflict with this "
                                + "agreement. " + ga,
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        EN_FINAL,
                        EN_DEFINED + "The parties may agree further terms. " + ga,
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Regelt der Hauptvertrag etwas anderes, so gehen in allen Fragen des Datenschutzes stets "
                                + "die Bestimmungen dieses Vertrages vor. Es gilt deutsches Recht.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Weitere Regelungen dürfen nicht im Widerspruch zu den Bestimmungen dieses Vertrages stehen. "
                                + "Es gilt deutsches Recht.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        "Der Hauptvertrag bleibt unberührt. Es gilt deutsches Recht.",
                        Requirement.ORDER_OF_PRECEDENCE))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_terms_to_be_understood_as_in_article_4_after_a_long_list() {
        String terms = "Die hier verwendeten Begriffe wie „personenbezogene Daten“, „Verarbeitung“, "
                + "„Verantwortlicher“, „Auftragsverarbeiter“, „betroffene Person“ und „Verletzung des Schutzes "
                + "personenbezogener Daten“ sind so zu verstehen, wie sie ";
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        terms + "in Art. 4 DSGVO bestimmt sind. Es gilt deutsches Recht.",
                        Requirement.DEFINITIONS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 11 Schlussbestimmungen",
                        terms + "im Hauptvertrag bestimmt sind. Es gilt deutsches Recht.",
                        Requirement.DEFINITIONS))
                .isNotEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_legal_review_of_instructions_and_its_negation() {
        String documented = "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers. ";
        assertThat(de(
                        "§ 3 Weisungen",
                        documented + "Eine rechtliche Prüfung der Weisungen findet insoweit nicht statt.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 3 Weisungen",
                        documented + "Er nimmt eine rechtliche Prüfung der erteilten Weisungen vor und weist auf "
                                + "Bedenken unverzüglich hin.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.FOUND);
        String only = "The Processor processes personal data only on documented instructions from the Customer. ";
        assertThat(en(
                        "6. Instructions",
                        only + "The Processor carries out no legal review of the instructions.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "6. Instructions",
                        only + "The Processor carries out a legal review of the instructions and tells the "
                                + "Customer of any concern.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_read_the_right_to_hold_back_an_infringing_instruction_as_a_negation() {
        String only = "The Processor processes personal data only on documented instructions from the Customer. ";
        assertThat(en(
                        "6. Instructions",
                        only + "If the Processor believes that an instruction infringes the GDPR, it tells the "
                                + "Customer at once and is not required to follow that instruction until the "
                                + "Customer confirms it.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "6. Instructions",
                        only + "If an instruction infringes the GDPR, the Processor is not required to tell the "
                                + "Customer.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.WEAKER);
        String nur = "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung des Auftraggebers. ";
        assertThat(de(
                        "§ 3 Weisungen",
                        nur + "Hält er eine Weisung für rechtswidrig, weist er den Auftraggeber unverzüglich darauf "
                                + "hin und ist nicht verpflichtet, diese Weisung auszuführen, bis der Auftraggeber "
                                + "sie bestätigt.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 3 Weisungen",
                        nur + "Der Auftragnehmer ist nicht verpflichtet, rechtswidrige Weisungen zu melden.",
                        Requirement.INFRINGING_INSTRUCTION))
                .isEqualTo(Status.WEAKER);
    }

    @Test
    void should_read_no_claim_to_assistance_as_taking_the_assistance_back() {
        String assists = "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen betroffener "
                + "Personen. ";
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        assists + "Ein Anspruch auf bestimmte Unterstützungsleistungen besteht nicht.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 7 Betroffenenrechte",
                        assists + "Ein Anspruch auf gesonderte Vergütung besteht nicht.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
        String answers = "The Processor shall assist the Customer in answering requests from data subjects. ";
        assertThat(en(
                        "10. Data subject rights",
                        answers + "The Customer has no right to any assistance beyond the self-service tools.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "10. Data subject rights",
                        answers + "The Customer has no right to a refund of fees.",
                        Requirement.DATA_SUBJECT_RIGHTS))
                .isEqualTo(Status.FOUND);
    }

    // --- departures of intra-group and vendor agreements ---

    @Test
    void should_read_changes_that_need_no_approval_of_the_controller_as_a_limit_of_the_instructions() {
        assertThat(en(
                        "19. Platforms",
                        "Changes to the hosting platform do not require the Customer's approval.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.WEAKER);
        // the measures of Art. 32 may develop without approval (Cl. 7.4, Annex II)
        assertThat(en(
                        "19. Platforms",
                        "Changes to the technical and organisational measures do not require the Customer's "
                                + "approval.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Plattform",
                        "Änderungen der Plattform bedürfen nicht der Zustimmung des Auftraggebers.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Plattform",
                        "Änderungen der technischen und organisatorischen Maßnahmen bedürfen nicht der Zustimmung des "
                                + "Auftraggebers.",
                        Requirement.INSTRUCTIONS))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_retention_under_an_internal_schedule_or_at_the_processors_judgement_as_weaker_deletion() {
        assertThat(en(
                        "19. Archive",
                        "The Processor may keep copies of the personal data in its archive for the periods set out "
                                + "in its internal retention schedule.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "19. Archive",
                        "After the end the Processor may keep a copy for as long as it considers necessary.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "19. Archive",
                        "The Processor keeps copies only for the periods that law requires, as listed in its "
                                + "retention schedule.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Archiv",
                        "Der Auftragnehmer darf Kopien für die Fristen seines internen Aufbewahrungskonzepts "
                                + "speichern.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 12 Archiv",
                        "Der Auftragnehmer speichert Kopien nur für die gesetzlichen Fristen seines "
                                + "Aufbewahrungskonzepts.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_awareness_of_confidentiality_as_weaker_than_a_commitment() {
        assertThat(en(
                        "7. Confidentiality",
                        "Staff of the Processor are made aware of the confidential nature of the data in training.",
                        Requirement.CONFIDENTIALITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "7. Confidentiality",
                        "Staff of the Processor have committed themselves to confidentiality.",
                        Requirement.CONFIDENTIALITY))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 4 Vertraulichkeit",
                        "Die Beschäftigten werden für die Vertraulichkeit der Daten sensibilisiert.",
                        Requirement.CONFIDENTIALITY))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 4 Vertraulichkeit",
                        "Die Beschäftigten sind zur Vertraulichkeit verpflichtet.",
                        Requirement.CONFIDENTIALITY))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_disclosure_in_the_processors_good_faith_belief_as_weaker_and_the_legal_exception_as_none() {
        assertThat(en(
                        EN_FINAL,
                        EN_DEFINED + EN_PREVAIL + "If a public authority requests access to the personal data, "
                                + "the Processor may disclose it where it believes in good faith that the law requires "
                                + "disclosure.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        EN_FINAL,
                        EN_DEFINED + EN_PREVAIL + "If Union or Member State law requires the Processor to disclose "
                                + "data to an authority, it informs the Customer first.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(de(
                        "§ 12 Rechtliche Pflichten",
                        "Ist der Auftragnehmer durch Unionsrecht oder das Recht eines Mitgliedstaats zu einer "
                                + "Verarbeitung verpflichtet, etwa zur Herausgabe von Daten an Behörden, teilt er dem "
                                + "Auftraggeber dies vorher mit.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(de(
                        "§ 12 Behörden",
                        "Verlangt eine Behörde die Herausgabe von Daten, teilt der Auftragnehmer dies dem "
                                + "Auftraggeber vorher mit.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_cap_that_does_not_apply_to_breaches_of_the_agreement_as_no_cap() {
        assertThat(en(
                        "17. Liability",
                        "The limits on liability in the main contract do not apply where the Processor has breached "
                                + "these terms or the GDPR.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "17. Liability",
                        "The limits on liability in the main contract do not apply to payment obligations.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        String capped = "Die Haftung richtet sich nach dem Hauptvertrag und ist dort begrenzt; die Haftungsbegrenzung "
                + "findet auf ";
        assertThat(de("§ 12 Haftung", capped + "Verletzungen dieses Vertrages keine Anwendung.", Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(de("§ 12 Haftung", capped + "Zahlungsansprüche keine Anwendung.", Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "17. Liability",
                        "Each party's liability, including for claims of data subjects, is subject to the "
                                + "limitations of the main contract.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "17. Liability",
                        "Each party's liability is subject to the limitations of the main contract, which do not "
                                + "apply to claims of data subjects.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_inaccurate_data_reported_in_the_passive_and_full_answer_for_sub_processors() {
        String dpia = "The Processor helps the Customer with data protection impact assessments and the prior "
                + "consultation of the supervisory authority. ";
        assertThat(en(
                        "11. Assistance",
                        dpia + "Personal data found to be inaccurate or out of date are reported to the Customer "
                                + "without undue delay.",
                        Requirement.INACCURATE_DATA))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "11. Assistance",
                        dpia + "Personal data found to be inaccurate are corrected by the Customer.",
                        Requirement.INACCURATE_DATA))
                .isEqualTo(Status.NOT_FOUND);
        assertThat(de(
                        "§ 12 Richtigkeit",
                        "Unrichtige oder veraltete Daten werden dem Auftraggeber gemeldet.",
                        Requirement.INACCURATE_DATA))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 12 Richtigkeit",
                        "Unrichtige Daten berichtigt der Auftraggeber selbst.",
                        Requirement.INACCURATE_DATA))
                .isEqualTo(Status.NOT_FOUND);
        String authorised = "The Customer gives its general written authorisation for sub-processors. The Processor "
                + "imposes the same data protection obligations on each sub-processor by contract. ";
        assertThat(en(
                        EN_SUB,
                        authorised + "The Processor answers in full to the Customer for the performance of its "
                                + "sub-processors.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        EN_SUB,
                        authorised + "The Processor answers the Customer's questions about its sub-processors.",
                        Requirement.SUBPROCESSOR_LIABILITY))
                .isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_read_a_list_published_on_an_intranet_as_no_written_notice() {
        String authorised = "The Customer gives its general written authorisation for sub-processors. ";
        String flowDown = " The Processor imposes the same data protection obligations on each sub-processor.";
        assertThat(en(
                        EN_SUB,
                        authorised + "New sub-processors are published on the Processor's intranet 14 days before "
                                + "they start, and the Customer may object." + flowDown,
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        EN_SUB,
                        authorised + "New sub-processors are published on the Processor's intranet and sent to the "
                                + "Customer by e-mail 14 days before they start, and the Customer may object."
                                + flowDown,
                        Requirement.SUBPROCESSOR_CHANGES))
                .isEqualTo(Status.FOUND);
    }
}
