/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.Element;
import dev.dpa4j.importer.ElementResult;
import dev.dpa4j.importer.Fact;
import dev.dpa4j.importer.Note;
import dev.dpa4j.importer.RequirementResult;
import dev.dpa4j.importer.SourceSpan;
import java.util.List;

/**
 * What the extractor produced: the draft as JSON text (read by the strict reader afterwards), the facts with
 * their sources, and the per-element results.
 *
 * @param json the draft agreement in the dpa4j JSON format
 * @param facts the facts, in extraction order
 * @param elements one result per {@link Element}, in enum order
 * @param language the detected language, {@code de} or {@code en}
 * @param sectionSpans the spans of the document's sections, to point at when nothing more precise exists
 * @param completeness one result per requirement of the completeness table, in enum order
 * @param notes the sentences on terms the model does not type
 * @param warnings what the importer warns of: a document imported on its title alone, with few elements found
 */
public record Extraction(
        String json,
        List<Fact> facts,
        List<ElementResult> elements,
        String language,
        List<SourceSpan> sectionSpans,
        List<RequirementResult> completeness,
        List<Note> notes,
        List<String> warnings) {

    /**
     * Copies the lists.
     *
     * @param json the draft
     * @param facts the facts
     * @param elements the element results
     * @param language the language
     * @param sectionSpans the section spans
     * @param completeness the requirement results
     * @param notes the notes
     * @param warnings the warnings
     */
    public Extraction {
        facts = List.copyOf(facts);
        elements = List.copyOf(elements);
        sectionSpans = List.copyOf(sectionSpans);
        completeness = List.copyOf(completeness);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }
}
