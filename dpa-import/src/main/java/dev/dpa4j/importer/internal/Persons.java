/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The first and second person of a plain-language agreement read as the parties' roles (#16, round 12b). Many vendors
 * write their DPA as "we" (the vendor) and "you" (the customer), in German „wir“/„uns“/„unser“ and
 * „Sie“/„Ihnen“/„Ihr“; the cues name the parties by their roles. Who "we" is is decided per document, from the
 * document:
 *
 * <ol>
 *   <li>a definition: {@code ("Acme", "we", "us")} with Acme's role known, {@code "we" means the provider}, {@code
 *       "you" means the customer}, „„Wir“ ist die Beispiel GmbH“, „wir (nachfolgend „Auftragsverarbeiter“)“;
 *   <li>otherwise the roles stated in the first or second person: "we process … on your behalf", "we are your
 *       processor", "you are the controller", „Sie sind Verantwortlicher“ (and the other way round: "you process …
 *       on our behalf", "we are the controller"; a role for other data, "we are the controller of our own account
 *       data", counts for neither); the side with more statements decides, a tie decides nothing;
 *   <li>otherwise, where the document speaks in the first person at all, its publisher: an agreement published as
 *       "we" and "you" with nothing else said is the vendor's, and the vendor is the processor.
 * </ol>
 *
 * <p>Only a document that uses both persons as parties gets the rewrite ("we" at least three times and "you" at least
 * three times): an agreement in the third person that says "we" once in a preamble is read as before. The rewrite
 * ("we'll" → "the processor will", "tell us" → "tell the processor", „wir löschen“ → „der Auftragsverarbeiter löscht“,
 * „informieren wir Sie“ → „informiert der Auftragsverarbeiter den Verantwortlichen“) is seen only by cue matching;
 * quotations keep the original. A possessive stays a possessive in the word the cues know ("our", "your" → "its",
 * „unsere“, „Ihre“ → „seine“), as in an agreement written in the third person; contractions are written out ("won't"
 * → "will not").
 */
final class Persons {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Who "we" is in a document. */
    enum Direction {
        /** "we" is the processor, "you" the controller. */
        WE_PROCESSOR,
        /** "we" is the controller, "you" the processor (purchase terms written by the customer). */
        WE_CONTROLLER
    }

    private static final Pattern EN_WE =
            AsciiGerman.compile("(?-i:\\b(?:[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)\\b|\\b[Ww]e['’](?:re|ll|ve|d)\\b)");
    private static final Pattern EN_YOU =
            AsciiGerman.compile("\\b(?:you|your|yours|yourself)\\b|\\byou['’](?:re|ll|ve|d)\\b", FLAGS);
    private static final Pattern DE_WE = AsciiGerman.compile("\\b(?:wir|uns|unser(?:e|en|em|er|es)?)\\b", FLAGS);
    /** The formal „Sie“ and „Ihr“: capitalised; a capital after a sentence end may also be "they", so it is left out. */
    private static final Pattern DE_YOU =
            AsciiGerman.compile("(?<![.!?:]\\s{0,3})(?<![.!?:])\\b(?:Sie|Ihnen|Ihr(?:e|en|em|er|es)?)\\b");

    private static final String PROCESSOR_WORDS = "(?:data |\\(data\\) )?(?:processor|auftragsverarbeiter(?:in)?"
            + "|auftragsbearbeiter(?:in)?|auftragnehmer(?:in)?|service provider|provider|supplier|vendor|anbieter(?:in)?"
            + "|dienstleister(?:in)?)";
    private static final String CONTROLLER_WORDS = "(?:data |\\(data\\) )?(?:controller|verantwortliche[rn]?"
            + "|auftraggeber(?:in)?|customer|client|kunde|kundin|subscriber|company that (?:subscribes|signs|uses)"
            + "|business(?:es)? (?:that|which) (?:uses?|subscribes?))";

