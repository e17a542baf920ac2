/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import dev.dpa4j.model.DataProcessingAgreement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strict reader as it was before the one-pass reader: a located tree, the schema checked on the
 * tree by {@link SchemaCheck}, then the tree bound to the model. Kept in the test jar as the
 * reference the equivalence tests compare {@link DpaJson#read(String)} with, and as the "before"
 * of the reader benchmark. Not part of the library.
 */
public final class TreeCheckingReader {

    private static final JsonMapper READER = DpaJson.mapper()
            .rebuild()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    private static final SchemaCheck CHECK = new SchemaCheck(READER.readTree(schemaText()));

    private TreeCheckingReader() {}

    /**
     * Reads as the reader before the one-pass reader did.
     *
     * @param json the document
     * @return the agreement
     * @throws DpaJsonException listing the problems
     */
    public static DataProcessingAgreement read(String json) {
        LocatedProblems problems = new LocatedProblems();
        JsonNode tree;
        try (JsonParser parser = READER.createParser(json)) {
            tree = LocatingTreeReader.read(parser, problems).orElse(null);
        }
        if (tree == null) {
            throw new DpaJsonException(problems.list());
        }
        CHECK.check(tree, problems);
        if (!problems.isEmpty()) {
            throw new DpaJsonException(problems.list());
        }
        try {
            return READER.treeToValue(tree, DataProcessingAgreement.class);
        } catch (JacksonException e) {
            problems.atValue(
                    "", "The model rejected the document: " + e.getOriginalMessage(), "a value the model accepts");
            throw new DpaJsonException(problems.list(), e);
        } catch (RuntimeException e) {
            problems.atValue("", "The model rejected the document: " + e, "a value the model accepts");
            throw new DpaJsonException(problems.list(), e);
        }
    }

    /**
     * Checks a document against the schema the way the tree reader did, without binding.
     *
     * @param json the document
     * @return the problems of the parse and the schema check; empty if the document passes both
     */
    static List<JsonProblem> schemaProblems(String json) {
        LocatedProblems problems = new LocatedProblems();
        JsonNode tree;
        try (JsonParser parser = READER.createParser(json)) {
            tree = LocatingTreeReader.read(parser, problems).orElse(null);
        } catch (RuntimeException e) {
            // D1: the tree reader let NumberFormatException escape; count it as a rejection
            return List.of(new JsonProblem("", 1, 1, "tree reader failed: " + e, "-"));
        }
        if (tree != null) {
            CHECK.check(tree, problems);
        }
        return problems.list();
    }

    private static String schemaText() {
        try (InputStream in = DpaJson.class.getResourceAsStream("dpa-agreement.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
