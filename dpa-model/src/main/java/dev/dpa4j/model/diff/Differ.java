/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.BoundPersons;
import dev.dpa4j.model.BreachRiskThreshold;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.ObjectionConsequence;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.PeriodUnit;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TomChangePolicy;
import dev.dpa4j.model.TransferMechanism;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** One run of the diff: walks both versions and collects classified changes. Not thread-safe; used once. */
final class Differ {

    private final Predicate<CountryCode> inEea;
    private final DataProcessingAgreement oldAgreement;
    private final DataProcessingAgreement newAgreement;
    private final Locale labelLocale;
    private final List<Change> changes = new ArrayList<>();

    Differ(Predicate<CountryCode> inEea, DataProcessingAgreement oldAgreement, DataProcessingAgreement newAgreement) {
        this.inEea = inEea;
        this.oldAgreement = oldAgreement;
        this.newAgreement = newAgreement;
        this.labelLocale = newAgreement.getLanguages().isEmpty()
                ? Locale.ROOT
                : Locale.forLanguageTag(newAgreement.getLanguages().get(0));
    }

    ChangeSet run() {
        parties();
        processing();
        subprocessorLists(
                "subprocessing.subprocessors",
                oldAgreement
                        .getSubprocessing()
                        .map(SubprocessingTerms::getSubprocessors)
                        .orElse(List.of()),
                newAgreement
                        .getSubprocessing()
                        .map(SubprocessingTerms::getSubprocessors)
                        .orElse(List.of()));
        measures();
        clauses();
        return ChangeSet.of(
                newAgreement.getId(),
                oldAgreement.getVersion().orElse(null),
                newAgreement.getVersion().orElse(null),
                oldAgreement.getVersionDate().orElse(null),
                newAgreement.getVersionDate().orElse(null),
                changes);
    }

    // ---------------------------------------------------------------- classification helpers

    /** The terms in force when a change is notified are those of the old version. */
    private Set<ChangeClass> engagement() {
        Optional<AuthorisationType> type =
                oldAgreement.getSubprocessing().flatMap(SubprocessingTerms::getAuthorisation);
        return type.filter(t -> t == AuthorisationType.GENERAL).isPresent()
                ? EnumSet.of(ChangeClass.NOTICE_REQUIRED)
                : EnumSet.of(ChangeClass.AUTHORISATION_REQUIRED);
    }

    private Set<ChangeClass> measurePolicy() {
        Optional<TomChangePolicy> policy = oldAgreement.getSecurity().flatMap(SecurityTerms::getChangePolicy);
        if (policy.isEmpty()) {
            return EnumSet.noneOf(ChangeClass.class);
        }
        return switch (policy.get()) {
            case PRIOR_APPROVAL, MATERIAL_CHANGES_AGREED -> EnumSet.of(ChangeClass.AUTHORISATION_REQUIRED);
            case NOTICE -> EnumSet.of(ChangeClass.NOTICE_REQUIRED);
            case NO_DOWNGRADE, UNILATERAL -> EnumSet.noneOf(ChangeClass.class);
        };
    }

    private static Set<ChangeClass> with(Set<ChangeClass> base, boolean condition, ChangeClass extra) {
        EnumSet<ChangeClass> result = EnumSet.noneOf(ChangeClass.class);
        result.addAll(base);
        if (condition) {
            result.add(extra);
        }
        return result;
    }

    private static Set<ChangeClass> editorial() {
        return EnumSet.of(ChangeClass.EDITORIAL);
    }

    /** Whether the location is known to lie outside the EEA; a location with only a description is not. */
    private boolean thirdCountry(Location location) {
        if (location.getCountry().isPresent()) {
            return !inEea.test(location.getCountry().get());
        }
        return location.getRegion().map(Region::mayBeOutsideEea).orElse(false);
    }

    private boolean thirdCountry(CountryCode country) {
        return !inEea.test(country);
    }

    /** Where a sub-processor processes: its stated locations, else its country of establishment. */
    private boolean involvesThirdCountry(Subprocessor subprocessor) {
        if (!subprocessor.getLocations().isEmpty()) {
            return subprocessor.getLocations().stream().anyMatch(this::thirdCountry);
        }
        return subprocessor.getCountry().map(this::thirdCountry).orElse(false);
    }