    /** "we", "us" and "our" mean X; „Wir“ ist X; „Sie“ ist X. Group {@code who} is the person, {@code what} X. */
    private static final Pattern DEFINITION = AsciiGerman.compile(
            "[„\"“'‘]\\s*(?<who>we|us|our|you|your|wir|sie)\\s*[“\"”'’]"
                    + "(?:\\s*(?:,|and|or|und|bzw\\.)\\s*[„\"“'‘]\\s*(?:we|us|our|you|your|uns|unser\\w*|ihnen|ihr\\w*)\\s*[“\"”'’])*"
                    + "\\s*(?:means|mean|refers? to|is|are|ist|sind|bezeichnet|bezeichnen|meint|meinen|steht für|stehen für)\\s+"
                    + "(?<what>[^.;]{1,100})",
            FLAGS);

    /** X ("Acme", "we", "us"); X (the "Customer", "you"). Group {@code what} is X, {@code who} the person. */
    private static final Pattern DESIGNATED = AsciiGerman.compile(
            "(?<what>[^.;()]{1,100}\\(\\s*(?:[^()]{0,60}?[,;]\\s*)?)(?:the\\s+|nachfolgend\\s+|im folgenden\\s+|auch\\s+)?"
                    + "[„\"“'‘]\\s*(?<who>we|us|you|wir|sie)\\s*[“\"”'’]",
            FLAGS);

    /** „wir (nachfolgend „Auftragsverarbeiter“)“, "we (the "Processor")": group {@code what} is the role named. */
    private static final Pattern PERSON_DESIGNATED = AsciiGerman.compile(
            "\\b(?<who>we|us|wir|sie)\\s*\\(\\s*(?:the\\s+|nachfolgend\\s+|im folgenden\\s+|auch\\s+|hereinafter\\s+)?"
                    + "(?:[„\"“'‘]\\s*)?(?<what>\\p{L}[\\p{L} -]{0,40})",
            FLAGS);

    private static final Pattern PROCESSOR = AsciiGerman.compile("\\b" + PROCESSOR_WORDS + "\\b", FLAGS);
    private static final Pattern CONTROLLER = AsciiGerman.compile("\\b" + CONTROLLER_WORDS + "\\b", FLAGS);

    /** A role stated for other data: "for our own purposes", „für eigene Zwecke“. */
    private static final Pattern CARVE_OUT = AsciiGerman.compile(
            "^[^.;]{0,80}?\\b(?:own|independent(?:ly)?|separate(?:ly)?|eigene[nmrs]?|eigenständig\\w*|selbst(?:ändig)?)\\b",
            FLAGS);

    private static final String BE_EN = "(?:\\s+(?:are|act|will act|shall act|remain|acts?)|['’]re)\\s+(?:as\\s+)?"
            + "(?:\\w+\\s+){0,2}?(?:the |a |an |your |our |its )?[\"“'‘]?";
    private static final String BE_DE =
            "\\s+(?:sind|bleiben|handeln|agieren|fungieren)\\s+(?:\\w+\\s+){0,2}?(?:als\\s+)?"
                    + "(?:der |die |ein |eine |Ihr |unser |Ihre |unsere )?[„\"“'‘]?";

    /** First and second person statements that make "we" the processor. */
    private static final Pattern WE_ARE_PROCESSOR = AsciiGerman.compile(
            "\\bwe" + BE_EN + PROCESSOR_WORDS + "\\b"
                    + "|\\byou" + BE_EN + CONTROLLER_WORDS + "\\b"
                    + "|\\bwe\\s+(?:\\w+\\s+){0,2}?(?:process|handle|store|host)\\w*\\b[^.;]{0,100}?\\bon your behalf\\b"
                    + "|\\bwir" + BE_DE + PROCESSOR_WORDS + "\\b"
                    + "|\\b(?:sind|bleiben|handeln) wir\\s+(?:\\w+\\s+){0,2}?(?:als\\s+)?(?:Ihr |der |ein )?[„\"“]?"
                    + PROCESSOR_WORDS + "\\b"
                    + "|(?-i:\\bSie)" + BE_DE + CONTROLLER_WORDS + "\\b"
                    + "|(?-i:\\b(?:sind|bleiben) Sie)\\s+(?:\\w+\\s+){0,2}?(?:der |die )?[„\"“]?" + CONTROLLER_WORDS
                    + "\\b"
                    + "|\\bon your (?:documented |written )?behalf\\b"
                    + "|\\bwe\\b[^.;]{0,80}?\\bon your (?:documented |written )?instructions?\\b"
                    + "|\\bwir\\b[^.;]{0,80}?(?-i:\\b(?:nach|auf|gemäß) Ihre[rn]? (?:dokumentierten |schriftlichen )?Weisung)"
                    + "|\\b(?:wir\\s+(?:\\w+\\s+){0,2}?verarbeiten|verarbeiten\\s+wir)\\b[^.;]{0,100}?(?-i:\\bin Ihrem Auftrag\\b|\\bim Auftrag)",
            FLAGS);

