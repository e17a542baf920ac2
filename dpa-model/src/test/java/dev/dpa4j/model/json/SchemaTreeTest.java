/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema's tree, read without a mapper, is the tree a mapper's {@code readTree} gives, from the text as from its
 * UTF-8 bytes (which the reader compiles the schema from).
 */
class SchemaTreeTest {

    private static final JsonMapper MAPPER = DpaJson.mapper();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\": [1, 2147483648, 92233720368547758070, 0.5, -1e3], \"b\": {\"c\": true, \"d\": false},"
                        + " \"e\": null, \"f\": \"text\", \"g\": [], \"h\": {}}",
                "[[], [{}], \"x\"]",
                "7",
            })
    void should_give_the_tree_readTree_gives_when_a_document_has_every_kind_of_token(String json) {
        // when
        JsonNode tree = SchemaTree.read(JsonFactory.builder().build(), json);

        // then
        assertThat(tree).isEqualTo(MAPPER.readTree(json));
        assertThat(tree.toString()).isEqualTo(MAPPER.readTree(json).toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\": [1, 2147483648, 92233720368547758070, 0.5, -1e3], \"b\": {\"c\": true, \"d\": false},"
                        + " \"e\": null, \"f\": \"text \u201equoted\u201c \u00a7 28\", \"g\": [], \"h\": {}}",
                "[[], [{}], \"x\"]",
                "7",
            })
    void should_give_the_tree_of_the_text_when_a_document_is_read_from_its_bytes(String json) {
        // when
        JsonNode tree = SchemaTree.read(JsonFactory.builder().build(), json.getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(tree).isEqualTo(SchemaTree.read(JsonFactory.builder().build(), json));
        assertThat(tree.toString()).isEqualTo(MAPPER.readTree(json).toString());
    }

    @org.junit.jupiter.api.Test
    void should_give_the_tree_readTree_gives_when_the_schema_of_the_format_is_read_from_its_bytes() {
        // when
        JsonNode tree =
                SchemaTree.read(JsonFactory.builder().build(), DpaJson.schema().getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(tree).isEqualTo(MAPPER.readTree(DpaJson.schema()));
        assertThat(tree).isEqualTo(SchemaTree.read(JsonFactory.builder().build(), DpaJson.schema()));
    }

    @org.junit.jupiter.api.Test
    void should_give_the_tree_readTree_gives_when_the_schema_of_the_format_is_read() {
        // when
        JsonNode tree = SchemaTree.read(JsonFactory.builder().build(), DpaJson.schema());

        // then
        assertThat(tree).isEqualTo(MAPPER.readTree(DpaJson.schema()));
        assertThat(tree.path("$defs").size()).isGreaterThan(40);
    }
}
