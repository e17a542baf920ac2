/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.SubprocessingTerms;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Governing law, forum, the sub-processor authorisation and objection periods as real agreements word them, each with sentences
 * where the fact is stated and ones where it must not be read. All sentences are written for this test.
 */
class LawAndForumTest {

    private static DataProcessingAgreement german(String heading, String body) {
        return ProcessingListsTest.german(heading + "\n\n" + body + "\n", "Die Vereinbarung gilt ab Unterzeichnung.");
    }

    private static DataProcessingAgreement english(String heading, String body) {
        return CompletenessTest.withSection(CompletenessTest.strongEnglish(), heading, body)
                .getDraft();
    }

    private static Optional<String> law(DataProcessingAgreement a) {
        return a.getFinalProvisions().flatMap(FinalProvisions::getGoverningLaw).map(c -> c.getCode());
    }

    private static Optional<String> forum(DataProcessingAgreement a) {
        // the importer states the place as the text has it, a text without a language
        return a.getFinalProvisions().flatMap(FinalProvisions::getJurisdiction).map(j -> j.resolve(Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Für diesen Vertrag gilt das Recht des Staates Kanada.|CA",
                "Anwendbar ist das Recht der Republik Österreich.|AT",
                "Dieser Vertrag unterliegt dänischem Recht.|DK",
                "Auf diese Vereinbarung findet das Recht des Staates Schweden Anwendung.|SE",
                "Der Vertrag unterliegt belgischem Recht unter Ausschluss des UN-Kaufrechts.|BE"
            })
    void should_read_the_governing_law_in_german(String sentence, String code) {
        DataProcessingAgreement a = german("§ 9 Anwendbares Recht", sentence);
        assertThat(law(a)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "This Agreement shall be governed by the laws of Ireland.|IE",
                "The laws of the Republic of Finland govern this Agreement.|FI",
                "This Agreement is subject to Danish law.|DK",
                "It is governed by and construed in accordance with the laws of the Grand Duchy of Luxembourg.|LU"
            })
    void should_read_the_governing_law_in_english(String sentence, String code) {
        DataProcessingAgreement a = english("14. Governing Law", sentence);
        assertThat(law(a)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Eine Pflicht zur Aufbewahrung nach dem Recht der Union oder der Mitgliedstaaten bleibt unberührt.",
                "Die Rechte nach dem Recht des Staates, in dem die betroffene Person wohnt, bleiben unberührt."
            })
    void should_not_read_a_governing_law_where_none_is_chosen(String sentence) {
        assertThat(law(german("§ 9 Schlussbestimmungen", sentence))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Gerichtsstand ist Hamburg.|Hamburg",
                "Im Übrigen wird, soweit zulässig, als Gerichtsstand Bremen vereinbart.|Bremen",
                "Ausschließlicher Gerichtsstand ist Frankfurt am Main. Es gilt deutsches Recht.|Frankfurt am Main",
                "Gerichtsstand für alle Streitigkeiten aus diesem Vertrag ist der Sitz des Auftragnehmers in Köln.|Köln"
            })
    void should_read_the_forum_in_german(String sentence, String place) {
        assertThat(forum(german("§ 9 Gerichtsstand", sentence))).contains(place);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The courts of Dublin shall have exclusive jurisdiction.|Dublin",
                "The courts of the city of Amsterdam have jurisdiction over any dispute.|city of Amsterdam",
                "Any dispute shall be brought before the courts of Vienna.|Vienna",
                "The place of jurisdiction is Rotterdam.|Rotterdam"
            })
    void should_read_the_forum_in_english(String sentence, String place) {
        assertThat(forum(english("14. Jurisdiction", sentence))).contains(place);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Die Parteien bemühen sich, Streitigkeiten gütlich beizulegen.",
                "Die Zuständigkeit der Aufsichtsbehörde bleibt unberührt."
            })
    void should_not_read_a_forum_where_none_is_agreed(String sentence) {
        assertThat(forum(german("§ 9 Schlussbestimmungen", sentence))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Der Auftraggeber genehmigt allgemein den Einsatz weiterer Unterauftragnehmer.|GENERAL",
                "Der Auftraggeber erteilt hiermit seine allgemeine schriftliche Genehmigung zur Beauftragung von Unterauftragnehmern.|GENERAL",
                "Jeder Unterauftragnehmer bedarf einer Einzelgenehmigung des Auftraggebers.|SPECIFIC",
                "Unterauftragnehmer dürfen nur mit gesonderter schriftlicher Zustimmung des Auftraggebers beauftragt werden.|SPECIFIC"
            })
    void should_read_the_authorisation_in_german(String sentence, AuthorisationType type) {
        DataProcessingAgreement a = german("§ 7 Unterauftragsverhältnisse", sentence);
        assertThat(a.getSubprocessing().flatMap(SubprocessingTerms::getAuthorisation))
                .contains(type);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Customer grants the Supplier a general written authorisation to engage sub-processors.|GENERAL",
                "The Supplier shall not engage any sub-processor without the prior specific authorisation of the Customer.|SPECIFIC",
                "Instead of a specific authorisation for each sub-processor, the Customer gives a general written authorisation to engage sub-processors.|GENERAL"
            })
    void should_read_the_authorisation_in_english(String sentence, AuthorisationType type) {
        DataProcessingAgreement a = english("9. Sub-processors", sentence);
        assertThat(a.getSubprocessing().flatMap(SubprocessingTerms::getAuthorisation))
                .contains(type);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Soweit der Auftraggeber den Einsatz weiterer Unterauftragnehmer allgemein genehmigt, informiert ihn der Auftragnehmer vorab.",
                "Der Auftragnehmer informiert den Auftraggeber über jeden neuen Unterauftragnehmer."
            })
    void should_not_read_an_authorisation_from_a_condition_or_a_notice(String sentence) {
        DataProcessingAgreement a = german("§ 7 Unterauftragsverhältnisse", sentence);
        assertThat(a.getSubprocessing().flatMap(SubprocessingTerms::getAuthorisation))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Der Auftraggeber kann innerhalb von 0 Tagen nach der Mitteilung Einspruch erheben.|0|CALENDAR_DAYS",
                "The Customer may object within 0 hours of the notice.|0|HOURS"
            })
    void should_read_an_objection_period_of_nothing(String sentence, int amount, PeriodUnit unit) {
        DataProcessingAgreement a = sentence.startsWith("The")
                ? english("9. Sub-processors", sentence)
                : german("§ 7 Unterauftragsverhältnisse", sentence);
        assertThat(a.getSubprocessing()
                        .flatMap(SubprocessingTerms::getObjectionPeriod)
                        .flatMap(l -> l.getPeriod()))
                .hasValueSatisfying(p -> {
                    assertThat(p.getAmount()).isEqualTo(amount);
                    assertThat(p.getUnit()).isEqualTo(unit);
                });
    }
}
