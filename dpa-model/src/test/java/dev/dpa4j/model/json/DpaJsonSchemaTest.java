/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(InstancioExtension.class)
class DpaJsonSchemaTest {

    /**
     * A draft 2020-12 registry of networknt's validator whose messages are in the given language. The tests set it
     * to English: networknt otherwise takes the JVM's default locale, which the build sets to Turkish for its tests
     * (pom.xml), so that a failing test would explain itself in Turkish.
     */
    static SchemaRegistry registry(Locale messages) {
        return SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().locale(messages).build()));
    }

    /** An independent draft 2020-12 validator over the committed schema, with English messages. */
    static final Schema VALIDATOR = registry(Locale.ENGLISH).getSchema(DpaJson.schema(), InputFormat.JSON);

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void should_match_committed_schema_when_model_is_regenerated() throws IOException {
        // given
        String generated = SchemaGenerator.generate();

        // when
        if (Boolean.getBoolean("dpa.schema.update")) {
            Files.writeString(SchemaGenerator.COMMITTED, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(SchemaGenerator.COMMITTED, StandardCharsets.UTF_8);

        // then
        if (!committed.equals(generated)) {
            fail("The committed JSON Schema " + SchemaGenerator.COMMITTED
                    + " is out of date with the model. Regenerate it with\n"
                    + "  ./mvnw -pl dpa-model -am test -Dtest=DpaJsonSchemaTest -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -Ddpa.schema.update=true\n"
                    + "then review the diff and commit it.");
        }
    }

    @Test
    void should_serve_committed_schema_when_schema_is_requested() throws IOException {
        // given
        String committed = Files.readString(SchemaGenerator.COMMITTED, StandardCharsets.UTF_8);

        // when
        String served = DpaJson.schema();

        // then
        assertThat(served).isEqualTo(committed);
    }

    @Test
    void should_be_valid_draft_2020_12_when_checked_against_meta_schema() {
        // given
        Schema metaSchema =
                registry(Locale.ENGLISH).getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        // when
        List<Error> errors = metaSchema.validate(PLAIN.readTree(DpaJson.schema()));

        // then
        assertThat(errors).isEmpty();
    }

    @Test
    void should_describe_format_when_schema_is_read() {
        // given
        JsonNode schema = PLAIN.readTree(DpaJson.schema());

        // when
        JsonNode defs = schema.get("$defs");

        // then
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).startsWith("https://");
        assertThat(schema.get("title").asString()).contains("1.0");
        assertThat(schema.at("/properties/schemaVersion/const").asString()).isEqualTo("1.0");
        assertThat(schema.get("required")).extracting(JsonNode::asString).contains("id", "schemaVersion");
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(defs.at("/Subprocessor/required"))
                .extracting(JsonNode::asString)
                .containsExactly("name");
        assertThat(defs.at("/Subprocessor/additionalProperties").asBoolean(true))
                .isFalse();
        assertThat(defs.at("/Subprocessor/properties/subprocessors/items/$ref").asString())
                .isEqualTo("#/$defs/Subprocessor");
        assertThat(defs.at("/Subprocessor/properties/since/format").asString()).isEqualTo("date");
        assertThat(defs.at("/CountryCode/enum")).hasSize(249);
        assertThat(defs.at("/LocalizedText/propertyNames/pattern").asString()).isNotEmpty();
        assertThat(defs.at("/LocalizedText/additionalProperties/type").asString())
                .isEqualTo("string");
        assertThat(defs.at("/AgreementStatus/enum"))
                .extracting(JsonNode::asString)
                .containsExactly("TEMPLATE", "DRAFT", "EXECUTED", "IMPORTED");
        assertThat(defs.at("/TimePeriod/properties/amount/minimum").asInt()).isZero();
        assertThat(defs.at("/Location/anyOf")).hasSize(3);
        assertThat(schema.at("/properties/processor/description").asString()).isEqualTo("The processor, if stated.");
    }

    @Test
    void should_give_every_model_attribute_a_property_when_schema_is_generated() {
        // given
        JsonNode schema = PLAIN.readTree(DpaJson.schema());

        for (Class<?> model : SchemaGenerator.modelTypes()) {
            // when
            JsonNode definition = model == DataProcessingAgreement.class
                    ? schema
                    : schema.get("$defs").get(model.getSimpleName());

            // then
            assertThat(definition).as(model.getSimpleName()).isNotNull();
            assertThat(definition.get("properties").propertyNames())
                    .as(model.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(SchemaGenerator.attributes(model).stream()
                            .map(SchemaGenerator.Attribute::name)
                            .toList());
            assertThat(definition.get("description")).as(model.getSimpleName()).isNotNull();
        }
    }

    @RepeatedTest(100)
    void should_validate_against_schema_when_agreement_is_generated() {
        // given
        long seed = Instancio.create(Long.class);
        DataProcessingAgreement agreement = AgreementGenerator.agreement(seed);

        // when
        List<Error> errors = VALIDATOR.validate(PLAIN.readTree(DpaJson.write(agreement)));

        // then
        assertThat(errors).as("seed %d", seed).isEmpty();
    }

    @Test
    void should_explain_schema_errors_in_the_language_configured_for_networknt_not_the_jvm_default() {
        // given: a document without its required fields; two registries that differ only in their message locale
        String missing = "{}";
        Schema english = registry(Locale.ENGLISH).getSchema(DpaJson.schema(), InputFormat.JSON);
        Schema turkish = registry(Locale.forLanguageTag("tr")).getSchema(DpaJson.schema(), InputFormat.JSON);

        // when
        String inEnglish = english.validate(missing, InputFormat.JSON).toString();
        String inTurkish = turkish.validate(missing, InputFormat.JSON).toString();
        String shared = VALIDATOR.validate(missing, InputFormat.JSON).toString();

        // then: the configuration decides, whatever the JVM's default (Turkish under the build's surefire)
        assertThat(inEnglish).contains("required property");
        assertThat(inTurkish).isNotEqualTo(inEnglish).doesNotContain("required property");
        assertThat(shared).isEqualTo(inEnglish);
    }
}
