/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.catalog.LegalForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Company names in free text: a run of capitalised words that ends in a legal form of dpa-model's one list
 * ({@link LegalForms#distinctive()}: {@code GmbH}, {@code AG}, {@code Inc.}, {@code B.V.}, ...), for the check
 * that every company a text names as processing data is a party or a listed sub-processor.
 *
 * <p>An abbreviation that is written like a legal form but follows an article or a preposition ("der AG" for
 * the Auftraggeber, "des AG") or a bracket ("Auftraggeber (AG)") names no company, and a name near a word of
 * auditing or certification ({@code lexicon/audit-context.txt}) is an auditor's, not a processor's.
 */
final class CompanyNames {

    /** Legal forms as written, the longest first, so that "UG (haftungsbeschränkt)" wins over "UG". */
    private static final List<String> FORMS = LegalForms.distinctive().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    /** The characters below this one are ASCII. */
    private static final int ASCII = 128;

    /**
     * {@link #FORMS} whose first two characters are both ASCII, by the first and then the second character, each
     * list still the longest first; null where no form starts so. Looked up at every start of a word, so without
     * boxing a key (issue #14).
     */
    private static final List<String>[][] ASCII_STARTS = asciiStarts();

    /** The other {@link #FORMS} by their first two characters ({@link #key}), each list still the longest first. */
    private static final Map<Integer, List<String>> OTHER_STARTS = otherStarts();

    /**
     * For each pair of {@link #ASCII_STARTS}, by its first character and at {@code second × 3}: the third characters
     * (lower seven bits) of its forms of three characters or more as two words of bits, then whether one of its forms
     * has two characters. A word whose third character is none of them, and which goes on after two, begins none of
     * the pair's forms, and its forms are not compared one by one ({@link #mayBeginAt}, issue #14).
     */
    private static final long[][] ASCII_THIRDS = asciiThirds();

    /** Lower-case legal forms, as the words {@link Text#words} makes of them, to leave out of a name's core. */
    private static final Set<String> FORM_WORDS = formWords();

    /** Words that start no company name: articles, pronouns and prepositions in German and English. */
    private static final Set<String> STOP = Set.of(
            "der",
            "die",
            "das",
            "des",
            "dem",
            "den",
            "ein",
            "eine",
            "einer",
            "eines",
            "einem",
            "einen",
            "vom",
            "zum",
            "zur",
            "beim",
            "im",
            "am",
            "an",
            "auf",
            "aus",
            "bei",
            "durch",
            "für",
            "gegenüber",
            "mit",
            "von",
            "zu",
            "und",
            "oder",
            "sowie",
            "dieser",
            "diese",
            "dieses",
            "jeder",
            "jede",
            "jedes",
            "the",
            "a",
            "this",
            "that",
            "each",
            "any",
            "of",
            "by",
            "to",
            "from",
            "with",
            "for",
            "and",
            "or",
            "at",
            "in",
            "on",
            "via");

    /** Words near a name that make it an auditor's or a certification body's (lexicon/audit-context.txt). */
    static final List<String> AUDIT_CONTEXT = Lexicon.load("audit-context");

    /** How many characters before and after a name are searched for {@link #AUDIT_CONTEXT}. */
    private static final int CONTEXT_BEFORE = 100;

    private static final int CONTEXT_AFTER = 60;

    /** The most words before the legal form that a name takes. */
    private static final int MAX_WORDS = 5;

    private CompanyNames() {}

    private static boolean asciiStart(String form) {
        return form.charAt(0) < ASCII && form.charAt(1) < ASCII;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String>[][] asciiStarts() {
        List<String>[][] table = new List[ASCII][];
        for (String form : FORMS) {
            if (form.length() < 2) {
                throw new IllegalStateException("A legal form of one character cannot be told from a word: " + form);
            }
            if (asciiStart(form)) {
                List<String>[] second = table[form.charAt(0)];
                if (second == null) {
                    second = new List[ASCII];
                    table[form.charAt(0)] = second;
                }
                List<String> forms = second[form.charAt(1)];
                second[form.charAt(1)] = forms == null ? List.of(form) : append(forms, form);
            }
        }
        return table;
    }

    private static long[][] asciiThirds() {
        long[][] table = new long[ASCII][];
        for (int first = 0; first < ASCII; first++) {
            List<String>[] bySecond = ASCII_STARTS[first];
            if (bySecond == null) {
                continue;
            }
            table[first] = new long[ASCII * 3];
            for (int second = 0; second < ASCII; second++) {
                for (String form : bySecond[second] == null ? List.<String>of() : bySecond[second]) {
                    if (form.length() == 2) {
                        table[first][second * 3 + 2] = 1;
                    } else {
                        int third = form.charAt(2) & (ASCII - 1);
                        table[first][second * 3 + (third >>> 6)] |= 1L << third;
                    }
                }
            }
        }
        return table;
    }

    /**
     * Whether a legal form of {@link #formsAt} may begin at {@code at}: false only where none does, told by the third
     * character. Characters that are not ASCII are not told apart.
     */
    static boolean mayBeginAt(String text, int at) {
        char first = text.charAt(at);
        char second = text.charAt(at + 1);
        int third = at + 2;
        if (first >= ASCII || second >= ASCII || third >= text.length()) {
            return true;
        }
        long[] thirds = ASCII_THIRDS[first];
        if (thirds == null) {
            return true;
        }
        char c = text.charAt(third);
        int bit = c & (ASCII - 1);
        return (thirds[second * 3 + (bit >>> 6)] & (1L << bit)) != 0
                || (thirds[second * 3 + 2] != 0 && !Character.isLetterOrDigit(c));
    }

    private static List<String> append(List<String> list, String element) {
        List<String> longer = new ArrayList<>(list);
        longer.add(element);
        return List.copyOf(longer);
    }

    private static Map<Integer, List<String>> otherStarts() {
        Map<Integer, List<String>> map = new HashMap<>();
        for (String form : FORMS) {
            if (!asciiStart(form)) {
                map.computeIfAbsent(key(form, 0), c -> new ArrayList<>()).add(form);
            }
        }
        map.replaceAll((c, forms) -> List.copyOf(forms));
        return Map.copyOf(map);
    }

    /**
     * Whether a legal form begins with the two characters, both ASCII: where none does, {@link Finder#wordAt} finds
     * nothing there, so a scan need not call it (issue #14).
     */
    static boolean mayBeginForm(char first, char second) {
        List<String>[] bySecond = ASCII_STARTS[first];
        return bySecond != null && bySecond[second] != null;
    }

    /** The legal forms that begin with the two characters at {@code at}, the longest first; null if none. */
    static @Nullable List<String> formsAt(String text, int at) {
        char first = text.charAt(at);
        char second = text.charAt(at + 1);
        if (first < ASCII && second < ASCII) {
            List<String>[] bySecond = ASCII_STARTS[first];
            return bySecond == null ? null : bySecond[second];
        }
        return OTHER_STARTS.isEmpty() ? null : OTHER_STARTS.get(key(text, at));
    }

    /** The two characters at {@code at} as one key. */
    private static int key(String text, int at) {
        return (text.charAt(at) << 16) | text.charAt(at + 1);
    }

    private static Set<String> formWords() {
        Set<String> words = new LinkedHashSet<>();
        LegalForms.all().forEach(f -> words.addAll(Text.words(f)));
        return Set.copyOf(words);
    }

    /**
     * The company names in a text, outside an auditing context, in order of their legal form's position.
     *
     * @param text one translation of a free text
     * @return the names as written, each with its legal form; may be empty
     */
    static List<String> find(String text) {
        Finder finder = new Finder(text);
        for (int i = 1; i + 1 < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                finder.wordAt(i);
            }
        }
        return finder.names();
    }

    /**
     * The names of one text, collected word start by word start in increasing order: the loop of {@link #find}, which
     * {@link TextScan} runs in its own pass over the text (issue #14).
     */
    static final class Finder {
        private final String text;
        private @Nullable Map<Integer, String> names;
        private int taken = -1; // the end of the last legal form found: a form inside it is part of it

        Finder(String text) {
            this.text = text;
        }

        /**
         * Looks for a legal form at a start of a word: a position after white space with a character after it. Only
         * the forms that begin with the word's first two characters are tried, the longest first (as FORMS is
         * sorted).
         */
        void wordAt(int i) {
            if (i < taken) {
                return;
            }
            List<String> candidates = formsAt(text, i);
            if (candidates == null || !mayBeginAt(text, i)) {
                return; // most capitalised words begin with the two characters of a form, few with its third
            }
            for (int k = 0; k < candidates.size(); k++) { // by position: no iterator, at every place a form may begin
                String form = candidates.get(k);
                int end = i + form.length();
                if (!text.startsWith(form, i) || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
                    continue;
                }
                taken = end;
                int start = nameStart(text, i);
                if (start >= 0 && !core(text.substring(start, end)).isEmpty() && !auditContext(text, start, end)) {
                    Map<Integer, String> found = names;
                    if (found == null) {
                        found = new TreeMap<>();
                        names = found;
                    }
                    found.put(start, Text.collapseWhiteSpace(text.substring(start, end)));
                }
                return;
            }
        }

        /** The names found, in order of their position, each once. */
        List<String> names() {
            Map<Integer, String> found = names;
            return found == null ? List.of() : List.copyOf(new LinkedHashSet<>(found.values()));
        }
    }

    /** Where the words before the legal form at {@code formStart} begin, or -1 if no capitalised word precedes. */
    private static int nameStart(String text, int formStart) {
        int start = -1;
        int pos = formStart;
        for (int words = 0; words < MAX_WORDS; words++) {
            int end = pos;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int begin = end;
            while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
                begin--;
            }
            if (begin == end) {
                break;
            }
            String word = text.substring(begin, end);
            // only the word right before the legal form may end in a comma ("Amazon Web Services, Inc.")
            if (words == 0 && word.endsWith(",")) {
                word = word.substring(0, word.length() - 1);
            }
            if (!nameWord(word)) {
                break;
            }
            start = begin;
            pos = begin;
        }
        return start;
    }

    private static boolean nameWord(String word) {
        if (word.isEmpty() || STOP.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (word.equals("&")) {
            return true;
        }
        char first = word.charAt(0);
        char last = word.charAt(word.length() - 1);
        return (Character.isUpperCase(first) || Character.isDigit(first))
                && ".:;,()\"„“”".indexOf(last) < 0
                && ".:;,()\"„“”".indexOf(first) < 0;
    }

    private static boolean auditContext(String text, int start, int end) {
        String around = text.substring(
                        Math.max(0, start - CONTEXT_BEFORE), Math.min(text.length(), end + CONTEXT_AFTER))
                .toLowerCase(Locale.ROOT);
        return AUDIT_CONTEXT.stream().anyMatch(around::contains);
    }

    /**
     * The words of a name that identify it: lower case, without legal forms, articles and words of two letters or
     * fewer.
     *
     * @param name a company name
     * @return the identifying words in order; may be empty
     */
    static List<String> core(String name) {
        List<String> core = new ArrayList<>();
        for (String w : Text.words(name)) {
            if (w.length() > 2 && !FORM_WORDS.contains(w) && !STOP.contains(w)) {
                core.add(w);
            }
        }
        return core;
    }

    /**
     * Whether a name found in a text designates a known company: the first identifying word of the known name is
     * among the identifying words of the found one ("Hetzner" in "Rechenzentrum der Hetzner Online GmbH"), which
     * also counts companies of the same group ("Example Holding GmbH" for "Example GmbH").
     *
     * @param found a name found in a text
     * @param known the names of the parties and the listed sub-processors
     * @return whether the found name is one of them or of their group
     */
    static boolean known(String found, List<String> known) {
        List<String> words = core(found);
        for (String k : known) {
            List<String> c = core(k);
            if (!c.isEmpty() && words.contains(c.get(0))) {
                return true;
            }
        }
        return false;
    }
}
