/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.validate.spi.RuleContext;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Values that several rules of one validation run compute from the same agreement, computed once per run on first
 * use: the processor's technical and organisational measures, which capabilities they cover, the lower-case form
 * of a text and what the catalogue says of each country at the run's date. One instance belongs to one run ({@link DefaultRuleContext}) and is dropped with it; it is not shared
 * between runs or threads, so it holds no state beyond the run (issue #14).
 */
final class RunMemo {

    private final RuleContext context;
    private @Nullable List<TechnicalOrganisationalMeasure> measures;
    private final Map<Tom.Capability, Boolean> covered = new EnumMap<>(Tom.Capability.class);
    private final IdentityHashMap<LocalizedText, String> lower = new IdentityHashMap<>();
    private final IdentityHashMap<String, String> normalised = new IdentityHashMap<>();
    /** Whether {@link #scans} finds the clause-wording rules' cue words: only where one of those rules runs. */
    private final boolean withCues;

    private @Nullable List<Map.Entry<ModelPath, LocalizedText>> textsSearched;
    private boolean @Nullable [] searched;
    private TextScan[][] scans = new TextScan[0][];
    /** The {@link ClauseWording} of each translation of each operative text, by position, as {@link #scans}. */
    private ClauseWording[][] wordings = new ClauseWording[0][];
    /** For each operative text, by position, the cue words its translations hold together ({@link #textsWith}). */
    private long @Nullable [] textCues;

    private final Map<CountryCode, TransferRules.CountryFacts> countries = new HashMap<>();
    private @Nullable List<Subprocessors.Entry> subprocessors;

    RunMemo(RuleContext context) {
        this(context, true);
    }

    /**
     * @param withCues whether a clause-wording rule ({@link ClauseWording#RULES}) runs: only then does {@link #scans} find
     *     their cue words, which cost about a third of a scan (issue #14)
     */
    RunMemo(RuleContext context, boolean withCues) {
        this.context = context;
        this.withCues = withCues;
    }

    /** The memo of the run, or a fresh one for a context of another kind (a test's, a third party's). */
    static RunMemo of(RuleContext context) {
        return context instanceof DefaultRuleContext d ? d.memo() : new RunMemo(context);
    }

    /** {@link Tom#measures} of the agreement. */
    List<TechnicalOrganisationalMeasure> measures() {
        List<TechnicalOrganisationalMeasure> m = measures;
        if (m == null) {
            m = Tom.measures(context.agreement());
            measures = m;
        }
        return m;
    }

    /** {@link Subprocessors#list} of the agreement: the rules that walk the sub-processors read it (issue #14). */
    List<Subprocessors.Entry> subprocessors() {
        List<Subprocessors.Entry> list = subprocessors;
        if (list == null) {
            list = Subprocessors.list(context.agreement());
            subprocessors = list;
        }
        return list;
    }

    /** {@link Tom#covers} for the agreement's measures. */
    boolean covers(Tom.Capability capability) {
        Boolean known = covered.get(capability);
        if (known == null) {
            known = measures().stream().anyMatch(m -> capability.coveredBy(m, this));
            covered.put(capability, known);
        }
        return known;
    }

    /**
     * {@link TextScan#of} each translation, in order, of an operative text, with its company names where
     * {@code SUBPROC_NAMED_UNLISTED} searches the text ({@link #searchedForNames}): {@code DOC_REFERENCE} scans every
     * text first, {@code SUBPROC_NAMED_UNLISTED} and {@code DOC_PLACEHOLDER} read what it found. Kept by the position
     * of the text, not looked up by identity (issue #14).
     *
     * @param texts the operative texts of the run, as given to {@link #searchedForNames}
     * @param index the position of the text
     */
    TextScan[] scans(List<Map.Entry<ModelPath, LocalizedText>> texts, int index) {
        boolean[] searchedForNames = searchedForNames(texts);
        TextScan[] scansOfText = scans[index];
        if (scansOfText == null) {
            // by position, without an iterator; the clause-wording rules' cue words in the same pass where one of those
            // rules runs, kept in the scan: a text's ClauseWording is made only when a rule asks for it (issue #14)
            List<String> translations = Text.translations(texts.get(index).getValue());
            scansOfText = new TextScan[translations.size()];
            for (int i = 0; i < scansOfText.length; i++) {
                scansOfText[i] = TextScan.of(translations.get(i), searchedForNames[index], withCues);
            }
            scans[index] = scansOfText;
        }
        return scansOfText;
    }

    /**
     * {@link #scans} of a text if a rule of the run has scanned it already, else null: a rule that can answer its
     * question more cheaply than a scan ({@code DOC_PLACEHOLDER}, where {@code DOC_REFERENCE} is disabled) does not
     * scan.
     *
     * @param texts the operative texts of the run, as given to {@link #searchedForNames}
     * @param index the position of the text
     */
    TextScan @Nullable [] scanned(List<Map.Entry<ModelPath, LocalizedText>> texts, int index) {
        searchedForNames(texts);
        return scans[index];
    }

    /**
     * For each of the operative texts ({@link DocumentRules#texts}, by position), whether {@code SUBPROC_NAMED_UNLISTED}
     * searches it for company names (not {@link SubprocessorRules#notSearchedForNames}): asked by that rule and by
     * {@code DOC_REFERENCE}, decided once per text.
     *
     * @param texts the operative texts of the run; the answer (and {@link #scans}) is kept for the list last asked
     *     about
     */
    @SuppressWarnings("ReferenceEquality") // the same ancestor instance is a shortcut; another one is decided again
    boolean[] searchedForNames(List<Map.Entry<ModelPath, LocalizedText>> texts) {
        boolean[] answer = searched;
        if (answer == null || textsSearched != texts) {
            answer = new boolean[texts.size()];
            // the texts below one parent share their ancestor (SubprocessorRules.namesPrefix): decided once for each
            @Nullable ModelPath previousPrefix = null;
            boolean previousAnswer = false;
            for (int i = 0; i < answer.length; i++) {
                ModelPath prefix = SubprocessorRules.namesPrefix(texts.get(i).getKey());
                if (prefix != previousPrefix) {
                    previousAnswer = !SubprocessorRules.notSearchedForNamesPrefix(prefix);
                    previousPrefix = prefix;
                }
                answer[i] = previousAnswer;
            }
            searched = answer;
            textsSearched = texts;
            scans = new TextScan[answer.length][];
            wordings = new ClauseWording[answer.length][];
            textCues = null;
        }
        return answer;
    }

    /**
     * {@link Text#normalise} of a translation of the agreement, by identity: several rules judge the same subject
     * matter, purposes and data categories ({@link Text#generic(LocalizedText, int, RunMemo)}).
     */
    String normalised(String translation) {
        return normalised.computeIfAbsent(translation, Text::normalise);
    }

    /**
     * The cue words and lower-case form of a translation of an operative text ({@link ClauseWording}): the clause-wording
     * rules read the same free texts. Made by the text's {@link #scans}, and kept by position rather than looked up by
     * identity, as the scans are (issue #14).
     *
     * @param texts the operative texts of the run, as given to {@link #searchedForNames}
     * @param index the position of the text
     * @param translation the position of the translation among the text's translations
     */
    ClauseWording wording(List<Map.Entry<ModelPath, LocalizedText>> texts, int index, int translation) {
        TextScan[] scansOfText = scans(texts, index);
        ClauseWording[] wordingsOfText = wordings[index];
        if (wordingsOfText == null) {
            wordingsOfText = new ClauseWording[scansOfText.length];
            wordings[index] = wordingsOfText;
        }
        ClauseWording wording = wordingsOfText[translation];
        if (wording == null) {
            String text = Text.translations(texts.get(index).getValue()).get(translation);
            // the cue words of the text's scan; scanned without them (no clause-wording rule was to run): the cue-only
            // pass
            wording = withCues ? new ClauseWording(text, scansOfText[translation]) : new ClauseWording(text);
            wordingsOfText[translation] = wording;
        }
        return wording;
    }

    /**
     * The positions of the operative texts of which a translation holds one of the cue words of {@code cues}
     * ({@link ClauseWording#hasAny}), in increasing order: a clause-wording rule that reads only such texts loops over
     * these few instead of every translation of the agreement, each of which it would look up and find without its cue
     * words. The cue words of every text are gathered once per run, from {@link #wording} (issue #14).
     *
     * @param texts the operative texts of the run, as given to {@link #searchedForNames}
     * @param cues cue words of {@link ClauseWording}, as bits
     */
    int[] textsWith(List<Map.Entry<ModelPath, LocalizedText>> texts, long cues) {
        searchedForNames(texts);
        long[] byText = textCues;
        if (byText == null) {
            byText = new long[texts.size()];
            for (int i = 0; i < byText.length; i++) {
                long held = 0;
                if (withCues) {
                    for (TextScan scan : scans(texts, i)) { // the cues of the scans, without a ClauseWording each
                        held |= scan.cues();
                    }
                } else {
                    int translations = texts.get(i).getValue().getTranslations().size();
                    for (int n = 0; n < translations; n++) {
                        held |= wording(texts, i, n).cues();
                    }
                }
                byText[i] = held;
            }
            textCues = byText;
        }
        int[] found = new int[8];
        int count = 0;
        for (int i = 0; i < byText.length; i++) {
            if ((byText[i] & cues) != 0) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** {@link Text#lower} of a text of the agreement, by identity. */
    String lower(LocalizedText text) {
        return lower.computeIfAbsent(text, Text::lower);
    }

    /**
     * {@link TransferRules.CountryFacts} of a country at the run's date: the transfer rules ask for each place of every
     * recipient, most of them in a few countries; the catalogue is asked once per country and run (issue #14).
     */
    TransferRules.CountryFacts country(CountryCode country) {
        TransferRules.CountryFacts facts = countries.get(country);
        if (facts == null) {
            facts = TransferRules.CountryFacts.of(country, context.asOf());
            countries.put(country, facts);
        }
        return facts;
    }
}
