/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled run-ins of a processing description: "Subject matter: web analytics. Data subjects: visitors.
 * Categories of data: IP addresses, device identifiers." – several in one paragraph, in English and German
 * („Gegenstand: …", „Kategorien betroffener Personen: …", „Datenarten: …", „Art der Daten: …", „Zweck: …",
 * „Dauer: …"). A label counts at the start of the paragraph or of a sentence; its value runs to the next label or
 * the end of the paragraph. A paragraph may open with its number ("1.6 Kreis der Betroffenen: …", "(b) Purpose: …").
 * A label that ends its paragraph ("1.5 Art der Daten:") leads the list that follows it: its value is empty and the
 * caller takes the items. A value that runs on past the end of its first sentence into prose of another kind
 * ("… CCTV images. No special categories are processed; …") ends with that sentence where it lists types or
 * persons, and where it would be longer than a run-in can be. The first cell of a two-column table row may be such a
 * label without its colon ({@link #label(String)}). A label may also be its paragraph's title, closed by a full stop
 * ("A.2 Duration of the Processing. The term of the Agreement.").
 */
final class RunIns {

    private RunIns() {}

    /** What a label names. */
    enum Field {
        /** The subject matter of the processing. */
        SUBJECT_MATTER,
        /** The duration. */
        DURATION,
        /** The purposes. */
        PURPOSE,
        /** The nature (the operations). */
        NATURE,
        /** The nature and the purposes under one label ("Nature and purposes: …", „Art und Zweck der Verarbeitung: …“). */
        NATURE_AND_PURPOSE,
        /** The categories of data subjects. */
        DATA_SUBJECTS,
        /** The types of personal data. */
        DATA_CATEGORIES
    }

    /**
     * One labelled value.
     *
     * @param field what the label names
     * @param value the value, without the label and the closing full stop
     * @param offset the value's first character in the paragraph
     */
    record RunIn(Field field, String value, int offset) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // the longer labels first: "Art der Daten" is a type of data, "Art der Verarbeitung" the nature
    private static final String CATEGORIES =
            "(?:(?:categories|categor(?:y|ies)|types?|kinds?) of (?:customer |client )?(?:personal )?data(?! subjects?)|personal data (?:categories|types)|data (?:categories|types)|datenarten|datenkategorien|art(?:en)? (?:der |von )?(?:personenbezogenen )?daten|(?:kategorien|typen) (?:der |von )?personenbezogene[nr]? daten"
                    // a description table's row "Personal data | Identification data; …" (label alone in its cell)
                    + "|personal data(?: concerned| processed| involved)?(?! subjects?)|personenbezogene daten)";
    private static final String SUBJECTS =
            "(?:(?:categories of )?data subjects?|categories of (?:affected )?(?:individuals|persons)|kategorien (?:der )?betroffene[nr]? personen|betroffene personen|betroffene|kreis der betroffenen)";
    private static final String SUBJECT_MATTER =
            "(?:subject[- ]matter(?: of (?:the )?processing)?|gegenstand(?: der verarbeitung| des auftrags)?"
                    // the services the processor provides, named as such in a description table (round 19)
                    + "|(?:processor|processing) services|leistungen des (?:auftragsverarbeiters|auftragnehmers))";
    private static final String NATURE =
            "(?:nature(?: of (?:the )?processing)?|processing operations|art der verarbeitung|verarbeitungsvorgänge)";
    private static final String NATURE_AND_PURPOSE =
            "(?:nature and purposes?(?: of (?:the )?processing)?|art und zwecke?(?: der verarbeitung)?|zwecke? und art(?: der verarbeitung)?)";
    private static final String PURPOSE = "(?:purposes?(?: of (?:the )?processing)?|zwecke?(?: der verarbeitung)?)";
    private static final String DURATION =
            "(?:duration(?: of (?:the )?processing)?|dauer(?: der verarbeitung)?|laufzeit)";

    private static final String NUMBER =
            "\\(?[0-9a-z]{1,3}[.)]\\s*|(?:[a-z]\\.)?\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s+|[a-z]\\.\\d{1,2}\\.?\\s+";
    private static final String LABELS = "(?:(?<c>" + CATEGORIES + ")|(?<s>" + SUBJECTS + ")|(?<m>" + SUBJECT_MATTER
            + ")|(?<b>" + NATURE_AND_PURPOSE + ")|(?<n>" + NATURE + ")|(?<p>" + PURPOSE + ")|(?<d>" + DURATION + "))";
    /**
     * A label at the start of a paragraph or of a sentence, or announced within a sentence ("Nach Angabe des Kunden
     * speichern seine Systeme folgende Datenarten: …", "The Processor processes the following categories of personal
     * data: …").
     */
    private static final Pattern LABEL = AsciiGerman.compile(
            "(?:^(?:" + NUMBER + ")?|(?<=[.;])\\s+|\\b(?:folgende|following)\\s+)" + LABELS + "\\s*:\\s*", FLAGS);
    /** A label as the title of its paragraph, closed by a full stop: "A.2 Duration of the Processing. The term …". */
    private static final Pattern TITLE_LABEL = AsciiGerman.compile("^(?:" + NUMBER + ")?" + LABELS + "\\.\\s+", FLAGS);
    /** A table cell that holds only a label, its number and colon optional. */
    private static final Pattern CELL_LABEL = AsciiGerman.compile("^(?:" + NUMBER + ")?" + LABELS + "\\s*:?$", FLAGS);
    /** The end of a sentence followed by the next one. */
    private static final Pattern SENTENCE_END = Sentences.FULL_STOP;

    private static final int LONGEST = 600;

    /**
     * The run-ins of a paragraph.
     *
     * @param paragraph the paragraph's text
     * @return its labelled values in order, empty if it has none
     */
    static List<RunIn> read(String paragraph) {
        List<RunIn> out = new ArrayList<>();
        Field field = null;
        int from = 0;
        Matcher title = TITLE_LABEL.matcher(paragraph);
        if (title.lookingAt()) {
            field = field(title);
            from = title.end();
        }
        Matcher m = LABEL.matcher(paragraph);
        m.useAnchoringBounds(false).useTransparentBounds(true).region(from, paragraph.length());
        while (m.find()) {
            if (field != null) {
                add(out, field, paragraph, from, m.start());
            }
            field = field(m);
            from = m.end();
        }
        if (field != null) {
            add(out, field, paragraph, from, paragraph.length());
        }
        return out;
    }

    private static Field field(Matcher m) {
        if (m.group("c") != null) {
            return Field.DATA_CATEGORIES;
        } else if (m.group("s") != null) {
            return Field.DATA_SUBJECTS;
        } else if (m.group("m") != null) {
            return Field.SUBJECT_MATTER;
        } else if (m.group("b") != null) {
            return Field.NATURE_AND_PURPOSE;
        } else if (m.group("n") != null) {
            return Field.NATURE;
        }
        return m.group("p") != null ? Field.PURPOSE : Field.DURATION;
    }

    /**
     * What the first cell of a two-column table row labels: "Categories of Data Subject", "1.5 Art der Daten:".
     *
     * @param cell the cell's text
     * @return the field, empty if the cell is not one label
     */
    static Optional<Field> label(String cell) {
        Matcher m = CELL_LABEL.matcher(cell.strip());
        return m.matches() ? Optional.of(field(m)) : Optional.empty();
    }

    /**
     * A value as a run-in states it: without its closing full stop, cut at the end of its first sentence where it
     * lists types of data or persons or would be longer than {@value #LONGEST} characters.
     *
     * @param field the field
     * @param raw the text after the label
     * @return the value, empty if none is left
     */
    static String value(Field field, String raw) {
        String value = raw.strip();
        boolean list = field == Field.DATA_CATEGORIES || field == Field.DATA_SUBJECTS;
        if (list || value.length() > LONGEST) {
            Matcher end = SENTENCE_END.matcher(value);
            if (end.find()) {
                value = value.substring(0, end.start());
            }
        }
        value = value.replaceAll("[.;]+$", "").strip();
        return value.length() <= LONGEST ? value : "";
    }

    private static void add(List<RunIn> out, Field field, String paragraph, int from, int to) {
        String raw = paragraph.substring(from, to);
        String value = value(field, raw);
        if (!value.isEmpty()) {
            out.add(new RunIn(field, value, from + leading(paragraph, from)));
        } else if (raw.isBlank() && to == paragraph.length()) {
            out.add(new RunIn(field, "", to)); // the label ends the paragraph: it leads a list
        }
    }

    private static int leading(String paragraph, int from) {
        int i = from;
        while (i < paragraph.length() && Character.isWhitespace(paragraph.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /**
     * The items of a value that lists several: "IP addresses, device identifiers, page views" gives three. The value
     * is cut only outside parentheses, also nested ones ("Identification data (name, citizen service number (BSN),
     * address)" is one item); where it separates items by semicolons, a comma belongs to its item ("Patients; parents,
     * guardians and representatives of Patients" gives two); "and" after a hyphen joins two halves of a compound
     * ("Steuer- und Sozialversicherungsdaten" is one item). A model form's options are items of their own: the text of
     * each ticked box ("☒ Bankverbindung ☒ Arbeitszeitdaten ☐ "), none for an unticked one, whose text {@link
     * FormChoices} has left out; a label of the form before an option ("sonstige: Angehörige") is not part of it.
     *
     * @param value the value
     * @return its items, the value itself when it is no list
     */
    static List<String> items(String value) {
        List<String> out = new ArrayList<>();
        for (String option : FormChoices.ticked(value)) {
            String unlabelled = OTHER_LABEL.matcher(option).replaceFirst("");
            for (String part : split(unlabelled)) {
                String item = part.strip().replaceAll("^(?:and|und|sowie)\\s+", "");
                if (!item.isEmpty()) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    /** The label a form prints before the option a party writes in: "sonstige:", "Sonstiges:", "other:". */
    private static final Pattern OTHER_LABEL =
            AsciiGerman.compile("^\\s*(?:sonstige[s]?|andere|weitere|others?|further)\\s*:\\s*", FLAGS);

    /** The last "and" of a list outside parentheses, not after a hyphen ("Steuer- und …"). */
    private static final Pattern LAST_AND = AsciiGerman.compile("(?<!-)\\s+(?:and|und|sowie)\\s+", FLAGS);

    /** The parts of a value at its separators outside parentheses: semicolons where it has any, else commas and its last "and". */
    private static List<String> split(String value) {
        int[] depth = new int[value.length() + 1];
        int d = 0;
        boolean semicolon = false;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '(' || c == '[') {
                d++;
            } else if ((c == ')' || c == ']') && d > 0) {
                d--;
            }
            depth[k] = d;
            semicolon |= c == ';' && d == 0;
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (depth[k] == 0 && (c == ';' || (!semicolon && c == ','))) {
                parts.add(value.substring(from, k));
                from = k + 1;
            }
        }
        String last = value.substring(from);
        if (!semicolon) {
            // the last "and" of a comma list outside parentheses: "names, e-mails and phone numbers"
            Matcher and = LAST_AND.matcher(last);
            int cut = -1;
            int cutEnd = -1;
            while (and.find()) {
                if (depth[from + and.start()] == 0) {
                    cut = and.start();
                    cutEnd = and.end();
                }
            }
            if (cut > 0) {
                parts.add(last.substring(0, cut));
                last = last.substring(cutEnd);
            }
        }
        parts.add(last);
        return parts;
    }
}
