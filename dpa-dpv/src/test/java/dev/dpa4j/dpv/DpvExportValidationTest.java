/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.dpv;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.model.json.DpaJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the export with two JSON-LD processors (Titanium expansion and Apache Jena's parser) and with SHACL
 * shapes of our own for its structure (Jena SHACL). Every DPV term the export uses must be one of the terms
 * checked against the DPV 2.3 release (listed in docs/dpv.md).
 */
class DpvExportValidationTest {

    /** The DPV 2.3 terms the export may use: each one was looked up in the DPV 2.3 release files. */
    static final Set<String> VERIFIED_DPV_TERMS = Set.of(
            // core classes
            "https://w3id.org/dpv#DataProcessingAgreement",
            "https://w3id.org/dpv#DataController",
            "https://w3id.org/dpv#DataProcessor",
            "https://w3id.org/dpv#DataSubProcessor",
            "https://w3id.org/dpv#Process",
            "https://w3id.org/dpv#Purpose",
            "https://w3id.org/dpv#PersonalData",
            "https://w3id.org/dpv#SpecialCategoryPersonalData",
            "https://w3id.org/dpv#DataSubject",
            "https://w3id.org/dpv#TechnicalOrganisationalMeasure",
            "https://w3id.org/dpv#Location",
            "https://w3id.org/dpv#LegalBasis",
            // core properties
            "https://w3id.org/dpv#hasDataController",
            "https://w3id.org/dpv#hasDataProcessor",
            "https://w3id.org/dpv#hasParty",
            "https://w3id.org/dpv#hasProcess",
            "https://w3id.org/dpv#hasProcessing",
            "https://w3id.org/dpv#hasPurpose",
            "https://w3id.org/dpv#hasPersonalData",
            "https://w3id.org/dpv#hasDataSubject",
            "https://w3id.org/dpv#hasTechnicalOrganisationalMeasure",
            "https://w3id.org/dpv#hasRecipient",
            "https://w3id.org/dpv#hasLocation",
            "https://w3id.org/dpv#hasCountry",
            "https://w3id.org/dpv#hasName",
            "https://w3id.org/dpv#hasLegalBasis",
            // eu-gdpr transfer legal bases and tools
            "https://w3id.org/dpv/legal/eu/gdpr#A45-3",
            "https://w3id.org/dpv/legal/eu/gdpr#A46-2-a",
            "https://w3id.org/dpv/legal/eu/gdpr#A46-2-b",
            "https://w3id.org/dpv/legal/eu/gdpr#A46-2-c",
            "https://w3id.org/dpv/legal/eu/gdpr#A46-2-d",
            "https://w3id.org/dpv/legal/eu/gdpr#A46-2-e",
            "https://w3id.org/dpv/legal/eu/gdpr#A46-2-f",
            "https://w3id.org/dpv/legal/eu/gdpr#A46-3-a",
            "https://w3id.org/dpv/legal/eu/gdpr#A46-3-b",
            "https://w3id.org/dpv/legal/eu/gdpr#A49-1-a",
            "https://w3id.org/dpv/legal/eu/gdpr#A49-1-b",
            "https://w3id.org/dpv/legal/eu/gdpr#A49-1-c",
            "https://w3id.org/dpv/legal/eu/gdpr#A49-1-d",
            "https://w3id.org/dpv/legal/eu/gdpr#A49-1-e",
            "https://w3id.org/dpv/legal/eu/gdpr#A49-1-f",
            "https://w3id.org/dpv/legal/eu/gdpr#A49-1-g",
            "https://w3id.org/dpv/legal/eu/gdpr#SCCByCommission",
            "https://w3id.org/dpv/legal/eu/gdpr#SCCBySupervisoryAuthority",
            "https://w3id.org/dpv/legal/eu/gdpr#BindingCorporateRules",
            "https://w3id.org/dpv/legal/eu/gdpr#CodesOfConductForDataTransfers",
            "https://w3id.org/dpv/legal/eu/gdpr#CertificationMechanismsForDataTransfers",
            "https://w3id.org/dpv/legal/eu/gdpr#AdHocContractualClauses",
            "https://w3id.org/dpv/pd#Criminal");

    static Set<Path> examples() throws IOException {
        return new TreeSet<>(DpvRoundTripTest.examples().toList());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void should_expand_with_titanium_into_known_terms_only(Path example) throws Exception {
        // given
        String jsonld = DpvJsonLd.write(DpaJson.read(example));
        // when
        JsonArray expanded =
                JsonLd.expand(JsonDocument.of(new StringReader(jsonld))).get();
        // then
        Set<String> iris = new TreeSet<>();
        collectIris(expanded, iris);
        assertThat(iris).isNotEmpty();
        for (String iri : iris) {
            if (iri.startsWith("https://w3id.org/dpv#") || iri.startsWith("https://w3id.org/dpv/legal/")) {
                assertThat(iri).as("DPV term used by the export").isIn(knownTerms());
            } else if (iri.startsWith("https://w3id.org/dpv/pd#")) {
                assertThat(iri).matches("https://w3id.org/dpv/pd#[A-Z][A-Za-z]+");
            } else if (iri.startsWith("https://w3id.org/dpv/loc#")) {
                assertThat(iri).matches("https://w3id.org/dpv/loc#[A-Z]{2}");
            } else {
                assertThat(iri)
                        .as("an IRI outside DPV")
                        .matches("(urn:dpa4j:.*|http://purl\\.org/dc/terms/(identifier|title|description)"
                                + "|http://www\\.w3\\.org/2004/02/skos/core#(prefLabel|notation)"
                                + "|http://www\\.w3\\.org/2001/XMLSchema#date)");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void should_conform_to_the_shapes_when_jena_reads_the_export(Path example) {
        // given
        Model data = jena(DpvJsonLd.write(DpaJson.read(example)));
        // when
        ValidationReport report = ShaclValidator.get().validate(shapes(), data.getGraph());
        // then
        assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
        assertThat(data.listSubjectsWithProperty(
                                RDF.type, data.createResource("https://w3id.org/dpv#DataProcessingAgreement"))
                        .toList())
                .hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void should_violate_the_shapes_when_a_sub_processor_has_no_name(Path example) {
        // given an export whose sub-processors lost their names
        Model data = jena(DpvJsonLd.write(DpaJson.read(example)));
        Property hasName = data.createProperty("https://w3id.org/dpv#hasName");
        Resource sub = data.createResource("https://w3id.org/dpv#DataSubProcessor");
        var subprocessors = data.listSubjectsWithProperty(RDF.type, sub).toList();
        for (Resource s : subprocessors) {
            for (Statement st : s.listProperties(hasName).toList()) {
                data.remove(st);
            }
        }
        // when
        ValidationReport report = ShaclValidator.get().validate(shapes(), data.getGraph());
        // then: one violation per sub-processor, none where there are none
        assertThat(report.getEntries()).hasSize(subprocessors.size());
        assertThat(report.conforms()).isEqualTo(subprocessors.isEmpty());
    }

    /** The verified terms of the mapping and the DPV IRIs of the reference catalogues (checked against 2.3). */
    private static Set<String> knownTerms() {
        Set<String> known = new TreeSet<>(VERIFIED_DPV_TERMS);
        Catalogs catalogs = Catalogs.standard();
        catalogs.processingOperations().all().forEach(e -> e.dpvIri().ifPresent(known::add));
        catalogs.dataCategories().all().forEach(e -> e.dpvIri().ifPresent(known::add));
        catalogs.dataSubjects().all().forEach(e -> e.dpvIri().ifPresent(known::add));
        catalogs.measures().all().forEach(e -> e.dpvIri().ifPresent(known::add));
        catalogs.specialCategories().all().forEach(e -> e.dpvIri().ifPresent(known::add));
        return known;
    }

    private static Model jena(String jsonld) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld, Lang.JSONLD).parse(model);
        return model;
    }

    private static Graph shapesGraph() {
        try (InputStream in = DpvExportValidationTest.class.getResourceAsStream("dpa4j-dpv-shapes.ttl")) {
            Model model = ModelFactory.createDefaultModel();
            RDFDataMgr.read(model, in, Lang.TURTLE);
            return model.getGraph();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Shapes shapes() {
        return Shapes.parse(shapesGraph());
    }

    private static void collectIris(JsonValue value, Set<String> iris) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collectIris(v, iris));
        } else if (value instanceof JsonObject object) {
            for (var e : object.entrySet()) {
                if (e.getKey().equals("@id") && e.getValue() instanceof JsonString s) {
                    iris.add(s.getString());
                } else if (e.getKey().equals("@type")) {
                    if (e.getValue() instanceof JsonString s) {
                        iris.add(s.getString());
                    } else {
                        e.getValue().asJsonArray().forEach(t -> iris.add(((JsonString) t).getString()));
                    }
                } else if (!e.getKey().startsWith("@")) {
                    iris.add(e.getKey());
                    collectIris(e.getValue(), iris);
                } else {
                    collectIris(e.getValue(), iris);
                }
            }
        }
    }
}
