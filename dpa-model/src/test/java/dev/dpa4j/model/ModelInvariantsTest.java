/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelInvariantsTest {

    @Test
    void should_hold_an_empty_draft_when_only_the_id_is_known() {
        // when
        DataProcessingAgreement draft =
                DataProcessingAgreement.builder().id("draft-1").build();

        // then
        assertThat(draft.getSchemaVersion()).isEqualTo(DataProcessingAgreement.SCHEMA_VERSION);
        assertThat(draft.getStatus()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.getRegime()).isEqualTo(Regime.GDPR);
        assertThat(draft.getBreachNotification()).isEmpty();
        assertThat(draft.getControllers()).isEmpty();
        assertThat(draft.isDockingClause()).isFalse();
    }

    @Test
    void should_name_the_missing_attribute_when_the_id_is_not_set() {
        assertThatThrownBy(() -> DataProcessingAgreement.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id");
    }

    @Test
    void should_reject_blank_id() {
        assertThatThrownBy(() -> DataProcessingAgreement.builder().id("  ").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'id' must not be blank");
    }

    @Test
    void should_reject_duplicate_subprocessor_ids_naming_the_attribute() {
        Subprocessor a = Subprocessor.builder().id("s1").name("A GmbH").build();
        Subprocessor b = Subprocessor.builder().id("s1").name("B GmbH").build();

        assertThatThrownBy(() -> DataProcessingAgreement.builder()
                        .id("x")
                        .subprocessing(SubprocessingTerms.builder()
                                .addSubprocessors(a, b)
                                .build())
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("subprocessing.subprocessors")
                .hasMessageContaining("'s1'");
    }

    @Test
    void should_reject_duplicate_data_category_ids() {
        DataCategory name = DataCategory.builder()
                .id("name")
                .name(LocalizedText.en("Names"))
                .build();
        assertThatThrownBy(() -> DataProcessingAgreement.builder()
                        .id("x")
                        .processing(ProcessingDescription.builder()
                                .addDataCategories(name, name)
                                .build())
                        .build())
                .hasMessageContaining("processing.dataCategories");
    }

    @Test
    void should_reject_location_without_country_region_or_description() {
        assertThatThrownBy(() -> Location.builder().kind(LocationKind.STORAGE).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("country")
                .hasMessageContaining("region");
    }

    @Test
    void should_accept_location_given_only_by_region() {
        Location eu = Location.builder().region(Region.EU).conditional(true).build();

        assertThat(eu.getRegion()).contains(Region.EU);
        assertThat(eu.getKind()).isEqualTo(LocationKind.PROCESSING);
        assertThat(eu.isConditional()).isTrue();
    }

    @Test
    void should_reject_time_limit_without_period_and_wording() {
        assertThatThrownBy(() -> TimeLimit.builder().build()).hasMessageContaining("'period' and 'wording'");
    }

    @Test
    void should_keep_vague_wording_verbatim_when_no_period_is_given() {
        TimeLimit limit =
                TimeLimit.builder().wording(LocalizedText.de("umgehend")).build();

        assertThat(limit.getPeriod()).isEmpty();
        assertThat(limit.getWording().orElseThrow().get("de")).contains("umgehend");
    }

    @Test
    void should_reject_negative_period() {
        assertThatThrownBy(() -> TimePeriod.of(-1, PeriodUnit.HOURS)).hasMessageContaining("-1");
    }

    @Test
    void should_reject_malformed_currency_and_negative_amount() {
        assertThatThrownBy(() -> MonetaryRate.builder()
                        .amount(new BigDecimal("125"))
                        .currency("eur")
                        .build())
                .hasMessageContaining("'eur'");
        assertThatThrownBy(() -> MonetaryRate.builder()
                        .amount(new BigDecimal("-1"))
                        .currency("EUR")
                        .build())
                .hasMessageContaining("-1");
    }

    @Test
    void should_keep_sets_in_natural_order_whatever_the_insertion_order() {
        ContactPoint a = ContactPoint.builder()
                .addPurposes(ContactPurpose.BREACH_NOTIFICATION, ContactPurpose.GENERAL)
                .build();
        ContactPoint b = ContactPoint.builder()
                .addPurposes(ContactPurpose.GENERAL, ContactPurpose.BREACH_NOTIFICATION)
                .build();

        assertThat(a).isEqualTo(b);
        assertThat(a.getPurposes()).containsExactly(ContactPurpose.GENERAL, ContactPurpose.BREACH_NOTIFICATION);
    }

    @Test
    void should_copy_with_to_builder() {
        Subprocessor original =
                Subprocessor.builder().name("Hetzner Online GmbH").build();

        Subprocessor moved = original.toBuilder().country(CountryCode.of("DE")).build();

        assertThat(original.getCountry()).isEmpty();
        assertThat(moved.getCountry()).contains(CountryCode.of("DE"));
        assertThat(moved.getName()).isEqualTo("Hetzner Online GmbH");
    }

    @Test
    void should_accept_assigned_country_codes_only() {
        assertThat(CountryCode.of("DE")).isSameAs(CountryCode.of("DE"));
        assertThat(CountryCode.isValid("GR")).isTrue();
        assertThat(CountryCode.isValid("EL")).isFalse();
        assertThat(CountryCode.isValid("de")).isFalse();
        assertThat(CountryCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> CountryCode.of("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'XX'")
                .hasMessageContaining("ISO 3166-1 alpha-2");
    }

    @Test
    void should_reject_an_empty_translation_because_the_format_could_not_keep_it() {
        assertThatThrownBy(() -> LocalizedText.of(Map.of("de", "Frist", "en", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("language 'en' is empty");
        assertThatThrownBy(() -> LocalizedText.de("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalizedText.de(" ").get("de")).contains(" ");
    }

    @Test
    void should_resolve_localized_text_by_exact_tag_then_base_language_then_first() {
        LocalizedText text = LocalizedText.of(Map.of("de", "Frist", "en", "deadline", "de-at", "Termin"));

        assertThat(text.resolve(Locale.forLanguageTag("de-AT"))).isEqualTo("Termin");
        assertThat(text.resolve(Locale.forLanguageTag("de-CH"))).isEqualTo("Frist");
        assertThat(text.resolve(Locale.ENGLISH)).isEqualTo("deadline");
        assertThat(text.resolve(Locale.FRENCH)).isEqualTo("Frist");
    }

    @Test
    void should_reject_empty_or_malformed_localized_text() {
        assertThatThrownBy(() -> LocalizedText.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one language");
        assertThatThrownBy(() -> LocalizedText.of("German", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'German'");
    }

    @Test
    void should_add_a_translation_without_changing_the_original() {
        LocalizedText de = LocalizedText.de("umgehend");

        LocalizedText both = de.with("en", "promptly");

        assertThat(de.hasLanguage("en")).isFalse();
        assertThat(both.getTranslations()).containsOnlyKeys("de", "en");
    }
}
