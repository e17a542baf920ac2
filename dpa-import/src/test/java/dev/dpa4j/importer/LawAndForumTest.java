/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Governing law and forum as real agreements word them, each with sentences
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
        return a.getFinalProvisions().flatMap(FinalProvisions::getJurisdiction);
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
}