    /** First and second person statements that make "we" the controller (terms written by the customer). */
    private static final Pattern WE_ARE_CONTROLLER = AsciiGerman.compile(
            "\\bwe" + BE_EN + CONTROLLER_WORDS + "\\b"
                    + "|\\byou" + BE_EN + PROCESSOR_WORDS + "\\b"
                    + "|\\byou\\b[^.;]{0,80}?\\bon our (?:documented |written )?(?:behalf|instructions?)\\b"
                    + "|(?-i:\\bSie\\b)[^.;]{0,80}?\\b(?:nach|auf|gemäß) unsere[rn]? (?:dokumentierten |schriftlichen )?Weisung"
                    + "|\\bwir" + BE_DE + CONTROLLER_WORDS + "\\b"
                    + "|(?-i:\\bSie)" + BE_DE + PROCESSOR_WORDS + "\\b"
                    + "|(?-i:\\b(?:sind|bleiben) Sie)\\s+(?:\\w+\\s+){0,2}?(?:der |die |ein |eine |unser |unsere )?[„\"“]?"
                    + PROCESSOR_WORDS + "\\b"
                    + "|\\b(?:sind|bleiben) wir\\s+(?:\\w+\\s+){0,2}?(?:als\\s+)?(?:Ihr |der |die )?[„\"“]?"
                    + CONTROLLER_WORDS + "\\b"
                    + "|(?-i:\\b(?:Sie\\s+(?:\\w+\\s+){0,2}?verarbeiten|verarbeiten\\s+Sie)\\b)[^.;]{0,100}?\\bin unserem Auftrag\\b",
            FLAGS);

    private final Direction direction;
    private final boolean german;

    private Persons(Direction direction, boolean german) {
        this.direction = direction;
        this.german = german;
    }

    /**
     * Who "we" and "you" are in a document.
     *
     * @param document the document's whole text (in the vocabulary of the cues)
     * @param names the parties' names learned from the document with their roles ("processor", "controller")
     * @param german whether the document is in German
     * @return the reading, or null where the document does not speak as "we" to "you"
     */
    static @Nullable Persons of(String document, Map<String, String> names, boolean german) {
        int we = count(german ? DE_WE : EN_WE, document);
        int you = count(german ? DE_YOU : EN_YOU, document);
        if (we < 3 || you < 3) {
            return null;
        }
        Direction d = byDefinition(document, names);
        if (d == null) {
            int processor = statements(WE_ARE_PROCESSOR, document);
            int controller = statements(WE_ARE_CONTROLLER, document);
            d = processor > controller
                    ? Direction.WE_PROCESSOR
                    : controller > processor ? Direction.WE_CONTROLLER : processor == 0 ? Direction.WE_PROCESSOR : null;
        }
        return d == null ? null : new Persons(d, german);
    }

    /** The reading's direction. */
    Direction direction() {
        return direction;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A role under a condition ("where you act as a processor", „soweit Sie … sind“) is no statement of the roles. */
    private static final Pattern CONDITION = AsciiGerman.compile(
            "\\b(?:where|if|when|insofar as|to the extent|wenn|soweit|sofern|falls)\\s+(?:\\S+\\s+){0,2}$", FLAGS);

    private static int statements(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            if (!CARVE_OUT.matcher(text.substring(m.end())).lookingAt()
                    && !CONDITION
                            .matcher(text.substring(Math.max(0, m.start() - 40), m.start()))
                            .find()) {
                n++;
            }
        }
        return n;
    }

