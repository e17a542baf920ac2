/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Three review defects of #16 (round 7), each both ways: the channel of a notice of sub-processor changes ("we will
 * notify you by email", „per E-Mail informieren“), a breach notice under a condition ("as appropriate", „soweit
 * erforderlich“) as a duty with a weaker deadline instead of a missing duty, and the finding on a general
 * authorisation located at the authorisation passage instead of a row of the sub-processor table. Every snippet is
 * written for this test.
 */
class NoticeAndConditionTest {

    private static ImportResult read(String text) {
        return DpaImporter.standard()
                .importBytes(text.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "snippet.txt");
    }

    private static final String HEAD = """
            DATA PROCESSING AGREEMENT

            This agreement is made between Example Client Ltd ("Customer") and Example Host Ltd ("Supplier"). The Customer is the controller and the Supplier is the processor of the personal data.

            1. Instructions
            The Supplier processes the personal data only on documented instructions from the Customer.

            2. Confidentiality
            Every person the Supplier allows to process the personal data is bound by a duty of confidentiality.

            """;

    private static final String HEAD_DE = """
            VEREINBARUNG ZUR AUFTRAGSVERARBEITUNG

            zwischen der Beispiel Kunde GmbH (nachfolgend „Auftraggeber“) und der Beispiel Rechenzentrum GmbH (nachfolgend „Auftragnehmer“).

            § 1 Weisungen
            Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Auftraggebers.

            § 2 Vertraulichkeit
            Die Beschäftigten des Auftragnehmers sind auf die Vertraulichkeit verpflichtet.

            """;

    private static Set<CommunicationChannel> noticeChannels(ImportResult r) {
        return r.getDraft()
                .getSubprocessing()
                .map(SubprocessingTerms::getNoticeChannels)
                .orElse(new java.util.TreeSet<>());
    }

    @Test
    void should_read_an_email_notice_of_sub_processor_changes() {
        ImportResult en = read(HEAD + "3. Sub-processors\n"
                + "The Customer gives the Supplier a general authorisation to engage sub-processors. We will notify "
                + "you by email at least thirty days before we add or replace a sub-processor, and you may object "
                + "within fourteen days.\n");
        assertThat(noticeChannels(en)).containsExactly(CommunicationChannel.EMAIL);
        ImportResult de = read(HEAD_DE + "§ 3 Unterauftragsverarbeiter\n"
                + "Der Auftraggeber erteilt eine allgemeine Genehmigung zum Einsatz von Unterauftragsverarbeitern. "
                + "Über jede beabsichtigte Änderung wird der Auftragnehmer den Auftraggeber mindestens vier Wochen "
                + "vorher per E-Mail informieren; der Auftraggeber kann binnen zwei Wochen widersprechen.\n");
        assertThat(noticeChannels(de)).containsExactly(CommunicationChannel.EMAIL);
    }

    @Test
    void should_read_no_channel_from_an_email_address_in_the_sub_processor_clause() {
        ImportResult r = read(HEAD + "3. Sub-processors\n"
                + "The Customer gives the Supplier a general authorisation to engage sub-processors. Questions about "
                + "sub-processors go to the e-mail address privacy@example.com.\n");
        assertThat(noticeChannels(r)).isEmpty();
    }

    private static final String BREACH_EN = HEAD + "3. Security incidents\n"
            + "The Supplier will inform the Customer of personal data breaches as appropriate, having regard to the "
            + "circumstances of each breach.\n\n4. Deletion\nAt the end of the services the Supplier deletes or "
            + "returns the personal data at the Customer's choice.\n";

    private static Optional<TimeLimit> deadline(DataProcessingAgreement a) {
        return a.getBreachNotification().flatMap(BreachNotificationTerms::getDeadline);
    }

