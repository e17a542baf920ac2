/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.catalog;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ProcessingOperation;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.TransferRegime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds the tokens of a catalogue file straight into its entry types' constructors, as databind did
 * through their {@code @JsonCreator} constructors but without building a mapper and deserializers by
 * reflection on first use (issue #14: the catalogues were the last reason a cold {@code validate}
 * loaded databind). Strict as databind was configured: an unknown property, a token of the wrong type,
 * an unknown enum constant or trailing content is an error; duplicate keys are the parser's error.
 *
 * <p>Each method starts at the value's first token and ends at its last. {@link #path} holds the
 * property names and array indexes from the root to the value being read, so that a failure anywhere,
 * including a constructor's check, names its JSON pointer.
 */
final class CatalogBinder {

    /** The readers of the entry types, by type. */
    private static final Map<Class<?>, Function<CatalogBinder, ?>> ENTRIES = Map.ofEntries(
            Map.entry(AdequacyDecision.class, CatalogBinder::adequacyDecision),
            Map.entry(Country.class, CatalogBinder::country),
            Map.entry(DataCategoryEntry.class, CatalogBinder::dataCategoryEntry),
            Map.entry(DataSubjectEntry.class, CatalogBinder::dataSubjectEntry),
            Map.entry(MeasureEntry.class, CatalogBinder::measureEntry),
            Map.entry(ProcessingOperationEntry.class, CatalogBinder::processingOperationEntry),
            Map.entry(ProtectionGoalEntry.class, CatalogBinder::protectionGoalEntry),
            Map.entry(SpecialCategoryEntry.class, CatalogBinder::specialCategoryEntry),
            Map.entry(TomCategoryEntry.class, CatalogBinder::tomCategoryEntry),
            Map.entry(TransferMechanismEntry.class, CatalogBinder::transferMechanismEntry));

    private final JsonParser p;
    /** Property names and array indexes from the root to the current value. */
    final List<Object> path = new ArrayList<>();

    CatalogBinder(JsonParser parser) {
        this.p = parser;
    }

    /** Whether a type has a reader here. */
    static boolean binds(Class<?> entryType) {
        return ENTRIES.containsKey(entryType);
    }

    /** Reads a whole catalogue document: its root object and nothing after it. */
    <E> CatalogReader.Document<E> document(Class<E> entryType) {
        @SuppressWarnings("unchecked")
        Function<CatalogBinder, E> entry = (Function<CatalogBinder, E>) ENTRIES.get(entryType);
        if (entry == null) {
            throw new IllegalArgumentException("no catalogue entry type: " + entryType.getName());
        }
        p.nextToken();
        start();
        CatalogInfo info = null;
        List<E> entries = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "info" -> info = catalogInfo();
                case "entries" -> entries = list(entry);
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        CatalogReader.Document<E> document = new CatalogReader.Document<>(info, entries);
        if (p.nextToken() != null) {
            throw new IllegalArgumentException("trailing content after the catalogue's object");
        }
        return document;
    }

    private boolean isNull() {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    private void start() {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw unexpected("an object");
        }
    }

    /**
     * Moves to the next property of the current object and to its value, and adds its name to the path;
     * null at the end of the object.
     */
    private @Nullable String property() {
        String name = p.nextName();
        if (name != null) {
            path.add(name);
            p.nextToken();
        }
        return name;
    }

