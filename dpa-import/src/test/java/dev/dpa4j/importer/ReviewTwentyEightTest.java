/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.enInstead;
import static dev.dpa4j.importer.FamilyFrame.family;
import static dev.dpa4j.importer.WordingFrames.formDe;
import static dev.dpa4j.importer.WordingFrames.formEn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.AgreementForm;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Round 28 of the review (#16): the form in which an agreement is concluded (Art. 28(9) GDPR: in writing, including in
 * electronic form), as the rotated training documents state it — a click in the customer account in German, an
 * acceptance "in Settings" without an article, and the execution clause of a U.S.-style exhibit signed by hand. Sentences of our own, each beside a close one whose reading must not change.
 */
class ReviewTwentyEightTest {

    @Test
    void should_read_an_agreement_concluded_by_a_click_in_the_customer_account_as_electronic() {
        assertThat(formDe("Sie nehmen diese Vereinbarung im Kundenportal unter „Dokumente“ durch Klick auf "
                        + "„Vertrag annehmen“ an."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formDe("Der Auftraggeber schließt den Vertrag, indem er in der Verwaltungsoberfläche auf "
                        + "„Vereinbarung akzeptieren“ klickt."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formDe("Die Vereinbarung kommt per Mausklick auf die Schaltfläche „Jetzt abschließen“ zustande."))
                .contains(AgreementForm.ELECTRONIC);
        // a cookie consent and a change of the agreement are no conclusion of it
        assertThat(formDe("Mit Klick auf „Alle akzeptieren“ willigen Sie in die Verwendung von Cookies ein."))
                .isEqualTo(Optional.empty());
        assertThat(formDe("Änderungen dieser Vereinbarung nehmen Sie durch Klick auf „Änderung annehmen“ an."))
                .isEqualTo(Optional.empty());
    }

    @Test
    void should_read_an_acceptance_in_settings_without_an_article_as_electronic() {
        assertThat(formEn("This agreement is concluded when an account owner accepts it in Settings > Legal."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formEn("The Customer accepts this DPA in Account settings before the first upload."))
                .contains(AgreementForm.ELECTRONIC);
        // settings that are changed, not an agreement accepted
        assertThat(formEn("The Customer may change its notification settings in the account at any time."))
                .isEqualTo(Optional.empty());
    }

    @Test
    void should_read_the_execution_clause_of_an_agreement_signed_by_hand_as_written() {
        assertThat(formEn("IN WITNESS WHEREOF, the parties have caused this Exhibit to be executed by their duly "
                        + "authorized representatives as of the Effective Date."))
                .contains(AgreementForm.WRITTEN);
        assertThat(formEn("In witness whereof the parties have signed this Agreement on the dates below."))
                .contains(AgreementForm.WRITTEN);
        // executed electronically stays electronic; witnesses named elsewhere are no execution clause
        assertThat(formEn("IN WITNESS WHEREOF, the parties have executed this Agreement electronically through the "
                        + "Order Form."))
                .contains(AgreementForm.ELECTRONIC);
        assertThat(formEn("The processor keeps a record of witnesses to an audit on site."))
                .isEqualTo(Optional.empty());
    }

    // --- Art. 28(4) second sentence GDPR, Clause 7.7(c) of 2021/915: the processor answers for its sub-processors ---

    private static final Requirement SPL = Requirement.SUBPROCESSOR_LIABILITY;
    private static final String SPL_EN = "9. Sub-processors";
    private static final String AUTH_EN = "The Customer gives its general written authorisation for the sub-processors "
            + "listed in Annex 3. The Processor will notify the Customer of any intended addition thirty days in advance, "
            + "and the Customer may object. The Processor imposes the same data protection obligations on each "
            + "sub-processor by contract. ";
    private static final FamilyFrame SPL_DE = new FamilyFrame(
            SPL,
            SPL_EN,
            AUTH_EN,
            "§ 6 Unterauftragsverarbeiter",
            "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. Über neue "
                    + "Unterauftragsverarbeiter informiert der Auftragnehmer vier Wochen vorher; der Auftraggeber kann "
                    + "widersprechen. Er verpflichtet jeden Unterauftragsverarbeiter vertraglich auf dieselben Pflichten. ");

    private static FamilyFrame.Case splEn(String s, Status expected) {
        return enInstead(SPL_EN, AUTH_EN + s, SPL, expected);
    }

    @Test
    void should_read_the_processor_answering_for_its_sub_processors_in_other_words_as_met() {
        List<String> met = family(
                "sub-processor liability met",
                List.of(
                        splEn(
                                "We remain fully responsible to you for the acts and omissions of our sub-processors.",
                                Status.FOUND),
                        splEn(
                                "The Processor shall be liable for its sub-processors as for its own conduct.",
                                Status.FOUND),
                        splEn(
                                "Where a sub-processor fails to fulfil its data protection obligations, the Processor "
                                        + "remains fully liable to the Customer for the performance of that sub-processor's "
                                        + "obligations.",
                                Status.FOUND),
                        splEn(
                                "Any act or omission of a sub-processor is deemed to be an act or omission of the "
                                        + "Processor.",
                                Status.FOUND),
                        splEn(
                                "The Processor is answerable to the Customer for every breach by a sub-processor as if the "
                                        + "breach were its own.",
                                Status.FOUND),
                        SPL_DE.de(
                                "Der Auftragnehmer haftet für das Verschulden seiner Unterauftragsverarbeiter wie für "
                                        + "eigenes Verschulden.",
                                Status.FOUND),
                        SPL_DE.de(
                                "Kommt ein Unterauftragsverarbeiter seinen Datenschutzpflichten nicht nach, haftet der "
                                        + "Auftragnehmer dem Auftraggeber für die Einhaltung der Pflichten dieses "
                                        + "Unterauftragsverarbeiters.",
                                Status.FOUND),
                        SPL_DE.de(
                                "Für seine Unterauftragsverarbeiter steht der Auftragnehmer gegenüber dem Auftraggeber "
                                        + "voll ein.",
                                Status.FOUND),
                        SPL_DE.de(
                                "Handlungen und Unterlassungen der Unterauftragsverarbeiter werden dem Auftragnehmer wie "
                                        + "eigene zugerechnet.",
                                Status.FOUND),
                        SPL_DE.de(
                                "Der Auftragnehmer bleibt gegenüber dem Auftraggeber in vollem Umfang verantwortlich für "
                                        + "die Erfüllung der Pflichten seiner Unterauftragsverarbeiter.",
                                Status.FOUND)));
        // a liability narrowed to the choice of the sub-processor, or to what the processor recovers, stays weaker
        List<String> close = family(
                "sub-processor liability narrowed",
                List.of(
                        splEn(
                                "The Processor is liable for its sub-processors only for their careful selection.",
                                Status.WEAKER),
                        splEn(
                                "The Processor's liability for its sub-processors is limited to the amounts it recovers "
                                        + "from them.",
                                Status.WEAKER),
                        SPL_DE.de(
                                "Für Unterauftragsverarbeiter haftet der Auftragnehmer nur für deren sorgfältige "
                                        + "Auswahl.",
                                Status.WEAKER),
                        SPL_DE.de(
                                "Die Haftung des Auftragnehmers für Unterauftragsverarbeiter ist auf die Beträge "
                                        + "beschränkt, die er von ihnen erhält.",
                                Status.WEAKER)));
        check(met, close);
    }

    // --- Art. 45 and 46(2)(c) GDPR: a sub-processor's transfer tool beside its country, in a list without a column for
    // it

    @Test
    void should_take_the_tool_named_beside_a_sub_processors_country() {
        // in place of the frame's own section on sub-processors, a list without a column for the tool
        ImportResult r = CompletenessTest.withSection(
                CompletenessTest.strongEnglish(),
                "9. Sub-processors",
                "The Customer gives its general written authorisation for the sub-processors listed below.\n\n"
                        + "| Sub-processor | Service | Location |\n|---|---|---|\n"
                        + "| Fjordhall Hosting AS, Bergen | hosting | Norway |\n"
                        + "| Postrail Mail Inc., Denver | transactional e-mail | USA (DPF) |\n"
                        + "| Helpwise Desk Pvt Ltd, Pune | support | India (SCCs) |\n"
                        + "| Quillbase Inc., Austin | analytics | USA |\n");

        assertThat(tool(r, "Postrail")).contains("EU_US_DATA_PRIVACY_FRAMEWORK");
        assertThat(tool(r, "Helpwise")).contains("SCC_2021_914");
        // a country without a note names no tool, and a country in the EEA needs none
        assertThat(tool(r, "Quillbase")).isEmpty();
        assertThat(tool(r, "Fjordhall")).isEmpty();
    }

    private static Optional<String> tool(ImportResult r, String name) {
        return ReviewTwentySevenTest.tool(r, name);
    }

    // --- Art. 28(3) first sentence GDPR: the data listed after a label ---

    @Test
    void should_read_data_listed_after_a_label_as_the_categories_of_data() {
        Requirement dc = Requirement.DATA_CATEGORIES;
        assertThat(WordingFrames.de(
                        "§ 12 Verarbeitung",
                        "12.1 Daten: Vor- und Nachname, Zimmernummer, Ein- und Auszugsdatum, Liste der Wäschestücke.",
                        dc))
                .isEqualTo(Status.FOUND);
        assertThat(WordingFrames.de("§ 12 Verarbeitung", "Personenbezogene Daten: Name, Anschrift, Telefonnummer.", dc))
                .isEqualTo(Status.FOUND);
        // in place of the frame's own list of categories (its section 4)
        assertThat(WordingFrames.enInstead("4. Data", "4.1 Personal data: names, e-mail addresses, booking times.", dc))
                .isEqualTo(Status.FOUND);
        // a label that only points elsewhere lists nothing
        assertThat(WordingFrames.de("§ 12 Verarbeitung", "12.1 Daten: siehe Anlage 1, Abschnitt 2.", dc))
                .isNotEqualTo(Status.FOUND);
    }
}
