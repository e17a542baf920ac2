/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dpa4j.model.AgreementForm;
import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.AssistanceTerms;
import dev.dpa4j.model.AssistedArticle;
import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BreachNoticeContent;
import dev.dpa4j.model.BreachNotificationTerms;
import dev.dpa4j.model.BreachTrigger;
import dev.dpa4j.model.CommunicationChannel;
import dev.dpa4j.model.ConclusionEvidence;
import dev.dpa4j.model.ConclusionMethod;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.DurationType;
import dev.dpa4j.model.EndOfProcessingChoice;
import dev.dpa4j.model.Evidence;
import dev.dpa4j.model.EvidenceType;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.InstructionTerms;
import dev.dpa4j.model.InstrumentType;
import dev.dpa4j.model.LegalBasisScope;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.MonetaryRate;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.OwnUsePermission;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.Precedence;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.RateUnit;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.Signature;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.json.DpaJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    @ValueSource(
            strings = {"jomoco-avv-de.json", "just-avv-de.json", "larkspur-dpa-en.json", "quillfeather-dpa-en-de.json"})
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

    @Nested
    class Just {

        private final DataProcessingAgreement dpa = load("just-avv-de.json");

        @Test
        void should_keep_controller_placeholders_when_template_is_loaded() {
            // when
            Party controller = dpa.getControllers().get(0);
            PostalAddress address = controller.getAddress().orElseThrow();

            // then
            assertThat(dpa.getStatus()).isEqualTo(AgreementStatus.TEMPLATE);
            assertThat(controller.isPlaceholder()).isTrue();
            assertThat(controller.getName()).contains("[[Firma]]");
            assertThat(address.getStreetLines()).containsExactly("[[Strasse]]", "[[Strasse2]]");
            assertThat(address.getPostalCode()).contains("[[PLZ]]");
            assertThat(address.getLocality()).contains("[[Ort]]");
            assertThat(address.getCountry()).isEmpty();
            assertThat(dpa.getPlaceholders())
                    .containsOnlyKeys("Firma", "Strasse", "Strasse2", "PLZ", "Ort", "Land", "Name");
        }

        @Test
        void should_name_processor_and_its_external_dpo_when_section_7_is_loaded() {
            // when
            Party processor = dpa.getProcessor().orElseThrow();
            DataProtectionOfficer dpo = processor.getDataProtectionOfficer().orElseThrow();

            // then
            assertThat(processor.getName()).contains("Just Software AG");
            assertThat(processor.getAddress().orElseThrow().getStreetLines()).containsExactly("Nobistor 16");
            assertThat(processor.getAddress().orElseThrow().getPostalCode()).contains("22767");
            assertThat(dpo.getName()).contains("Carsten Knoop");
            assertThat(dpo.getOrganisation()).contains("audatis Consulting GmbH");
            assertThat(dpo.getAddress().orElseThrow().getLocality()).contains("Herford");
            assertThat(dpo.getEmail()).contains("datenschutz@just.social");
        }

        @Test
        void should_hold_24_hours_30_days_and_125_euro_when_periods_and_fees_are_loaded() {
            // when
            AssistanceTerms assistance = dpa.getAssistance().orElseThrow();
            SubprocessingTerms sub = dpa.getSubprocessing().orElseThrow();
            InstructionTerms instructions = dpa.getInstructions().orElseThrow();
            MonetaryRate auditFee = dpa.getAudits().orElseThrow().getFee().orElseThrow();

            // then
            assertThat(assistance.getForwardingDeadline().orElseThrow().getPeriod())
                    .contains(TimePeriod.ofHours(24));
            assertThat(de(assistance.getForwardingDeadline().orElseThrow().getWording()))
                    .startsWith("unverzüglich");
            assertThat(assistance.getArticles()).containsExactly(AssistedArticle.values());
            assertThat(sub.getAuthorisation()).contains(AuthorisationType.GENERAL);
            assertThat(sub.getObjectionPeriod().orElseThrow().getPeriod()).contains(TimePeriod.ofCalendarDays(30));
            assertThat(sub.getObjectionConsequence()).contains(ObjectionConsequence.RESTRICTION_OR_TERMINATION);
            assertThat(auditFee.getAmount()).isEqualByComparingTo(new BigDecimal("125"));
            assertThat(auditFee.getCurrency()).isEqualTo("EUR");
            assertThat(auditFee.getUnit()).isEqualTo(RateUnit.STARTED_HOUR);
            assertThat(auditFee.isNet()).isTrue();
            assertThat(instructions.getExtraInstructionFee()).contains(auditFee);
        }

        @Test
        void should_describe_instruction_channels_and_authorised_persons_when_sections_1_7_and_8_are_loaded() {
            // when
            InstructionTerms instructions = dpa.getInstructions().orElseThrow();

            // then
            assertThat(instructions.getForms())
                    .containsExactly(
                            CommunicationChannel.WRITTEN, CommunicationChannel.EMAIL, CommunicationChannel.ORAL);
            assertThat(instructions.isOralInstructionsConfirmed()).isTrue();
            assertThat(de(instructions.getIssuers().orElseThrow().getDescription()))
                    .contains("vier Personen");
            assertThat(de(instructions.getRecipients().orElseThrow().getDescription()))
                    .contains("Customer Success Team");
            assertThat(de(instructions.getInfringementNoticeTime().orElseThrow().getWording()))
                    .isEqualTo("unverzüglich");
        }

        @Test
        void should_notify_breaches_unverzueglich_with_the_content_items_when_section_7_is_loaded() {
            // when
            BreachNotificationTerms breach = dpa.getBreachNotification().orElseThrow();

            // then
            assertThat(de(breach.getDeadline().orElseThrow().getWording())).isEqualTo("unverzüglich");
            assertThat(breach.getDeadline().orElseThrow().getPeriod()).isEmpty();
            assertThat(breach.getMinimumContent())
                    .contains(
                            BreachNoticeContent.NATURE,
                            BreachNoticeContent.DATA_SUBJECT_CATEGORIES_AND_NUMBERS,
                            BreachNoticeContent.RECORD_CATEGORIES_AND_NUMBERS,
                            BreachNoticeContent.CONTACT_POINT,
                            BreachNoticeContent.LIKELY_CONSEQUENCES,
                            BreachNoticeContent.MEASURES);
        }

        @Test
        void should_list_two_german_data_centre_subprocessors_when_section_11_is_loaded() {
            // when
            List<Subprocessor> subprocessors =
                    dpa.getSubprocessing().orElseThrow().getSubprocessors();

            // then
            assertThat(subprocessors)
                    .extracting(Subprocessor::getName)
                    .containsExactly("Netcup GmbH", "Hetzner Online GmbH");
            assertThat(subprocessors).allMatch(s -> s.getCountry().equals(Optional.of(CountryCode.of("DE"))));
            assertThat(subprocessors.get(0).getAddress().orElseThrow().getLocality())
                    .contains("Karlsruhe");
            assertThat(subprocessors.get(1).getAddress().orElseThrow().getStreetLines())
                    .containsExactly("Industriestr. 25");
            assertThat(dpa.getProcessing().orElseThrow().getLocations())
                    .anySatisfy(l -> assertThat(de(l.getDescription())).contains("Nürnberg", "Falkenstein"));
        }

        @Test
        void should_hold_annex_a_and_annex_b_when_annexes_are_loaded() {
            // when
            var processing = dpa.getProcessing().orElseThrow();
            List<TechnicalOrganisationalMeasure> measures =
                    dpa.getSecurity().orElseThrow().getMeasures();

            // then
            assertThat(processing.getServices())
                    .hasSize(3)
                    .anySatisfy(s -> assertThat(de(s)).contains("Fernwartung"));
            assertThat(processing.getNature())
                    .hasSize(7)
                    .allMatch(n ->
                            n.getOperation().isPresent() && n.getDescription().isPresent());
            assertThat(processing.getDataCategories())
                    .extracting(c -> de(c.getName()))
                    .containsExactly("Beschäftigtendaten", "Nutzungsdaten");
            assertThat(processing.getDataSubjects()).hasSize(5);
            assertThat(measures).hasSize(51);
            assertThat(measures).allMatch(m -> !m.getProtectionGoals().isEmpty());
            assertThat(measures)
                    .filteredOn(m -> m.getProtectionGoals().size() == 3)
                    .hasSize(7);
            assertThat(measures)
                    .filteredOn(m -> m.getProtectionGoals().equals(java.util.Set.of(ProtectionGoal.CONFIDENTIALITY)))
                    .hasSize(34);
            assertThat(measures)
                    .filteredOn(m -> m.getProtectionGoals().equals(java.util.Set.of(ProtectionGoal.INTEGRITY)))
                    .hasSize(3);
            assertThat(measures)
                    .filteredOn(m -> m.getProtectionGoals().equals(java.util.Set.of(ProtectionGoal.AVAILABILITY)))
                    .hasSize(7);
        }

        @Test
        void should_state_german_law_hamburg_and_signature_blocks_when_section_14_is_loaded() {
            // when
            FinalProvisions finalProvisions = dpa.getFinalProvisions().orElseThrow();
            List<Signature> signatures = dpa.getSignatures();

            // then
            assertThat(finalProvisions.getGoverningLaw()).contains(CountryCode.of("DE"));
            assertThat(finalProvisions.getJurisdiction())
                    .contains(LocalizedText.of(Map.of("de", "Hamburg", "en", "Hamburg")));
            assertThat(finalProvisions.isSupersedesPrevious()).isTrue();
            assertThat(signatures)
                    .extracting(Signature::getPlace, Signature::getName)
                    .containsExactly(
                            tuple(
                                    Optional.of(LocalizedText.of(Map.of("de", "[[Ort]]", "en", "[[Ort]]"))),
                                    Optional.of("[[Name]]")),
                            tuple(
                                    Optional.of(LocalizedText.of(Map.of("de", "Hamburg", "en", "Hamburg"))),
                                    Optional.of("Dr. Thomas Kreye")));
            assertThat(signatures).allMatch(s -> s.getDate().equals(Optional.of(LocalDate.of(2026, 5, 18))));
            assertThat(signatures.get(1).getFunction())
                    .map(t -> t.get("de").orElseThrow())
                    .contains("Vorstand");
            assertThat(de(dpa.getConclusion().orElseThrow().getNote())).contains("ohne Unterschrift");
        }
    }

    @Nested
    class Larkspur {

        private static final String FILE = "larkspur-dpa-en.json";

        private final DataProcessingAgreement dpa = load(FILE);

        private List<Subprocessor> subprocessors() {
            return dpa.getSubprocessing().orElseThrow().getSubprocessors();
        }

        @Test
        void should_be_executed_electronically_with_click_through_evidence_when_loaded() {
            // when
            ConclusionEvidence conclusion = dpa.getConclusion().orElseThrow();

            // then
            assertThat(dpa.getLanguages()).containsExactly("en", "de");
            assertThat(dpa.getStatus()).isEqualTo(AgreementStatus.EXECUTED);
            assertThat(dpa.getInstrument()).contains(InstrumentType.CONTRACT);
            assertThat(dpa.getForm()).contains(AgreementForm.ELECTRONIC);
            assertThat(conclusion.getMethod()).contains(ConclusionMethod.CLICK_THROUGH);
            assertThat(conclusion.getDate()).contains(LocalDate.of(2026, 4, 15));
            assertThat(conclusion.getReference()).isPresent();
            assertThat(dpa.getSignatures())
                    .hasSize(2)
                    .noneMatch(Signature::isSigned); // accepted by click-through, not signed (legal review M-5)
        }

        @Test
        void should_identify_both_parties_with_address_contacts_and_dpo_when_loaded() {
            // when
            Party controller = dpa.getControllers().get(0);
            Party processor = dpa.getProcessor().orElseThrow();

            // then
            assertThat(controller.getName()).contains("Tulpenveld Logistiek B.V.");
            assertThat(controller.getAddress().orElseThrow().getCountry()).contains(CountryCode.of("NL"));
            assertThat(processor.getName()).contains("Larkspur Software Ltd");
            assertThat(processor.getAddress().orElseThrow().getCountry()).contains(CountryCode.of("IE"));
            assertThat(List.of(controller, processor)).allSatisfy(p -> {
                assertThat(p.isPlaceholder()).isFalse();
                assertThat(p.getContacts()).isNotEmpty();
                assertThat(p.getDataProtectionOfficer().orElseThrow().getEmail())
                        .isPresent();
            });
            assertThat(processor.getCertifications())
                    .extracting(Evidence::getType)
                    .containsExactly(EvidenceType.ISO_27001, EvidenceType.SOC_2);
        }

        @Test
        void should_flag_every_data_category_for_art_9_and_art_10_when_loaded() {
            // when
            var processing = dpa.getProcessing().orElseThrow();

            // then
            assertThat(processing.getDataCategories()).hasSize(6).allSatisfy(c -> {
                assertThat(c.getSpecialCategory()).contains(SpecialCategory.NONE);
                assertThat(c.getCriminalOffenceData()).contains(false);
            });
            assertThat(processing.getDataSubjects()).hasSize(4);
            assertThat(processing.getNature()).hasSize(7);
            assertThat(processing.getPurposes()).hasSize(3);
            assertThat(processing.getDuration().orElseThrow().getType())
                    .isEqualTo(DurationType.COUPLED_TO_MAIN_CONTRACT);
            assertThat(processing.getLocations())
                    .extracting(Location::getKind)
                    .containsExactly(LocationKind.STORAGE, LocationKind.BACKUP, LocationKind.SUPPORT);
            assertThat(processing.getLocations())
                    .extracting(l -> l.getCountry().orElseThrow().getCode())
                    .containsOnly("IE", "DE");
        }

        @Test
        void should_cover_every_us_subprocessor_with_a_transfer_mechanism_when_loaded() {
            // when
            List<Subprocessor> us = subprocessors().stream()
                    .filter(s -> s.getCountry().equals(Optional.of(CountryCode.of("US"))))
                    .toList();
            List<TransferMechanism> mechanisms =
                    us.stream().map(s -> s.getTransfer().orElseThrow()).toList();

            // then
            assertThat(subprocessors()).hasSize(5);
            assertThat(us)
                    .extracting(Subprocessor::getName)
                    .containsExactly("Postwick Messaging Inc.", "Tallgrass Support Inc.", "Kestrel Monitoring Inc.");
            assertThat(mechanisms)
                    .filteredOn(m -> m.getType() == TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK)
                    .hasSize(2)
                    .allMatch(m -> m.getDpf()
                            .filter(d -> d.getStatus() == dev.dpa4j.model.DpfStatus.CERTIFIED)
                            .flatMap(dev.dpa4j.model.DpfCertification::getCheckedOn)
                            .equals(Optional.of(java.time.LocalDate.of(2026, 3, 1))));
            assertThat(mechanisms)
                    .filteredOn(m -> m.getType() == TransferMechanismType.SCC_2021_914)
                    .singleElement()
                    .satisfies(m -> {
                        assertThat(m.getSccModule()).contains(SccModule.MODULE_3);
                        assertThat(m.isTransferImpactAssessment()).isTrue();
                        assertThat(m.getSupplementaryMeasures()).hasSize(3);
                    });
            assertThat(subprocessors())
                    .filteredOn(s -> s.getTransfer().isEmpty())
                    .extracting(s -> s.getCountry().orElseThrow().getCode())
                    .containsExactly("IE", "DE");
            assertThat(subprocessors()).allSatisfy(s -> {
                assertThat(s.getAddress()).isPresent();
                assertThat(s.getContact()).isPresent();
                assertThat(s.getDataCategories()).isNotEmpty();
                assertThat(s.getLocations()).isNotEmpty();
            });
            assertThat(dpa.getTransfers().orElseThrow().isGovernmentAccessClause())
                    .isTrue();
        }

        @Test
        void should_use_general_authorisation_with_30_days_notice_by_email_when_loaded() {
            // when
            SubprocessingTerms sub = dpa.getSubprocessing().orElseThrow();

            // then
            assertThat(sub.getAuthorisation()).contains(AuthorisationType.GENERAL);
            assertThat(sub.isPriorWrittenAuthorisation() && sub.isChangeNotification() && sub.isObjectionRight())
                    .isTrue();
            assertThat(sub.getNoticePeriod().orElseThrow().getPeriod()).contains(TimePeriod.ofCalendarDays(30));
            assertThat(sub.getNoticeChannels()).containsExactly(CommunicationChannel.EMAIL);
            assertThat(sub.getObjectionPeriod()).isPresent();
            assertThat(sub.getObjectionConsequence()).contains(ObjectionConsequence.TERMINATION_RIGHT);
            assertThat(List.of(
                            sub.isFlowDown(),
                            sub.isAuditRightsFlowDown(),
                            sub.isFullLiability(),
                            sub.isContractCopyOnRequest(),
                            sub.isThirdPartyBeneficiary(),
                            sub.isChainCovered()))
                    .containsOnly(true);
        }

        @Test
        void should_notify_breaches_within_24_hours_of_awareness_with_all_content_when_loaded() {
            // when
            BreachNotificationTerms breach = dpa.getBreachNotification().orElseThrow();

            // then
            assertThat(breach.getDeadline().orElseThrow().getPeriod()).contains(TimePeriod.ofHours(24));
            assertThat(breach.getTrigger()).contains(BreachTrigger.AWARENESS);
            assertThat(breach.getMinimumContent()).containsExactly(BreachNoticeContent.values());
            assertThat(breach.getContact().orElseThrow().getEmail()).isPresent();
            assertThat(breach.getSubprocessorDeadline().orElseThrow().getPeriod())
                    .contains(TimePeriod.ofHours(12));
            assertThat(breach.isNoUnilateralReporting()).isTrue();
        }

        @Test
        void should_cover_art_32_goals_encryption_restore_and_testing_when_measures_are_loaded() {
            // when
            SecurityTerms security = dpa.getSecurity().orElseThrow();
            Set<ProtectionGoal> goals = security.getMeasures().stream()
                    .flatMap(m -> m.getProtectionGoals().stream())
                    .collect(Collectors.toSet());
            Set<TomCategory> categories = security.getMeasures().stream()
                    .map(m -> m.getCategory().orElseThrow())
                    .collect(Collectors.toSet());

            // then
            assertThat(security.getMeasures()).hasSize(24);
            assertThat(goals)
                    .contains(
                            ProtectionGoal.CONFIDENTIALITY,
                            ProtectionGoal.INTEGRITY,
                            ProtectionGoal.AVAILABILITY,
                            ProtectionGoal.RESILIENCE);
            assertThat(categories)
                    .contains(
                            TomCategory.ENCRYPTION,
                            TomCategory.PSEUDONYMISATION,
                            TomCategory.RECOVERY,
                            TomCategory.REVIEW_PROCEDURES,
                            TomCategory.INCIDENT_RESPONSE);
            assertThat(security.isArticle32Commitment()).isTrue();
            assertThat(security.getChangePolicy()).contains(TomChangePolicy.NO_DOWNGRADE);
            assertThat(security.getReviewInterval()).contains(TimePeriod.of(12, PeriodUnit.MONTHS));
        }

        @Test
        void should_hold_assistance_deletion_and_audit_terms_when_loaded() {
            // when
            AssistanceTerms assistance = dpa.getAssistance().orElseThrow();
            var end = dpa.getEndOfProcessing().orElseThrow();
            var audits = dpa.getAudits().orElseThrow();
            var instructions = dpa.getInstructions().orElseThrow();

            // then
            assertThat(assistance.getArticles()).containsExactly(AssistedArticle.values());
            assertThat(assistance.isDataSubjectRights()).isTrue();
            assertThat(end.getChoice()).contains(EndOfProcessingChoice.CONTROLLER_CHOICE);
            assertThat(end.getDeadline().orElseThrow().getPeriod()).contains(TimePeriod.ofCalendarDays(30));
            assertThat(end.isDeletionConfirmation() && end.isCopiesIncluded() && end.isSubprocessorsIncluded())
                    .isTrue();
            assertThat(end.getRetentionException()).contains(LegalBasisScope.UNION_OR_MEMBER_STATE_LAW);
            assertThat(audits.isInspections() && audits.isMandatedAuditor() && audits.isIncidentException())
                    .isTrue();
            assertThat(audits.isInspectionsExcluded() || audits.isCertificatesOnly())
                    .isFalse();
            assertThat(audits.getNotice().orElseThrow().getPeriod()).contains(TimePeriod.ofCalendarDays(14));
            assertThat(instructions.isTransfersCovered()).isTrue();
            assertThat(instructions.getIssuers().orElseThrow().getPersons()).hasSize(2);
            assertThat(instructions.getRecipients().orElseThrow().getPersons()).hasSize(1);
            assertThat(dpa.getOwnUse().orElseThrow().getPermission()).isEqualTo(OwnUsePermission.PROHIBITED);
            assertThat(dpa.getLiability().orElseThrow().isCapLimitsDataSubjectClaims())
                    .isFalse();
            assertThat(dpa.getFinalProvisions().orElseThrow().getGoverningLaw()).contains(CountryCode.of("IE"));
        }

        @Test
        void should_refer_only_to_declared_ids_when_subprocessors_and_signatures_point_elsewhere() {
            // when
            Set<String> categoryIds = dpa.getProcessing().orElseThrow().getDataCategories().stream()
                    .map(c -> c.getId().orElseThrow())
                    .collect(Collectors.toSet());
            Set<String> partyIds = List.of(
                            dpa.getControllers().get(0), dpa.getProcessor().orElseThrow())
                    .stream()
                    .map(p -> p.getId().orElseThrow())
                    .collect(Collectors.toSet());

            // then
            assertThat(subprocessors())
                    .flatExtracting(Subprocessor::getDataCategories)
                    .isNotEmpty()
                    .allMatch(categoryIds::contains);
            assertThat(dpa.getSignatures())
                    .extracting(s -> s.getPartyId().orElseThrow())
                    .containsExactlyInAnyOrderElementsOf(partyIds);
        }

        @Test
        void should_have_every_contract_text_in_english_and_german_when_loaded() {
            // when
            List<String> incomplete = new java.util.ArrayList<>();
            dev.dpa4j.model.FreeTexts.operative(dpa, (path, text) -> {
                if (!text.hasLanguage("en") || !text.hasLanguage("de")) {
                    incomplete.add(path.toString());
                }
            });

            // then
            assertThat(incomplete).isEmpty();
        }
    }
}
