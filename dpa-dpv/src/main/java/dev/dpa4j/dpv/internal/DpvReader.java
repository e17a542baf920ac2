/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.dpv.internal;

import static dev.dpa4j.dpv.internal.Terms.*;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import dev.dpa4j.dpv.DpvException;
import dev.dpa4j.model.Art49Derogation;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.LocationKind;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.ProcessingOperation;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.SccModule;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.TransferMechanismType;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.model.catalog.ProcessingOperationEntry;
import dev.dpa4j.model.json.DpaJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a DPV JSON-LD graph into an agreement: the document is expanded and flattened by Titanium (so any
 * JSON-LD form of the graph is accepted), then walked from its one {@code dpv:DataProcessingAgreement} node.
 */
public final class DpvReader {

    /** Refuses every remote document: reading never goes to the network. */
    private static final DocumentLoader NO_REMOTE = (url, options) -> {
        throw new JsonLdError(
                JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "remote documents are not loaded (" + url + "); inline the context");
    };

    private static final Catalogs CATALOGS = Catalogs.standard();

    private final Map<String, JsonObject> nodes;

    private DpvReader(Map<String, JsonObject> nodes) {
        this.nodes = nodes;
    }

    /**
     * Reads a document.
     *
     * @param text the JSON-LD text
     * @return the agreement
     * @throws DpvException naming where the document is wrong
     */
    public static DataProcessingAgreement read(String text) {
        checkLimits(text);
        JsonStructure flat;
        try {
            JsonDocument document = JsonDocument.of(new StringReader(text));
            flat = JsonLd.flatten(document).loader(NO_REMOTE).get();
        } catch (JsonLdError e) {
            throw translate(e);
        } catch (JsonParsingException e) {
            throw parsing(e);
        }
        Map<String, JsonObject> nodes = new LinkedHashMap<>();
        JsonArray graph = flat instanceof JsonArray a ? a : flat.asJsonObject().getJsonArray("@graph");
        for (JsonValue value : graph) {
            JsonObject node = value.asJsonObject();
            nodes.put(node.getString("@id"), node);
        }
        try {
            return new DpvReader(nodes).agreement();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new DpvException("graph", "not a valid agreement: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses, before the JSON-LD processor sees it, a document beyond the limits of {@code DpaJson.read}
     * (nesting depth, length, tokens, string length): hostile input must end in an error naming where, not in
     * a stack overflow or an exhausted heap. Malformed JSON is reported here too, with line and column.
     */
    private static void checkLimits(String text) {
        JsonParser parser = DpaJson.mapper().createParser(text);
        try (parser) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    parser.getString(); // a string's length is checked when it is decoded
                }
            }
        } catch (JacksonException e) {
            // a limit exception carries no location of its own: the parser's is where it stopped
            TokenStreamLocation thrown = e.getLocation();
            TokenStreamLocation at = thrown != null ? thrown : parser.currentLocation();
            String where = at.getLineNr() < 0 ? "document" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new DpvException(where, "not readable JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static DpvException translate(JsonLdError e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParsingException p) {
                return parsing(p);
            }
        }
        // the innermost JSON-LD error says what went wrong (the outer ones only repeat its code)
        JsonLdError innermost = e;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonLdError inner) {
                innermost = inner;
            }
        }
        return new DpvException("document", "not a valid JSON-LD document: " + innermost.getMessage(), e);
    }

    private static DpvException parsing(JsonParsingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "document" : "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return new DpvException(where, "not well-formed JSON: " + e.getMessage(), e);
    }

    private DataProcessingAgreement agreement() {
        List<String> agreements = nodes.values().stream()
                .filter(n -> types(n).contains(DATA_PROCESSING_AGREEMENT))
                .map(n -> n.getString("@id"))
                .toList();
        if (agreements.size() != 1) {
            throw new DpvException(
                    "graph",
                    "expected exactly one node of type " + DATA_PROCESSING_AGREEMENT + ", found " + agreements.size()
                            + (agreements.isEmpty() ? "" : " " + agreements),
                    null);
        }
        JsonObject root = java.util.Objects.requireNonNull(nodes.get(agreements.get(0)));
        DataProcessingAgreement.Builder b = DataProcessingAgreement.builder();
        b.id(requiredString(root, IDENTIFIER));
        text(root, TITLE).ifPresent(b::title);
        for (JsonObject controller : objects(root, HAS_DATA_CONTROLLER)) {
            b.addControllers(party(controller));
        }
        optionalObject(root, HAS_DATA_PROCESSOR).ifPresent(p -> b.processor(party(p)));
        Optional<JsonObject> process = optionalObject(root, HAS_PROCESS);
        if (process.isPresent()) {
            JsonObject p = process.get();
            ProcessingDescription description = processing(p);
            if (!description.equals(ProcessingDescription.builder().build())) {
                b.processing(description);
            }
            List<TechnicalOrganisationalMeasure> measures = new ArrayList<>();
            for (JsonObject m : objects(p, HAS_TOM)) {
                measures.add(measure(m));
            }
            if (!measures.isEmpty()) {
                b.security(SecurityTerms.builder().measures(measures).build());
            }
            List<Subprocessor> subprocessors = subprocessors(p);
            if (!subprocessors.isEmpty()) {
                b.subprocessing(SubprocessingTerms.builder()
                        .subprocessors(subprocessors)
                        .build());
            }
        }
        return b.build();
    }

    private Party party(JsonObject node) {
        Party.Builder b = Party.builder();
        optionalString(node, IDENTIFIER).ifPresent(b::id);
        optionalString(node, HAS_NAME).ifPresent(b::name);
        text(node, DESCRIPTION).ifPresent(b::description);
        return b.build();
    }

    private ProcessingDescription processing(JsonObject p) {
        ProcessingDescription.Builder b = ProcessingDescription.builder();
        text(p, DESCRIPTION).ifPresent(b::subjectMatter);
        List<JsonObject> natures = objects(p, D_NATURE);
        if (!natures.isEmpty()) {
            for (JsonObject nature : natures) {
                ProcessingNature.Builder nb = ProcessingNature.builder();
                List<String> ops = refs(nature, HAS_PROCESSING);
                if (ops.size() > 1) {
                    throw error(nature, HAS_PROCESSING, "expected at most one operation, found " + ops);
                }
                ops.forEach(iri -> nb.operation(operation(nature, iri)));
                text(nature, DESCRIPTION).ifPresent(nb::description);
                b.addNature(build(nature, nb::build));
            }
        } else {
            // a graph from another tool: the operations alone
            java.util.Set<ProcessingOperation> seen = java.util.EnumSet.noneOf(ProcessingOperation.class);
            for (String iri : refs(p, HAS_PROCESSING)) {
                ProcessingOperation op = operation(p, iri);
                if (seen.add(op)) {
                    b.addNature(ProcessingNature.builder().operation(op).build());
                }
            }
        }
        for (JsonObject purpose : objects(p, HAS_PURPOSE)) {
            Purpose.Builder pb = Purpose.builder();
            optionalString(purpose, NOTATION).ifPresent(pb::code);
            pb.description(requiredText(purpose, DESCRIPTION));
            b.addPurposes(pb.build());
        }
        for (JsonObject data : objects(p, HAS_PERSONAL_DATA)) {
            b.addDataCategories(dataCategory(data));
        }
        for (JsonObject subject : objects(p, HAS_DATA_SUBJECT)) {
            DataSubjectCategory.Builder sb = DataSubjectCategory.builder();
            optionalString(subject, IDENTIFIER).ifPresent(sb::id);
            optionalString(subject, NOTATION).ifPresent(sb::code);
            sb.name(requiredText(subject, PREF_LABEL));
            text(subject, DESCRIPTION).ifPresent(sb::description);
            b.addDataSubjects(sb.build());
        }
        b.locations(locations(p));
        return b.build();
    }

    private ProcessingOperation operation(JsonObject node, String iri) {
        for (ProcessingOperationEntry entry : CATALOGS.processingOperations().all()) {
            if (entry.dpvIri().filter(iri::equals).isPresent()) {
                return entry.code();
            }
        }
        // the second DPV concept of the Art. 4(2) pairs whose catalogue IRI is the first one
        switch (iri) {
            case DPV + "Adapt":
                return ProcessingOperation.ADAPTATION_ALTERATION;
            case DPV + "Align":
                return ProcessingOperation.ALIGNMENT_COMBINATION;
            case DPV + "MakeAvailable":
                return ProcessingOperation.DISSEMINATION_MAKING_AVAILABLE;
            case DPV + "Destruct":
                return ProcessingOperation.ERASURE_DESTRUCTION;
            default:
                throw error(
                        node,
                        HAS_PROCESSING,
                        "<" + iri + "> is not one of the DPV processing operations of Art. 4(2) GDPR: "
                                + CATALOGS.processingOperations().all().stream()
                                        .map(e -> e.dpvIri().orElse(""))
                                        .toList());
        }
    }

    private DataCategory dataCategory(JsonObject node) {
        DataCategory.Builder b = DataCategory.builder();
        optionalString(node, IDENTIFIER).ifPresent(b::id);
        optionalString(node, NOTATION).ifPresent(b::code);
        b.name(requiredText(node, PREF_LABEL));
        text(node, DESCRIPTION).ifPresent(b::description);
        Optional<String> special = optionalString(node, D_SPECIAL_CATEGORY);
        if (special.isPresent()) {
            b.specialCategory(enumValue(node, D_SPECIAL_CATEGORY, SpecialCategory.class, special.get()));
        } else {
            // a graph from another tool: the special category from its DPV type, where DPV names it
            for (var entry : CATALOGS.specialCategories().all()) {
                if (entry.dpvIri().filter(types(node)::contains).isPresent()) {
                    b.specialCategory(entry.code());
                }
            }
        }
        Optional<JsonValue> criminal = optionalValue(node, D_CRIMINAL_OFFENCE_DATA);
        if (criminal.isPresent()) {
            b.criminalOffenceData(bool(node, D_CRIMINAL_OFFENCE_DATA, criminal.get()));
        } else if (types(node).contains(CRIMINAL)) {
            b.criminalOffenceData(true);
        }
        optionalValue(node, D_CONDITIONAL).ifPresent(v -> b.conditional(bool(node, D_CONDITIONAL, v)));
        return b.build();
    }

    private TechnicalOrganisationalMeasure measure(JsonObject node) {
        TechnicalOrganisationalMeasure.Builder b = TechnicalOrganisationalMeasure.builder();
        optionalString(node, IDENTIFIER).ifPresent(b::id);
        optionalString(node, NOTATION).ifPresent(b::code);
        b.description(requiredText(node, DESCRIPTION));
        optionalString(node, D_TOM_CATEGORY)
                .ifPresent(c -> b.category(enumValue(node, D_TOM_CATEGORY, TomCategory.class, c)));
        for (String goal : strings(node, D_PROTECTION_GOAL)) {
            b.addProtectionGoals(enumValue(node, D_PROTECTION_GOAL, ProtectionGoal.class, goal));
        }
        return b.build();
    }

    private List<Location> locations(JsonObject owner) {
        List<Location> out = new ArrayList<>();
        for (JsonObject node : objects(owner, HAS_LOCATION)) {
            Location.Builder b = Location.builder();
            country(node).ifPresent(b::country);
            optionalString(node, D_REGION).ifPresent(r -> b.region(enumValue(node, D_REGION, Region.class, r)));
            optionalString(node, D_LOCATION_KIND)
                    .ifPresent(k -> b.kind(enumValue(node, D_LOCATION_KIND, LocationKind.class, k)));
            optionalValue(node, D_CONDITIONAL).ifPresent(v -> b.conditional(bool(node, D_CONDITIONAL, v)));
            text(node, DESCRIPTION).ifPresent(b::description);
            out.add(build(node, b::build));
        }
        return out;
    }

    private Optional<CountryCode> country(JsonObject node) {
        List<String> refs = refs(node, HAS_COUNTRY);
        if (refs.isEmpty()) {
            return Optional.empty();
        }
        String iri = refs.get(0);
        String code = iri.startsWith(LOC) ? iri.substring(LOC.length()) : "";
        if (refs.size() > 1 || !CountryCode.isValid(code)) {
            throw error(
                    node, HAS_COUNTRY, "expected one country of DPV's LOC extension (" + LOC + "DE), found " + refs);
        }
        return Optional.of(CountryCode.of(code));
    }

    private List<Subprocessor> subprocessors(JsonObject owner) {
        List<Subprocessor> out = new ArrayList<>();
        for (JsonObject node : objects(owner, HAS_RECIPIENT)) {
            Subprocessor.Builder b = Subprocessor.builder();
            optionalString(node, IDENTIFIER).ifPresent(b::id);
            b.name(requiredString(node, HAS_NAME));
            optionalString(node, D_PRODUCT).ifPresent(b::product);
            country(node).ifPresent(b::country);
            text(node, D_SERVICE).ifPresent(b::service);
            for (JsonObject data : objects(node, HAS_PERSONAL_DATA)) {
                b.addDataCategories(requiredString(data, IDENTIFIER));
            }
            b.locations(locations(node));
            optionalObject(node, HAS_LEGAL_BASIS).ifPresent(t -> b.transfer(transfer(t)));
            optionalString(node, D_SINCE).ifPresent(d -> b.since(date(node, D_SINCE, d)));
            b.subprocessors(subprocessors(node));
            out.add(b.build());
        }
        return out;
    }

    private TransferMechanism transfer(JsonObject node) {
        TransferMechanism.Builder b = TransferMechanism.builder();
        Optional<String> type = optionalString(node, D_MECHANISM);
        if (type.isPresent()) {
            b.type(enumValue(node, D_MECHANISM, TransferMechanismType.class, type.get()));
        } else {
            b.type(typeFromClasses(node));
        }
        optionalString(node, D_SCC_MODULE)
                .ifPresent(m -> b.sccModule(enumValue(node, D_SCC_MODULE, SccModule.class, m)));
        Optional<String> derogation = optionalString(node, D_DEROGATION);
        if (derogation.isPresent()) {
            b.derogation(enumValue(node, D_DEROGATION, Art49Derogation.class, derogation.get()));
        } else {
            for (Art49Derogation d : Art49Derogation.values()) {
                if (derogation(d).filter(types(node)::contains).isPresent()) {
                    b.derogation(d);
                }
            }
        }
        optionalString(node, D_REFERENCE).ifPresent(b::reference);
        optionalString(node, D_DATE).ifPresent(d -> b.date(date(node, D_DATE, d)));
        return b.build();
    }

    /** The mechanism of a legal basis written by another tool, from its eu-gdpr class. */
    private TransferMechanismType typeFromClasses(JsonObject node) {
        List<String> types = types(node);
        for (TransferMechanismType t : TransferMechanismType.values()) {
            List<String> classes = mechanismClasses(t);
            if (!classes.isEmpty() && types.contains(classes.get(0))) {
                return t; // the first in declaration order: ADEQUACY_DECISION before the DPF, BCR-C before BCR-P
            }
        }
        for (Art49Derogation d : Art49Derogation.values()) {
            if (derogation(d).filter(types::contains).isPresent()) {
                return TransferMechanismType.DEROGATION_ART_49;
            }
        }
        throw error(
                node,
                "@type",
                "expected a GDPR transfer legal basis (" + EU_GDPR + "A45-3, A46-2-b ... A46-3-b, A49-1-a ... "
                        + "A49-1-g) or " + D_MECHANISM + ", found " + types);
    }

    // ---- access to the flattened graph ----

    private static List<String> types(JsonObject node) {
        JsonArray types = node.getJsonArray("@type");
        if (types == null) {
            return List.of();
        }
        return types.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static List<JsonValue> values(JsonObject node, String property) {
        JsonArray values = node.getJsonArray(property);
        return values == null ? List.of() : values;
    }

    private List<String> refs(JsonObject node, String property) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : values(node, property)) {
            if (!(v instanceof JsonObject o) || !o.containsKey("@id")) {
                throw error(node, property, "expected a reference to a node, found " + v);
            }
            out.add(o.getString("@id"));
        }
        return out;
    }

    private List<JsonObject> objects(JsonObject node, String property) {
        List<JsonObject> out = new ArrayList<>();
        for (String iri : refs(node, property)) {
            JsonObject target = nodes.get(iri);
            out.add(
                    target != null
                            ? target
                            : jakarta.json.Json.createObjectBuilder()
                                    .add("@id", iri)
                                    .build());
        }
        return out;
    }

    private Optional<JsonObject> optionalObject(JsonObject node, String property) {
        List<JsonObject> objects = objects(node, property);
        if (objects.size() > 1) {
            throw error(node, property, "expected at most one node, found " + objects.size());
        }
        return objects.stream().findFirst();
    }

    private Optional<JsonValue> optionalValue(JsonObject node, String property) {
        List<JsonValue> values = values(node, property);
        if (values.size() > 1) {
            throw error(node, property, "expected at most one value, found " + values.size());
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        JsonValue v = values.get(0);
        if (!(v instanceof JsonObject o) || !o.containsKey("@value")) {
            throw error(node, property, "expected a literal value, found " + v);
        }
        return Optional.of(o.get("@value"));
    }

    private List<String> strings(JsonObject node, String property) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : values(node, property)) {
            JsonValue literal = v instanceof JsonObject o ? o.get("@value") : null;
            if (!(literal instanceof JsonString s)) {
                throw error(node, property, "expected a string, found " + v);
            }
            out.add(s.getString());
        }
        return out;
    }

    private Optional<String> optionalString(JsonObject node, String property) {
        List<String> strings = strings(node, property);
        if (strings.size() > 1) {
            throw error(node, property, "expected at most one string, found " + strings);
        }
        return strings.stream().findFirst();
    }

    private String requiredString(JsonObject node, String property) {
        return optionalString(node, property).orElseThrow(() -> error(node, property, "expected a string, found none"));
    }

    private Optional<LocalizedText> text(JsonObject node, String property) {
        Map<String, String> translations = new TreeMap<>();
        for (JsonValue v : values(node, property)) {
            JsonObject o = v instanceof JsonObject obj ? obj : null;
            JsonValue literal = o == null ? null : o.get("@value");
            String language = o == null ? null : o.getString("@language", null);
            if (!(literal instanceof JsonString s) || language == null) {
                throw error(
                        node,
                        property,
                        "expected text with a language tag ({\"@value\": ..., \"@language\": \"de\"}), found " + v);
            }
            if (translations.put(language, s.getString()) != null) {
                throw error(node, property, "expected one text per language, found two in " + language);
            }
        }
        return translations.isEmpty() ? Optional.empty() : Optional.of(LocalizedText.of(translations));
    }

    private LocalizedText requiredText(JsonObject node, String property) {
        return text(node, property)
                .orElseThrow(() -> error(node, property, "expected text with a language tag, found none"));
    }

    private LocalDate date(JsonObject node, String property, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(node, property, "expected an ISO date such as 2026-11-23, found \"" + text + "\"");
        }
    }

    private <E extends Enum<E>> E enumValue(JsonObject node, String property, Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw error(
                    node,
                    property,
                    "expected one of " + Arrays.toString(type.getEnumConstants()) + ", found \"" + name + "\"");
        }
    }

    private static boolean bool(JsonObject node, String property, JsonValue v) {
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            throw error(node, property, "expected true or false, found " + v);
        }
        return v == JsonValue.TRUE;
    }

    /** Builds a value, turning the model's own check of a node's values into an error naming the node. */
    private static <T> T build(JsonObject node, java.util.function.Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new DpvException("<" + node.getString("@id", "?") + ">", String.valueOf(e.getMessage()), e);
        }
    }

    private static DpvException error(JsonObject node, String property, String message) {
        return new DpvException("<" + node.getString("@id", "?") + "> <" + property + ">", message, null);
    }
}
