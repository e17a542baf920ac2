/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import dev.dpa4j.model.ProcessingOperation;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TomCategory;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The reference catalogues shipped with dpa4j.
 *
 * <p>{@link #standard()} returns one shared instance. Each catalogue is read from its data file
 * when it is first asked for, and kept: a program that needs only the countries never reads the
 * other files. A malformed data file is a packaging error and makes the accessor of that catalogue
 * fail with a {@link dev.dpa4j.model.DpaException} naming the file, the JSON pointer, line and
 * column; the next call reads the file again and fails the same way.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class Catalogs {

    private final Lazy<CountryCatalog> countries = new Lazy<>(Catalogs::readCountries);
    private final Lazy<AdequacyDecisionCatalog> adequacyDecisions = new Lazy<>(() -> {
        CatalogReader.Document<AdequacyDecision> file =
                CatalogReader.readResource("adequacy-decisions", AdequacyDecision.class);
        return new AdequacyDecisionCatalog(file.info, file.entries);
    });
    private final Lazy<TransferMechanismCatalog> transferMechanisms = new Lazy<>(() -> {
        CatalogReader.Document<TransferMechanismEntry> file =
                CatalogReader.readResource("transfer-mechanisms", TransferMechanismEntry.class);
        CatalogReader.requireComplete(
                "transfer-mechanisms", dev.dpa4j.model.TransferMechanismType.class, file.entries, Set.of());
        return new TransferMechanismCatalog(file.info, file.entries);
    });
    private final Lazy<AdequacyDecisionCatalog> ukAdequacyRegulations = new Lazy<>(() -> {
        CatalogReader.Document<AdequacyDecision> file =
                CatalogReader.readResource("uk-adequacy-regulations", AdequacyDecision.class);
        return new AdequacyDecisionCatalog(file.info, file.entries);
    });
    private final Lazy<AdequacyDecisionCatalog> swissAdequacy = new Lazy<>(() -> {
        CatalogReader.Document<AdequacyDecision> file =
                CatalogReader.readResource("swiss-adequacy", AdequacyDecision.class);
        return new AdequacyDecisionCatalog(file.info, file.entries);
    });
    private final Lazy<Catalog<SpecialCategory, SpecialCategoryEntry>> specialCategories = new Lazy<>(() -> enumCatalog(
            "special-categories", SpecialCategory.class, SpecialCategoryEntry.class, Set.of(SpecialCategory.NONE)));
    private final Lazy<Catalog<ProcessingOperation, ProcessingOperationEntry>> processingOperations = new Lazy<>(() ->
            enumCatalog("processing-operations", ProcessingOperation.class, ProcessingOperationEntry.class, Set.of()));
    private final Lazy<Catalog<TomCategory, TomCategoryEntry>> tomCategories =
            new Lazy<>(() -> enumCatalog("tom-categories", TomCategory.class, TomCategoryEntry.class, Set.of()));
    private final Lazy<Catalog<ProtectionGoal, ProtectionGoalEntry>> protectionGoals = new Lazy<>(
            () -> enumCatalog("protection-goals", ProtectionGoal.class, ProtectionGoalEntry.class, Set.of()));
    private final Lazy<Catalog<String, DataCategoryEntry>> dataCategories =
            new Lazy<>(() -> codeCatalog("data-categories", DataCategoryEntry.class));
    private final Lazy<Catalog<String, DataSubjectEntry>> dataSubjects =
            new Lazy<>(() -> codeCatalog("data-subjects", DataSubjectEntry.class));
    private final Lazy<Catalog<String, MeasureEntry>> measures =
            new Lazy<>(() -> codeCatalog("measures", MeasureEntry.class));

    private Catalogs() {}

    private static CountryCatalog readCountries() {
        CatalogReader.Document<Country> file = CatalogReader.readResource("countries", Country.class);
        CountryCatalog countries = new CountryCatalog(file.info, file.entries);
        // CountryCode accepts only the 249 assigned codes and codes are unique, so 249 entries are all of them.
        if (countries.size() != 249 || !isAscending(countries.all())) {
            throw new dev.dpa4j.model.DpaException(
                    "The reference catalogue 'countries' must list the 249 ISO 3166-1 alpha-2 codes in code order");
        }
        return countries;
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
        return specialCategories.get();
    }

    /**
     * Returns the processing operations of Art. 4(2) GDPR, in enum order.
     *
     * @return the catalogue of fourteen entries
     */
    public Catalog<ProcessingOperation, ProcessingOperationEntry> processingOperations() {
        return processingOperations.get();
    }

    /**
     * Returns the headings for technical and organisational measures with their mapping to Art.
     * 32(1) GDPR, the SDM protection goals and the annex headings of the standard contractual
     * clauses, in enum order.
     *
     * @return the catalogue with one entry per {@link TomCategory}
     */
    public Catalog<TomCategory, TomCategoryEntry> tomCategories() {
        return tomCategories.get();
    }

    /**
     * Returns the protection goals of the Standard Data Protection Model plus resilience, in enum
     * order.
     *
     * @return the catalogue with one entry per {@link ProtectionGoal}
     */
    public Catalog<ProtectionGoal, ProtectionGoalEntry> protectionGoals() {
        return protectionGoals.get();
    }

    /**
     * Returns the starter catalogue of common categories of personal data.
     *
     * @return the catalogue, in curated order
     */
    public Catalog<String, DataCategoryEntry> dataCategories() {
        return dataCategories.get();
    }

    /**
     * Returns the starter catalogue of common categories of data subjects, including the
     * business-to-business roles that DPV lacks.
     *
     * @return the catalogue, in curated order
     */
    public Catalog<String, DataSubjectEntry> dataSubjects() {
        return dataSubjects.get();
    }

    /**
     * Returns the starter catalogue of common technical and organisational measures.
     *
     * @return the catalogue, in curated order
     */
    public Catalog<String, MeasureEntry> measures() {
        return measures.get();
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
                countries.get(),
                adequacyDecisions.get(),
                transferMechanisms.get(),
                specialCategories.get(),
                processingOperations.get(),
                tomCategories.get(),
                protectionGoals.get(),
                dataCategories.get(),
                dataSubjects.get(),
                measures.get(),
                ukAdequacyRegulations.get(),
                swissAdequacy.get());
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

    private static final Catalogs STANDARD = new Catalogs();

    /**
     * Returns the catalogues shipped with this version of dpa4j. Each catalogue is read on first
     * use, see the class documentation.
     *
     * @return the shared instance
     */
    public static Catalogs standard() {
        return STANDARD;
    }

    /**
     * Returns the ISO 3166-1 countries and territories with EU and EEA membership over time.
     *
     * @return the country catalogue
     */
    public CountryCatalog countries() {
        return countries.get();
    }

    /**
     * Returns the adequacy decisions of the Commission, current and ended.
     *
     * @return the adequacy catalogue
     */
    public AdequacyDecisionCatalog adequacyDecisions() {
        return adequacyDecisions.get();
    }

    /**
     * Returns the transfer mechanisms with their legal basis and validity.
     *
     * @return the transfer mechanism catalogue
     */
    public TransferMechanismCatalog transferMechanisms() {
        return transferMechanisms.get();
    }

    /**
     * Returns the UK's own adequacy findings ("transfers approved by regulations", Art. 45A UK GDPR), including the
     * findings carried over from the EU at the end of the Brexit transition and the UK-US data bridge. Entries with
     * no country (the EEA states) are not returned by {@code find}.
     *
     * @return the UK adequacy regulations catalogue
     */
    public AdequacyDecisionCatalog ukAdequacyRegulations() {
        return ukAdequacyRegulations.get();
    }

    /**
     * Returns the states with adequate protection under the Swiss FADP (Annex 1 of the Data Protection Ordinance),
     * including the United States for recipients certified to the Swiss-US Data Privacy Framework. Entries with no
     * country (the EEA states) are not returned by {@code find}.
     *
     * @return the Swiss adequacy catalogue
     */
    public AdequacyDecisionCatalog swissAdequacy() {
        return swissAdequacy.get();
    }

    /** A value computed on first use and kept; a failure is not kept, so the next call tries again. */
    private static final class Lazy<T> {
        private final Supplier<T> loader;
        private volatile @Nullable T value;

        Lazy(Supplier<T> loader) {
            this.loader = loader;
        }

        T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = loader.get();
                        value = result;
                    }
                }
            }
            return result;
        }
    }
}
