/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import dev.dpa4j.model.DataProcessingAgreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of importing one document: the draft agreement (status {@code IMPORTED}), the extraction report
 * per element and the provenance of every fact. Immutable.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class ImportResult {

    private final String sourceName;
    private final SourceFormat format;
    private final String language;
    private final String text;
    private final DataProcessingAgreement draft;
    private final List<ElementResult> elements;
    private final List<Fact> facts;
    private final List<SourceSpan> sections;
    private final List<RequirementResult> completeness;
    private final List<Note> notes;
    private final List<String> warnings;

    /**
     * Creates a result; used by {@link DpaImporter}.
     *
     * @param sourceName the document's name
     * @param format its format
     * @param language the detected language
     * @param text the normalised text the spans point into
     * @param draft the draft agreement
     * @param elements one result per element
     * @param facts the facts with their sources
     * @param sections the spans of the document's sections
     * @param completeness one result per requirement
     * @param notes the sentences on terms the model does not type
     * @param warnings what the importer warns of
     */
    ImportResult(
            String sourceName,
            SourceFormat format,
            String language,
            String text,
            DataProcessingAgreement draft,
            List<ElementResult> elements,
            List<Fact> facts,
            List<SourceSpan> sections,
            List<RequirementResult> completeness,
            List<Note> notes,
            List<String> warnings) {
        this.sourceName = Objects.requireNonNull(sourceName);
        this.format = Objects.requireNonNull(format);
        this.language = Objects.requireNonNull(language);
        this.text = Objects.requireNonNull(text);
        this.draft = Objects.requireNonNull(draft);
        this.elements = List.copyOf(elements);
        this.facts = List.copyOf(facts);
        this.sections = List.copyOf(sections);
        this.completeness = List.copyOf(completeness);
        this.notes = List.copyOf(notes);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Returns the name of the imported document.
     *
     * @return the name, for example the file name
     */
    public String getSourceName() {
        return sourceName;
    }

    /**
     * Returns the document's format.
     *
     * @return the format
     */
    public SourceFormat getFormat() {
        return format;
    }

    /**
     * Returns the detected language of the document.
     *
     * @return {@code de} or {@code en}
     */
    public String getLanguage() {
        return language;
    }

    /**
     * Returns the normalised text of the document, into which every {@link SourceSpan} points: blocks
     * (headings, paragraphs, list items, table rows) separated by a line feed, cells of a row by a tab.
     *
     * @return the text
     */
    public String getText() {
        return text;
    }

    /**
     * Returns the draft agreement, with status {@code IMPORTED}.
     *
     * @return the draft
     */
    public DataProcessingAgreement getDraft() {
        return draft;
    }

    /**
     * Returns the extraction report: one result per {@link Element}, in the enum's order.
     *
     * @return the element results
     */
    public List<ElementResult> getElements() {
        return elements;
    }

    /**
     * Returns the result for one element.
     *
     * @param element the element
     * @return its result
     */
    public ElementResult getElement(Element element) {
        for (ElementResult e : elements) {
            if (e.element() == element) {
                return e;
            }
        }
        throw new IllegalArgumentException("no result for " + element);
    }

    /**
     * Returns every fact the importer put into the draft, with its source.
     *
     * @return the facts, in extraction order
     */
    public List<Fact> getFacts() {
        return facts;
    }

    /**
     * Returns the facts at a model path or below it.
     *
     * @param path a model path, for example {@code subprocessing.subprocessors}
     * @return the facts whose path is {@code path} or starts with it followed by {@code .} or {@code [}
     */
    public List<Fact> getFacts(String path) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (under(f.path(), path)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Returns whether the importer read a fact at a model path or below it. A finding on a path it did not read
     * may mean that the document lacks the term or that the importer did not recognise its wording: the review
     * says so instead of claiming the term is missing.
     *
     * @param path a model path as the validator writes it
     * @return whether a fact at {@code path} or below it was read
     * @since 0.1
     */
    public boolean isRead(String path) {
        return !getFacts(path).isEmpty();
    }

    /**
     * Finds where the document states what a model path holds: the fact at the path or the closest one above
     * or below it, else the first passage of the element the path belongs to. Below a path, a fact of the path's
     * own terms comes before an entry of a list under it: a finding on {@code subprocessing} (the authorisation
     * lacks a notice duty) is about the authorisation passage, not about the first row of the sub-processor table. A
     * fact of another term of the same element is taken only where it stands before the element's first passage: a
     * finding that the binding to documented instructions is missing is about the clause on instructions, not about
     * the persons of a contacts annex.
     *
     * @param path a model path as the validator writes it, for example {@code subprocessing.objectionPeriod}
     * @return the source, or empty if the document says nothing the importer tied to that part of the model
     */
    public Optional<SourceSpan> locate(String path) {
        SourceSpan element = elementSpan(path);
        String p = path;
        while (!p.isEmpty()) {
            Fact entry = null;
            Fact plain = null;
            for (Fact f : facts) {
                if (under(f.path(), p)) {
                    if (f.path().indexOf('[', p.length()) < 0) {
                        plain = f;
                        break;
                    } else if (entry == null) {
                        entry = f;
                    }
                }
            }
            Fact found = plain != null ? plain : entry;
            if (found != null) {
                // a fact of another term of the element (found above the path) is a pointer only where it stands
                // before the element's first passage: "the binding to documented instructions is missing" is about
                // the clause on instructions, not about the persons of a contacts annex. A term of the same part below
                // the element (the standard contractual clauses' Clause 9 beside their modules, "transfers.scc") is
                // stated where that part is: a blank of Clause 9(a) is quoted at the clause that incorporates the
                // clauses, not at the element's first passage (a definition of the Data Privacy Framework)
                boolean other = !under(found.path(), path);
                boolean sameTop = p.indexOf('.') < 0 && p.indexOf('[') < 0;
                if (other
                        && sameTop
                        && element != null
                        && element.offset() < found.span().offset()) {
                    return Optional.of(element);
                }
                return Optional.of(found.span());
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return Optional.ofNullable(element);
    }

    /** The first passage of the element a model path belongs to, where the element was found. */
    private @Nullable SourceSpan elementSpan(String path) {
        String top = path.split("[.\\[]", 2)[0];
        for (ElementResult e : elements) {
            if (e.found() && e.element().modelPath().split("\\.", 2)[0].equals(top)) {
                return e.spans().get(0);
            }
        }
        return null;
    }

    /**
     * Returns the spans of the document's sections (the first passage under each heading), in document order.
     *
     * @return the section spans
     */
    public List<SourceSpan> getSections() {
        return sections;
    }

    /**
     * Returns the completeness table: for each {@link Requirement}, whether the document addresses it (found,
     * found but weaker than the standard contractual clauses of Implementing Decision (EU) 2021/915, not found)
     * and the sentences that are the evidence. What a reviewer reads first.
     *
     * @return one result per requirement, in the enum's order
     * @since 0.2
     */
    public List<RequirementResult> getCompleteness() {
        return completeness;
    }

    /**
     * Returns the sentences on terms a reviewer should read but the model does not type (fees, audit frequency,
     * liability caps, the Clause 11 option, UK and Swiss transfer tools).
     *
     * @return the notes, by topic, then in document order
     * @since 0.2
     */
    public List<Note> getNotes() {
        return notes;
    }

    /**
     * Returns what the importer warns of, one sentence each in English: a document that names itself a data
     * processing agreement in its title but in which fewer than three of the elements were found is imported, not
     * refused, and is to be reviewed by hand.
     *
     * @return the warnings, empty for an ordinary import
     * @since 0.2
     */
    public List<String> getWarnings() {
        return warnings;
    }

    /**
     * Returns the completeness result for one requirement.
     *
     * @param requirement the requirement
     * @return its result
     * @since 0.2
     */
    public RequirementResult getRequirement(Requirement requirement) {
        for (RequirementResult r : completeness) {
            if (r.requirement() == requirement) {
                return r;
            }
        }
        throw new IllegalArgumentException("no result for " + requirement);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix)
                || (path.startsWith(prefix)
                        && (path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '['));
    }

    @Override
    public String toString() {
        return "ImportResult[" + sourceName + ", " + format + ", " + language + ", " + facts.size() + " facts]";
    }
}
