/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AuthorisedPersons;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.Person;
import dev.dpa4j.model.Signature;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code DOC_PLACEHOLDER} beyond the starter's [[...]] in free texts: the marks a writer leaves in place of a fact
 * ("[Name]", "TODO", "XXX") and the printed plain strings (the names of the persons who give instructions,
 * addresses, contacts, sub-processors, signatories) that the rule did not read before (#12).
 */
class PlaceholderEverywhereTest {

    private static final Validator VALIDATOR = Fixtures.validator();

    private static Map<String, String> placeholders(DataProcessingAgreement a) {
        return VALIDATOR.validate(a).getFindings("DOC_PLACEHOLDER").stream()
                .collect(Collectors.toMap(Finding::getPath, f -> f.getParams().get("placeholder")));
    }

    private static DataProcessingAgreement issuer(String name) {
        return Fixtures.instructions(
                Fixtures.complete(),
                i -> i.issuers(AuthorisedPersons.builder()
                        .addPersons(Person.builder().name(name).build())
                        .build()));
    }

    @Test
    void should_find_nothing_in_the_complete_fixture() {
        assertThat(placeholders(Fixtures.complete())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Name]", "TODO", "XXX", "xxx", "[[NAME]]", "…", "n/a", "<Vorname Nachname>", "TBD"})
    void should_report_a_mark_when_it_is_the_name_of_a_person_who_gives_instructions(String name) {
        // when
        Map<String, String> found = placeholders(issuer(name));

        // then: as an error, since the fixture is executed, at the person's name
        assertThat(found).containsOnlyKeys("instructions.issuers.persons[0].name");
        assertThat(VALIDATOR.validate(issuer(name)).getFindings("DOC_PLACEHOLDER"))
                .singleElement()
                .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dr. Erika Muster", "Todo Müller", "Maxx Schmidt", "Anna-Lena O'Neill", "J. Smith (CISO)"})
    void should_not_report_a_real_name_of_a_person_who_gives_instructions(String name) {
        assertThat(placeholders(issuer(name))).isEmpty();
    }

    @Test
    void should_report_marks_in_names_addresses_contacts_sub_processors_and_signatures() {
        // given
        DataProcessingAgreement a = Fixtures.processor(
                Fixtures.complete(),
                p -> p.name("XXX GmbH")
                        .addContacts(ContactPoint.builder()
                                .email("todo@TODO.example")
                                .build()));
        a = Fixtures.controller(a, c -> c.address(Fixtures.address("[Straße]", "10115", "Berlin", Fixtures.DE)));
        a = Fixtures.subprocessing(
                a,
                s -> s.addSubprocessors(Fixtures.germanHost().toBuilder()
                        .id("backup")
                        .product("…")
                        .build()));
        a = a.toBuilder()
                .addSignatures(Signature.builder()
                        .role(PartyRole.PROCESSOR)
                        .name("{{signatory}}")
                        .build())
                .build();

        // when
        Map<String, String> found = placeholders(a);

        // then
        assertThat(found)
                .containsEntry("processor.name", "XXX")
                .containsEntry("controllers[0].address.streetLines[0]", "[Straße]")
                .containsEntry("signatures[0].name", "{{signatory}}");
        assertThat(found.keySet())
                .anyMatch(p -> p.matches("processor\\.contacts\\[\\d+]\\.email"))
                .anyMatch(p -> p.matches("subprocessing\\.subprocessors\\[\\d+]\\.product"));
    }

    @Test
    void should_report_a_free_text_that_is_only_a_mark_or_holds_todo_in_capitals() {
        // given
        DataProcessingAgreement a = Fixtures.instructions(
                Fixtures.complete(),
                i -> i.issuers(AuthorisedPersons.builder()
                        .description(LocalizedText.de("[Namen der Weisungsberechtigten]"))
                        .build()));
        DataProcessingAgreement b = Fixtures.complete().toBuilder()
                .preamble(LocalizedText.de("Die Parteien vereinbaren TODO Folgendes."))
                .build();

        // then
        assertThat(placeholders(a))
                .containsEntry("instructions.issuers.description", "[Namen der Weisungsberechtigten]");
        assertThat(placeholders(b)).containsEntry("preamble", "TODO");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Die Frist beträgt drei Tage […] ab Zugang.",
                "Der Auftragsverarbeiter meldet Verstöße (siehe [1]) unverzüglich.",
                "Die Parteien besprechen offene Punkte (todo-Liste) monatlich.",
                "Support unter <https://support.example> …"
            })
    void should_not_report_a_sentence_that_only_contains_brackets_an_ellipsis_or_a_lower_case_word(String text) {
        DataProcessingAgreement a =
                Fixtures.complete().toBuilder().preamble(LocalizedText.de(text)).build();
        assertThat(placeholders(a)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Die Meldefrist beträgt XXXX Stunden.|XXXX",
                "Ansprechpartner: TBA|TBA",
                "Ansprechpartnerin wird noch benannt (TBD).|TBD",
                "Die Checkliste heißt MUSTERTODOLISTE.|",
                "Todo und Tba sind hier Namen, XX eine Größe.|"
            })
    void should_find_the_same_mark_words_in_any_translation_whether_the_run_scanned_the_texts_or_not(String row) {
        // given: the mark (or none) in the second translation only; the run's scans are made by DOC_REFERENCE and
        // SUBPROC_NAMED_UNLISTED, so without both DOC_PLACEHOLDER searches the texts itself (issue #14)
        String text = row.substring(0, row.indexOf('|'));
        String mark = row.substring(row.indexOf('|') + 1);
        DataProcessingAgreement a = Fixtures.complete().toBuilder()
                .preamble(LocalizedText.of(Map.of("de", "Die Parteien vereinbaren Folgendes.", "en", text)))
                .build();
        Validator unscanned = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .disable("DOC_REFERENCE")
                .disable("SUBPROC_NAMED_UNLISTED")
                .build();

        // when
        Map<String, String> scanned = placeholders(a);
        Map<String, String> searched = unscanned.validate(a).getFindings("DOC_PLACEHOLDER").stream()
                .collect(Collectors.toMap(Finding::getPath, f -> f.getParams().get("placeholder")));

        // then
        if (mark.isEmpty()) {
            assertThat(scanned).isEmpty();
        } else {
            assertThat(scanned).containsExactly(Map.entry("preamble", mark));
        }
        assertThat(searched).isEqualTo(scanned);
    }

    @Test
    void should_leave_a_placeholder_controller_to_its_own_rule_in_a_template() {
        // given: a template whose controller is a placeholder as a whole
        DataProcessingAgreement a = Fixtures.controller(
                Fixtures.complete(),
                c -> c.name("[[Firma]]").address(Fixtures.address("[[Strasse]]", "[[PLZ]]", "[[Ort]]", Fixtures.DE)));
        ValidationReport template = Validator.builder()
                .asOf(Fixtures.AS_OF)
                .profile(Profile.TEMPLATE)
                .build()
                .validate(a);

        // then
        assertThat(template.getFindings("DOC_PLACEHOLDER")).isEmpty();
        assertThat(template.getFindings("PARTY_CONTROLLER_ID")).isEmpty();
        assertThat(VALIDATOR.validate(a).getFindings("PARTY_CONTROLLER_ID")).isNotEmpty();
    }

    @Test
    void should_leave_the_starters_placeholder_processor_to_its_own_rule() {
        // given: the processor as dpa init leaves it, named [[PROCESSOR]] and nothing else
        DataProcessingAgreement a = Fixtures.complete().toBuilder()
                .processor(Party.builder().id("processor").name("[[PROCESSOR]]").build())
                .build();

        // when
        ValidationReport report = VALIDATOR.validate(a);

        // then: one finding for the one fact, from the party rule
        assertThat(report.getFindings("DOC_PLACEHOLDER")).isEmpty();
        assertThat(report.getFindings("PARTY_PROCESSOR_ID")).hasSize(1);
    }
}
