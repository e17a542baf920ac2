/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.dpv.internal;

import static dev.dpa4j.dpv.internal.Terms.*;

import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.ProcessingDescription;
import dev.dpa4j.model.ProcessingNature;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.catalog.Catalogs;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the DPV graph of an agreement as a JSON-LD tree: one node for the agreement, its parties, one
 * {@code dpv:Process} with what is processed and by whom. Every node has an IRI derived from the agreement's
 * id and the node's position or id, so the output has no blank nodes and is the same for the same agreement;
 * object keys are sorted and arrays keep the model's order.
 */
public final class DpvWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Catalogs CATALOGS = Catalogs.standard();

    private DpvWriter() {}

    /**
     * Returns the JSON-LD document of an agreement.
     *
     * @param agreement the agreement
     * @return the document, with its own context and sorted keys
     */
    public static ObjectNode write(DataProcessingAgreement agreement) {
        Map<String, Object> root = new TreeMap<>();
        Map<String, Object> context = new TreeMap<>();
        PREFIXES.forEach(context::put);
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        root.put("@context", context);
        String base = agreementIri(agreement.getId());
        root.put("@id", base);
        root.put("@type", List.of(compact(DATA_PROCESSING_AGREEMENT)));
        root.put(compact(IDENTIFIER), agreement.getId());
        agreement.getTitle().ifPresent(t -> root.put(compact(TITLE), text(t)));
        List<Object> controllers = new ArrayList<>();
        List<Object> parties = new ArrayList<>();
        for (int i = 0; i < agreement.getControllers().size(); i++) {
            String iri = base + "/controller/" + (i + 1);
            controllers.add(
                    party(iri, DATA_CONTROLLER, agreement.getControllers().get(i)));
            parties.add(ref(iri));
        }
        put(root, HAS_DATA_CONTROLLER, controllers);
        agreement.getProcessor().ifPresent(p -> {
            String iri = base + "/processor";
            root.put(compact(HAS_DATA_PROCESSOR), party(iri, DATA_PROCESSOR, p));
            parties.add(ref(iri));
        });
        put(root, HAS_PARTY, parties);
        List<Subprocessor> subprocessors =
                agreement.getSubprocessing().map(s -> s.getSubprocessors()).orElse(List.of());
        List<TechnicalOrganisationalMeasure> measures =
                agreement.getSecurity().map(s -> s.getMeasures()).orElse(List.of());
        Optional<ProcessingDescription> processing = agreement.getProcessing();
        if (processing.isPresent() || !subprocessors.isEmpty() || !measures.isEmpty()) {
            root.put(
                    compact(HAS_PROCESS),
                    process(
                            base,
                            processing.orElse(ProcessingDescription.builder().build()),
                            measures,
                            subprocessors));
        }
        return (ObjectNode) toJson(root);
    }

    static String agreementIri(String id) {
        return "urn:dpa4j:agreement:" + encode(id);
    }

    private static Map<String, Object> process(
            String base,
            ProcessingDescription p,
            List<TechnicalOrganisationalMeasure> measures,
            List<Subprocessor> subprocessors) {
        Map<String, Object> node = node(base + "/process", PROCESS);
        p.getSubjectMatter().ifPresent(t -> node.put(compact(DESCRIPTION), text(t)));
        // the operations as DPV concepts on the process, and each element of the nature with its wording in
        // order as a dpa4j node (DPV has no place for the wording of one operation)
        List<Object> operations = new ArrayList<>();
        List<Object> natures = new ArrayList<>();
        for (int i = 0; i < p.getNature().size(); i++) {
            ProcessingNature nature = p.getNature().get(i);
            Map<String, Object> n = new TreeMap<>();
            n.put("@id", base + "/process/nature/" + (i + 1));
            nature.getOperation()
                    .flatMap(op -> CATALOGS.processingOperations().require(op).dpvIri())
                    .ifPresent(iri -> {
                        if (!operations.contains(ref(compact(iri)))) {
                            operations.add(ref(compact(iri)));
                        }
                        n.put(compact(HAS_PROCESSING), ref(compact(iri)));
                    });
            nature.getDescription().ifPresent(d -> n.put(compact(DESCRIPTION), text(d)));
            natures.add(n);
        }
        put(node, HAS_PROCESSING, operations);
        put(node, D_NATURE, natures);
        List<Object> purposes = new ArrayList<>();
        for (int i = 0; i < p.getPurposes().size(); i++) {
            Purpose purpose = p.getPurposes().get(i);
            Map<String, Object> n = node(base + "/purpose/" + (i + 1), PURPOSE);
            purpose.getCode().ifPresent(c -> n.put(compact(NOTATION), c));
            n.put(compact(DESCRIPTION), text(purpose.getDescription()));
            purposes.add(n);
        }
        put(node, HAS_PURPOSE, purposes);
        List<Object> data = new ArrayList<>();
        for (int i = 0; i < p.getDataCategories().size(); i++) {
            data.add(dataCategory(base, i, p.getDataCategories().get(i)));
        }
        put(node, HAS_PERSONAL_DATA, data);
        List<Object> subjects = new ArrayList<>();
        for (int i = 0; i < p.getDataSubjects().size(); i++) {
            subjects.add(dataSubject(base, i, p.getDataSubjects().get(i)));
        }
        put(node, HAS_DATA_SUBJECT, subjects);
        put(node, HAS_LOCATION, locations(base + "/process/location/", p.getLocations()));
        List<Object> toms = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            toms.add(measure(base, i, measures.get(i)));
        }
        put(node, HAS_TOM, toms);
        put(node, HAS_RECIPIENT, subprocessors(base, base + "/subprocessor/", subprocessors));
        return node;
    }

    private static Map<String, Object> party(String iri, String role, Party party) {
        Map<String, Object> node = node(iri, role);
        party.getId().ifPresent(id -> node.put(compact(IDENTIFIER), id));
        party.getName().ifPresent(n -> node.put(compact(HAS_NAME), n));
        party.getDescription().ifPresent(d -> node.put(compact(DESCRIPTION), text(d)));
        return node;
    }

    private static Map<String, Object> dataCategory(String base, int index, DataCategory category) {
        Map<String, Object> node = new TreeMap<>();
        node.put("@id", dataCategoryIri(base, category.getId(), index));
        List<String> types = new ArrayList<>();
        types.add(compact(PERSONAL_DATA));
        category.getCode()
                .flatMap(code -> CATALOGS.dataCategories().find(code))
                .flatMap(e -> e.dpvIri())
                .ifPresent(iri -> types.add(compact(iri)));
        category.getSpecialCategory().filter(s -> s != SpecialCategory.NONE).ifPresent(s -> {
            types.add(compact(SPECIAL_CATEGORY_PERSONAL_DATA));
            CATALOGS.specialCategories().require(s).dpvIri().ifPresent(iri -> types.add(compact(iri)));
        });
        if (category.getCriminalOffenceData().orElse(false)) {
            types.add(compact(CRIMINAL));
        }
        node.put("@type", types.stream().distinct().toList());
        category.getId().ifPresent(id -> node.put(compact(IDENTIFIER), id));
        category.getCode().ifPresent(c -> node.put(compact(NOTATION), c));
        node.put(compact(PREF_LABEL), text(category.getName()));
        category.getDescription().ifPresent(d -> node.put(compact(DESCRIPTION), text(d)));
        category.getSpecialCategory().ifPresent(s -> node.put(compact(D_SPECIAL_CATEGORY), s.name()));
        category.getCriminalOffenceData().ifPresent(c -> node.put(compact(D_CRIMINAL_OFFENCE_DATA), c));
        if (category.isConditional()) {
            node.put(compact(D_CONDITIONAL), true);
        }
        return node;
    }

    private static String dataCategoryIri(String base, Optional<String> id, int index) {
        return id.map(i -> base + "/data/" + encode(i)).orElse(base + "/data-" + (index + 1));
    }

    private static Map<String, Object> dataSubject(String base, int index, DataSubjectCategory subject) {
        Map<String, Object> node = new TreeMap<>();
        node.put("@id", base + "/subject/" + (index + 1));
        List<String> types = new ArrayList<>();
        types.add(compact(DATA_SUBJECT));
        subject.getCode()
                .flatMap(code -> CATALOGS.dataSubjects().find(code))
                .flatMap(e -> e.dpvIri())
                .ifPresent(iri -> types.add(compact(iri)));
        node.put("@type", types.stream().distinct().toList());
        subject.getId().ifPresent(id -> node.put(compact(IDENTIFIER), id));
        subject.getCode().ifPresent(c -> node.put(compact(NOTATION), c));
        node.put(compact(PREF_LABEL), text(subject.getName()));
        subject.getDescription().ifPresent(d -> node.put(compact(DESCRIPTION), text(d)));
        return node;
    }

    private static Map<String, Object> measure(String base, int index, TechnicalOrganisationalMeasure measure) {
        Map<String, Object> node = new TreeMap<>();
        node.put("@id", base + "/measure/" + (index + 1));
        List<String> types = new ArrayList<>();
        types.add(compact(TOM));
        measure.getCode()
                .flatMap(code -> CATALOGS.measures().find(code))
                .flatMap(e -> e.dpvIri())
                .ifPresent(iri -> types.add(compact(iri)));
        node.put("@type", types.stream().distinct().toList());
        measure.getId().ifPresent(id -> node.put(compact(IDENTIFIER), id));
        measure.getCode().ifPresent(c -> node.put(compact(NOTATION), c));
        node.put(compact(DESCRIPTION), text(measure.getDescription()));
        measure.getCategory().ifPresent(c -> node.put(compact(D_TOM_CATEGORY), c.name()));
        if (!measure.getProtectionGoals().isEmpty()) {
            node.put(
                    compact(D_PROTECTION_GOAL),
                    measure.getProtectionGoals().stream()
                            .map(ProtectionGoal::name)
                            .toList());
        }
        return node;
    }

    private static List<Object> locations(String prefix, List<Location> locations) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            Location location = locations.get(i);
            Map<String, Object> node = node(prefix + (i + 1), LOCATION);
            location.getCountry().ifPresent(c -> node.put(compact(HAS_COUNTRY), ref(compact(LOC + c.getCode()))));
            location.getRegion().ifPresent(r -> node.put(compact(D_REGION), r.name()));
            node.put(compact(D_LOCATION_KIND), location.getKind().name());
            if (location.isConditional()) {
                node.put(compact(D_CONDITIONAL), true);
            }
            location.getDescription().ifPresent(d -> node.put(compact(DESCRIPTION), text(d)));
            out.add(node);
        }
        return out;
    }

    private static List<Object> subprocessors(String base, String prefix, List<Subprocessor> subprocessors) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < subprocessors.size(); i++) {
            Subprocessor s = subprocessors.get(i);
            String iri = prefix + (i + 1);
            Map<String, Object> node = new TreeMap<>();
            node.put("@id", iri);
            node.put("@type", List.of(compact(DATA_PROCESSOR), compact(DATA_SUB_PROCESSOR)));
            s.getId().ifPresent(id -> node.put(compact(IDENTIFIER), id));
            node.put(compact(HAS_NAME), s.getName());
            s.getProduct().ifPresent(p -> node.put(compact(D_PRODUCT), p));
            s.getCountry().ifPresent(c -> node.put(compact(HAS_COUNTRY), ref(compact(LOC + c.getCode()))));
            s.getService().ifPresent(t -> node.put(compact(D_SERVICE), text(t)));
            List<Object> data = new ArrayList<>();
            for (String category : s.getDataCategories()) {
                Map<String, Object> r = new TreeMap<>();
                r.put("@id", dataCategoryIri(base, Optional.of(category), -1));
                r.put(compact(IDENTIFIER), category);
                data.add(r);
            }
            put(node, HAS_PERSONAL_DATA, data);
            put(node, HAS_LOCATION, locations(iri + "/location/", s.getLocations()));
            s.getTransfer().ifPresent(t -> node.put(compact(HAS_LEGAL_BASIS), transfer(iri + "/transfer", t)));
            s.getSince().ifPresent(d -> node.put(compact(D_SINCE), date(d)));
            put(node, HAS_RECIPIENT, subprocessors(base, iri + "/subprocessor/", s.getSubprocessors()));
            out.add(node);
        }
        return out;
    }

    private static Map<String, Object> transfer(String iri, TransferMechanism t) {
        Map<String, Object> node = new TreeMap<>();
        node.put("@id", iri);
        List<String> types = new ArrayList<>();
        types.add(compact(LEGAL_BASIS));
        mechanismClasses(t.getType()).forEach(c -> types.add(compact(c)));
        t.getDerogation().flatMap(Terms::derogation).ifPresent(c -> types.add(compact(c)));
        node.put("@type", types);
        node.put(compact(D_MECHANISM), t.getType().name());
        t.getSccModule().ifPresent(m -> node.put(compact(D_SCC_MODULE), m.name()));
        t.getDerogation().ifPresent(d -> node.put(compact(D_DEROGATION), d.name()));
        t.getReference().ifPresent(r -> node.put(compact(D_REFERENCE), r));
        t.getDate().ifPresent(d -> node.put(compact(D_DATE), date(d)));
        return node;
    }

    private static Map<String, Object> node(String iri, String type) {
        Map<String, Object> node = new TreeMap<>();
        node.put("@id", iri);
        node.put("@type", List.of(compact(type)));
        return node;
    }

    private static void put(Map<String, Object> node, String property, List<Object> values) {
        if (!values.isEmpty()) {
            node.put(compact(property), values);
        }
    }

    private static Map<String, Object> ref(String iri) {
        return Map.of("@id", iri);
    }

    private static List<Object> text(LocalizedText text) {
        List<Object> values = new ArrayList<>();
        text.getTranslations().forEach((language, value) -> {
            Map<String, Object> v = new TreeMap<>();
            v.put("@language", language);
            v.put("@value", value);
            values.add(v);
        });
        return values;
    }

    private static Map<String, Object> date(LocalDate date) {
        Map<String, Object> v = new TreeMap<>();
        v.put("@type", "xsd:date");
        v.put("@value", date.toString());
        return v;
    }

    /** Returns the compact form of an IRI in one of the context's namespaces. */
    static String compact(String iri) {
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            if (iri.startsWith(prefix.getValue())
                    && iri.length() > prefix.getValue().length()) {
                return prefix.getKey() + ":" + iri.substring(prefix.getValue().length());
            }
        }
        return iri;
    }

    /** Percent-encodes every byte of the UTF-8 form except the unreserved characters of RFC 3986. */
    static String encode(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static JsonNode toJson(Object value) {
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = F.objectNode();
            new TreeMap<>((Map<String, Object>) map).forEach((k, v) -> node.set(k, toJson(v)));
            return node;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = F.arrayNode();
            list.forEach(v -> array.add(toJson(v)));
            return array;
        }
        if (value instanceof Boolean b) {
            return F.booleanNode(b);
        }
        return F.stringNode((String) value);
    }
}
