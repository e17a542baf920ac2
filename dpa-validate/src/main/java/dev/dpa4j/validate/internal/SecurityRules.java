/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;
import static dev.dpa4j.validate.internal.RuleSupport.join;
import static dev.dpa4j.validate.internal.RuleSupport.text;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.BoundPersons;
import dev.dpa4j.model.ConfidentialityTerms;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.PartyRole;
import dev.dpa4j.model.ProtectionGoal;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TomChangePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The rules on confidentiality and the security of processing (catalogue §1.D, §1.E). */
final class SecurityRules {

    private static final Set<String> GENERIC_MEASURE_WORDS = Set.copyOf(Lexicon.load("generic-measure-words"));

    /**
     * A filter in front of {@link #GENERIC_MEASURE_WORDS}: entry {@code min(length, 31) × 128 + (first char & 127)}
     * is set for every generic word. A word whose entry is clear cannot be in the set, so most words of a measure
     * are rejected without a substring and its hash; a set entry is only a hint, the set decides (issue #14).
     */
    private static final boolean[] GENERIC_WORD_HINT = genericWordHint(GENERIC_MEASURE_WORDS);

    static boolean[] genericWordHint(Set<String> words) {
        boolean[] hint = new boolean[32 * 128];
        for (String w : words) {
            hint[Math.min(w.length(), 31) * 128 + (w.charAt(0) & 127)] = true;
        }
        return hint;
    }

    /**
     * {@link #GENERIC_MEASURE_WORDS} by their {@link String#hashCode}, an open-addressing table (a word at the first
     * free place from {@link #genericSlot}, a null ends a probe) four times as large as the set: {@link
     * #onlyGenericWordsUnlowered} computes the hash of each word in lower case as it reads the characters and
     * compares the few words of that hash with the text, instead of a lower-case copy of the word and a set look-up
     * (issue #14).
     */
    private static final String[] GENERIC_BY_HASH = byHash(GENERIC_MEASURE_WORDS);

    private static String[] byHash(Set<String> words) {
        String[] table = new String[Integer.highestOneBit(Math.max(words.size(), 1) * 4 - 1) * 2];
        for (String w : words) {
            int slot = genericSlot(w.hashCode(), table.length);
            while (table[slot] != null) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = w;
        }
        return table;
    }

    /** The place of {@link #GENERIC_BY_HASH} where the probe for a hash starts. */
    private static int genericSlot(int hash, int tableLength) {
        return (hash ^ (hash >>> 16)) & (tableLength - 1);
    }

