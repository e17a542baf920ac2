/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Round 12 of #16 beyond model forms: a sentence is not cut at an abbreviation; processing for the processor's own
 * purposes permitted in another clause takes back the duty to process only on instructions; an exculpation by care in
 * choosing a sub-processor is less than full liability (Art. 28(4)); the assistance's qualifier "taking into account the
 * nature of the processing" describes no processing; a sole discretion is the party's named before it. Sentences of
 * our own, both ways, both languages.
 */
class RoundTwelveTest {

    private static final String BREACH_DE = "§ 8 Meldung von Verletzungen";

    @Test
    void should_not_cut_a_sentence_at_an_abbreviation() {
        RequirementResult abbreviated = WordingFrames.deResult(
                BREACH_DE,
                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten auf "
                        + "geeignetem Weg (z. B. Telefon) unverzüglich.",
                Requirement.BREACH_NOTIFICATION);
        RequirementResult twoSentences = WordingFrames.deResult(
                BREACH_DE,
                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes personenbezogener Daten "
                        + "unverzüglich. Bei Fragen hilft das Datenschutzteam.",
                Requirement.BREACH_NOTIFICATION);

        assertThat(abbreviated.status()).isEqualTo(Status.FOUND);
        assertThat(abbreviated.evidence().get(0).quote()).contains("(z. B. Telefon) unverzüglich.");
        // a full stop that ends a sentence still ends it
        assertThat(twoSentences.status()).isEqualTo(Status.FOUND);
        assertThat(twoSentences.evidence().get(0).quote()).endsWith("unverzüglich.");
    }

    @Test
    void should_take_a_permission_to_process_for_the_processors_own_purposes_as_a_limit_of_the_instructions() {
        Status ownEn = WordingFrames.en(
                "19. Improvement",
                "The Customer authorises the Processor to process the personal data to improve its own products.",
                Requirement.INSTRUCTIONS);
        Status serviceEn = WordingFrames.en(
                "19. Support",
                "The Customer authorises the Processor to process the personal data to answer support tickets.",
                Requirement.INSTRUCTIONS);
        Status ownDe = WordingFrames.de(
                "§ 12 Produktentwicklung",
                "Der Auftraggeber gestattet dem Auftragnehmer, die Daten für eigene Zwecke der Produktentwicklung zu "
                        + "nutzen.",
                Requirement.INSTRUCTIONS);
        Status serviceDe = WordingFrames.de(
                "§ 12 Support",
                "Der Auftraggeber gestattet dem Auftragnehmer, die Daten zur Bearbeitung von Supportanfragen zu "
                        + "nutzen.",
                Requirement.INSTRUCTIONS);

        assertThat(ownEn).isEqualTo(Status.WEAKER);
        assertThat(serviceEn).isEqualTo(Status.FOUND);
        assertThat(ownDe).isEqualTo(Status.WEAKER);
        assertThat(serviceDe).isEqualTo(Status.FOUND);
    }

    @Test
    void should_take_an_exculpation_by_care_in_choosing_a_sub_processor_as_weaker_liability() {
        String en = "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. "
                + "The Processor will notify the Customer of any intended addition or replacement thirty days in "
                + "advance, and the Customer may object. The Processor imposes the same data protection obligations on "
                + "each sub-processor by contract. The Processor remains liable to the Customer for the performance of "
                + "its sub-processors%s.";
        Status exculpated = WordingFrames.en(
                "9. Sub-processors",
                String.format(
                        Locale.ROOT,
                        en,
                        ", except where it shows that it took due care in the selection and supervision of "
                                + "the sub-processor"),
                Requirement.SUBPROCESSOR_LIABILITY);
        Status full = WordingFrames.en(
                "9. Sub-processors", String.format(Locale.ROOT, en, ""), Requirement.SUBPROCESSOR_LIABILITY);
        String de = "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. "
                + "Der Auftragnehmer haftet für seine Unterauftragsverarbeiter wie für eigenes Verschulden%s.";
        Status exculpatedDe = WordingFrames.de(
                "§ 6 Unterauftragsverarbeiter",
                String.format(Locale.ROOT, de, ", es sei denn, er hat sie sorgfältig ausgewählt und überwacht"),
                Requirement.SUBPROCESSOR_LIABILITY);
        Status fullDe = WordingFrames.de(
                "§ 6 Unterauftragsverarbeiter", String.format(Locale.ROOT, de, ""), Requirement.SUBPROCESSOR_LIABILITY);

        assertThat(exculpated).isEqualTo(Status.WEAKER);
        assertThat(full).isEqualTo(Status.FOUND);
        assertThat(exculpatedDe).isEqualTo(Status.WEAKER);
        assertThat(fullDe).isEqualTo(Status.FOUND);
    }

    private static Status nature(String doc) {
        return DpaImporter.standard()
                .importBytes(doc.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "agreement.txt")
                .getRequirement(Requirement.NATURE_AND_PURPOSE)
                .status();
    }

    @Test
    void should_not_take_the_assistance_qualifier_for_a_description_of_the_nature_of_the_processing() {
        String de = "Vereinbarung zur Auftragsverarbeitung\n\n§ 1 Parteien\n\nDiese Vereinbarung gilt zwischen der "
                + "Kunde GmbH (Auftraggeber) und der Rechenwerk GmbH (Auftragnehmer).\n\n§ 2 Gegenstand und Dauer\n\n"
                + "Gegenstand ist die Lohnabrechnung. Die Laufzeit folgt dem Hauptvertrag.\n\n§ 3 Unterstützung\n\n"
                + "Der Auftragnehmer unterstützt den Auftraggeber unter Berücksichtigung der Art der Verarbeitung bei der "
                + "Beantwortung von Anträgen betroffener Personen.\n";
        String en = "Data Processing Terms\n\n1. Parties\n\nThese terms are agreed between Harbour Analytics Ltd (the "
                + "\"Customer\") and Fjordline Cloud GmbH (the \"Processor\").\n\n2. Subject matter and duration\n\n"
                + "The subject matter is payroll. The term follows the main contract.\n\n3. Assistance\n\nTaking into "
                + "account the nature of the processing, the Processor assists the Customer in answering requests from "
                + "data subjects.\n";

        assertThat(nature(de)).isEqualTo(Status.NOT_FOUND);
        assertThat(nature(en)).isEqualTo(Status.NOT_FOUND);
        // a description that states the nature is still read as one
        assertThat(nature(de.replace(
                        "Gegenstand ist die Lohnabrechnung.",
                        "Gegenstand ist die Lohnabrechnung. Art der Verarbeitung ist das Erfassen und Speichern der "
                                + "Lohndaten.")))
                .isEqualTo(Status.FOUND);
        assertThat(nature(en.replace(
                        "The subject matter is payroll.",
                        "The subject matter is payroll. The nature of the processing is collecting and storing payroll "
                                + "records.")))
                .isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_a_sole_discretion_as_the_partys_named_before_it() {
        String body =
                "The Customer may upload personal data to the service, the extent of which is decided by the %s in "
                        + "its sole discretion, which may include the following categories of personal data: contact details "
                        + "and ticket contents.";
        Status controllers = WordingFrames.en(
                "4. Categories of personal data",
                String.format(Locale.ROOT, body, "Customer"),
                Requirement.DATA_CATEGORIES);
        Status processors = WordingFrames.en(
                "4. Categories of personal data",
                String.format(Locale.ROOT, body, "Processor"),
                Requirement.DATA_CATEGORIES);

        assertThat(controllers).isEqualTo(Status.FOUND);
        assertThat(processors).isEqualTo(Status.WEAKER);
    }
}
