/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.Regime;
import dev.dpa4j.render.ClauseLibrary;
import dev.dpa4j.render.MissingTranslationException;
import dev.dpa4j.render.RenderOptions;
import dev.dpa4j.render.UnsupportedRegimeException;
import dev.dpa4j.render.document.Annex;
import dev.dpa4j.render.document.Block;
import dev.dpa4j.render.document.Clause;
import dev.dpa4j.render.document.Document;
import dev.dpa4j.render.document.DocumentMetadata;
import dev.dpa4j.render.document.InLanguage;
import dev.dpa4j.render.document.ListBlock;
import dev.dpa4j.render.document.Paragraph;
import dev.dpa4j.render.document.Parallel;
import dev.dpa4j.render.document.Section;
import dev.dpa4j.render.document.SignatureBlock;
import dev.dpa4j.render.document.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Composes one agreement into the document tree. Each clause is added only when the agreement states
 * the terms it needs; all wording comes from the clause library.
 */
public final class Composer {

    private final ClauseLibrary library;
    private final DataProcessingAgreement agreement;
    private final RenderOptions options;
    private final Countries countries;
    private final boolean figureImages;

    /**
     * Creates a composer for one agreement whose figures carry their SVG images.
     *
     * @param library the clause library
     * @param agreement the agreement
     * @param options the options
     */
    public Composer(ClauseLibrary library, DataProcessingAgreement agreement, RenderOptions options) {
        this(library, agreement, options, true);
    }

    /**
     * Creates a composer for one agreement.
     *
     * @param library the clause library
     * @param agreement the agreement
     * @param options the options
     * @param figureImages whether figures carry their SVG images; false for a writer that prints only their
     *     captions and descriptions (Markdown, text, DOCX), whose figures then have an empty {@code svg}
     */
    public Composer(
            ClauseLibrary library, DataProcessingAgreement agreement, RenderOptions options, boolean figureImages) {
        this.library = library;
        this.agreement = agreement;
        this.options = options;
        this.figureImages = figureImages;
        this.countries =
                new Countries(options.getAsOf().or(agreement::getEffectiveDate).or(agreement::getVersionDate));
    }

    /**
     * Composes the document.
     *
     * @return the document
     */
    public Document compose() {
        if (agreement.getRegime() == Regime.LED_DE) {
            throw new UnsupportedRegimeException(
                    "The agreement is under regime LED_DE (Section 62 BDSG, processing for law enforcement);"
                            + " the built-in clauses follow Art. 28 GDPR and would cite the wrong law,"
                            + " so dpa4j does not render it. Supply your own clause texts for such agreements.");
        }
        LanguageCheck languages = new LanguageCheck(agreement, options.isAllowFallback());
        Texts first = new Texts(options.getLocale(), library, languages);
        List<Block> blocks = single(first);
        Optional<Locale> secondLanguage = options.getSecondLanguage();
        if (secondLanguage.isPresent()) {
            Texts second = new Texts(secondLanguage.get(), library, languages);
            blocks = zip(first.locale(), blocks, second.locale(), single(second));
        }
        blocks = Citations.dedupe(blocks);
        String title =
                FallbackMarks.plain(agreement.getTitle().map(first::resolve).orElse(first.get("document.title")));
        Map<String, List<String>> missing = languages.missing();
        if (!missing.isEmpty()) {
            if (!languages.allowFallback()) {
                throw new MissingTranslationException(missing);
            }
            blocks = new ArrayList<>(FallbackMarks.apply(blocks));
            blocks.add(Math.min(1, blocks.size()), fallbackNote(first, missing));
        }
        if (!options.isCitations()) {
            blocks = Citations.drop(blocks);
        }
        Optional<String> fingerprint =
                options.isFingerprint() ? Optional.of(Fingerprint.sha256(agreement)) : Optional.empty();
        List<String> footer = new ArrayList<>();
        footer.add(first.plain("document.footer.id", Map.of("id", agreement.getId())));
        agreement.getVersion().ifPresent(v -> footer.add(first.plain("document.footer.version", Map.of("version", v))));
        fingerprint.ifPresent(f -> footer.add(first.plain("document.footer.fingerprint", Map.of("fingerprint", f))));
        return new Document(
                new DocumentMetadata(
                        title,
                        first.locale(),
                        secondLanguage,
                        agreement.getId(),
                        agreement.getVersion(),
                        options.getAsOf(),
                        fingerprint,
                        Optional.of(String.join(" · ", footer))),
                blocks);
    }

    private static List<Block> zip(Locale firstLanguage, List<Block> first, Locale secondLanguage, List<Block> second) {
        List<Block> blocks = new ArrayList<>();
        int common = Math.min(first.size(), second.size());
        // the second language's anchors get a suffix: one document, every id once (HTML anchors, screen readers)
        String suffix = "-" + secondLanguage.toLanguageTag();
        for (int i = 0; i < common; i++) {
            Block a = first.get(i);
            Block b = Anchors.suffixed(second.get(i), suffix);
            // each party signs once: one signature block with both languages' labels, in every format
            Optional<SignatureBlock> signatures = a instanceof SignatureBlock x && b instanceof SignatureBlock y
                    ? Signatures.bilingual(x, y)
                    : Optional.empty();
            if (signatures.isPresent()) {
                blocks.add(signatures.get());
            } else if (holdsTable(a) || holdsTable(b)) {
                // a table of three or more columns in half the width breaks its words inside (the sub-processors'
                // "Unter-auftra-gs-verar-beiter"): such a part is set in full width, one language after the other
                blocks.add(new InLanguage(firstLanguage, a));
                blocks.add(new InLanguage(secondLanguage, b));
            } else {
                blocks.add(new Parallel(firstLanguage, a, secondLanguage, b));
            }
        }
        first.subList(common, first.size()).forEach(a -> blocks.add(new InLanguage(firstLanguage, a)));
        second.subList(common, second.size())
                .forEach(b -> blocks.add(new InLanguage(secondLanguage, Anchors.suffixed(b, suffix))));
        return blocks;
    }

    /** Whether the block is or holds a table of three or more columns, at any depth. */
    private static boolean holdsTable(Block block) {
        if (block instanceof Table table) {
            return table.header().size() >= 3;
        } else if (block instanceof Annex annex) {
            return annex.content().stream().anyMatch(Composer::holdsTable);
        } else if (block instanceof Section section) {
            return section.content().stream().anyMatch(Composer::holdsTable);
        } else if (block instanceof Clause clause) {
            return clause.content().stream().anyMatch(Composer::holdsTable);
        }
        return false;
    }

    /** The note at the top of a document with passages in another language, naming them by model path. */
    private static Block fallbackNote(Texts t, Map<String, List<String>> missing) {
        List<Block> content = new ArrayList<>();
        missing.forEach((language, paths) -> {
            content.add(Paragraph.text(t.plain(
                    "fallback.note.text",
                    Map.of("language", t.opt("language." + language).orElse(language)))));
            List<Paragraph> items = new ArrayList<>();
            paths.forEach(p -> items.add(Paragraph.text(p)));
            content.add(new ListBlock(false, items));
        });
        return new Section(
                "fallback-note", Optional.empty(), t.get("fallback.note.heading"), Optional.empty(), content);
    }

    private List<Block> single(Texts texts) {
        return new Composition(
                        new Context(library, Blanks.apply(agreement, texts), options, countries, texts, figureImages))
                .blocks();
    }
}
