/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.WordingFrames.de;
import static dev.dpa4j.importer.WordingFrames.en;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import org.junit.jupiter.api.Test;

/**
 * Round 25 of #16 (causes shared by training documents of several sets): each reading where it fires and beside it a
 * close sentence whose verdict must not change, in the frames of {@link WordingFrames} (agreements of our own, never a
 * fixture's sentence), in English and German.
 */
class RoundTwentyFiveTest {

    private static final String ZWECK =
            "Zweck der Verarbeitung ist der Betrieb einer Buchungsplattform für den Auftraggeber. ";

    private static final String PURPOSE =
            "The purpose of the processing is the operation of a booking platform for the Customer. ";

    // --- Art. 82(1), (4), (5) GDPR: a cap extended to what is owed to data subjects ---

    @Test
    void should_read_a_cap_that_also_covers_data_subjects_as_weaker() {
        String cap = "The liability of each party under this agreement is limited to the fees paid in the twelve "
                + "months before the claim. ";
        assertThat(en(
                        "14. Liability",
                        cap + "This cap applies equally to amounts the Customer must pay to data subjects under "
                                + "Article 82 GDPR.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "14. Liability",
                        cap + "This cap does not apply to amounts the Customer must pay to data subjects under "
                                + "Article 82 GDPR.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "14. Liability",
                        "Each party is liable under Article 82 GDPR. Compensation paid by a party to a data subject "
                                + "counts towards that party's cap under the main agreement.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "14. Liability",
                        "Each party is liable under Article 82 GDPR. Compensation paid by a party to a data subject "
                                + "is not subject to any cap.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 14 Haftung",
                        "Die Haftung des Auftragnehmers ist – auch für Ansprüche betroffener Personen nach Art. 82 "
                                + "DSGVO – auf den Auftragswert begrenzt.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 14 Haftung",
                        "Die Haftung des Auftragnehmers ist auf den Auftragswert begrenzt; dies gilt nicht für "
                                + "Ansprüche betroffener Personen nach Art. 82 DSGVO.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 14 Haftung",
                        "Für die Haftung gelten die Regeln des Hauptvertrags. Sie gelten auch für Ansprüche im "
                                + "Innenverhältnis nach Art. 82 Abs. 5 DSGVO.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 14 Haftung",
                        "Für die Haftung gelten die Regeln des Hauptvertrags. Sie gelten nicht für Ansprüche im "
                                + "Innenverhältnis nach Art. 82 Abs. 5 DSGVO.",
                        Requirement.LIABILITY))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3)(g) GDPR: the return ruled out, deletion only ---

