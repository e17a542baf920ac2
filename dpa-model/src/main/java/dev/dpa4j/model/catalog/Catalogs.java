/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import dev.dpa4j.model.ProcessingOperation;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TomCategory;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The reference catalogues shipped with dpa4j.
 *
 * <p>{@link #standard()} reads the data files once, on first use, and returns the same instance
 * afterwards. A malformed data file is a packaging error and makes that call fail with a {@link
 * dev.dpa4j.model.DpaException} naming the file, the JSON pointer, line and column.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogs {

    private final CountryCatalog countries;
    private final AdequacyDecisionCatalog adequacyDecisions;
    private final TransferMechanismCatalog transferMechanisms;
    private final Catalog<SpecialCategory, SpecialCategoryEntry> specialCategories;
    private final Catalog<ProcessingOperation, ProcessingOperationEntry> processingOperations;
    private final Catalog<TomCategory, TomCategoryEntry> tomCategories;
    private final Catalog<ProtectionGoal, ProtectionGoalEntry> protectionGoals;
    private final Catalog<String, DataCategoryEntry> dataCategories;
    private final Catalog<String, DataSubjectEntry> dataSubjects;
    private final Catalog<String, MeasureEntry> measures;

    private Catalogs() {
        CatalogReader.Document<Country> countryFile = CatalogReader.readResource("countries", Country.class);
        this.countries = new CountryCatalog(countryFile.info, countryFile.entries);
        // CountryCode accepts only the 249 assigned codes and codes are unique, so 249 entries are all of them.
        if (countries.size() != 249 || !isAscending(countries.all())) {
            throw new dev.dpa4j.model.DpaException(
                    "The reference catalogue 'countries' must list the 249 ISO 3166-1 alpha-2 codes in code order");
        }
        CatalogReader.Document<AdequacyDecision> adequacyFile =
                CatalogReader.readResource("adequacy-decisions", AdequacyDecision.class);
        this.adequacyDecisions = new AdequacyDecisionCatalog(adequacyFile.info, adequacyFile.entries);
        CatalogReader.Document<TransferMechanismEntry> transferFile =
                CatalogReader.readResource("transfer-mechanisms", TransferMechanismEntry.class);
        CatalogReader.requireComplete(
                "transfer-mechanisms", dev.dpa4j.model.TransferMechanismType.class, transferFile.entries, Set.of());
        this.transferMechanisms = new TransferMechanismCatalog(transferFile.info, transferFile.entries);
        this.specialCategories = enumCatalog(
                "special-categories", SpecialCategory.class, SpecialCategoryEntry.class, Set.of(SpecialCategory.NONE));
        this.processingOperations = enumCatalog(
                "processing-operations", ProcessingOperation.class, ProcessingOperationEntry.class, Set.of());
        this.tomCategories = enumCatalog("tom-categories", TomCategory.class, TomCategoryEntry.class, Set.of());
        this.protectionGoals =
                enumCatalog("protection-goals", ProtectionGoal.class, ProtectionGoalEntry.class, Set.of());
        this.dataCategories = codeCatalog("data-categories", DataCategoryEntry.class);
        this.dataSubjects = codeCatalog("data-subjects", DataSubjectEntry.class);
        this.measures = codeCatalog("measures", MeasureEntry.class);
    }

    private static <K extends Enum<K>, E extends CatalogEntry<K>> Catalog<K, E> enumCatalog(
            String id, Class<K> keyType, Class<E> entryType, Set<K> excluded) {
        CatalogReader.Document<E> file = CatalogReader.readResource(id, entryType);
        CatalogReader.requireComplete(id, keyType, file.entries, excluded);
        List<E> sorted = file.entries.stream()
                .sorted(java.util.Comparator.comparing(CatalogEntry::code))
                .toList();
        return new Catalog<>(file.info, sorted);
    }

    private static <E extends CatalogEntry<String>> Catalog<String, E> codeCatalog(String id, Class<E> entryType) {
        CatalogReader.Document<E> file = CatalogReader.readResource(id, entryType);
        try {
            return new Catalog<>(file.info, file.entries);
        } catch (IllegalArgumentException e) {
            throw new dev.dpa4j.model.DpaException(
                    "The reference catalogue '" + id + "' is inconsistent: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the special categories of personal data of Art. 9(1) GDPR, in enum order, without
     * {@link SpecialCategory#NONE}.
     *
     * @return the catalogue of nine entries
     */
    public Catalog<SpecialCategory, SpecialCategoryEntry> specialCategories() {
        return specialCategories;
    }

    /**
     * Returns the processing operations of Art. 4(2) GDPR, in enum order.
     *
     * @return the catalogue of fourteen entries
     */
    public Catalog<ProcessingOperation, ProcessingOperationEntry> processingOperations() {
        return processingOperations;
    }

    /**
     * Returns the headings for technical and organisational measures with their mapping to Art.
     * 32(1) GDPR, the SDM protection goals and the annex headings of the standard contractual
     * clauses, in enum order.
     *
     * @return the catalogue with one entry per {@link TomCategory}
     */
    public Catalog<TomCategory, TomCategoryEntry> tomCategories() {
        return tomCategories;
    }

    /**
     * Returns the protection goals of the Standard Data Protection Model plus resilience, in enum
     * order.
     *
     * @return the catalogue with one entry per {@link ProtectionGoal}
     */
    public Catalog<ProtectionGoal, ProtectionGoalEntry> protectionGoals() {
        return protectionGoals;
    }

    /**
     * Returns the starter catalogue of common categories of personal data.
     *
     * @return the catalogue, in curated order
     */
    public Catalog<String, DataCategoryEntry> dataCategories() {
        return dataCategories;
    }

    /**
     * Returns the starter catalogue of common categories of data subjects, including the
     * business-to-business roles that DPV lacks.
     *
     * @return the catalogue, in curated order
     */
    public Catalog<String, DataSubjectEntry> dataSubjects() {
        return dataSubjects;
    }

    /**
     * Returns the starter catalogue of common technical and organisational measures.
     *
     * @return the catalogue, in curated order
     */
    public Catalog<String, MeasureEntry> measures() {
        return measures;
    }

    /**
     * Returns every catalogue, in a fixed order: countries, adequacy decisions, transfer mechanisms,
     * special categories, processing operations, TOM categories, protection goals, data categories,
     * data subjects, measures. Tools that list catalogues by name use {@link CatalogInfo#id()}.
     *
     * @return an unmodifiable list of ten catalogues
     */
    public List<Catalog<?, ?>> all() {
        return List.of(
                countries,
                adequacyDecisions,
                transferMechanisms,
                specialCategories,
                processingOperations,
                tomCategories,
                protectionGoals,
                dataCategories,
                dataSubjects,
                measures);
    }

    /**
     * Finds a catalogue by its id, for example {@code countries} or {@code adequacy-decisions}.
     *
     * @param id the id, not null
     * @return the catalogue, or empty if there is none with that id
     */
    public java.util.Optional<Catalog<?, ?>> find(String id) {
        java.util.Objects.requireNonNull(id, "id");
        return all().stream().filter(catalog -> catalog.info().id().equals(id)).findFirst();
    }

    private static boolean isAscending(List<Country> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).code().compareTo(entries.get(i).code()) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static volatile @Nullable Catalogs standard;

    /**
     * Returns the catalogues shipped with this version of dpa4j, reading them on first use.
     *
     * @return the shared instance
     * @throws dev.dpa4j.model.DpaException if a shipped data file is missing or malformed
     */
    public static Catalogs standard() {
        Catalogs result = standard;
        if (result == null) {
            synchronized (Catalogs.class) {
                result = standard;
                if (result == null) {
                    // A failure leaves the field empty, so every call reports the same DpaException.
                    result = new Catalogs();
                    standard = result;
                }
            }
        }
        return result;
    }

    /**
     * Returns the ISO 3166-1 countries and territories with EU and EEA membership over time.
     *
     * @return the country catalogue
     */
    public CountryCatalog countries() {
        return countries;
    }

    /**
     * Returns the adequacy decisions of the Commission, current and ended.
     *
     * @return the adequacy catalogue
     */
    public AdequacyDecisionCatalog adequacyDecisions() {
        return adequacyDecisions;
    }

    /**
     * Returns the transfer mechanisms with their legal basis and validity.
     *
     * @return the transfer mechanism catalogue
     */
    public TransferMechanismCatalog transferMechanisms() {
        return transferMechanisms;
    }
}