    private <T> @Nullable List<T> list(Function<CatalogBinder, T> element) {
        if (isNull()) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw unexpected("an array");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            path.add(i);
            out.add(element.apply(this));
            path.remove(path.size() - 1);
        }
        return out;
    }

    private @Nullable String string() {
        if (isNull()) {
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw unexpected("a string");
        }
        return p.getString();
    }

    private @Nullable Boolean bool() {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw unexpected("true or false");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private @Nullable LocalDate date() {
        String text = string();
        return text == null ? null : LocalDate.parse(text);
    }

    private @Nullable CountryCode countryCode() {
        String text = string();
        return text == null ? null : CountryCode.of(text);
    }

    private <T extends Enum<T>> @Nullable T constant(Class<T> type) {
        String text = string();
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not one of the constants of " + type.getSimpleName(), e);
        }
    }

    /** A text as a plain string (no language) or as an object of texts by language tag. */
    private @Nullable LocalizedText localizedText() {
        if (isNull()) {
            return null;
        }
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return LocalizedText.plain(p.getString());
        }
        start();
        Map<String, String> texts = new LinkedHashMap<>();
        String language;
        while ((language = property()) != null) {
            String text = string();
            if (text == null) {
                throw unexpected("a string");
            }
            texts.put(language, text);
            path.remove(path.size() - 1);
        }
        return LocalizedText.of(texts);
    }

    private IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown property '" + name + "'");
    }

    private IllegalArgumentException unexpected(String expected) {
        return new IllegalArgumentException("expected " + expected + " but found " + p.currentToken());
    }

    private @Nullable AdequacyDecision adequacyDecision() {
        if (isNull()) {
            return null;
        }
        start();
        String code = null;
        LocalizedText labels = null;
        CountryCode country = null;
        String reference = null;
        LocalDate adopted = null;
        ValidityPeriod validity = null;
        AdequacyScope scope = null;
        LocalizedText scopeNote = null;
        String requiredAttribute = null;
        LocalizedText endReason = null;
        String source = null;
        String unverified = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "code" -> code = string();
                case "labels" -> labels = localizedText();
                case "country" -> country = countryCode();
                case "reference" -> reference = string();
                case "adopted" -> adopted = date();
                case "validity" -> validity = validityPeriod();
                case "scope" -> scope = constant(AdequacyScope.class);
                case "scopeNote" -> scopeNote = localizedText();
                case "requiredAttribute" -> requiredAttribute = string();
                case "endReason" -> endReason = localizedText();
                case "source" -> source = string();
                case "unverified" -> unverified = string();
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new AdequacyDecision(
                code,
                labels,
                country,
                reference,
                adopted,
                validity,
                scope,
                scopeNote,
                requiredAttribute,
                endReason,
                source,
                unverified);
    }

    private @Nullable CatalogInfo catalogInfo() {
        if (isNull()) {
            return null;
        }
        start();
        String id = null;
        String version = null;
        LocalDate verifiedOn = null;
        List<String> sources = null;
        LocalizedText note = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "id" -> id = string();
                case "version" -> version = string();
                case "verifiedOn" -> verifiedOn = date();
                case "sources" -> sources = list(CatalogBinder::string);
                case "note" -> note = localizedText();
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new CatalogInfo(id, version, verifiedOn, sources, note);
    }

    private @Nullable Country country() {
        if (isNull()) {
            return null;
        }
        start();
        CountryCode code = null;
        LocalizedText labels = null;
        CountryCode partOf = null;
        List<ValidityPeriod> eu = null;
        List<ValidityPeriod> eeaEfta = null;
        LocalizedText note = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "code" -> code = countryCode();
                case "labels" -> labels = localizedText();
                case "partOf" -> partOf = countryCode();
                case "eu" -> eu = list(CatalogBinder::validityPeriod);
                case "eeaEfta" -> eeaEfta = list(CatalogBinder::validityPeriod);
                case "note" -> note = localizedText();
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new Country(code, labels, partOf, eu, eeaEfta, note);
    }

    private @Nullable DataCategoryEntry dataCategoryEntry() {
        if (isNull()) {
            return null;
        }
        start();
        String code = null;
        LocalizedText labels = null;
        String dpvIri = null;
        SpecialCategory specialCategory = null;
        Boolean criminalOffenceData = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "code" -> code = string();
                case "labels" -> labels = localizedText();
                case "dpvIri" -> dpvIri = string();
                case "specialCategory" -> specialCategory = constant(SpecialCategory.class);
                case "criminalOffenceData" -> criminalOffenceData = bool();
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new DataCategoryEntry(code, labels, dpvIri, specialCategory, criminalOffenceData);
    }

    private @Nullable DataSubjectEntry dataSubjectEntry() {
        if (isNull()) {
            return null;
        }
        start();
        String code = null;
        LocalizedText labels = null;
        String dpvIri = null;
        Boolean vulnerable = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "code" -> code = string();
                case "labels" -> labels = localizedText();
                case "dpvIri" -> dpvIri = string();
                case "vulnerable" -> vulnerable = bool();
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new DataSubjectEntry(code, labels, dpvIri, vulnerable);
    }

    private @Nullable MeasureEntry measureEntry() {
        if (isNull()) {
            return null;
        }
        start();
        String code = null;
        LocalizedText labels = null;
        TomCategory category = null;
        List<ProtectionGoal> protectionGoals = null;
        String dpvIri = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "code" -> code = string();
                case "labels" -> labels = localizedText();
                case "category" -> category = constant(TomCategory.class);
                case "protectionGoals" -> protectionGoals = list(b -> b.constant(ProtectionGoal.class));
                case "dpvIri" -> dpvIri = string();
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new MeasureEntry(code, labels, category, protectionGoals, dpvIri);
    }

    private @Nullable ProcessingOperationEntry processingOperationEntry() {
        if (isNull()) {
            return null;
        }
        start();
        ProcessingOperation code = null;
        LocalizedText labels = null;
        String dpvIri = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "code" -> code = constant(ProcessingOperation.class);
                case "labels" -> labels = localizedText();
                case "dpvIri" -> dpvIri = string();
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new ProcessingOperationEntry(code, labels, dpvIri);
    }

    private @Nullable ProtectionGoalEntry protectionGoalEntry() {
        if (isNull()) {
            return null;
        }
        start();
        ProtectionGoal code = null;
        LocalizedText labels = null;
        LocalizedText summary = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "code" -> code = constant(ProtectionGoal.class);
                case "labels" -> labels = localizedText();
                case "summary" -> summary = localizedText();
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new ProtectionGoalEntry(code, labels, summary);
    }

    private @Nullable RegimeValidity regimeValidity() {
        if (isNull()) {
            return null;
        }
        start();
        TransferRegime regime = null;
        ValidityPeriod validity = null;
        LocalDate concludableUntil = null;
        LocalizedText endedBy = null;
        String source = null;
        String unverified = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "regime" -> regime = constant(TransferRegime.class);
                case "validity" -> validity = validityPeriod();
                case "concludableUntil" -> concludableUntil = date();
                case "endedBy" -> endedBy = localizedText();
                case "source" -> source = string();
                case "unverified" -> unverified = string();
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new RegimeValidity(regime, validity, concludableUntil, endedBy, source, unverified);
    }

    private @Nullable SpecialCategoryEntry specialCategoryEntry() {
        if (isNull()) {
            return null;
        }
        start();
        SpecialCategory code = null;
        LocalizedText labels = null;
        String dpvIri = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "code" -> code = constant(SpecialCategory.class);
                case "labels" -> labels = localizedText();
                case "dpvIri" -> dpvIri = string();
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new SpecialCategoryEntry(code, labels, dpvIri);
    }

    private @Nullable TomCategoryEntry tomCategoryEntry() {
        if (isNull()) {
            return null;
        }
        start();
        TomCategory code = null;
        LocalizedText labels = null;
        TomCategoryFamily family = null;
        List<Art32Element> art32 = null;
        LocalizedText legalReferences = null;
        List<ProtectionGoal> protectionGoals = null;
        List<TomCategory> sccAnnexHeadings = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "code" -> code = constant(TomCategory.class);
                case "labels" -> labels = localizedText();
                case "family" -> family = constant(TomCategoryFamily.class);
                case "art32" -> art32 = list(b -> b.constant(Art32Element.class));
                case "legalReferences" -> legalReferences = localizedText();
                case "protectionGoals" -> protectionGoals = list(b -> b.constant(ProtectionGoal.class));
                case "sccAnnexHeadings" -> sccAnnexHeadings = list(b -> b.constant(TomCategory.class));
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new TomCategoryEntry(code, labels, family, art32, legalReferences, protectionGoals, sccAnnexHeadings);
    }

    private @Nullable TransferMechanismEntry transferMechanismEntry() {
        if (isNull()) {
            return null;
        }
        start();
        TransferMechanismType code = null;
        LocalizedText labels = null;
        LocalizedText legalBasis = null;
        String instrument = null;
        ValidityPeriod validity = null;
        LocalDate concludableUntil = null;
        LocalizedText note = null;
        String dpvIri = null;
        LocalizedText endedBy = null;
        List<RegimeValidity> regimes = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "code" -> code = constant(TransferMechanismType.class);
                case "labels" -> labels = localizedText();
                case "legalBasis" -> legalBasis = localizedText();
                case "instrument" -> instrument = string();
                case "validity" -> validity = validityPeriod();
                case "concludableUntil" -> concludableUntil = date();
                case "note" -> note = localizedText();
                case "dpvIri" -> dpvIri = string();
                case "endedBy" -> endedBy = localizedText();
                case "regimes" -> regimes = list(CatalogBinder::regimeValidity);
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new TransferMechanismEntry(
                code, labels, legalBasis, instrument, validity, concludableUntil, note, dpvIri, endedBy, regimes);
    }

    private @Nullable ValidityPeriod validityPeriod() {
        if (isNull()) {
            return null;
        }
        start();
        LocalDate from = null;
        LocalDate until = null;
        String name;
        while ((name = property()) != null) {
            switch (name) {
                case "from" -> from = date();
                case "until" -> until = date();
                default -> throw unknown(name);
            }
            path.remove(path.size() - 1);
        }
        return new ValidityPeriod(from, until);
    }
}
