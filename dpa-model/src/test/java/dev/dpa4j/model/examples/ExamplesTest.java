/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.EndOfProcessingChoice;
import dev.dpa4j.model.EvidenceType;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.Precedence;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loads the example agreements in {@code examples/} and checks that they hold the facts of their sources and survive
 * a write/read round trip byte for byte.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    private static DataProcessingAgreement load(String file) {
        return DpaJson.read(EXAMPLES.resolve(file));
    }

    private static String de(Optional<LocalizedText> text) {
        return text.orElseThrow().get("de").orElseThrow();
    }

    private static String de(LocalizedText text) {
        return text.get("de").orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jomoco-avv-de.json"})
    void should_write_identical_bytes_when_example_is_read_and_written_again(String file) throws IOException {
        // given
        String json = Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);

        // when
        String rewritten = DpaJson.write(DpaJson.read(json));

        // then
        assertThat(rewritten).isEqualTo(json);
    }

    @Nested
    class Jomoco {

        private final DataProcessingAgreement dpa = load("jomoco-avv-de.json");

        private List<Subprocessor> subprocessors() {
            return dpa.getSubprocessing().orElseThrow().getSubprocessors();
        }

        private Subprocessor subprocessor(String id) {
            return subprocessors().stream()
                    .filter(s -> s.getId().equals(Optional.of(id)))
                    .findFirst()
                    .orElseThrow();
        }

        @Test
        void should_name_processor_and_leave_controller_as_placeholder_when_template_is_loaded() {
            // when
            var processor = dpa.getProcessor().orElseThrow();
            var controller = dpa.getControllers().get(0);

            // then
            assertThat(dpa.getStatus()).isEqualTo(AgreementStatus.TEMPLATE);
            assertThat(processor.getName()).contains("JoMoCo UG (haftungsbeschränkt) i. G.");
            assertThat(processor.getAddress().orElseThrow().getPostalCode()).contains("87466");
            assertThat(processor.getAddress().orElseThrow().getCountry()).contains(CountryCode.of("DE"));
            assertThat(dpa.getControllers()).hasSize(1);
            assertThat(controller.isPlaceholder()).isTrue();
            assertThat(controller.getName()).isEmpty();
            assertThat(de(controller.getDescription())).startsWith("der jeweilige Kunde");
            assertThat(dpa.getSignatures())
                    .hasSize(2)
                    .noneMatch(s -> s.isSigned() || s.getName().isPresent());
        }

        @Test
        void should_list_39_subprocessors_with_16_in_the_us_when_annex_2_is_loaded() {
            // when
            Map<String, Long> byCountry = subprocessors().stream()
                    .collect(Collectors.groupingBy(
                            s -> s.getCountry().map(CountryCode::getCode).orElse("-"), Collectors.counting()));

            // then
            assertThat(subprocessors()).hasSize(39);
            assertThat(byCountry)
                    .containsEntry("US", 16L)
                    .containsEntry("IE", 13L)
                    .containsEntry("DE", 5L)
                    .containsEntry("FR", 1L)
                    .containsEntry("EE", 1L)
                    .containsEntry("-", 3L);
            assertThat(subprocessors())
                    .extracting(Subprocessor::getName)
                    .contains("HubSpot Inc.", "Hetzner Online GmbH", "Pipedrive OÜ", "Zoho Corporation Pvt. Ltd.");
            assertThat(subprocessors()).allMatch(s -> s.getTransfer().isEmpty());
        }

        @Test
        void should_keep_tiktok_business_center_as_one_subprocessor_when_its_row_is_wrapped() {
            // when
            Subprocessor tiktok = subprocessor("tiktok-business-center");

            // then
            assertThat(tiktok.getName()).isEqualTo("TikTok Technology Limited");
            assertThat(tiktok.getProduct()).contains("TikTok Business Center");
            assertThat(de(tiktok.getService()))
                    .isEqualTo("Verwaltung von Anzeigen, Kampagnen, Analyse und Geschäftskonten");
            assertThat(tiktok.getLocations())
                    .extracting(l -> l.getRegion().orElseThrow())
                    .containsExactly(Region.EU, Region.WORLDWIDE);
            assertThat(subprocessors())
                    .filteredOn(s -> s.getName().startsWith("TikTok"))
                    .hasSize(2);
        }

        @Test
        void should_keep_conditional_server_locations_with_their_wording_when_stated_with_ggf_or_abhaengig() {
            // when
            List<Location> hubspot = subprocessor("hubspot").getLocations();
            List<Location> sentry = subprocessor("sentry").getLocations();

            // then
            assertThat(hubspot).hasSize(2);
            assertThat(hubspot.get(0).getCountry()).contains(CountryCode.of("US"));
            assertThat(hubspot.get(0).isConditional()).isFalse();
            assertThat(hubspot.get(1).getRegion()).contains(Region.EU);
            assertThat(hubspot.get(1).isConditional()).isTrue();
            assertThat(de(hubspot.get(1).getDescription())).isEqualTo("ggf. EU-Rechenzentren des Anbieters");
            assertThat(sentry).allMatch(Location::isConditional);
            assertThat(de(sentry.get(0).getDescription())).isEqualTo("abhängig von gebuchtem Standort");
        }

        @Test
        void should_leave_country_empty_when_annex_2_states_only_a_region() {
            // when
            List<Subprocessor> withoutCountry = subprocessors().stream()
                    .filter(s -> s.getCountry().isEmpty())
                    .toList();

            // then
            assertThat(withoutCountry)
                    .extracting(Subprocessor::getName)
                    .containsExactly("Celonis SE", "Onepage.io", "Zoho Corporation Pvt. Ltd.");
            assertThat(withoutCountry).allMatch(s -> s.getNote().isPresent());
            assertThat(subprocessor("ovhcloud").getCountry()).contains(CountryCode.of("FR"));
            assertThat(subprocessor("google-youtube").getProduct()).contains("YouTube / YouTube Creative Studio");
        }

        @Test
        void should_keep_breach_wording_umgehend_without_a_period_when_section_6_is_loaded() {
            // when
            BreachNotificationTerms breach = dpa.getBreachNotification().orElseThrow();
            TimeLimit deadline = breach.getDeadline().orElseThrow();

            // then
            assertThat(breach.isNotifyController()).isTrue();
            assertThat(de(deadline.getWording())).isEqualTo("umgehend");
            assertThat(deadline.getPeriod()).isEmpty();
            assertThat(breach.isNoUnilateralReporting()).isTrue();
            assertThat(breach.getMinimumContent()).isEmpty();
        }

        @Test
        void should_hold_11_data_categories_and_5_subject_groups_when_section_2_is_loaded() {
            // when
            var processing = dpa.getProcessing().orElseThrow();

            // then
            assertThat(processing.getDataCategories()).hasSize(11);
            assertThat(processing.getDataCategories())
                    .filteredOn(DataCategory::isConditional)
                    .extracting(c -> de(c.getName()))
                    .containsExactly("Sprach-, Audio- oder Kommunikationsmetadaten");
            assertThat(processing.getDataSubjects())
                    .extracting(s -> de(s.getName()))
                    .containsExactly(
                            "Kunden des Verantwortlichen",
                            "Interessenten und Leads",
                            "Mitarbeiter des Verantwortlichen",
                            "Kommunikationspartner",
                            "sonstige vom Verantwortlichen eingebundene Dritte");
            assertThat(processing.getExclusions()).hasSize(1);
            assertThat(processing.getDuration().orElseThrow().isContinuesWhileDataHeld())
                    .isTrue();
            assertThat(processing.getLocations())
                    .extracting(l -> l.getRegion().orElseThrow())
                    .containsExactly(Region.EEA);
        }

        @Test
        void should_group_55_measures_under_12_headings_when_annex_1_is_loaded() {
            // when
            SecurityTerms security = dpa.getSecurity().orElseThrow();
            Map<TomCategory, Long> perHeading = security.getMeasures().stream()
                    .collect(Collectors.groupingBy(m -> m.getCategory().orElseThrow(), Collectors.counting()));

            // then
            assertThat(security.getMeasures()).hasSize(55);
            assertThat(perHeading)
                    .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                            Map.entry(TomCategory.PHYSICAL_ACCESS_CONTROL, 5L),
                            Map.entry(TomCategory.SYSTEM_ACCESS_CONTROL, 7L),
                            Map.entry(TomCategory.DATA_ACCESS_CONTROL, 5L),
                            Map.entry(TomCategory.SEPARATION_CONTROL, 3L),
                            Map.entry(TomCategory.PSEUDONYMISATION, 3L),
                            Map.entry(TomCategory.TRANSFER_CONTROL, 5L),
                            Map.entry(TomCategory.INPUT_CONTROL, 4L),
                            Map.entry(TomCategory.AVAILABILITY_CONTROL, 7L),
                            Map.entry(TomCategory.DATA_PROTECTION_MANAGEMENT, 6L),
                            Map.entry(TomCategory.INCIDENT_RESPONSE, 4L),
                            Map.entry(TomCategory.PRIVACY_BY_DEFAULT, 3L),
                            Map.entry(TomCategory.ORDER_CONTROL, 3L)));
            assertThat(security.getCategoryObjectives()).hasSize(8);
            assertThat(de(security.getCategoryObjectives().get(TomCategory.PSEUDONYMISATION)))
                    .isEqualTo("Minimierung von Personenbezug.");
            assertThat(security.getChangePolicy()).contains(TomChangePolicy.NO_DOWNGRADE);
            assertThat(security.getMeasures())
                    .extracting(TechnicalOrganisationalMeasure::getId)
                    .doesNotHaveDuplicates();
        }

        @Test
        void should_hold_typed_clause_terms_when_sections_3_to_12_are_loaded() {
            // when
            SubprocessingTerms sub = dpa.getSubprocessing().orElseThrow();
            var instructions = dpa.getInstructions().orElseThrow();
            var audits = dpa.getAudits().orElseThrow();
            var end = dpa.getEndOfProcessing().orElseThrow();

            // then
            assertThat(sub.getAuthorisation()).contains(AuthorisationType.SPECIFIC);
            assertThat(sub.isPriorWrittenAuthorisation()).isTrue();
            assertThat(sub.isFlowDown() && sub.isAuditRightsFlowDown() && sub.isFullLiability())
                    .isTrue();
            assertThat(instructions.isDocumentedInstructionsOnly()).isTrue();
            assertThat(instructions.isInfringementNotice() && instructions.isSuspensionRight())
                    .isTrue();
            assertThat(instructions.getLegalObligationException().orElseThrow().isPriorNotice())
                    .isTrue();
            assertThat(audits.isInspections()).isTrue();
            assertThat(audits.getAcceptedEvidence())
                    .extracting(e -> e.getType())
                    .containsExactly(
                            EvidenceType.AUDIT_REPORT,
                            EvidenceType.CODE_OF_CONDUCT,
                            EvidenceType.GDPR_CERTIFICATION,
                            EvidenceType.BSI_IT_GRUNDSCHUTZ);
            assertThat(audits.isEvidenceChangeNotice()).isTrue();
            assertThat(end.getChoice()).contains(EndOfProcessingChoice.CONTROLLER_CHOICE);
            assertThat(end.isDeletionConfirmation()).isTrue();
            assertThat(dpa.getRecords().orElseThrow().isProcessorRecords()).isTrue();
            assertThat(dpa.getFinalProvisions().orElseThrow().getPrecedence())
                    .contains(Precedence.AGREEMENT_PREVAILS_ON_DATA_PROTECTION);
            assertThat(dpa.getConfidentiality().orElseThrow().isPersonnelCommitted())
                    .isTrue();
        }
    }
}