    @Test
    void should_read_the_return_ruled_out_as_weaker() {
        String loeschung = "Nach Vertragsende löscht der Auftragnehmer alle Daten des Auftraggebers. ";
        assertThat(de(
                        "§ 10 Löschung",
                        loeschung + "Eine Rückgabe der Daten an den Auftraggeber ist ausgeschlossen.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 10 Löschung",
                        loeschung + "Eine Rückgabe der Daten an den Auftraggeber ist ausgeschlossen, es sei denn, er "
                                + "verlangt sie vor Vertragsende.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
        // the deletion in words the partial cue does not read, the return ruled out beside it
        assertThat(de(
                        "§ 10 Löschung",
                        "Etiketten und Adresslisten werden 60 Tage nach dem Druck gelöscht. Eine Herausgabe an den "
                                + "Auftraggeber ist nicht vorgesehen.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        String deletion = "After termination the Processor deletes all personal data of the Customer. ";
        assertThat(en(
                        "13. End of processing",
                        deletion + "The data will not be returned to the Customer.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "13. End of processing",
                        deletion + "The data will not be returned to the Customer unless it asks for them before "
                                + "termination.",
                        Requirement.DELETION_RETURN))
                .isEqualTo(Status.FOUND);
    }

    // --- Clause 15.1(a) of 2021/914: notice to the controller beside the attempt to redirect ---

    @Test
    void should_read_the_redirect_beside_a_notice_in_other_words_as_met() {
        String redirect = "If a public authority demands customer data, the Processor will attempt to redirect the "
                + "authority to the Customer. ";
        assertThat(en(
                        "16. Requests of authorities",
                        redirect + "If it must disclose the data, the Processor will give the Customer notice of the "
                                + "demand in advance, unless the law forbids it.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "16. Requests of authorities",
                        redirect + "The Processor will notify the authority of its role as a processor.",
                        Requirement.GOVERNMENT_ACCESS))
                .isEqualTo(Status.WEAKER);
    }

    // --- Art. 28(3)(a), 28(10) GDPR: the processor's own purposes in two more wordings ---

    @Test
    void should_read_the_processors_own_models_and_an_opt_out_as_weaker() {
        assertThat(de(
                        "§ 2 Zweck der Verarbeitung",
                        ZWECK + "Der Auftragnehmer ist berechtigt, die Buchungsdaten in pseudonymisierter Form zur "
                                + "Weiterentwicklung der eigenen Prognose- und Empfehlungsmodelle zu verwenden.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 2 Zweck der Verarbeitung",
                        ZWECK + "Der Auftragnehmer ist nicht berechtigt, die Buchungsdaten zur Weiterentwicklung der "
                                + "eigenen Prognose- und Empfehlungsmodelle zu verwenden.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "§ 2 Zweck der Verarbeitung",
                        ZWECK + "Der Auftragnehmer ist berechtigt, die Buchungsdaten auch für eigene Marktanalysen zu "
                                + "verwenden, sofern der Gast dem nicht widersprochen hat.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 2 Zweck der Verarbeitung",
                        ZWECK + "Der Auftragnehmer ist nicht berechtigt, die Buchungsdaten für eigene Marktanalysen zu "
                                + "verwenden, auch wenn der Gast dem nicht widersprochen hat.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "3. Nature and purpose",
                        PURPOSE + "The Processor may also use booking histories for its own market research if the "
                                + "guest has not objected.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "3. Nature and purpose",
                        PURPOSE + "The Processor may not use booking histories for its own market research, even if "
                                + "the guest has not objected.",
                        Requirement.NATURE_AND_PURPOSE))
                .isEqualTo(Status.FOUND);
    }

    // --- Art. 28(3) first subparagraph GDPR: the types of data set out, not pointed to ---

    @Test
    void should_read_the_types_of_data_only_by_reference_or_as_a_catch_all_as_weaker() {
        assertThat(en(
                        "Annex 1. Description of the processing",
                        "Categories of personal data: as set out in the applicable statement of work.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "Annex 1. Description of the processing",
                        "Categories of personal data: as set out in Annex 2 to this agreement.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.FOUND);
        assertThat(de(
                        "Anlage 1 Beschreibung der Verarbeitung",
                        "Datenkategorien: gemäß Leistungsbeschreibung des Hauptvertrags.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "Anlage 1 Beschreibung der Verarbeitung",
                        "Datenkategorien: Name, Anschrift und Kundennummer der Gäste.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.FOUND);
        assertThat(en(
                        "Annex 1. Description of the processing",
                        "Types of personal data: any personal data uploaded by the Customer or its users to the "
                                + "platform.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "Annex 1. Description of the processing",
                        "Types of personal data: any personal data uploaded by the Customer or its users to the "
                                + "platform, in particular names, e-mail addresses and booking references.",
                        Requirement.DATA_CATEGORIES))
                .isEqualTo(Status.FOUND);
    }

    // --- Clause 7.7(c) of 2021/915: the copy not left to the sub-processor's confidentiality ---

    @Test
    void should_read_a_copy_only_as_far_as_confidentiality_allows_as_weaker() {
        String authorised =
                "The Customer gives its general written authorisation for the sub-processors listed in " + "Annex 3. ";
        assertThat(en(
                        "9. Sub-processors",
                        authorised + "On request the Processor provides a copy of a sub-processor agreement to the "
                                + "extent the Processor is permitted to do so under that agreement's confidentiality "
                                + "clause.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.WEAKER);
        assertThat(en(
                        "9. Sub-processors",
                        authorised + "On request the Processor provides a copy of a sub-processor agreement; it may "
                                + "black out confidential prices.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
        String genehmigt = "Der Auftraggeber genehmigt die in Anlage 3 genannten Unterauftragsverarbeiter. ";
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        genehmigt + "Auf Anfrage erhält der Auftraggeber eine Kopie des Vertrags mit dem "
                                + "Unterauftragsverarbeiter, soweit dessen Vertraulichkeitsklausel dies zulässt.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.WEAKER);
        assertThat(de(
                        "§ 6 Unterauftragsverarbeiter",
                        genehmigt + "Auf Anfrage erhält der Auftraggeber eine Kopie des Vertrags mit dem "
                                + "Unterauftragsverarbeiter; vertrauliche Preisangaben dürfen geschwärzt werden.",
                        Requirement.SUBPROCESSOR_CONTRACT_COPY))
                .isEqualTo(Status.FOUND);
    }
}