    /**
     * A third-country location that no old location of the same kind already names: storage moving to a country
     * from which there was only support access counts as new.
     */
    private boolean newThirdCountry(Location location, List<Location> oldLocations) {
        if (!thirdCountry(location)) {
            return false;
        }
        return oldLocations.stream()
                .filter(o -> o.getKind() == location.getKind())
                .noneMatch(o -> location.getCountry().isPresent()
                        ? o.getCountry().equals(location.getCountry())
                        : o.getRegion().equals(location.getRegion()));
    }

    /**
     * The bracketed key of a list element chosen by its identity, as {@link ModelPath} writes it (quoted where the key
     * could be read as an index or holds a bracket), so that every path of a change parses.
     */
    private static String k(String key) {
        return ModelPath.root().key(key).toString();
    }

    private void add(
            ChangeKind kind,
            String path,
            String subject,
            @Nullable Object oldValue,
            @Nullable Object newValue,
            Set<ChangeClass> classes) {
        changes.add(Change.of(kind, ModelPath.parse(path), subject, oldValue, newValue, classes));
    }

    private String text(LocalizedText text) {
        return text.resolve(labelLocale);
    }

    // ---------------------------------------------------------------- parties

    private void parties() {
        Matching<Party> m = Matching.of(
                oldAgreement.getControllers(),
                newAgreement.getControllers(),
                List.of(Party::getId, Party::getName, p -> p.getName().map(Names::normalise)),
                (x, y) -> idsCompatible(x.getId(), y.getId()));
        for (Party p : m.removed()) {
            add(ChangeKind.PARTY_REMOVED, "controllers" + k(partyKey(p)), partyLabel(p), p, null, editorial());
        }
        for (Party p : m.added()) {
            add(ChangeKind.PARTY_ADDED, "controllers" + k(partyKey(p)), partyLabel(p), null, p, editorial());
        }
        for (Matching.Pair<Party> p : m.pairs()) {
            if (!p.oldItem().equals(p.newItem())) {
                party("controllers" + k(partyKey(p.newItem())), p.oldItem(), p.newItem(), false);
            }
        }
        Optional<Party> oldProcessor = oldAgreement.getProcessor();
        Optional<Party> newProcessor = newAgreement.getProcessor();
        if (oldProcessor.isPresent() && newProcessor.isPresent()) {
            if (!oldProcessor.get().equals(newProcessor.get())) {
                party("processor", oldProcessor.get(), newProcessor.get(), true);
            }
        } else if (oldProcessor.isPresent()) {
            Party p = oldProcessor.get();
            add(ChangeKind.PARTY_REMOVED, "processor", partyLabel(p), p, null, editorial());
        } else if (newProcessor.isPresent()) {
            Party p = newProcessor.get();
            add(ChangeKind.PARTY_ADDED, "processor", partyLabel(p), null, p, editorial());
        }
    }

    /**
     * Compares one party across versions. A processor whose name changes to one that names another entity (not the
     * same name with different case, punctuation or legal-form designation) is a new contracting party: the
     * controller has to agree to it, as it chose the processor for its guarantees (Art. 28(1) GDPR).
     */
    private void party(String path, Party a, Party b, boolean processor) {
        String subject = partyLabel(b);
        if (!a.getName().equals(b.getName()) || !a.getLegalForm().equals(b.getLegalForm())) {
            boolean sameEntity =
                    a.getName().map(Names::normalise).equals(b.getName().map(Names::normalise));
            add(
                    ChangeKind.PARTY_RENAMED,
                    path + ".name",
                    subject,
                    fullName(a),
                    fullName(b),
                    processor && !sameEntity ? Set.of(ChangeClass.AUTHORISATION_REQUIRED) : editorial());
        }
        if (!a.getAddress().equals(b.getAddress())) {
            add(
                    ChangeKind.PARTY_ADDRESS_CHANGED,
                    path + ".address",
                    subject,
                    a.getAddress().orElse(null),
                    b.getAddress().orElse(null),
                    editorial());
        }
        if (!a.getDataProtectionOfficer().equals(b.getDataProtectionOfficer())) {
            add(
                    ChangeKind.PARTY_DPO_CHANGED,
                    path + ".dataProtectionOfficer",
                    subject,
                    a.getDataProtectionOfficer().orElse(null),
                    b.getDataProtectionOfficer().orElse(null),
                    editorial());
        }
        if (!a.getRepresentatives().equals(b.getRepresentatives())
                || !a.getContacts().equals(b.getContacts())
                || !a.getEuRepresentative().equals(b.getEuRepresentative())) {
            add(ChangeKind.PARTY_CONTACTS_CHANGED, path + ".contacts", subject, a, b, editorial());
        }
        if (!partyDetails(a).equals(partyDetails(b))) {
            add(ChangeKind.PARTY_DETAILS_CHANGED, path, subject, a, b, editorial());
        }
    }

