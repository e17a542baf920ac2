/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TomCategory;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StarterCatalogTest {

    private final Catalogs catalogs = Catalogs.standard();

    @Test
    void should_offer_common_data_categories_with_dpv_iris() {
        // given
        var data = catalogs.dataCategories();

        // then
        assertThat(data.require("email-address").dpvIri()).contains("https://w3id.org/dpv/pd#EmailAddress");
        assertThat(data.require("ip-address").dpvIri()).contains("https://w3id.org/dpv/pd#IPAddress");
        assertThat(data.require("name").label(Locale.GERMAN)).isEqualTo("Namen");
        assertThat(data.all())
                .extracting(DataCategoryEntry::code)
                .contains(
                        "name",
                        "email-address",
                        "phone-number",
                        "postal-address",
                        "online-identifier",
                        "usage-data",
                        "log-data",
                        "communication-content",
                        "contract-data",
                        "billing-data",
                        "payment-data",
                        "location-data",
                        "photos",
                        "employment-data");
    }

    @Test
    void should_flag_special_and_criminal_offence_data_in_the_data_categories() {
        // given
        var data = catalogs.dataCategories();

        // then
        assertThat(data.require("health-data").specialCategory()).isEqualTo(SpecialCategory.HEALTH);
        assertThat(data.require("biometric-data").specialCategory())
                .isEqualTo(SpecialCategory.BIOMETRIC_FOR_IDENTIFICATION);
        assertThat(data.require("criminal-offence-data").criminalOffenceData()).isTrue();
        assertThat(data.require("criminal-offence-data").specialCategory()).isEqualTo(SpecialCategory.NONE);
        assertThat(data.require("email-address").specialCategory()).isEqualTo(SpecialCategory.NONE);
        assertThat(data.require("email-address").criminalOffenceData()).isFalse();
    }

    @Test
    void should_give_b2b_data_subjects_no_iri_and_dpv_subjects_their_iri() {
        // given
        var subjects = catalogs.dataSubjects();

        // then
        assertThat(subjects.require("prospects").dpvIri()).isEmpty();
        assertThat(subjects.require("business-contacts").dpvIri()).isEmpty();
        assertThat(subjects.require("suppliers").dpvIri()).isEmpty();
        assertThat(subjects.require("customers").dpvIri()).contains("https://w3id.org/dpv#Customer");
        assertThat(subjects.require("employees").dpvIri()).contains("https://w3id.org/dpv#Employee");
        assertThat(subjects.require("children").dpvIri()).contains("https://w3id.org/dpv#Child");
        assertThat(subjects.require("children").vulnerable()).isTrue();
        assertThat(subjects.require("customers").vulnerable()).isFalse();
        assertThat(subjects.require("prospects").label(Locale.GERMAN)).isEqualTo("Interessenten (Leads)");
    }

    @Test
    void should_assign_measures_to_their_heading_goals_and_dpv_concept() {
        // given
        var measures = catalogs.measures();

        // then
        var atRest = measures.require("encryption-at-rest");
        assertThat(atRest.category()).isEqualTo(TomCategory.STORAGE_PROTECTION);
        assertThat(atRest.protectionGoals()).containsExactly(ProtectionGoal.CONFIDENTIALITY);
        assertThat(atRest.dpvIri()).contains("https://w3id.org/dpv#EncryptionAtRest");
        assertThat(measures.require("encryption-in-transit").dpvIri())
                .contains("https://w3id.org/dpv#EncryptionInTransfer");
        assertThat(measures.require("multi-factor-authentication").category())
                .isEqualTo(TomCategory.USER_IDENTIFICATION_AUTHORISATION);
        assertThat(measures.require("backup").protectionGoals()).contains(ProtectionGoal.AVAILABILITY);
        assertThat(measures.require("restore-tests").category()).isEqualTo(TomCategory.RECOVERY);
        assertThat(measures.require("physical-access-control").category()).isEqualTo(TomCategory.PHYSICAL_SECURITY);
        assertThat(measures.all())
                .extracting(MeasureEntry::code)
                .contains(
                        "pseudonymisation",
                        "access-control",
                        "event-logging",
                        "staff-training",
                        "confidentiality-commitment",
                        "incident-response");
    }

    @Test
    void should_file_every_measure_under_a_heading_whose_mapping_exists() {
        // then
        assertThat(catalogs.measures().all()).allSatisfy(measure -> {
            assertThat(catalogs.tomCategories().find(measure.category())).isPresent();
            assertThat(measure.category()).isNotEqualTo(TomCategory.OTHER);
            assertThat(measure.protectionGoals()).isNotEmpty();
        });
    }
}
