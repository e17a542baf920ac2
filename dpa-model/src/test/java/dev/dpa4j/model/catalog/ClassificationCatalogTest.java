/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ProcessingOperation;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TomCategory;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassificationCatalogTest {

    private final Catalogs catalogs = Catalogs.standard();

    @Test
    void should_list_the_nine_art_9_categories_without_none() {
        // when
        var codes = catalogs.specialCategories().all().stream()
                .map(SpecialCategoryEntry::code)
                .toList();

        // then
        assertThat(codes).hasSize(9).doesNotContain(SpecialCategory.NONE);
        assertThat(catalogs.specialCategories().find(SpecialCategory.NONE)).isEmpty();
        assertThat(catalogs.specialCategories().require(SpecialCategory.HEALTH).label(Locale.GERMAN))
                .isEqualTo("Gesundheitsdaten");
        assertThat(catalogs.specialCategories().require(SpecialCategory.HEALTH).dpvIri())
                .contains("https://w3id.org/dpv/pd#MedicalHealth");
        assertThat(catalogs.specialCategories()
                        .require(SpecialCategory.RELIGIOUS_PHILOSOPHICAL_BELIEFS)
                        .dpvIri())
                .isEmpty();
    }

    @Test
    void should_map_every_art_4_2_operation_to_a_dpv_processing_concept() {
        // then
        assertThat(catalogs.processingOperations().all())
                .extracting(ProcessingOperationEntry::code)
                .containsExactly(ProcessingOperation.values());
        assertThat(catalogs.processingOperations().all())
                .allSatisfy(entry -> assertThat(entry.dpvIri()).get().asString().startsWith("https://w3id.org/dpv#"));
        assertThat(catalogs.processingOperations()
                        .require(ProcessingOperation.COLLECTION)
                        .dpvIri())
                .contains("https://w3id.org/dpv#Collect");
        assertThat(catalogs.processingOperations()
                        .require(ProcessingOperation.STORAGE)
                        .dpvIri())
                .contains("https://w3id.org/dpv#Store");
        assertThat(catalogs.processingOperations()
                        .require(ProcessingOperation.DISCLOSURE_TRANSMISSION)
                        .label(Locale.GERMAN))
                .isEqualTo("Offenlegung durch Übermittlung");
    }

    @Test
    void should_have_one_tom_entry_per_category_with_eight_german_controls() {
        // when
        var tom = catalogs.tomCategories();

        // then
        assertThat(tom.all()).extracting(TomCategoryEntry::code).containsExactly(TomCategory.values());
        assertThat(tom.all())
                .filteredOn(entry -> entry.family() == TomCategoryFamily.GERMAN_CONTROL)
                .extracting(entry -> entry.label(Locale.GERMAN))
                .containsExactlyInAnyOrder(
                        "Zutrittskontrolle",
                        "Zugangskontrolle",
                        "Zugriffskontrolle",
                        "Trennungskontrolle",
                        "Weitergabekontrolle",
                        "Eingabekontrolle",
                        "Auftragskontrolle",
                        "Verfügbarkeitskontrolle");
    }

    @Test
    void should_map_german_controls_to_art_32_sdm_goals_and_scc_headings() {
        // given
        var tom = catalogs.tomCategories();

        // when
        var physical = tom.require(TomCategory.PHYSICAL_ACCESS_CONTROL);
        var dataAccess = tom.require(TomCategory.DATA_ACCESS_CONTROL);
        var availability = tom.require(TomCategory.AVAILABILITY_CONTROL);
        var order = tom.require(TomCategory.ORDER_CONTROL);

        // then
        assertThat(physical.sccAnnexHeadings()).containsExactly(TomCategory.PHYSICAL_SECURITY);
        assertThat(physical.protectionGoals())
                .containsExactly(ProtectionGoal.AVAILABILITY, ProtectionGoal.INTEGRITY, ProtectionGoal.CONFIDENTIALITY);
        assertThat(dataAccess.art32()).contains(Art32Element.ENCRYPTION);
        assertThat(dataAccess.protectionGoals()).contains(ProtectionGoal.UNLINKABILITY);
        assertThat(availability.art32()).contains(Art32Element.TIMELY_RESTORATION);
        assertThat(availability.sccAnnexHeadings()).contains(TomCategory.RECOVERY);
        assertThat(order.art32()).isEmpty();
        assertThat(order.legalReferences().orElseThrow().resolve(Locale.ENGLISH))
                .isEqualTo("Art. 28(3)(a), Art. 29, Art. 32(4) GDPR");
    }

    @Test
    void should_keep_the_17_scc_annex_headings_self_mapped_and_referenced_only_by_them() {
        // given
        var tom = catalogs.tomCategories();
        Set<TomCategory> annexHeadings = EnumSet.noneOf(TomCategory.class);
        tom.all().stream()
                .filter(entry -> entry.family() == TomCategoryFamily.GDPR_ART_32
                        || entry.family() == TomCategoryFamily.SCC_ANNEX)
                .forEach(entry -> annexHeadings.add(entry.code()));

        // then: 18 constants, because pseudonymisation and encryption share the first of the 17 headings
        assertThat(annexHeadings).hasSize(18);
        assertThat(tom.all())
                .filteredOn(entry -> annexHeadings.contains(entry.code()))
                .allSatisfy(entry -> assertThat(entry.sccAnnexHeadings()).containsExactly(entry.code()));
        assertThat(tom.all()).allSatisfy(entry -> assertThat(annexHeadings).containsAll(entry.sccAnnexHeadings()));
    }

    @Test
    void should_cover_every_point_of_art_32_1_by_some_category() {
        // when
        Set<String> points = new java.util.TreeSet<>();
        catalogs.tomCategories().all().forEach(entry -> entry.art32().forEach(e -> points.add(e.point())));

        // then
        assertThat(points).containsExactly("a", "b", "c", "d");
        assertThat(Arrays.stream(Art32Element.values()).map(Art32Element::point).distinct())
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void should_label_the_sdm_protection_goals_in_german_and_english() {
        // when
        var goals = catalogs.protectionGoals();

        // then
        assertThat(goals.all()).extracting(ProtectionGoalEntry::code).containsExactly(ProtectionGoal.values());
        assertThat(goals.require(ProtectionGoal.INTERVENABILITY).label(Locale.GERMAN))
                .isEqualTo("Intervenierbarkeit");
        assertThat(goals.require(ProtectionGoal.UNLINKABILITY).label(Locale.ENGLISH))
                .isEqualTo("Unlinkability");
        assertThat(goals.require(ProtectionGoal.RESILIENCE).summary().resolve(Locale.ENGLISH))
                .contains("Art. 32(1)(b)");
    }

    @Test
    void should_cite_the_provisions_of_every_tom_heading_but_other_in_german_and_english() {
        for (TomCategoryEntry e : catalogs.tomCategories().all()) {
            if (e.code() == TomCategory.OTHER) {
                assertThat(e.legalReferences()).as("%s", e.code()).isEmpty();
                continue;
            }
            LocalizedText refs =
                    e.legalReferences().orElseThrow(() -> new AssertionError(e.code() + " has no citation"));
            assertThat(refs.get("en"))
                    .as("%s en", e.code())
                    .hasValueSatisfying(t -> assertThat(t).startsWith("Art. ").endsWith(" GDPR"));
            assertThat(refs.get("de"))
                    .as("%s de", e.code())
                    .hasValueSatisfying(t -> assertThat(t).startsWith("Art. ").endsWith(" DSGVO"));
        }
    }
}