    /** The particulars that {@link #party} does not examine one by one. */
    private static List<Object> partyDetails(Party p) {
        return List.of(
                p.getId(),
                p.getDescription(),
                p.getRegistration(),
                p.getAttributes(),
                p.getCertifications(),
                p.getAccessionDate(),
                p.getTradeNames(),
                p.getIncludesAffiliates());
    }

    private static @Nullable String fullName(Party p) {
        if (p.getName().isEmpty()) {
            return p.getLegalForm().orElse(null);
        }
        return p.getLegalForm()
                .map(f -> p.getName().get() + " " + f)
                .orElse(p.getName().get());
    }

    private static String partyLabel(Party p) {
        String name = fullName(p);
        return name != null ? name : p.getId().orElse("?");
    }

    private static String partyKey(Party p) {
        return p.getId().or(p::getName).orElse("?");
    }

    // ---------------------------------------------------------------- processing description

    private void processing() {
        ProcessingDescription empty = ProcessingDescription.builder().build();
        ProcessingDescription a = oldAgreement.getProcessing().orElse(empty);
        ProcessingDescription b = newAgreement.getProcessing().orElse(empty);

        Matching<DataCategory> categories = Matching.of(
                a.getDataCategories(),
                b.getDataCategories(),
                List.of(DataCategory::getId, DataCategory::getCode, c -> Optional.of(c.getName())),
                (x, y) -> idsCompatible(x.getId(), y.getId()));
        for (DataCategory c : categories.removed()) {
            add(ChangeKind.DATA_CATEGORY_REMOVED, categoryPath(c), text(c.getName()), c, null, editorial());
        }
        for (DataCategory c : categories.added()) {
            add(
                    ChangeKind.DATA_CATEGORY_ADDED,
                    categoryPath(c),
                    text(c.getName()),
                    null,
                    c,
                    EnumSet.of(ChangeClass.AUTHORISATION_REQUIRED));
        }
        for (Matching.Pair<DataCategory> p : categories.pairs()) {
            if (!p.oldItem().equals(p.newItem())) {
                boolean moreSensitive = (sensitive(p.newItem()) && !sensitive(p.oldItem()))
                        || (!p.newItem().getSpecialCategory().equals(p.oldItem().getSpecialCategory())
                                && sensitive(p.newItem()));
                add(
                        ChangeKind.DATA_CATEGORY_CHANGED,
                        categoryPath(p.newItem()),
                        text(p.newItem().getName()),
                        p.oldItem(),
                        p.newItem(),
                        moreSensitive ? EnumSet.of(ChangeClass.AUTHORISATION_REQUIRED) : editorial());
            }
        }

        Matching<DataSubjectCategory> subjects = Matching.of(
                a.getDataSubjects(),
                b.getDataSubjects(),
                List.of(DataSubjectCategory::getId, DataSubjectCategory::getCode, s -> Optional.of(s.getName())),
                (x, y) -> idsCompatible(x.getId(), y.getId()));
        for (DataSubjectCategory s : subjects.removed()) {
            add(ChangeKind.DATA_SUBJECT_REMOVED, subjectPath(s), text(s.getName()), s, null, editorial());
        }
        for (DataSubjectCategory s : subjects.added()) {
            add(
                    ChangeKind.DATA_SUBJECT_ADDED,
                    subjectPath(s),
                    text(s.getName()),
                    null,
                    s,
                    EnumSet.of(ChangeClass.AUTHORISATION_REQUIRED));
        }
        for (Matching.Pair<DataSubjectCategory> p : subjects.pairs()) {
            if (!p.oldItem().equals(p.newItem())) {
                boolean nowVulnerable =
                        p.newItem().isVulnerable() && !p.oldItem().isVulnerable();
                add(
                        ChangeKind.DATA_SUBJECT_CHANGED,
                        subjectPath(p.newItem()),
                        text(p.newItem().getName()),
                        p.oldItem(),
                        p.newItem(),
                        nowVulnerable ? EnumSet.of(ChangeClass.AUTHORISATION_REQUIRED) : editorial());
            }
        }

        Matching<Purpose> purposes = Matching.of(
                a.getPurposes(),
                b.getPurposes(),
                List.of(Purpose::getCode, p -> Optional.of(p.getDescription())),
                (x, y) -> true);
        for (Purpose p : purposes.removed()) {
            add(ChangeKind.PURPOSE_REMOVED, purposePath(p), text(p.getDescription()), p, null, editorial());
        }
        for (Purpose p : purposes.added()) {
            add(
                    ChangeKind.PURPOSE_ADDED,
                    purposePath(p),
                    text(p.getDescription()),
                    null,
                    p,
                    EnumSet.of(ChangeClass.AUTHORISATION_REQUIRED));
        }
        for (Matching.Pair<Purpose> p : purposes.pairs()) {
            if (!p.oldItem().equals(p.newItem())) {
                // the controller decides the purposes (Art. 4(7) GDPR): a reworded purpose needs its consent
                add(
                        ChangeKind.PURPOSE_CHANGED,
                        purposePath(p.newItem()),
                        text(p.newItem().getDescription()),
                        p.oldItem(),
                        p.newItem(),
                        EnumSet.of(ChangeClass.AUTHORISATION_REQUIRED));
            }
        }

        locations(
                "processing.locations",
                "processing",
                a.getLocations(),
                b.getLocations(),
                ChangeKind.PROCESSING_LOCATION_ADDED,
                ChangeKind.PROCESSING_LOCATION_REMOVED,
                ChangeKind.PROCESSING_LOCATION_MOVED,
                EnumSet.of(ChangeClass.AUTHORISATION_REQUIRED));

        ProcessingDescription restA = processingRest(a);
        ProcessingDescription restB = processingRest(b);
        if (!restA.equals(restB)) {
            add(ChangeKind.PROCESSING_DESCRIPTION_CHANGED, "processing", "processing", restA, restB, editorial());
        }
    }

