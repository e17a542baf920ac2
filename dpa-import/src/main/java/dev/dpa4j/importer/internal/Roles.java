/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The names under which a document refers to its parties, learned from the document, and the passage text that
 * every cue is matched against, with those names read as the role words the cues know.
 *
 * <p>Agreements written by a vendor state their duties with the parties' defined names: "Orbital will process …
 * only on Customer's documented instructions", „Die Beispiel GmbH (nachfolgend „Anbieter“) …". A name is learned
 * from a designation in the opening of the document ({@code ("Acme")}, {@code hereinafter "Vendor"}) together with
 * a sentence that gives its role ("Acme is the processor", "Customer acts as controller", „Acme ist
 * Auftragsverarbeiter“), or from a designation that is itself a role word ("Vendor", „Anbieter“), or from the
 * definition of a processor said of the name ("Acme processes personal data on behalf of Customer"). A role stated for
 * other data ("Acme acts as controller for its own billing records") gives none. {@link
 * #normalise(String)} then writes a name that is not already a word of the cues ("Acme", "Company") as the role's
 * word ("the processor", „der Auftragsverarbeiter“), so that cues for requirements, facts and elements read the
 * sentence alike. A document written as "we" to "you" has those persons read as the roles too ({@link Persons}).
 * Only matching sees the normalised text: quotations and offsets keep the original.
 */
final class Roles {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A designation in the opening: ("Acme"), (the "Vendor"), hereinafter "Provider", nachfolgend „Anbieter“. */
    private static final Pattern DESIGNATION = AsciiGerman.compile(
            "(?:(?:nachfolgend|nachstehend|im folgenden|hereinafter(?: referred to as)?|referred to as)\\s*(?:auch\\s*)?[:(\\-–„\"“'‚]*\\s*(?:der |die |das |the )?[„\"“'‚]?\\s*|\\(\\s*(?:the |der |die )?[„\"“'‚]\\s*)(?<word>\\p{Lu}[\\p{L}\\d&-]*(?: \\p{Lu}[\\p{L}\\d&-]*){0,2})[\"”“'’‘]",
            Pattern.UNICODE_CASE);

    /**
     * A sentence that gives a name its role: "Acme is the processor", "Customer acts as controller", also with the
     * other party named as the one it processes for ("Acme is Customer's processor", round 22).
     */
    private static final Pattern ROLE_STATEMENT = AsciiGerman.compile(
            "(?<![\\p{L}])(?<name>\\p{Lu}[\\p{L}\\d&-]*(?: \\p{Lu}[\\p{L}\\d&-]*){0,2})\\s+(?iu:(?:is|acts|shall act|will act|ist|handelt|fungiert|agiert)\\s+(?:as\\s+|als\\s+)?(?:the |a |an |its |their |der |die |ein |eine |sein |ihr )?(?:\\p{L}[\\p{L}\\d&-]*['’]s )?(?:data |\\(data\\) )?(?<role>processor|controller|auftragsverarbeiter|verantwortliche))",
            Pattern.UNICODE_CASE);

    /**
     * A role statement that is a case the agreement provides for, not the role it gives: "Module Three applies where
     * Customer is a processor", „soweit der Kunde Auftragsverarbeiter ist“. Such a clause says what follows if the party
     * has another role; it does not take back the role the agreement states.
     */
    private static final Pattern CONDITION_BEFORE = AsciiGerman.compile(
            "\\b(?:where|if|when|whenever|in case|in the event that|insofar as|to the extent(?: that)?|provided that"
                    + "|unless|wenn|soweit|sofern|falls|insoweit|wo)\\s+(?:the\\s+|der\\s+|die\\s+)?$",
            FLAGS);

    /**
     * The second half of a role statement that names both parties: "Customer acts as controller and Acme as
     * processor", „Der Kunde handelt als Verantwortlicher und Acme als Auftragsverarbeiter“.
     */
    private static final Pattern ELLIPSIS = AsciiGerman.compile(
            "^[^.;]{0,60}?\\s(?:and|und|while|whereas|während)\\s+(?:the |der |die )?(?<name>\\p{Lu}[\\p{L}\\d&-]*(?: \\p{Lu}[\\p{L}\\d&-]*){0,2})\\s+(?iu:(?:as|als)\\s+(?:the |a |an |its |der |die |ein |eine )?(?:data )?(?<role>processor|controller|auftragsverarbeiter|verantwortliche))",
            Pattern.UNICODE_CASE);

    /**
     * A role statement about other data than the agreement's: "Acme acts as controller for its own processing",
     * „… als Verantwortlicher für eigene Zwecke“. A processor is often also a controller of its customers' account data;
     * that statement carves those data out and does not give the party its role under the agreement.
     */
    private static final Pattern CARVE_OUT = AsciiGerman.compile(
            "^[^.;]{0,80}?\\b(?:own|independent(?:ly)?|separate(?:ly)?|eigene[nmrs]?|eigenständig\\w*|selbst(?:ändig)?)\\b",
            FLAGS);

    /**
     * The definition of a processor (Art. 4(8) GDPR) as a sentence about a name: "Acme processes personal data on
     * behalf of Customer", „Acme verarbeitet personenbezogene Daten im Auftrag des Kunden“.
     */
    private static final Pattern ON_BEHALF = AsciiGerman.compile(
            "(?<![\\p{L}])(?<name>\\p{Lu}[\\p{L}\\d&-]*(?: \\p{Lu}[\\p{L}\\d&-]*){0,2})\\s+(?iu:(?:will |shall |may )?(?:process(?:es)?|verarbeite[nt]?)\\b[^.;]{0,100}?\\b(?:on behalf of|im auftrag)\\b)",
            Pattern.UNICODE_CASE);

    /** German puts the verb first after an opening phrase: „Dabei verarbeitet Acme … im Auftrag des Kunden“. */
    private static final Pattern ON_BEHALF_INVERTED = AsciiGerman.compile(
            "(?iu:\\bverarbeite[nt]\\s+)(?<name>\\p{Lu}[\\p{L}\\d&-]*(?: \\p{Lu}[\\p{L}\\d&-]*){0,2})\\s+(?iu:[^.;]{0,100}?\\bim auftrag\\b)",
            Pattern.UNICODE_CASE);

    /** Role words the cues already know: a name of these is left as it is. */
    private static final Pattern PROCESSOR_WORD = AsciiGerman.compile(
            "^(auftragnehmer(in)?|auftragsverarbeiter(in)?|processor|data processor|supplier|provider|service provider|vendor|dienstleister|contractor|anbieter)$",
            FLAGS);

    private static final Pattern CONTROLLER_WORD = AsciiGerman.compile(
            "^(auftraggeber(in)?|verantwortliche(r)?|kunde|controller|data controller|customer|client)$", FLAGS);

    /** Names that are no party: the document itself, a law, a service. */
    private static final Pattern NO_PARTY = AsciiGerman.compile(
            "^(the |this )?(addendum|agreement|dpa|avv|vertrag|vereinbarung|terms|services?|gdpr|dsgvo|regulation|law|annex|anlage|schedule|order form|subscription agreement|main agreement|hauptvertrag|parties|party|partei(en)?)$",
            FLAGS);

    private final Map<String, String> names;
    private final boolean german;
    private final Vocabulary vocabulary;
    private final @Nullable Persons persons;
    private final @Nullable Pattern rewrite;

    private Roles(Map<String, String> names, boolean german, Vocabulary vocabulary, @Nullable Persons persons) {
        this.names = Map.copyOf(names);
        this.vocabulary = vocabulary;
        this.persons = persons;
        this.german = german;
        StringBuilder alternatives = new StringBuilder();
        names.keySet().stream()
                .filter(n -> !known(n))
                .sorted((a, b) -> b.length() - a.length())
                .forEach(n -> alternatives
                        .append(alternatives.length() == 0 ? "" : "|")
                        .append(Pattern.quote(n)));
        this.rewrite = alternatives.length() == 0
                ? null
                : AsciiGerman.compile(
                        "(?:\\b(?:the|der|die|das|dem|den) )?(?<![\\p{L}\\d])(?<name>" + alternatives
                                + ")(?![\\p{L}\\d])(?<s>['’]s)?",
                        Pattern.UNICODE_CASE);
    }

    /**
     * Learns the parties' names of a document.
     *
     * @param text the document
     * @param language its language ("de" or "en")
     * @return the names with their roles
     */
    static Roles learn(SourceText text, String language) {
        Vocabulary vocabulary = Vocabulary.of(text.text());
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Boolean> designated = new LinkedHashMap<>();
        int limit = Math.min(text.blocks().size(), 60);
        for (int b = 0; b < limit; b++) {
            Matcher m = DESIGNATION.matcher(text.text(text.blocks().get(b)));
            while (m.find()) {
                String word = m.group("word").strip();
                if (!NO_PARTY.matcher(word).matches()) {
                    designated.putIfAbsent(word, true);
                    String role = wordRole(word);
                    if (role != null) {
                        names.putIfAbsent(word, role);
                    }
                }
            }
        }
        for (SourceText.Block b : text.blocks()) {
            String block = vocabulary.normalise(text.text(b));
            Matcher m = ROLE_STATEMENT.matcher(block);
            while (m.find()) {
                String name = m.group("name").strip();
                if (CARVE_OUT.matcher(block.substring(m.end())).lookingAt()
                        || CONDITION_BEFORE
                                .matcher(block.substring(Math.max(0, m.start() - 30), m.start()))
                                .find()) {
                    continue;
                }
                // "Customer is the controller": a designated name, or the sentence's own word for a role
                if (designated.containsKey(name) || wordRole(name) != null) {
                    names.put(name, stated(m.group("role")));
                }
                // "… and Acme as processor": the other party of the same statement
                Matcher e = ELLIPSIS.matcher(block.substring(m.end()));
                if (e.lookingAt()) {
                    String other = e.group("name").strip();
                    if (designated.containsKey(other) || wordRole(other) != null) {
                        names.put(other, stated(e.group("role")));
                    }
                }
            }
        }
        // "Acme processes personal data on behalf of Customer": a designated name without a role statement
        for (SourceText.Block b : text.blocks()) {
            String block = vocabulary.normalise(text.text(b));
            for (Pattern p : List.of(ON_BEHALF, ON_BEHALF_INVERTED)) {
                Matcher m = p.matcher(block);
                while (m.find()) {
                    String name = m.group("name").strip();
                    if (designated.containsKey(name) && wordRole(name) == null) {
                        names.putIfAbsent(name, "processor");
                    }
                }
            }
        }
        boolean german = "de".equals(language);
        return new Roles(names, german, vocabulary, Persons.of(text.text(), names, german));
    }

    /** The role a statement's role word gives: processor or controller. */
    private static String stated(String word) {
        String role = word.toLowerCase(Locale.ROOT);
        return role.startsWith("auftragsverarbeiter") || role.equals("processor") ? "processor" : "controller";
    }

    private static @Nullable String wordRole(String word) {
        return PROCESSOR_WORD.matcher(word).matches()
                ? "processor"
                : CONTROLLER_WORD.matcher(word).matches() ? "controller" : null;
    }

    private static boolean known(String name) {
        return wordRole(name) != null;
    }

    /**
     * The role of a name the document gives a party.
     *
     * @param name the name as designated ("Orbital")
     * @return "processor", "controller", or null when the document does not say
     */
    @Nullable
    String role(String name) {
        return names.get(name);
    }

    /**
     * The role of the first or second person in a document written as "we" and "you" ({@link Persons}).
     *
     * @param word a designation ("we", "you", „wir“, „Sie“)
     * @return "processor", "controller", or null where the word is no person or the document is not written so
     */
    @Nullable
    String personRole(String word) {
        if (persons == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        boolean we = w.equals("we") || w.equals("us") || w.equals("wir") || w.equals("uns");
        boolean you = w.equals("you") || w.equals("sie");
        if (!we && !you) {
            return null;
        }
        return we == (persons.direction() == Persons.Direction.WE_PROCESSOR) ? "processor" : "controller";
    }

    /**
     * A heading as the cues read it: its words in the vocabulary of the cues ({@link Vocabulary}), names kept
     * ("Art der Bearbeitung" in a Swiss agreement reads as "Art der Verarbeitung").
     *
     * @param heading the heading's original text
     * @return the text to match heading cues against
     */
    String heading(String heading) {
        String out = vocabulary.normalise(heading);
        return persons == null ? out : persons.normalise(out);
    }

    /**
     * The passage as the cues read it: its words in the vocabulary of the cues ({@link Vocabulary}) and every learned
     * name that is not a role word of the cues replaced by its role's word.
     *
     * @param original the passage's original text
     * @return the text to match cues against (not for quotations: its offsets differ)
     */
    String normalise(String original) {
        String passage = vocabulary.normalise(original);
        if (persons != null) {
            passage = persons.normalise(passage);
        }
        if (rewrite == null) {
            return passage;
        }
        Matcher m = rewrite.matcher(passage);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean processor = "processor".equals(names.get(m.group("name")));
            String word = german
                    ? (processor ? "der Auftragsverarbeiter" : "der Verantwortliche")
                    : (processor ? "the processor" : "the controller");
            m.appendReplacement(out, Matcher.quoteReplacement(word + (m.group("s") == null ? "" : m.group("s"))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