    /**
     * Whether the characters {@code start} to {@code end} of the text, each in lower case ({@link
     * Character#toLowerCase(int)}), form one of {@link #GENERIC_MEASURE_WORDS}; {@code hash} is their {@link
     * String#hashCode}.
     */
    private static boolean genericWord(String text, int start, int end, int hash) {
        String[] table = GENERIC_BY_HASH;
        for (int slot = genericSlot(hash, table.length); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
            String word = table[slot];
            if (word.hashCode() == hash && word.length() == end - start && lowerEquals(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerEquals(String text, int start, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(start + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private SecurityRules() {}

    // ---- §1.D, §1.E confidentiality and security -----------------------------------------------------------

    /** {@link #presence}: a translation is present ({@link Text#present(String)}). */
    static final int PRESENT = 1;

    /** {@link #presence}: a translation is a placeholder ({@link Text#isPlaceholder}). */
    static final int PLACEHOLDER = 2;

    /**
     * Whether a text is present ({@link Text#present(LocalizedText)}: a translation is neither blank nor a
     * placeholder, {@link #PRESENT}) and whether a translation is a placeholder ({@link #PLACEHOLDER}), with one
     * placeholder test per translation: {@code TOM_SPECIFICITY} asked both and tested each translation twice
     * (issue #14).
     */
    static int presence(LocalizedText text) {
        int presence = 0;
        List<String> translations = Text.translations(text);
        for (int i = 0; i < translations.size(); i++) { // by position: no iterator (issue #14)
            String translation = translations.get(i);
            boolean placeholder = Text.isPlaceholder(translation);
            if (placeholder) {
                presence |= PLACEHOLDER;
            } else if (!translation.isBlank()) {
                presence |= PRESENT;
            }
        }
        return presence;
    }

    static void define(SimpleRule.Definitions d) {
        d.rule("ART28_3_B_CONFIDENTIALITY", ERROR)
                .refs(gdpr("28", 3, "b"), gdpr("29"), gdpr("32", 4))
                .variants("missing", "notAllPersons", "notRecognised", "weaker")
                .note("Art. 28(3)(b) requires that every person authorised to process the data is committed to"
                        + " confidentiality or under a statutory duty. Binding only employees (not temporary workers or"
                        + " contractors) or only some personnel leaves the others outside: mandatory content missing for"
                        + " them, an error.")
                .check((c, r) -> {
                    Optional<ConfidentialityTerms> t =
                            c.agreement().getConfidentiality().filter(ConfidentialityTerms::isPersonnelCommitted);
                    if (t.isEmpty()) {
                        r.add("missing", "confidentiality.personnelCommitted");
                    } else if (t.get()
                            .getBoundPersons()
                            .filter(p -> p != BoundPersons.ALL_AUTHORISED_PERSONS)
                            .isPresent()) {
                        r.add(
                                "notAllPersons",
                                "confidentiality.boundPersons",
                                "persons",
                                t.get().getBoundPersons().get().name());
                    }
                });
        d.rule("CONFIDENTIALITY_SCOPE", INFO)
                .refs(gdpr("28", 3, "b"))
                .variants("incomplete")
                .check((c, r) -> c.agreement()
                        .getConfidentiality()
                        .filter(ConfidentialityTerms::isPersonnelCommitted)
                        .ifPresent(t -> {
                            List<String> missing = new ArrayList<>();
                            if (!t.isBeforeAccess()) {
                                missing.add("BEFORE_ACCESS");
                            }
                            if (!t.isSurvivesEngagement()) {
                                missing.add("SURVIVES_ENGAGEMENT");
                            }
                            if (!t.isNeedToKnow()) {
                                missing.add("NEED_TO_KNOW");
                            }
                            if (!missing.isEmpty()) {
                                r.add("incomplete", "confidentiality", "missing", join(missing));
                            }
                        }));
        d.rule("ART28_3_C_SECURITY", ERROR)
                .refs(gdpr("28", 3, "c"), gdpr("32"))
                .variants("missing", "notRecognised", "weaker")
                .check((c, r) -> {
                    if (c.agreement()
                            .getSecurity()
                            .filter(s -> s.isArticle32Commitment())
                            .isEmpty()) {
                        r.add("missing", "security.article32Commitment");
                    }
                });
        d.rule("ART32_TOMS_DOCUMENTED", ERROR)
                .refs(gdpr("28", 3, "c"), gdpr("32", 1))
                .variants("missing", "urlOnly", "notRecognised")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (Tom.measures(a).stream().anyMatch(x -> Text.present(x.getDescription()))) {
                        return;
                    }
                    if (a.getSecurity().flatMap(s -> s.getMeasuresUrl()).isPresent()) {
                        r.add(WARNING, "urlOnly", "security.measuresUrl");
                    } else {
                        r.add("missing", "security.measures");
                    }
                });
        d.rule("ART32_1_A_PSEUDO_ENCRYPT", WARNING)
                .refs(gdpr("32", 1, "a"))
                .variants("missing")
                .note("Runs only when measures are listed; a missing list is ART32_TOMS_DOCUMENTED.")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> m = RunMemo.of(c).measures();
                    if (!m.isEmpty() && !RunMemo.of(c).covers(Tom.Capability.ENCRYPTION)) {
                        r.add("missing", "security.measures");
                    }
                });
        d.rule("ART32_1_B_CIA_RESILIENCE", WARNING)
                .refs(gdpr("32", 1, "b"))
                .variants("missing", "notRecognised")
                .note("The protection goals of a measure are those it states, those of its category and resilience"
                        + " where its wording names it. On an imported agreement (status IMPORTED) whose measures carry"
                        + " neither a category nor a protection goal, the importer has assigned none (a document's"
                        + " measures are typed only under the headings of the catalogue or of a protection goal), so a"
                        + " missing goal says nothing about the document: an info that the goals were not checked.")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> m = RunMemo.of(c).measures();
                    if (m.isEmpty()) {
                        return;
                    }
                    boolean untyped = m.stream()
                            .allMatch(x -> x.getCategory().isEmpty()
                                    && x.getProtectionGoals().isEmpty());
                    Set<ProtectionGoal> goals = Tom.goals(m, RunMemo.of(c));
                    List<String> missing = new ArrayList<>();
                    for (ProtectionGoal g : List.of(
                            ProtectionGoal.CONFIDENTIALITY,
                            ProtectionGoal.INTEGRITY,
                            ProtectionGoal.AVAILABILITY,
                            ProtectionGoal.RESILIENCE)) {
                        if (!goals.contains(g)) {
                            missing.add(g.name());
                        }
                    }
                    if (!missing.isEmpty() && untyped && c.agreement().getStatus() == AgreementStatus.IMPORTED) {
                        r.add(INFO, "notRecognised", "security.measures", "goals", join(missing));
                    } else if (!missing.isEmpty()) {
                        r.add("missing", "security.measures", "goals", join(missing));
                    }
                });
        d.rule("ART32_1_C_RESTORE", WARNING)
                .refs(gdpr("32", 1, "c"))
                .variants("missing")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> m = RunMemo.of(c).measures();
                    if (!m.isEmpty() && !RunMemo.of(c).covers(Tom.Capability.RESTORE)) {
                        r.add("missing", "security.measures");
                    }
                });
        d.rule("ART32_1_D_TESTING", WARNING)
                .refs(gdpr("32", 1, "d"))
                .variants("missing", "noInterval")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> m = RunMemo.of(c).measures();
                    if (m.isEmpty()) {
                        return;
                    }
                    boolean interval = c.agreement()
                            .getSecurity()
                            .flatMap(s -> s.getReviewInterval())
                            .isPresent();
                    if (!RunMemo.of(c).covers(Tom.Capability.TESTING) && !interval) {
                        r.add("missing", "security.measures");
                    } else if (!interval) {
                        r.add(INFO, "noInterval", "security.reviewInterval");
                    }
                });
        d.rule("TOM_SPECIFICITY", WARNING)
                .refs(gdpr("32", 1))
                .variants("generic", "kindOnly", "placeholder")
                .note("A measure is too generic if its text uses a quality phrase such as \"Stand der Technik\" or"
                        + " \"industry standard\" and has fewer than six meaningful words besides it, if it only names"
                        + " a kind of measure (all words but one from the generic-measure lexicon, as in \"Audits\" or"
                        + " \"Softwaregestützte Tools\"), or if it still holds a placeholder (\"…\", \"[...]\").")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> m = RunMemo.of(c).measures();
                    for (int i = 0; i < m.size(); i++) {
                        LocalizedText t = m.get(i).getDescription();
                        int presence = presence(t);
                        if ((presence & PRESENT) == 0) {
                            continue;
                        }
                        Optional<String> term = Text.vagueQuality(RunMemo.of(c).lower(t));
                        if (term.isPresent() && meaningfulWords(t) - wordsOf(term.get()) < 6) {
                            r.add("generic", "security.measures[" + i + "]", "wording", text(t));
                        } else if ((presence & PLACEHOLDER) != 0) {
                            r.add("placeholder", "security.measures[" + i + "]", "wording", text(t));
                        } else if (onlyGenericWords(t)) {
                            r.add("kindOnly", "security.measures[" + i + "]", "wording", text(t));
                        }
                    }
                });
        d.rule("TOM_PHYSICAL_ACCESS", WARNING)
                .refs(gdpr("32", 1, "b"), gdpr("28", 3, "c"))
                .variants("missing")
                .note("Confidentiality and integrity of systems (Art. 32(1)(b)) start with the premises; the benchmark"
                        + " (Annex III of the SCC 2021/915) lists the physical security of locations. A measures annex"
                        + " without any physical access control (heading or wording) is a warning.")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> m = RunMemo.of(c).measures();
                    if (!m.isEmpty() && !RunMemo.of(c).covers(Tom.Capability.PHYSICAL_ACCESS)) {
                        r.add("missing", "security.measures");
                    }
                });
        d.rule("TOM_CHANGE_CONTROL", WARNING)
                .refs(gdpr("28", 3, "c"), gdpr("32", 1))
                .variants("missing", "unilateral")
                .note("Prior approval, agreement on material changes and a no-downgrade rule are all accepted"
                        + " (catalogue §4 item 9); mere notice or changes at will are not.")
                .check((c, r) -> c.agreement().getSecurity().ifPresent(s -> {
                    Optional<TomChangePolicy> policy = s.getChangePolicy();
                    if (policy.isEmpty()) {
                        if (!s.getMeasures().isEmpty()) {
                            r.add("missing", "security.changePolicy");
                        }
                    } else if (policy.get() == TomChangePolicy.UNILATERAL || policy.get() == TomChangePolicy.NOTICE) {
                        r.add(
                                "unilateral",
                                "security.changePolicy",
                                "policy",
                                policy.get().name());
                    }
                }));
        d.rule("TOM_RESPONSIBILITY", ERROR)
                .refs(gdpr("28", 3, "c"), gdpr("32", 1))
                .variants("allController")
                .note("Art. 28(3)(c) obliges the processor to take all measures required under Art. 32. A measure the"
                        + " agreement assigns to the controller (responsibleParty CONTROLLER, for example the customer"
                        + " configuring its own accounts) is no commitment of the processor, so the Art. 32 checks do not"
                        + " count it. Measures that are all the controller's leave the processor with none: mandatory"
                        + " content missing, an error. Single controller measures next to the processor's are normal and"
                        + " not reported.")
                .check((c, r) -> {
                    List<TechnicalOrganisationalMeasure> all = c.agreement()
                            .getSecurity()
                            .map(SecurityTerms::getMeasures)
                            .orElse(List.of());
                    if (!all.isEmpty()
                            && all.stream()
                                    .allMatch(m -> m.getResponsibleParty().orElse(null) == PartyRole.CONTROLLER)) {
                        r.add("allController", "security.measures", "count", String.valueOf(all.size()));
                    }
                });
    }

    /**
     * Whether a measure names only a kind of measure: all its words but at most one are generic ("Audits",
     * "Softwaregestützte Tools", "Backup-Verfahren").
     */
    static boolean onlyGenericWords(LocalizedText t) {
        String text = text(t);
        int unlowered = onlyGenericWordsUnlowered(text);
        return unlowered >= 0 ? unlowered == 1 : onlyGenericWordsOfLower(text.toLowerCase(Locale.ROOT));
    }

    /**
     * {@link #onlyGenericWordsOfLower} of the text in lower case, without making a lower-case copy: each character
     * is lowered where it is read ({@link #LATIN1_WORD_LOWER} below U+0100), and no word is copied: its hash in
     * lower case is summed as it is read and the generic words of that hash are compared with the text ({@link
     * #GENERIC_BY_HASH}), issue #14. That is the same as lowering the whole text as long as every character lowers
     * to one character by itself, which holds for all but "İ" (two characters), "Σ" (final sigma depends on its
     * neighbours) and the supplementary characters; the scan stops at the first of those, and then the answer is -1
     * and the caller lowers the whole text.
     *
     * @return 1 or 0 for the answer, -1 if the text holds a character this scan does not lower itself
     */
    static int onlyGenericWordsUnlowered(String text) {
        int generic = 0;
        int other = 0;
        int start = -1;
        int hash = 0; // String.hashCode of the word so far in lower case (issue #14)
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            int lower = -1; // the character in lower case where it is a letter or a number
            if (i < length) {
                char c = text.charAt(i);
                if (c < LATIN1_WORD_LOWER.length) {
                    lower = LATIN1_WORD_LOWER[c];
                } else {
                    if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
                        return -1;
                    }
                    int l = Character.toLowerCase((int) c);
                    if (l > Character.MAX_VALUE) {
                        return -1;
                    }
                    lower = Text.isLetterOrNumber(l) ? l : -1;
                }
            }
            if (lower >= 0) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + lower;
            } else if (start >= 0) {
                if (genericWord(text, start, i, hash)) {
                    generic++;
                } else if (++other > 1) {
                    return 0;
                }
                start = -1;
            }
        }
        return generic > 0 ? 1 : 0;
    }

    /**
     * For each character of ISO 8859-1 (below U+0100, where neither "İ" nor "Σ" nor a surrogate is), {@link
     * Character#toLowerCase(int)} of it where that is a letter or a number ({@link Text#isLetterOrNumber}), else -1:
     * what {@link #onlyGenericWordsUnlowered} asks of each character, answered by one look-up for the characters of
     * most measures (the two calls were most of the loop's 5 ns a character, issue #14).
     */
    private static final int[] LATIN1_WORD_LOWER = latin1WordLower();

    private static int[] latin1WordLower() {
        int[] table = new int[256];
        for (int c = 0; c < table.length; c++) {
            int lower = Character.toLowerCase(c);
            table[c] = Text.isLetterOrNumber(lower) ? lower : -1;
        }
        return table;
    }

    /** Whether a text already in lower case has a generic word and at most one other word. */
    static boolean onlyGenericWordsOfLower(String lower) {
        // the words of Text.words, taken one by one: a second word that is not generic decides, and most measures
        // are sentences whose first two words are not (issue #14)
        int generic = 0;
        int other = 0;
        int start = -1;
        int i = 0;
        while (i <= lower.length()) {
            int c = i < lower.length() ? lower.codePointAt(i) : ' ';
            if (i < lower.length() && Text.isLetterOrNumber(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                if (GENERIC_WORD_HINT[Math.min(i - start, 31) * 128 + (lower.charAt(start) & 127)]
                        && GENERIC_MEASURE_WORDS.contains(lower.substring(start, i))) {
                    generic++;
                } else if (++other > 1) {
                    return false;
                }
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(c) : 1;
        }
        return generic > 0;
    }

    static long meaningfulWords(LocalizedText t) {
        String first = text(t);
        return wordsOf(first);
    }

    static long wordsOf(String s) {
        return Text.wordsLongerThanTwo(Text.normalise(s));
    }
}