    @Test
    void should_read_a_breach_notice_as_appropriate_as_a_duty_with_a_conditional_deadline() {
        ImportResult r = read(BREACH_EN);
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.WEAKER);
        assertThat(r.getDraft().getBreachNotification().map(BreachNotificationTerms::isNotifyController))
                .contains(true);
        assertThat(deadline(r.getDraft()).flatMap(TimeLimit::getWording).map(LocalizedText::toString))
                .hasValueSatisfying(w -> assertThat(w).contains("as appropriate"));
        Review review =
                Review.of(r, Validator.builder().asOf(LocalDate.of(2026, 12, 4)).build());
        assertThat(review.getItems())
                .extracting(i -> i.finding().getRuleId())
                .doesNotContain("ART33_2_PROCESSOR_NOTIFY")
                .contains("ART33_2_DEADLINE");
    }

    @Test
    void should_read_a_german_breach_notice_soweit_erforderlich_as_weaker() {
        ImportResult r = read(HEAD_DE + "§ 3 Datenschutzverletzungen\n"
                + "Der Auftragnehmer informiert den Auftraggeber über Verletzungen des Schutzes personenbezogener "
                + "Daten, soweit erforderlich.\n\n§ 4 Löschung\nNach Ende des Auftrags löscht der Auftragnehmer die "
                + "Daten oder gibt sie nach Wahl des Auftraggebers zurück.\n");
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.WEAKER);
        assertThat(r.getDraft().getBreachNotification().map(BreachNotificationTerms::isNotifyController))
                .contains(true);
        assertThat(deadline(r.getDraft()).flatMap(TimeLimit::getWording).map(LocalizedText::toString))
                .hasValueSatisfying(w -> assertThat(w).contains("soweit erforderlich"));
    }

    @Test
    void should_not_weaken_a_breach_notice_without_undue_delay_that_adds_a_condition_elsewhere() {
        ImportResult r = read(HEAD + "3. Security incidents\n"
                + "The Supplier will notify the Customer of any personal data breach without undue delay and, where "
                + "necessary, provide further information in phases.\n");
        assertThat(r.getRequirement(Requirement.BREACH_NOTIFICATION).status()).isEqualTo(Status.FOUND);
        assertThat(deadline(r.getDraft()).flatMap(TimeLimit::getWording).map(LocalizedText::toString))
                .hasValueSatisfying(w -> assertThat(w).contains("without undue delay"));
    }

    private static final String GENERAL_AUTH = HEAD + "3. Sub-processors\n"
            + "The Customer gives the Supplier a general written authorisation to engage the sub-processors listed "
            + "in Annex 1 and other sub-processors.\n\n"
            + "4. Deletion\nAt the end of the services the Supplier deletes or returns the personal data at the "
            + "Customer's choice.\n\n"
            + "Annex 1 – Sub-processors\n"
            + "Name\tService\tCountry\n"
            + "Harbourline Cloud B.V.\tHosting\tNetherlands\n"
            + "Kestrel Mail Ltd\tE-mail delivery\tIreland\n";

    @Test
    void should_place_the_general_authorisation_finding_at_the_authorisation_passage() {
        ImportResult r = read(GENERAL_AUTH);
        Review review =
                Review.of(r, Validator.builder().asOf(LocalDate.of(2026, 12, 4)).build());
        Review.Item bundle = review.getItems().stream()
                .filter(i -> i.finding().getRuleId().equals("X_GENERAL_AUTH_BUNDLE"))
                .findFirst()
                .orElseThrow();
        assertThat(bundle.span())
                .hasValueSatisfying(s -> assertThat(s.quote())
                        .contains("general written authorisation")
                        .doesNotContain("Harbourline"));
    }

    @Test
    void should_still_place_a_finding_on_a_sub_processor_at_its_row() {
        ImportResult r = read(GENERAL_AUTH);
        assertThat(r.locate("subprocessing.subprocessors[1].country"))
                .hasValueSatisfying(s -> assertThat(s.quote()).contains("Kestrel"));
        assertThat(r.locate("subprocessing.subprocessors"))
                .hasValueSatisfying(s -> assertThat(s.quote()).contains("Harbourline"));
    }
}
