/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The completeness table on agreements written for this test (own words): one that states every requirement in
 * plain terms, and variants in which single sentences are negated, left to the processor's discretion or limited,
 * which must count as weaker, next to negations that state the requirement and must not.
 */
class CompletenessTest {

    /** Section heading to body of an English agreement that meets every requirement of the table. */
    static Map<String, String> strongEnglish() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(
                "1. Parties",
                "These terms are agreed between Harbour Analytics Ltd (the \"Customer\") and Fjordline "
                        + "Cloud GmbH (the \"Processor\").");
        s.put(
                "2. Subject matter and duration",
                "The subject matter of the processing is the hosting of the "
                        + "Customer's ticketing system. The term of this agreement follows the main contract.");
        s.put(
                "3. Nature and purpose",
                "The purpose of the processing is running and supporting the ticketing " + "system.");
        s.put("4. Categories of personal data", "- contact details\n- ticket contents");
        s.put("5. Data subjects", "- employees of the Customer\n- end users who open tickets");
        s.put(
                "6. Instructions",
                "The Processor processes personal data only on documented instructions from the "
                        + "Customer. Where the Processor considers that an instruction infringes the GDPR, it tells the "
                        + "Customer at once.");
        s.put(
                "7. Confidentiality",
                "The Processor ensures that everyone authorised to process the data has "
                        + "committed themselves to confidentiality.");
        s.put(
                "8. Security",
                "The Processor maintains the technical and organisational measures required by " + "Article 32 GDPR.");
        s.put(
                "9. Sub-processors",
                "The Customer gives its general written authorisation for the sub-processors "
                        + "listed in Annex 3. The Processor will notify the Customer of any intended addition or replacement "
                        + "thirty days in advance, and the Customer may object. The Processor imposes the same data "
                        + "protection obligations on each sub-processor by contract. The Processor remains fully liable to "
                        + "the Customer for the performance of its sub-processors. On request the Processor provides a copy "
                        + "of the sub-processor agreement.");
        s.put(
                "10. Data subject rights",
                "The Processor shall assist the Customer in answering requests from data " + "subjects.");
        s.put(
                "11. Assistance",
                "The Processor helps the Customer with data protection impact assessments and the "
                        + "prior consultation of the supervisory authority. The Processor shall inform the Customer if it "
                        + "learns that personal data it processes is inaccurate or outdated.");
        s.put(
                "12. Personal data breaches",
                "The Processor shall notify the Customer of any personal data breach "
                        + "without undue delay after becoming aware of it.");
        s.put(
                "13. End of processing",
                "When the services end, the Processor shall, at the Customer's choice, "
                        + "delete or return all personal data, and shall certify the deletion in writing.");
        s.put(
                "14. Audits",
                "The Processor makes available all information necessary to demonstrate compliance "
                        + "with Article 28 GDPR. The Processor allows audits, including inspections of its premises, by the "
                        + "Customer or an auditor it mandates.");
        s.put(
                "15. Suspension",
                "If the Processor breaches these terms, the Customer may suspend the processing "
                        + "until the breach is remedied.");
        s.put(
                "16. International transfers",
                "Personal data is transferred to a third country only on documented "
                        + "instructions and in line with Chapter V GDPR.");
        s.put("17. Liability", "Each party is liable to data subjects under Article 82 GDPR.");
        s.put(
                "18. Final provisions",
                "Terms defined in the GDPR have the meaning given to them there. If these "
                        + "terms conflict with the main contract, these terms prevail. If a public authority requests access "
                        + "to the personal data, the Processor shall inform the Customer unless the law forbids it.");
        return s;
    }

    static ImportResult importText(Map<String, String> sections) {
        StringBuilder doc = new StringBuilder("Data Processing Terms\n\n");
        sections.forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return DpaImporter.standard()
                .importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "terms.txt");
    }

    static ImportResult withSection(Map<String, String> base, String heading, String body) {
        Map<String, String> s = new LinkedHashMap<>(base);
        s.put(heading, body);
        return importText(s);
    }

    @Test
    void should_find_every_requirement_stated_plainly() {
        ImportResult r = importText(strongEnglish());
        assertThat(r.getCompleteness()).hasSize(Requirement.values().length);
        for (RequirementResult c : r.getCompleteness()) {
            assertThat(c.status()).as(c.requirement() + " " + c.evidence()).isEqualTo(Status.FOUND);
            SourceSpan e = c.evidence().get(0);
            assertThat(r.getText().substring(e.offset(), e.end()))
                    .as(c.requirement().name())
                    .isNotBlank();
        }
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION)
                        .evidence()
                        .get(0)
                        .quote())
                .startsWith("The Processor shall notify the Customer of any personal data breach");
    }

    @Test
    void should_report_a_requirement_that_is_missing_as_not_found() {
        Map<String, String> s = strongEnglish();
        s.remove("14. Audits");
        ImportResult r = importText(s);
        assertThat(r.getRequirement(Requirement.AUDIT_INSPECTIONS).status()).isEqualTo(Status.NOT_FOUND);
        assertThat(r.getRequirement(Requirement.AUDIT_INSPECTIONS).evidence()).isEmpty();
        assertThat(r.getRequirement(Requirement.SECURITY).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_flag_a_duty_the_processor_is_not_obliged_to_perform_as_weaker() {
        ImportResult r = withSection(
                strongEnglish(),
                "10. Data subject rights",
                "The Processor shall not be obliged to assist the Customer with requests from data subjects.");
        RequirementResult c = r.getRequirement(Requirement.DATA_SUBJECT_RIGHTS);
        assertThat(c.status()).isEqualTo(Status.WEAKER);
        assertThat(c.note()).isEqualTo("negated or excluded");
        assertThat(c.evidence().get(0).quote()).contains("shall not be obliged");
    }

    @Test
    void should_give_the_note_of_a_limit_met_after_the_end_of_its_quotation() {
        // the quotation of a long sentence ends at SourceSpan.MAX_QUOTE; the note comes from the whole sentence, so a
        // limit whose words stand after that end is still named (session 34: two training documents read weaker
        // with an empty note)
        ImportResult r = withSection(
                strongEnglish(),
                "17. Liability",
                "Each party is liable to data subjects under Article 82 GDPR. The total aggregate liability of the "
                        + "Processor and of its affiliates, officers, employees, agents and sub-processors arising out "
                        + "of or in connection with this Agreement and the Services, whether in contract, tort "
                        + "(including negligence), breach of statutory duty or otherwise, and including any claim by "
                        + "or on behalf of a data subject, is limited to the fees paid in the twelve months before "
                        + "the claim.");
        RequirementResult c = r.getRequirement(Requirement.LIABILITY);
        assertThat(c.status()).isEqualTo(Status.WEAKER);
        assertThat(c.evidence().get(0).quote()).endsWith("…").doesNotContain("data subject");
        assertThat(c.note()).isNotBlank();
    }

    @Test
    void should_flag_audits_without_inspections_on_site_as_weaker() {
        ImportResult r = withSection(
                strongEnglish(),
                "14. Audits",
                "The Processor makes available all information necessary to demonstrate compliance. There will be "
                        + "no audits on site; the Customer may instead read the Processor's latest audit report.");
        RequirementResult c = r.getRequirement(Requirement.AUDIT_INSPECTIONS);
        assertThat(c.status()).isEqualTo(Status.WEAKER);
        assertThat(c.evidence().get(0).quote()).contains("no audits on site");
        assertThat(r.getRequirement(Requirement.AUDIT_INFORMATION).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_flag_a_breach_notice_left_to_the_processors_discretion_as_weaker() {
        ImportResult r = withSection(
                strongEnglish(),
                "12. Personal data breaches",
                "The Processor may at its discretion notify the Customer of a personal data breach.");
        RequirementResult c = r.getRequirement(Requirement.BREACH_NOTIFICATION);
        assertThat(c.status()).isEqualTo(Status.WEAKER);
        assertThat(c.note()).isEqualTo("left to the processor's discretion");
    }

    @Test
    void should_flag_a_permissive_breach_notice_and_a_long_period_as_weaker() {
        assertThat(withSection(
                                strongEnglish(),
                                "12. Personal data breaches",
                                "The Processor may notify the Customer of personal data breaches.")
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .note())
                .isEqualTo("permissive wording (may) instead of a duty");
        assertThat(withSection(
                                strongEnglish(),
                                "12. Personal data breaches",
                                "The Processor shall notify the Customer of a personal data breach within five "
                                        + "business days.")
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .note())
                .isEqualTo("a notice period longer than 72 hours");
        assertThat(withSection(
                                strongEnglish(),
                                "12. Personal data breaches",
                                "The Processor shall notify the Customer of a personal data breach no later than "
                                        + "24 hours after becoming aware of it.")
                        .getRequirement(Requirement.BREACH_NOTIFICATION)
                        .status())
                .as("'no later than' negates nothing")
                .isEqualTo(Status.FOUND);
    }

    /** A period over 72 hours in words, or with its figures in a parenthesis, is as long as one in figures. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|without undue delay and in any event within ninety-six (96) hours|a notice period longer than 72 hours",
                "en|without undue delay and in any event within 120 (one hundred and twenty) hours|a notice period longer than 72 hours",
                "en|without undue delay and in any event within one hundred and twenty hours|a notice period longer than 72 hours",
                "en|without undue delay and in any event within seventy-two (72) hours|",
                "en|without undue delay and in any event within thirty-six (36) hours|",
                "de|unverzüglich, spätestens binnen sechsundneunzig Stunden|a notice period longer than 72 hours",
                "de|unverzüglich, spätestens binnen achtundvierzig (48) Stunden|",
            })
    void should_read_a_long_breach_period_in_words(String lang, String when, String note) {
        RequirementResult b = lang.equals("en")
                ? WordingFrames.enResult(
                        "12. Personal data breaches",
                        "The Processor shall notify the Customer of a personal data breach " + when + ".",
                        Requirement.BREACH_NOTIFICATION)
                : WordingFrames.deResult(
                        "§ 8 Meldung von Verletzungen",
                        "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener "
                                + "Daten " + when + ".",
                        Requirement.BREACH_NOTIFICATION);
        if (note == null) {
            assertThat(b.status()).as(b.note()).isEqualTo(Status.FOUND);
        } else {
            assertThat(b.note()).isEqualTo(note);
        }
    }

    @Test
    void should_flag_a_yearly_audit_limit_unless_it_makes_an_exception() {
        String limited = "The Processor makes available all information necessary to demonstrate compliance. The "
                + "Customer may audit the Processor, including inspections, no more than once per calendar year.";
        assertThat(withSection(strongEnglish(), "14. Audits", limited)
                        .getRequirement(Requirement.AUDIT_INSPECTIONS)
                        .note())
                .isEqualTo("audits limited in frequency");
        assertThat(withSection(
                                strongEnglish(),
                                "14. Audits",
                                limited.replace(
                                        "year.", "year, unless a supervisory authority requires a further audit."))
                        .getRequirement(Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_accept_prohibitions_that_state_the_requirement() {
        Map<String, String> s = strongEnglish();
        s.put(
                "9. Sub-processors",
                s.get("9. Sub-processors")
                        + " The Processor shall not engage any other sub-processor without the Customer's prior written "
                        + "authorisation.");
        s.put(
                "10. Data subject rights",
                "The Processor shall not answer requests from data subjects itself but "
                        + "shall pass them on to the Customer and assist it in answering them.");
        ImportResult r = importText(s);
        assertThat(r.getRequirement(Requirement.SUBPROCESSOR_AUTHORISATION).status())
                .isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.DATA_SUBJECT_RIGHTS).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_flag_limited_sub_processor_liability_and_deletion_without_return() {
        Map<String, String> s = strongEnglish();
        s.put(
                "9. Sub-processors",
                "The Customer gives its general written authorisation for the sub-processors "
                        + "listed in Annex 3. The Processor is liable for its sub-processors only for their careful "
                        + "selection.");
        s.put("13. End of processing", "After the end of the services the Processor deletes all personal data.");
        ImportResult r = importText(s);
        assertThat(r.getRequirement(Requirement.SUBPROCESSOR_LIABILITY).note())
                .isEqualTo("liability only for selecting the sub-processor");
        assertThat(r.getRequirement(Requirement.DELETION_RETURN).status()).isEqualTo(Status.WEAKER);
        assertThat(r.getRequirement(Requirement.DELETION_RETURN).note())
                .isEqualTo("deletion without the controller's choice of return");
        assertThat(r.getRequirement(Requirement.SUBPROCESSOR_CHANGES).status()).isEqualTo(Status.NOT_FOUND);
    }

    @Test
    void should_not_read_a_negated_limit_or_a_fee_as_a_weaker_duty() {
        Map<String, String> s = strongEnglish();
        s.put(
                "17. Liability",
                "The caps of the main contract apply to this agreement; they do not restrict the "
                        + "rights of data subjects under Article 82 GDPR.");
        s.put(
                "14. Audits",
                s.get("14. Audits") + " The Processor may charge a reasonable fee for the time its "
                        + "staff spend on inspections.");
        ImportResult r = importText(s);
        assertThat(r.getRequirement(Requirement.LIABILITY).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.AUDIT_INSPECTIONS).status()).isEqualTo(Status.FOUND);
        Map<String, String> capped = strongEnglish();
        capped.put(
                "17. Liability",
                "The total liability of the Processor under this agreement is limited to the "
                        + "fees paid in the preceding twelve months.");
        assertThat(importText(capped).getRequirement(Requirement.LIABILITY).note())
                .isEqualTo("liability capped without exempting claims of data subjects");
    }

    @Test
    void should_read_german_negations_and_discretion() {
        String doc = String.join(
                "\n\n",
                "Vereinbarung zur Auftragsverarbeitung",
                "§ 1 Vertragsparteien",
                "Zwischen der Lindenhof Praxis GmbH (nachfolgend „Auftraggeber“) und der Datenwerk Süd AG "
                        + "(nachfolgend „Auftragnehmer“).",
                "§ 2 Gegenstand und Dauer",
                "Gegenstand des Auftrags ist der Betrieb der Terminverwaltung.",
                "§ 3 Weisungen",
                "Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des "
                        + "Auftraggebers.",
                "§ 4 Unterauftragsverarbeiter",
                "Der Auftragnehmer darf Unterauftragsverarbeiter nicht ohne vorherige schriftliche Genehmigung des "
                        + "Auftraggebers einsetzen.",
                "§ 5 Rechte der betroffenen Personen",
                "Der Auftragnehmer ist nicht verpflichtet, den Auftraggeber bei Anfragen betroffener Personen zu "
                        + "unterstützen.",
                "§ 6 Meldung von Datenschutzverletzungen",
                "Der Auftragnehmer kann den Auftraggeber nach eigenem Ermessen über Verletzungen des Schutzes "
                        + "personenbezogener Daten informieren.",
                "§ 7 Kontrollen",
                "Der Auftragnehmer stellt alle erforderlichen Informationen zum Nachweis der Einhaltung bereit. "
                        + "Kontrollen vor Ort finden nicht statt.",
                "§ 8 Aussetzung",
                "Verstößt der Auftragnehmer gegen diese Vereinbarung, kann der Auftraggeber ihn anweisen, die "
                        + "Verarbeitung auszusetzen.",
                "§ 9 Technische und organisatorische Maßnahmen",
                "Der Auftragnehmer trifft die technischen und organisatorischen Maßnahmen nach Art. 32 DSGVO.");
        ImportResult r =
                DpaImporter.standard().importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "avv.txt");
        assertThat(r.getLanguage()).isEqualTo("de");
        assertThat(r.getRequirement(Requirement.SUBPROCESSOR_AUTHORISATION).status())
                .isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.INSTRUCTIONS).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.SECURITY).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.DATA_SUBJECT_RIGHTS).status()).isEqualTo(Status.WEAKER);
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).note())
                .isEqualTo("left to the processor's discretion");
        assertThat(r.getRequirement(Requirement.AUDIT_INSPECTIONS).status()).isEqualTo(Status.WEAKER);
        assertThat(r.getRequirement(Requirement.AUDIT_INFORMATION).status()).isEqualTo(Status.FOUND);
        assertThat(r.getRequirement(Requirement.DELETION_RETURN).status()).isEqualTo(Status.NOT_FOUND);
        assertThat(r.getRequirement(Requirement.SUSPENSION_AND_TERMINATION).status())
                .isEqualTo(Status.FOUND);
    }

    /**
     * Section 19 of the variants below: a reservation that names no requirement (so that only a reference to it can
     * make a duty weaker) and leaves the duties that refer to it to the processor's discretion.
     */
    private static final String LIMITS =
            "Duties that are stated to be subject to this section are performed at the " + "Processor's discretion.";

    @Test
    void should_follow_a_reference_that_qualifies_a_duty_and_quote_both_passages() {
        Map<String, String> s = strongEnglish();
        s.put(
                "14. Audits",
                "The Processor makes available all information necessary to demonstrate compliance with Article 28 "
                        + "GDPR. The Processor allows audits, including inspections of its premises, by the Customer or "
                        + "an auditor it mandates, except as set out in Section 19.");
        s.put("19. Reservations", LIMITS);
        // without the reference, the same document states the duty in full
        Map<String, String> plain = new LinkedHashMap<>(s);
        plain.put("14. Audits", s.get("14. Audits").replace(", except as set out in Section 19", ""));
        assertThat(importText(plain)
                        .getRequirement(Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
        ImportResult r = importText(s);
        RequirementResult c = r.getRequirement(Requirement.AUDIT_INSPECTIONS);
        assertThat(c.status()).isEqualTo(Status.WEAKER);
        assertThat(c.note())
                .isEqualTo("qualified by a reference to Section 19, which is weaker: left to the processor's "
                        + "discretion");
        assertThat(c.note(java.util.Locale.GERMAN))
                .isEqualTo("eingeschränkt durch den Verweis auf Section 19, der schwächer ist: in das Ermessen des "
                        + "Auftragsverarbeiters gestellt");
        assertThat(c.evidence())
                .extracting(SourceSpan::quote)
                .anySatisfy(q -> assertThat(q).contains("except as set out in Section 19"));
        assertThat(c.evidence()).extracting(SourceSpan::quote).contains(LIMITS);
        for (SourceSpan e : c.evidence()) {
            assertThat(r.getText().substring(e.offset(), e.end())).isEqualTo(e.quote());
        }
        // the duty the other sentence of the clause states is not touched
        assertThat(r.getRequirement(Requirement.AUDIT_INFORMATION).status()).isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_call_a_duty_weaker_when_the_reference_limits_nothing_or_points_elsewhere() {
        String audits = "The Processor allows audits, including inspections of its premises, by the Customer or an "
                + "auditor it mandates, ";
        // the referenced section exists but only sets out how an inspection is announced
        Map<String, String> harmless = strongEnglish();
        harmless.put("14. Audits", audits + "subject to Section 19.");
        harmless.put(
                "19. Audit procedure", "The Customer announces an inspection of the premises fourteen days ahead.");
        assertThat(importText(harmless)
                        .getRequirement(Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
        // "notwithstanding" affirms the duty against the limit
        Map<String, String> notwithstanding = strongEnglish();
        notwithstanding.put(
                "14. Audits", "Notwithstanding Section 19, " + audits.toLowerCase(Locale.ROOT) + "at any " + "time.");
        notwithstanding.put("19. Reservations", LIMITS);
        assertThat(importText(notwithstanding)
                        .getRequirement(Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
        // a reference to the law, not to a section of the document, even where a section of that number limits audits
        Map<String, String> law = strongEnglish();
        law.put("14. Audits", audits + "subject to Article 19 GDPR.");
        law.put("19. Reservations", LIMITS);
        assertThat(importText(law).getRequirement(Requirement.AUDIT_INSPECTIONS).status())
                .isEqualTo(Status.FOUND);
        // a reference to the main contract (another document)
        Map<String, String> main = strongEnglish();
        main.put("14. Audits", audits + "subject to Section 19 of the Master Services Agreement.");
        main.put("19. Reservations", LIMITS);
        assertThat(importText(main)
                        .getRequirement(Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_follow_a_reference_to_an_annex_like_one_to_a_section() {
        String audits = "The Processor allows audits, including inspections of its premises, by the Customer or an "
                + "auditor it mandates, ";
        Map<String, String> s = strongEnglish();
        s.put("14. Audits", audits + "as set out in Annex 2.");
        // the annex's heading numbers it in Roman numerals, the reference in Arabic ones
        s.put("Annex II – Reservations", LIMITS);
        RequirementResult c = importText(s).getRequirement(Requirement.AUDIT_INSPECTIONS);
        assertThat(c.status()).isEqualTo(Status.WEAKER);
        assertThat(c.note())
                .isEqualTo("qualified by a reference to Annex 2, which is weaker: left to the processor's discretion");
        assertThat(c.evidence()).extracting(SourceSpan::quote).contains(LIMITS);
        // an annex that only describes the procedure limits nothing
        Map<String, String> harmless = strongEnglish();
        harmless.put("14. Audits", audits + "see Annex 2.");
        harmless.put("Annex 2 – Audit procedure", "The Customer announces an inspection fourteen days ahead.");
        assertThat(importText(harmless)
                        .getRequirement(Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
        // another annex number is not followed (an annex whose limits apply only to what refers to it)
        Map<String, String> other = strongEnglish();
        other.put("14. Audits", audits + "see Annex 3.");
        other.put("Annex 2 – Reservations", LIMITS);
        assertThat(importText(other)
                        .getRequirement(Requirement.AUDIT_INSPECTIONS)
                        .status())
                .isEqualTo(Status.FOUND);
        // an annex of the Commission's clauses is another document
        Map<String, String> scc = strongEnglish();
        scc.put("14. Audits", audits + "as set out in Annex 2 of the Standard Contractual Clauses.");
        scc.put("Annex 2 – Reservations", LIMITS);
        assertThat(importText(scc).getRequirement(Requirement.AUDIT_INSPECTIONS).status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_follow_a_german_reference_to_an_anlage() {
        Map<String, String> de = new LinkedHashMap<>();
        de.put(
                "§ 1 Vertragsparteien",
                "Zwischen der Lindenhof Praxis GmbH (nachfolgend „Auftraggeber“) und der "
                        + "Datenwerk Süd AG (nachfolgend „Auftragnehmer“).");
        de.put("§ 2 Gegenstand", "Gegenstand des Auftrags ist der Betrieb der Terminverwaltung.");
        de.put(
                "§ 3 Weisungen",
                "Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung "
                        + "des Auftraggebers.");
        de.put(
                "§ 5 Kontrollen",
                "Der Auftragnehmer ermöglicht Kontrollen einschließlich Inspektionen vor Ort durch den Auftraggeber "
                        + "gemäß Anlage 3.");
        de.put(
                "Anlage 3 Kontrollverfahren",
                "Kontrollen vor Ort finden nach eigenem Ermessen des Auftragnehmers statt.");
        RequirementResult c = importText(de).getRequirement(Requirement.AUDIT_INSPECTIONS);
        assertThat(c.status()).isEqualTo(Status.WEAKER);
        assertThat(c.note()).startsWith("qualified by a reference to Anlage 3");
    }

    @Test
    void should_follow_a_german_reference_vorbehaltlich() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(
                "§ 1 Vertragsparteien",
                "Zwischen der Lindenhof Praxis GmbH (nachfolgend „Auftraggeber“) und der "
                        + "Datenwerk Süd AG (nachfolgend „Auftragnehmer“).");
        s.put("§ 2 Gegenstand", "Gegenstand des Auftrags ist der Betrieb der Terminverwaltung.");
        s.put(
                "§ 3 Weisungen",
                "Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung "
                        + "des Auftraggebers.");
        s.put(
                "§ 4 Meldung von Verletzungen",
                "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes "
                        + "personenbezogener Daten unverzüglich, vorbehaltlich § 8.");
        s.put(
                "§ 5 Kontrollen",
                "Der Auftragnehmer ermöglicht Kontrollen einschließlich Inspektionen vor Ort durch "
                        + "den Auftraggeber.");
        s.put(
                "§ 8 Vorbehalt",
                "Pflichten, die unter dem Vorbehalt dieses Paragraphen stehen, erfüllt der "
                        + "Auftragnehmer nach eigenem Ermessen.");
        RequirementResult c = importText(s).getRequirement(Requirement.BREACH_NOTIFICATION);
        assertThat(c.status()).isEqualTo(Status.WEAKER);
        assertThat(c.note())
                .isEqualTo("qualified by a reference to § 8, which is weaker: left to the processor's discretion");
        assertThat(c.evidence()).hasSize(2);
        assertThat(c.evidence().get(1).section()).startsWith("§ 8");
    }

    @Test
    void should_put_the_completeness_table_first_in_every_review_output() {
        ImportResult r = withSection(
                strongEnglish(),
                "14. Audits",
                "The Processor makes available all information necessary to demonstrate compliance. There will be "
                        + "no audits on site.");
        Review review = Review.of(
                r,
                dev.dpa4j.validate.Validator.builder()
                        .asOf(java.time.LocalDate.of(2026, 12, 3))
                        .build());
        String md = review.toMarkdown(Locale.ENGLISH);
        assertThat(md.indexOf("## Completeness")).isPositive().isLessThan(md.indexOf("## Elements"));
        assertThat(md)
                .contains("| Audits including inspections | Art. 28(3)(h) GDPR; SCC 2021/915 Cl. 7.6(c)-(d) | "
                        + "**weaker than SCC 2021/915** (negated or excluded) |");
        assertThat(review.toMarkdown(Locale.GERMAN)).contains("**schwächer als SCC 2021/915**");
        String json = review.toJson(Locale.ENGLISH);
        assertThat(json.indexOf("\"completeness\"")).isLessThan(json.indexOf("\"elements\""));
        assertThat(json).contains("\"requirement\": \"AUDIT_INSPECTIONS\"").contains("\"status\": \"WEAKER\"");
        String html = review.toHtml(Locale.ENGLISH);
        assertThat(html).contains("<tr class=\"WEAKER\"><td>Audits including inspections</td>");
        String sarif = review.toSarif(Locale.ENGLISH);
        assertThat(sarif).contains("\"ruleId\": \"completeness.AUDIT_INSPECTIONS\"");
        assertThat(sarif).doesNotContain("completeness.BREACH_NOTIFICATION");
    }
}