    /** The direction a definition of "we" or "you" gives, or null. */
    private static @Nullable Direction byDefinition(String document, Map<String, String> names) {
        for (Pattern p : new Pattern[] {DEFINITION, DESIGNATED, PERSON_DESIGNATED}) {
            Matcher m = p.matcher(document);
            while (m.find()) {
                String who = m.group("who").toLowerCase(Locale.ROOT);
                if (who.equals("sie") && !m.group("who").equals("Sie")) {
                    continue;
                }
                String role = roleOf(m.group("what"), names, p == DESIGNATED);
                if (role == null) {
                    continue;
                }
                boolean first = who.equals("we") || who.equals("us") || who.equals("our") || who.equals("wir");
                boolean processor = role.equals("processor");
                return first == processor ? Direction.WE_PROCESSOR : Direction.WE_CONTROLLER;
            }
        }
        return null;
    }

    /** The role a defining phrase names: a role word, or a learned name. */
    private static @Nullable String roleOf(String what, Map<String, String> names, boolean last) {
        // in "X ("we")" the party is the end of the phrase; in "we" means X its start
        String phrase = what.strip();
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (AsciiGerman.compile("(?<![\\p{L}\\d])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\d])")
                    .matcher(phrase)
                    .find()) {
                return e.getValue();
            }
        }
        Matcher p = PROCESSOR.matcher(phrase);
        Matcher c = CONTROLLER.matcher(phrase);
        boolean isP = p.find();
        boolean isC = c.find();
        if (isP && isC) {
            // both named: the nearer one to the person is the one defined
            return (last ? p.start() > c.start() : p.start() < c.start()) ? "processor" : "controller";
        }
        return isP ? "processor" : isC ? "controller" : null;
    }

    /**
     * A passage with "we" and "you" written as the roles' words.
     *
     * @param passage the passage (in the vocabulary of the cues)
     * @return the text for cue matching
     */
    String normalise(String passage) {
        return german ? german(passage) : english(passage);
    }

    // ---- English ------------------------------------------------------------------------------------------------

    private static final Pattern EN_CONTRACTION = AsciiGerman.compile(
            "\\b(won|can|don|doesn|didn|isn|aren|wasn|weren|shouldn|wouldn|couldn|haven|hasn|mustn|needn)['’]t\\b",
            FLAGS);

    private static final Pattern EN_PERSON = AsciiGerman.compile(
            "(?-i:\\b(?<we>[Ww]e)(?:(?<wea>['’](?:re|ll|ve|d))|\\s+(?<wev>are|were|have|do|don['’]t))?\\b"
                    + "|\\b(?<us>[Uu]s)\\b|\\b(?<our>[Oo]urs?)\\b|\\b(?<ourselves>[Oo]urselves)\\b)"
                    + "|\\b(?<you>you)(?:(?<youa>['’](?:re|ll|ve|d))|\\s+(?<youv>are|were|have|do))?\\b"
                    + "|\\b(?<your>your|yours)\\b|\\b(?<yourself>yourself|yourselves)\\b",
            FLAGS);

    private String english(String passage) {
        String text = replace(EN_CONTRACTION, passage, m -> {
            String w = m.group(1);
            String lower = w.toLowerCase(Locale.ROOT);
            String base = lower.equals("won")
                    ? "will"
                    : lower.equals("can") ? "can" : lower.equals("don") ? "do" : lower.substring(0, lower.length() - 1);
            if (lower.equals("can")) {
                return keepCase(w, "cannot");
            }
            return keepCase(w, base) + " not";
        });
        boolean weP = direction == Direction.WE_PROCESSOR;
        String weRole = weP ? "processor" : "controller";
        String youRole = weP ? "controller" : "processor";
        return replace(EN_PERSON, text, m -> {
            String first;
            String role;
            String rest = "";
            if (m.group("we") != null) {
                first = m.group("we");
                role = weRole;
                rest = verb(m.group("wea"), m.group("wev"));
            } else if (m.group("us") != null) {
                first = m.group("us");
                role = weRole;
            } else if (m.group("our") != null) {
                // a possessive stays a possessive, in the word the cues know ("its own purposes", "its account")
                return keepCase(m.group("our"), "its");
            } else if (m.group("ourselves") != null) {
                return "itself";
            } else if (m.group("you") != null) {
                first = m.group("you");
                role = youRole;
                rest = verb(m.group("youa"), m.group("youv"));
            } else if (m.group("your") != null) {
                return keepCase(m.group("your"), "its");
            } else {
                return "itself";
            }
            return (Character.isUpperCase(first.charAt(0)) ? "The " : "the ") + role + rest;
        });
    }

    /** The third person of the verb contracted with or following "we"/"you". */
    private static String verb(@Nullable String contracted, @Nullable String following) {
        String v = contracted != null
                ? contracted.substring(1).toLowerCase(Locale.ROOT)
                : following == null ? null : following.toLowerCase(Locale.ROOT);
        if (v == null) {
            return "";
        }
        return switch (v) {
            case "re", "are" -> " is";
            case "were" -> " was";
            case "ll" -> " will";
            case "ve", "have" -> " has";
            case "d" -> " would";
            case "do" -> " does";
            default -> " does not";
        };
    }

    // ---- German -------------------------------------------------------------------------------------------------

    /** „wir“ with the verb after it or before it. Group {@code v} is the verb. */
    private static final String NO_VERB =
            "(?!(?:denen|einen|keinen|wegen|gegen|zwischen|neben|oben|eben|deswegen|seinen"
                    + "|ihren|unseren|allen|diesen|jenen|welchen|manchen|solchen|jeden|anderen|übrigen|ersten|letzten)\\b)";

    private static final Pattern DE_WIR = AsciiGerman.compile(
            "(?<inv>\\b" + NO_VERB
                    + "(?<vi>\\p{Ll}+en|sind)\\s+wir\\b)|(?<plain>\\b(?<w>[Ww]ir)\\b(?:\\s+(?<vp>\\p{Ll}+en|sind)\\b)?)",
            Pattern.UNICODE_CASE);

    private static final Pattern DE_SIE = AsciiGerman.compile(
            "(?<inv>\\b" + NO_VERB
                    + "(?<vi>\\p{Ll}+en|sind)\\s+Sie\\b)|(?<plain>\\bSie\\b(?:\\s+(?<vp>\\p{Ll}+en|sind)\\b)?)",
            Pattern.UNICODE_CASE);

    /** „der Auftragsverarbeiter (wird) Sie …“: after the other party as subject, „Sie“ is the object. */
    private static final Pattern OBJECT_AFTER = AsciiGerman.compile(
            "(?:Auftragsverarbeiter|Verantwortliche)(?:\\s+(?!und\\b|oder\\b|sowie\\b)\\p{L}+)?\\s+$",
            Pattern.UNICODE_CASE);

    private static final Pattern DE_UNS = AsciiGerman.compile("\\b[Uu]ns\\b", Pattern.UNICODE_CASE);
    private static final Pattern DE_UNSER =
            AsciiGerman.compile("\\b([Uu])nser(e|en|em|er|es)?\\b", Pattern.UNICODE_CASE);
    private static final Pattern DE_IHNEN = AsciiGerman.compile("\\bIhnen\\b", Pattern.UNICODE_CASE);
    private static final Pattern DE_IHR =
            AsciiGerman.compile("\\bIhr(e|en|em|er|es)?\\b(?:\\s+(\\p{Lu}\\p{L}*))?", Pattern.UNICODE_CASE);

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("sind", "ist"),
            Map.entry("haben", "hat"),
            Map.entry("werden", "wird"),
            Map.entry("können", "kann"),
            Map.entry("dürfen", "darf"),
            Map.entry("müssen", "muss"),
            Map.entry("wollen", "will"),
            Map.entry("sollen", "soll"),
            Map.entry("geben", "gibt"),
            Map.entry("nehmen", "nimmt"),
            Map.entry("helfen", "hilft"),
            Map.entry("sehen", "sieht"),
            Map.entry("treffen", "trifft"),
            Map.entry("sprechen", "spricht"),
            Map.entry("halten", "hält"),
            Map.entry("lassen", "lässt"),
            Map.entry("tragen", "trägt"),
            Map.entry("wissen", "weiß"),
            Map.entry("empfehlen", "empfiehlt"),
            Map.entry("vergeben", "vergibt"),
            Map.entry("unterbrechen", "unterbricht"),
            Map.entry("erhalten", "erhält"),
            Map.entry("enthalten", "enthält"));

    /** The third person singular of a German verb in the plural ("löschen" → "löscht", „melden“ → „meldet“). */
    static String thirdPerson(String plural) {
        String irregular = IRREGULAR.get(plural);
        if (irregular != null) {
            return irregular;
        }
        for (Map.Entry<String, String> e : IRREGULAR.entrySet()) {
            // separable or prefixed forms of the irregular verbs: "weitergeben", "vornehmen", "einhalten"
            if (plural.endsWith(e.getKey()) && plural.length() > e.getKey().length() + 1) {
                return plural.substring(0, plural.length() - e.getKey().length()) + e.getValue();
            }
        }
        if (plural.endsWith("eln") || plural.endsWith("ern")) {
            return plural.substring(0, plural.length() - 1) + "t";
        }
        if (!plural.endsWith("en")) {
            return plural;
        }
        String stem = plural.substring(0, plural.length() - 2);
        if (stem.endsWith("t") || stem.endsWith("d") || stem.matches(".*[^aeiouäöülr][mn]")) {
            return stem + "et";
        }
        return stem + "t";
    }

    private String german(String passage) {
        boolean weP = direction == Direction.WE_PROCESSOR;
        String weRole = weP ? "Auftragsverarbeiter" : "Verantwortliche";
        String youRole = weP ? "Verantwortliche" : "Auftragsverarbeiter";
        String text = replace(DE_WIR, passage, m -> subject(m, weRole, m.group("w")));
        String afterWe = text;
        text = replace(DE_SIE, text, m -> {
            // "der Auftragsverarbeiter Sie informiert": "Sie" is the object here
            String before = afterWe.substring(Math.max(0, m.start() - 40), m.start());
            if (m.group("plain") != null && OBJECT_AFTER.matcher(before).find()) {
                return "den " + youRole + (youRole.endsWith("e") ? "n" : "")
                        + (m.group("vp") == null ? "" : " " + m.group("vp"));
            }
            return subject(m, youRole, "Sie");
        });
        text = replace(
                DE_UNS, text, m -> (m.group().charAt(0) == 'U' ? "Dem " : "dem ") + weRole + suffix(weRole, true));
        text = replace(
                DE_UNSER,
                text,
                m -> (m.group(1).equals("U") ? "S" : "s") + "ein" + (m.group(2) == null ? "" : m.group(2)));
        text = replace(DE_IHNEN, text, m -> "dem " + youRole + suffix(youRole, true));
        // a possessive stays a possessive („seine Daten“), as in an agreement written in the third person
        return replace(
                DE_IHR,
                text,
                m -> "sein" + (m.group(1) == null ? "" : m.group(1)) + (m.group(2) == null ? "" : " " + m.group(2)));
    }

    private static String suffix(String role, boolean dative) {
        return dative && role.endsWith("e") ? "n" : "";
    }

    private static String subject(Matcher m, String role, @Nullable String word) {
        if (m.group("inv") != null) {
            return thirdPerson(m.group("vi")) + " der " + role;
        }
        String article = word != null && Character.isUpperCase(word.charAt(0)) && !word.equals("Sie") ? "Der " : "der ";
        String verb = m.group("vp");
        return article + role + (verb == null ? "" : " " + thirdPerson(verb));
    }

    // ---- shared -------------------------------------------------------------------------------------------------

    private interface Replacement {
        String apply(Matcher m);
    }

    private static String replace(Pattern p, String text, Replacement r) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(r.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static String keepCase(String original, String word) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                : word;
    }
}
