/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Regime;
import dev.dpa4j.render.OutputFormat;
import dev.dpa4j.render.RenderOptions;
import dev.dpa4j.render.RendererRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.instancio.Instancio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Round trip with generated agreements: {@link AgreementGenerator} builds random but valid agreements (any
 * attribute present or absent, random names and words, every enum value), our renderers write them as Markdown,
 * HTML, DOCX and (for a few) PDF, and the importer reads them back. Unlike our examples, these agreements are not
 * written to look like real ones, so the figures show how the importer copes with unusual content in our own
 * structure. The seeds are drawn by Instancio from a fixed seed, so the set of agreements, and the figures, are
 * the same on every run (docs/import.md); the floors are the measured figures rounded down.
 */
class GeneratedRoundTripTest {

    /** The Instancio seed that draws the agreements' seeds. */
    static final long SEED = 20261203L;

    static final int AGREEMENTS = 12;
    static final int PDF_AGREEMENTS = 2;

    private static final Map<String, Facts.Score> PER_FORMAT = new LinkedHashMap<>();
    private static Facts.Score score = new Facts.Score();
    private static final List<String> FAILED = new ArrayList<>();
    private static int documents;

    static List<Long> seeds() {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < AGREEMENTS; i++) {
            out.add(Instancio.of(Long.class).withSeed(SEED + i).create());
        }
        return out;
    }

    /**
     * Renders with fallback: the generator leaves some texts in one language only, and a renderer of ours writes
     * them marked in the language they have rather than failing.
     */
    static byte[] render(DataProcessingAgreement a, OutputFormat format, Locale locale) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            RendererRegistry.builtIns()
                    .require(format, locale)
                    .render(
                            a,
                            RenderOptions.builder(locale)
                                    .asOf(LocalDate.of(2026, 12, 3))
                                    .allowFallback(true)
                                    .build(),
                            out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @BeforeAll
    static void measureOnce() {
        DpaImporter importer = DpaImporter.standard();
        int n = 0;
        for (long seed : seeds()) {
            // the built-in clauses render agreements under the GDPR only (Regime.LED_DE needs clauses of one's own)
            DataProcessingAgreement a = AgreementGenerator.agreement(seed).toBuilder()
                    .regime(Regime.GDPR)
                    .build();
            String language = a.getLanguages().stream()
                    .map(l -> l.substring(0, 2))
                    .filter(l -> l.equals("de") || l.equals("en"))
                    .findFirst()
                    .orElse("en");
            Locale locale = Locale.forLanguageTag(language);
            List<OutputFormat> formats =
                    new ArrayList<>(List.of(OutputFormat.MARKDOWN, OutputFormat.HTML, OutputFormat.DOCX));
            if (n++ < PDF_AGREEMENTS) {
                formats.add(OutputFormat.PDF);
            }
            for (OutputFormat format : formats) {
                String name = "generated-" + seed + "." + language + "." + format.fileExtension();
                Map<String, Set<String>> expected = Facts.of(a, language);
                Map<String, Set<String>> actual;
                try {
                    byte[] bytes = render(a, format, locale);
                    actual = Facts.of(
                            importer.importBytes(bytes, RoundTripTest.sourceFormat(format), name)
                                    .getDraft(),
                            language);
                } catch (ImportException e) {
                    // counted, and every expected fact counts as missed
                    FAILED.add(name + ": " + e.getMessage());
                    actual = Facts.none();
                }
                documents++;
                score.add(expected, actual);
                PER_FORMAT.computeIfAbsent(format.id(), k -> new Facts.Score()).add(expected, actual);
            }
        }
    }

    @Test
    void should_import_every_generated_document() {
        assertThat(documents).isEqualTo(AGREEMENTS * 3 + PDF_AGREEMENTS);
        assertThat(FAILED).isEmpty();
    }

    @Test
    void should_recover_the_facts_of_generated_agreements_at_least_as_well_as_measured() {
        // floors: the measured figures of docs/import.md, rounded down to the tenth. Low precision is expected
        // here: the generator's names and words are random strings, without the legal forms and headings that
        // tell a real list of sub-processors or measures apart from other text. The twelve agreements depend on
        // the model's shape (Instancio fills every field from one seeded stream): a new or retyped model field
        // draws a different set, and the floors are measured again (last: when the
        // SCC 2021/915 counterpart flags, IDTA statuses and section-4 facts were merged, 4 Dec 2026)
        // sub-processors: on the set before, precision 0.33 and recall 0.78 before chains ("X (engaged by Y)", a
        // nested sub-processor) were nested under their parent, a one-character product ("(€)") was split off and
        // PDF tables were read, 0.82 and 1.00 after; on this set 0.83 and 0.83. Objection periods: the three of
        // this set are all lost (0.50 on the set before), not analysed yet, so no floor until they are.
        // Measured again on 4 Dec 2026 after customClauses[].citation and subprocessing.thirdPartyBeneficiaryDirect
        // (#10) changed the stream: the set now holds only 3 sub-processors (P 0.50 R 1.00; the same figures with
        // the sub-processor table's new service-cell sentences switched off, so the set, not the rendering, moved
        // them), no sub-processor country (precision 0.00 of 0 expected) and governing law R 0.29
        // The set changed again with the model's backup retention and limited-notice fields (#11, merged before
        // the party work of 4 Dec 2026): on the branch point of that work, before any change of it, this set gave
        // sub-processor names P/R 0.38/0.83, measures 0.49/0.88, categories 0.68/0.76, data categories 0.91/0.98,
        // data subjects 0.91/1.00, authorisation 0.50/0.50, and the floors of the set before failed; the floors
        // below are these figures rounded down, lowered for that reason only (a set is compared only with itself)
        // Part of the last gain was particular to the set before. Seen on this set: the transfer impact assessment's
        // measures of the SCC annex read as security measures (fixed, below), random names with parentheses split in
        // two, one specific authorisation read where none was stated and one prohibition missed.
        assertThat(score.recall("subprocessors.name")).isGreaterThanOrEqualTo(0.8);
        assertThat(score.precision("subprocessors.name")).isGreaterThanOrEqualTo(0.35);
        // data categories and subjects: P/R 0.48/0.51 and 0.27/0.27 before the renderer's fallback markers
        // ("[en: …]") and qualifiers ("(nur im Einzelfall)", "(special category under Art. 9(1) GDPR: …)") were
        // taken out of the names, 0.97/0.97 and 1.00/1.00 after; measures 0.20/0.33 → 0.63/0.96 (scope qualifier)
        // the set changed again when finalProvisions.jurisdiction became a text per language (#10, 5 Dec 2026): on
        // the commit that retyped it, before any rendering change of that work, data categories P/R 0.92/0.92 and
        // data subjects 0.88/1.00 (every other figure above its floor); the same tables with that work's rendering
        // changes, so the set, not the rendering, moved them; two floors lowered to those figures, rounded down
        assertThat(score.recall("dataCategories.name")).isGreaterThanOrEqualTo(0.9);
        assertThat(score.precision("dataCategories.name")).isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall("dataSubjects.name")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.precision("dataSubjects.name")).isGreaterThanOrEqualTo(0.85);
        // measures: 0.63/0.96 → 0.96/0.96 and categories 0.22/0.71 → 0.91/0.71 when a measure under no heading
        // of the catalogue kept no category (it was OTHER) and numbered clause paragraphs stopped counting
        // on this set: measures 0.49/0.88 → 0.56/0.97 and categories 0.68/0.76 → 0.94/0.94 when the fingerprint
        // footer stopped counting as a measure and "(Maßnahme des Verantwortlichen)" became the measure's
        // responsible party instead of part of its description
        assertThat(score.recall("measures.description")).isGreaterThanOrEqualTo(0.95);
        // and 0.56 → 0.97 precision when the transfer impact assessments listed per recipient under the SCC's
        // Annex II and the lead paragraphs ending in ":" stopped counting as measures
        assertThat(score.precision("measures.description")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall("measures.category")).isGreaterThanOrEqualTo(0.9);
        assertThat(score.precision("measures.category")).isGreaterThanOrEqualTo(0.9);
        // governing law R 0.29 → 1.00 ("Recht des Staates X", adjectives such as "dänischem Recht"), forum
        // 0.00 → 1.00 (the place as the sentence states it, whatever its words)
        assertThat(score.precision("finalProvisions.governingLaw")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall("finalProvisions.governingLaw")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.precision("finalProvisions.jurisdiction")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall("finalProvisions.jurisdiction")).isGreaterThanOrEqualTo(0.95);
        // authorisation 0.00 → 1.00 ("genehmigt allgemein" was not read, a weaker cue decided); objection periods
        // R 0.50 → 1.00 (a period of 0 hours was dropped)
        assertThat(score.precision("subprocessing.authorisation")).isGreaterThanOrEqualTo(0.5);
        assertThat(score.recall("subprocessing.authorisation")).isGreaterThanOrEqualTo(0.5);
        // party names, compared as the document shows them (name and legal form): processor P/R 0.50/0.20 →
        // 1.00/1.00, controllers 1.00/0.15 → 1.00/0.93 (the same comparison on both builds) when the
        // name became the first line of the party block whatever its words, further controllers were read, and a
        // DOCX line break in a paragraph ended a line
        assertThat(score.precision("processor.name")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall("processor.name")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.precision("controllers.name")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall("controllers.name")).isGreaterThanOrEqualTo(0.9);
        // DPO e-mails: the processor's 0.70/0.88 → 1.00/0.88 and the controllers' (not read before) 1.00/0.83 when
        // the DPO sentence was read once the parties were known, by the role or name it states, and "dpo@…" was no
        // longer taken for the DPO's word
        assertThat(score.precision("processor.dpo.email")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall("processor.dpo.email")).isGreaterThanOrEqualTo(0.85);
        assertThat(score.precision("controllers.dpo.email")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall("controllers.dpo.email")).isGreaterThanOrEqualTo(0.8);
        assertThat(score.precision("subprocessing.objectionPeriod")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall("subprocessing.objectionPeriod")).isGreaterThanOrEqualTo(0.95);
    }

    /** Prints the tables for docs/import.md: {@code -Dtest=GeneratedRoundTripTest -Ddpa.import.report=true}. */
    @Test
    void should_print_the_table_when_asked() {
        assertThat(score.table()).contains("subprocessors.name");
        if (Boolean.getBoolean("dpa.import.report")) {
            StringBuilder out = new StringBuilder("Generated, all formats:\n\n").append(score.table());
            PER_FORMAT.forEach(
                    (f, s) -> out.append("\n").append(f).append(":\n\n").append(s.table()));
            score.extra.forEach((f, x) ->
                    out.append("extra ").append(f).append(": ").append(x).append('\n'));
            FAILED.forEach(f -> out.append("failed: ").append(f).append('\n'));
            System.out.println(out);
        }
    }
}
