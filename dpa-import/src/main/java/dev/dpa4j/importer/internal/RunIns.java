/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled run-ins of a processing description: "Subject matter: web analytics. Data subjects: visitors.
 * Categories of data: IP addresses, device identifiers." – several in one paragraph, in English and German
 * („Gegenstand: …", „Kategorien betroffener Personen: …", „Datenarten: …", „Art der Daten: …", „Zweck: …",
 * „Dauer: …"). A label counts at the start of the paragraph or of a sentence; its value runs to the next label or
 * the end of the paragraph. A paragraph may open with its number ("1.6 Kreis der Betroffenen: …", "(b) Purpose: …").
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
            "(?:(?:categories|types|kinds) of (?:personal )?data(?! subjects?)|personal data (?:categories|types)|data (?:categories|types)|datenarten|datenkategorien|arten? (?:der |von )?(?:personenbezogenen )?daten|(?:kategorien|typen) (?:der |von )?personenbezogene[nr]? daten)";
    private static final String SUBJECTS =
            "(?:(?:categories of )?data subjects|categories of (?:affected )?(?:individuals|persons)|kategorien (?:der )?betroffene[nr]? personen|betroffene personen|betroffene|kreis der betroffenen)";
    private static final String SUBJECT_MATTER =
            "(?:subject[- ]matter(?: of (?:the )?processing)?|gegenstand(?: der verarbeitung| des auftrags)?)";
    private static final String NATURE =
            "(?:nature(?: of (?:the )?processing)?|processing operations|art der verarbeitung|verarbeitungsvorgänge)";
    private static final String PURPOSE = "(?:purposes?(?: of (?:the )?processing)?|zwecke?(?: der verarbeitung)?)";
    private static final String DURATION =
            "(?:duration(?: of (?:the )?processing)?|dauer(?: der verarbeitung)?|laufzeit)";

    private static final Pattern LABEL = Pattern.compile(
            "(?:^(?:\\(?[0-9a-z]{1,3}[.)]\\s*|\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s+)?|(?<=[.;])\\s+)(?:(?<c>" + CATEGORIES
                    + ")|(?<s>" + SUBJECTS + ")|(?<m>" + SUBJECT_MATTER + ")|(?<n>" + NATURE + ")|(?<p>" + PURPOSE
                    + ")|(?<d>" + DURATION + "))\\s*:\\s*",
            FLAGS);

    /**
     * The run-ins of a paragraph.
     *
     * @param paragraph the paragraph's text
     * @return its labelled values in order, empty if it has none
     */
    static List<RunIn> read(String paragraph) {
        List<RunIn> out = new ArrayList<>();
        Matcher m = LABEL.matcher(paragraph);
        Field field = null;
        int from = 0;
        while (m.find()) {
            if (field != null) {
                add(out, field, paragraph, from, m.start());
            }
            field = m.group("c") != null
                    ? Field.DATA_CATEGORIES
                    : m.group("s") != null
                            ? Field.DATA_SUBJECTS
                            : m.group("m") != null
                                    ? Field.SUBJECT_MATTER
                                    : m.group("n") != null
                                            ? Field.NATURE
                                            : m.group("p") != null ? Field.PURPOSE : Field.DURATION;
            from = m.end();
        }
        if (field != null) {
            add(out, field, paragraph, from, paragraph.length());
        }
        return out;
    }

    private static void add(List<RunIn> out, Field field, String paragraph, int from, int to) {
        String value =
                paragraph.substring(from, to).strip().replaceAll("[.;]+$", "").strip();
        if (!value.isEmpty() && value.length() <= 400) {
            out.add(new RunIn(field, value, from));
        }
    }

    /**
     * The items of a value that lists several: "IP addresses, device identifiers, page views" gives three.
     *
     * @param value the value
     * @return its items, the value itself when it is no list
     */
    static List<String> items(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(";|,(?![^()]*\\))|\\s+(?:and|und|sowie)\\s+(?=[^,]*$)")) {
            String item = part.strip().replaceAll("^(?:and|und|sowie)\\s+", "");
            if (!item.isEmpty()) {
                out.add(item);
            }
        }
        return out;
    }
}