    private static ProcessingDescription processingRest(ProcessingDescription d) {
        return ProcessingDescription.builder()
                .from(d)
                .purposes(List.of())
                .dataCategories(List.of())
                .dataSubjects(List.of())
                .locations(List.of())
                .build();
    }

    private static boolean sensitive(DataCategory c) {
        return c.getSpecialCategory().filter(s -> s != SpecialCategory.NONE).isPresent()
                || c.getCriminalOffenceData().orElse(false);
    }

    private static boolean idsCompatible(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    private String categoryPath(DataCategory c) {
        return "processing.dataCategories" + k(c.getId().or(c::getCode).orElseGet(() -> text(c.getName())));
    }

    private String subjectPath(DataSubjectCategory s) {
        return "processing.dataSubjects" + k(s.getId().or(s::getCode).orElseGet(() -> text(s.getName())));
    }

    private String purposePath(Purpose p) {
        return "processing.purposes" + k(p.getCode().orElseGet(() -> text(p.getDescription())));
    }

    private String locationKey(Location l) {
        String where = l.getCountry()
                .map(CountryCode::getCode)
                .or(() -> l.getRegion().map(Region::name))
                .orElseGet(() -> l.getDescription().map(this::text).orElse(""));
        return l.getKind().name() + ":" + where;
    }

    private void locations(
            String base,
            String subject,
            List<Location> olds,
            List<Location> news,
            ChangeKind addedKind,
            ChangeKind removedKind,
            ChangeKind movedKind,
            Set<ChangeClass> whenNewThirdCountry) {
        Matching<Location> m = Matching.of(olds, news, List.of(), (x, y) -> true);
        List<Location> removed = new ArrayList<>(m.removed());
        List<Location> added = new ArrayList<>(m.added());
        // a kind of location with exactly one removed and one added entry has moved
        Map<Object, List<Location>> removedByKind = group(removed, Location::getKind);
        Map<Object, List<Location>> addedByKind = group(added, Location::getKind);
        for (Map.Entry<Object, List<Location>> e : removedByKind.entrySet()) {
            List<Location> to = addedByKind.get(e.getKey());
            if (e.getValue().size() == 1 && to != null && to.size() == 1) {
                Location from = e.getValue().get(0);
                Location dest = to.get(0);
                removed.remove(from);
                added.remove(dest);
                boolean lowers = newThirdCountry(dest, olds);
                add(
                        movedKind,
                        base + k(locationKey(dest)),
                        subject,
                        from,
                        dest,
                        lowers ? with(whenNewThirdCountry, true, ChangeClass.LOWERS_PROTECTION) : editorial());
            }
        }
        for (Location l : removed) {
            add(removedKind, base + k(locationKey(l)), subject, l, null, editorial());
        }
        for (Location l : added) {
            boolean lowers = newThirdCountry(l, olds);
            add(
                    addedKind,
                    base + k(locationKey(l)),
                    subject,
                    null,
                    l,
                    lowers ? with(whenNewThirdCountry, true, ChangeClass.LOWERS_PROTECTION) : editorial());
        }
    }

    private static <T> Map<Object, List<T>> group(List<T> items, Function<T, Object> key) {
        Map<Object, List<T>> result = new LinkedHashMap<>();
        for (T item : items) {
            result.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return result;
    }

    // ---------------------------------------------------------------- sub-processors

    private static String label(Subprocessor s) {
        return s.getProduct().map(p -> s.getName() + " (" + p + ")").orElse(s.getName());
    }

    private static String key(Subprocessor s) {
        return s.getId()
                .orElseGet(
                        () -> s.getProduct().map(p -> s.getName() + " / " + p).orElse(s.getName()));
    }

    private void subprocessorLists(String base, List<Subprocessor> olds, List<Subprocessor> news) {
        Matching<Subprocessor> m = Matching.of(
                olds,
                news,
                List.of(
                        Subprocessor::getId,
                        s -> s.getProduct().map(p -> List.of(s.getName(), p)),
                        s -> Optional.of(s.getName()),
                        s -> Optional.of(Names.normalise(s.getName()))),
                (x, y) -> idsCompatible(x.getId(), y.getId()));
        for (Subprocessor s : m.removed()) {
            add(ChangeKind.SUBPROCESSOR_REMOVED, base + k(key(s)), label(s), s, null, editorial());
        }
        for (Subprocessor s : m.added()) {
            add(
                    ChangeKind.SUBPROCESSOR_ADDED,
                    base + k(key(s)),
                    label(s),
                    null,
                    s,
                    with(engagement(), involvesThirdCountry(s), ChangeClass.LOWERS_PROTECTION));
        }
        for (Matching.Pair<Subprocessor> p : m.pairs()) {
            if (!p.oldItem().equals(p.newItem())) {
                subprocessor(base + k(key(p.newItem())), p.oldItem(), p.newItem());
            }
        }
    }

    private void subprocessor(String path, Subprocessor a, Subprocessor b) {
        String subject = label(b);
        if (!a.getName().equals(b.getName())) {
            boolean sameEntity = Names.normalise(a.getName()).equals(Names.normalise(b.getName()));
            add(
                    ChangeKind.SUBPROCESSOR_RENAMED,
                    path + ".name",
                    subject,
                    a.getName(),
                    b.getName(),
                    sameEntity ? editorial() : engagement());
        }
        if (!a.getProduct().equals(b.getProduct())) {
            add(
                    ChangeKind.SUBPROCESSOR_PRODUCT_CHANGED,
                    path + ".product",
                    subject,
                    a.getProduct().orElse(null),
                    b.getProduct().orElse(null),
                    engagement());
        }
        if (!a.getService().equals(b.getService())) {
            add(
                    ChangeKind.SUBPROCESSOR_SERVICE_CHANGED,
                    path + ".service",
                    subject,
                    a.getService().orElse(null),
                    b.getService().orElse(null),
                    engagement());
        }
        if (!a.getCountry().equals(b.getCountry())) {
            boolean lowers = b.getCountry().map(this::thirdCountry).orElse(false)
                    && !a.getCountry().map(this::thirdCountry).orElse(false);
            add(
                    ChangeKind.SUBPROCESSOR_COUNTRY_CHANGED,
                    path + ".country",
                    subject,
                    a.getCountry().orElse(null),
                    b.getCountry().orElse(null),
                    with(engagement(), lowers, ChangeClass.LOWERS_PROTECTION));
        }
        if (!a.getParentCountry().equals(b.getParentCountry())) {
            boolean lowers = b.getParentCountry().map(this::thirdCountry).orElse(false)
                    && !a.getParentCountry().map(this::thirdCountry).orElse(false);
            add(
                    ChangeKind.SUBPROCESSOR_PARENT_COUNTRY_CHANGED,
                    path + ".parentCountry",
                    subject,
                    a.getParentCountry().orElse(null),
                    b.getParentCountry().orElse(null),
                    lowers ? with(engagement(), true, ChangeClass.LOWERS_PROTECTION) : editorial());
        }
        if (!a.getAddress().equals(b.getAddress())) {
            add(
                    ChangeKind.SUBPROCESSOR_ADDRESS_CHANGED,
                    path + ".address",
                    subject,
                    a.getAddress().orElse(null),
                    b.getAddress().orElse(null),
                    editorial());
        }
        Set<String> oldCategories = new HashSet<>(a.getDataCategories());
        Set<String> newCategories = new HashSet<>(b.getDataCategories());
        for (String c : a.getDataCategories()) {
            if (!newCategories.contains(c)) {
                add(
                        ChangeKind.SUBPROCESSOR_DATA_CATEGORY_REMOVED,
                        path + ".dataCategories" + k(c),
                        subject,
                        c,
                        null,
                        editorial());
            }
        }
        for (String c : b.getDataCategories()) {
            if (!oldCategories.contains(c)) {
                add(
                        ChangeKind.SUBPROCESSOR_DATA_CATEGORY_ADDED,
                        path + ".dataCategories" + k(c),
                        subject,
                        null,
                        c,
                        engagement());
            }
        }
        locations(
                path + ".locations",
                subject,
                a.getLocations(),
                b.getLocations(),
                ChangeKind.SUBPROCESSOR_LOCATION_ADDED,
                ChangeKind.SUBPROCESSOR_LOCATION_REMOVED,
                ChangeKind.SUBPROCESSOR_LOCATION_MOVED,
                engagement());
        transfer(path + ".transfer", subject, a.getTransfer(), b.getTransfer(), b);
        transfer(path + ".ukTransfer", subject, a.getUkTransfer(), b.getUkTransfer(), b);
        transfer(path + ".swissTransfer", subject, a.getSwissTransfer(), b.getSwissTransfer(), b);
        if (!a.getContact().equals(b.getContact())) {
            add(
                    ChangeKind.SUBPROCESSOR_CONTACT_CHANGED,
                    path + ".contact",
                    subject,
                    a.getContact().orElse(null),
                    b.getContact().orElse(null),
                    editorial());
        }
        if (!a.getOwnPurposes().equals(b.getOwnPurposes())) {
            boolean nowOwn =
                    b.getOwnPurposes().orElse(false) && !a.getOwnPurposes().orElse(false);
            add(
                    ChangeKind.SUBPROCESSOR_DETAILS_CHANGED,
                    path + ".ownPurposes",
                    subject,
                    a.getOwnPurposes().orElse(null),
                    b.getOwnPurposes().orElse(null),
                    nowOwn ? with(engagement(), true, ChangeClass.LOWERS_PROTECTION) : editorial());
        }
        if (!a.getEngagementCondition().equals(b.getEngagementCondition())) {
            add(
                    ChangeKind.SUBPROCESSOR_DETAILS_CHANGED,
                    path + ".engagementCondition",
                    subject,
                    a.getEngagementCondition().orElse(null),
                    b.getEngagementCondition().orElse(null),
                    engagement());
        }
        if (!a.getId().equals(b.getId())
                || !a.getSince().equals(b.getSince())
                || !a.getNote().equals(b.getNote())) {
            add(ChangeKind.SUBPROCESSOR_DETAILS_CHANGED, path, subject, details(a), details(b), editorial());
        }
        subprocessorLists(path + ".subprocessors", a.getSubprocessors(), b.getSubprocessors());
    }

    /** The particulars not examined one by one, kept in a sub-processor that holds only them. */
    private static Subprocessor details(Subprocessor s) {
        Subprocessor.Builder b = Subprocessor.builder().name(s.getName());
        s.getId().ifPresent(b::id);
        s.getSince().ifPresent(b::since);
        s.getNote().ifPresent(b::note);
        return b.build();
    }

    /** One transfer slot of a sub-processor: the GDPR tool, or the UK or Swiss one. */
    private void transfer(
            String path,
            String subject,
            Optional<TransferMechanism> a,
            Optional<TransferMechanism> b,
            Subprocessor now) {
        if (!a.equals(b)) {
            add(
                    ChangeKind.SUBPROCESSOR_TRANSFER_CHANGED,
                    path,
                    subject,
                    a.orElse(null),
                    b.orElse(null),
                    transferClasses(a, b, now));
        }
    }

    /** Whether the recipient counted as certified under the Data Privacy Framework, from either way of saying so. */
    private static boolean dpfCertified(TransferMechanism m) {
        return m.getDpf()
                .map(d -> d.getStatus() == dev.dpa4j.model.DpfStatus.CERTIFIED)
                .orElse(m.getDpfCertified().orElse(false));
    }

    /** Whether a transfer impact assessment was recorded, from either way of saying so. */
    private static boolean assessed(TransferMechanism m) {
        return m.isTransferImpactAssessment()
                || m.getImpactAssessment()
                        .filter(dev.dpa4j.model.TransferImpactAssessment::isDone)
                        .isPresent();
    }

    private Set<ChangeClass> transferClasses(
            Optional<TransferMechanism> a, Optional<TransferMechanism> b, Subprocessor now) {
        if (a.isEmpty()) {
            return editorial();
        }
        if (b.isEmpty()) {
            return involvesThirdCountry(now) ? with(engagement(), true, ChangeClass.LOWERS_PROTECTION) : editorial();
        }
        TransferMechanism x = a.get();
        TransferMechanism y = b.get();
        boolean invalid = switch (y.getType()) {
            case SAFE_HARBOR, PRIVACY_SHIELD, SCC_2001_497, SCC_2004_915, SCC_2010_87 -> true;
            default -> false;
        };
        if (x.getType() != y.getType()) {
            return with(engagement(), invalid, ChangeClass.LOWERS_PROTECTION);
        }
        boolean weaker = (assessed(x) && !assessed(y))
                || !y.getSupplementaryMeasures().containsAll(x.getSupplementaryMeasures())
                || !y.getMeasures().containsAll(x.getMeasures())
                || (dpfCertified(x) && !dpfCertified(y));
        return weaker ? with(engagement(), true, ChangeClass.LOWERS_PROTECTION) : editorial();
    }

    // ---------------------------------------------------------------- measures

    private void measures() {
        List<TechnicalOrganisationalMeasure> a =
                oldAgreement.getSecurity().map(SecurityTerms::getMeasures).orElse(List.of());
        List<TechnicalOrganisationalMeasure> b =
                newAgreement.getSecurity().map(SecurityTerms::getMeasures).orElse(List.of());
        Matching<TechnicalOrganisationalMeasure> m = Matching.of(
                a,
                b,
                List.of(
                        TechnicalOrganisationalMeasure::getId,
                        TechnicalOrganisationalMeasure::getCode,
                        t -> Optional.of(t.getDescription())),
                (x, y) -> idsCompatible(x.getId(), y.getId()));
        for (TechnicalOrganisationalMeasure t : m.removed()) {
            add(
                    ChangeKind.MEASURE_REMOVED,
                    measurePath(t),
                    text(t.getDescription()),
                    t,
                    null,
                    with(measurePolicy(), true, ChangeClass.LOWERS_PROTECTION));
        }
        for (TechnicalOrganisationalMeasure t : m.added()) {
            add(ChangeKind.MEASURE_ADDED, measurePath(t), text(t.getDescription()), null, t, editorial());
        }
        for (Matching.Pair<TechnicalOrganisationalMeasure> p : m.pairs()) {
            TechnicalOrganisationalMeasure x = p.oldItem();
            TechnicalOrganisationalMeasure y = p.newItem();
            if (!x.equals(y)) {
                boolean lostGoals = !y.getProtectionGoals().containsAll(x.getProtectionGoals());
                boolean recategorised =
                        x.getCategory().isPresent() && !x.getCategory().equals(y.getCategory());
                add(
                        ChangeKind.MEASURE_CHANGED,
                        measurePath(y),
                        text(y.getDescription()),
                        x,
                        y,
                        with(measurePolicy(), lostGoals || recategorised, ChangeClass.LOWERS_PROTECTION));
            }
        }
    }

    private String measurePath(TechnicalOrganisationalMeasure t) {
        return "security.measures" + k(t.getId().or(t::getCode).orElseGet(() -> text(t.getDescription())));
    }

    // ---------------------------------------------------------------- clauses and their parameters

    private void clauses() {
        for (Clauses.Clause<?> clause : Clauses.ALL) {
            clause(clause);
        }
    }

    private <C> void clause(Clauses.Clause<C> clause) {
        Optional<C> a = clause.terms().apply(oldAgreement);
        Optional<C> b = clause.terms().apply(newAgreement);
        if (a.isEmpty() && b.isEmpty()) {
            return;
        }
        if (a.isEmpty()) {
            add(
                    ChangeKind.CLAUSE_ADDED,
                    clause.name(),
                    clause.name(),
                    null,
                    clause.rest().apply(b.get()),
                    editorial());
            return;
        }
        if (b.isEmpty()) {
            add(
                    ChangeKind.CLAUSE_REMOVED,
                    clause.name(),
                    clause.name(),
                    clause.rest().apply(a.get()),
                    null,
                    EnumSet.of(ChangeClass.LOWERS_PROTECTION));
            return;
        }
        boolean parameterChanged = false;
        for (Clauses.Parameter<C> parameter : clause.parameters()) {
            Optional<?> x = parameter.value().apply(a.get());
            Optional<?> y = parameter.value().apply(b.get());
            if (!x.equals(y)) {
                parameterChanged = true;
                String path = clause.name() + "." + parameter.name();
                add(
                        ChangeKind.CLAUSE_PARAMETER_CHANGED,
                        path,
                        path,
                        x.orElse(null),
                        y.orElse(null),
                        lowers(parameter.direction(), x, y) ? EnumSet.of(ChangeClass.LOWERS_PROTECTION) : editorial());
            }
        }
        Object restA = clause.rest().apply(a.get());
        Object restB = clause.rest().apply(b.get());
        if (!parameterChanged && !restA.equals(restB)) {
            add(ChangeKind.CLAUSE_TEXT_CHANGED, clause.name(), clause.name(), restA, restB, editorial());
        }
    }

    static boolean lowers(Clauses.Direction direction, Optional<?> a, Optional<?> b) {
        return switch (direction) {
            case NEUTRAL -> false;
            case TRUE_PROTECTS -> a.equals(Optional.of(true)) && !b.equals(Optional.of(true));
            case TRUE_WEAKENS -> !a.equals(Optional.of(true)) && b.equals(Optional.of(true));
            case PRESENT_WEAKENS -> a.isEmpty() && b.isPresent();
            case LONGER_WEAKENS -> lost(a, b) || longer(b, a);
            case SHORTER_WEAKENS -> lost(a, b) || longer(a, b);
            case RANKED -> rank(b) < rank(a);
        };
    }

    /** Whether a typed period of the old value is missing from the new one (the limit became indefinite). */
    private static boolean lost(Optional<?> a, Optional<?> b) {
        return hours(a).isPresent() && hours(b).isEmpty();
    }

    /** Whether both values have typed periods and the first is longer than the second. */
    private static boolean longer(Optional<?> first, Optional<?> second) {
        OptionalDouble x = hours(first);
        OptionalDouble y = hours(second);
        return x.isPresent() && y.isPresent() && x.getAsDouble() > y.getAsDouble();
    }

    /** The approximate length in hours; business days count 7/5 of a day, months 30.44 days. */
    static OptionalDouble hours(Optional<?> value) {
        Optional<TimePeriod> period = value.flatMap(v -> v instanceof TimeLimit t
                ? t.getPeriod()
                : v instanceof TimePeriod p ? Optional.of(p) : Optional.empty());
        if (period.isEmpty()) {
            return OptionalDouble.empty();
        }
        PeriodUnit unit = period.get().getUnit();
        double factor = switch (unit) {
            case HOURS -> 1;
            case CALENDAR_DAYS -> 24;
            case BUSINESS_DAYS -> 24.0 * 7 / 5;
            case WEEKS -> 24 * 7;
            case MONTHS -> 24 * 30.44;
        };
        return OptionalDouble.of(period.get().getAmount() * factor);
    }

    private static int rank(Optional<?> value) {
        if (value.isEmpty()) {
            return 0;
        }
        Object v = value.get();
        if (v instanceof AuthorisationType t) {
            return switch (t) {
                case GENERAL -> 1;
                case SPECIFIC -> 2;
                case PROHIBITED -> 3;
            };
        }
        if (v instanceof TomChangePolicy p) {
            return switch (p) {
                case UNILATERAL -> 1;
                case NOTICE -> 2;
                case NO_DOWNGRADE, MATERIAL_CHANGES_AGREED -> 3;
                case PRIOR_APPROVAL -> 4;
            };
        }
        if (v instanceof BoundPersons p) {
            return switch (p) {
                case SOME_PERSONNEL -> 1;
                case EMPLOYEES_ONLY -> 2;
                case ALL_AUTHORISED_PERSONS -> 3;
            };
        }
        if (v instanceof BreachRiskThreshold t) {
            return switch (t) {
                case LIKELY_HIGH_RISK -> 1;
                case LIKELY_RISK -> 2;
                case ALL_BREACHES -> 3;
            };
        }
        if (v instanceof ObjectionConsequence c) {
            return switch (c) {
                case GOOD_FAITH_NEGOTIATION -> 1;
                case TERMINATION_RIGHT, RESTRICTION_OR_TERMINATION -> 2;
                case ENGAGEMENT_BLOCKED -> 3;
            };
        }
        return 1;
    }
}
