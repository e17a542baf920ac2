/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.Requirement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The clauses of Implementing Decision (EU) 2021/915 that a sentence incorporating them names (#16, duty35): "Clause
 * 7.7 of the standard contractual clauses … applies" incorporates the use of sub-processors, not the audits of Clause
 * 7.6; "Clauses 7 to 10" incorporates the obligations of the parties, the assistance, the breach notification and the
 * termination. A sentence that names no clause number incorporates them all.
 */
final class IncorporatedClauses {

    private IncorporatedClauses() {}

    /** "Clause 7.7", "Clauses 8 and 9", "Klauseln 7 bis 10", "Cl. 7.6(b)"; not a clause "of this DPA". */
    private static final Pattern NAMED = AsciiGerman.compile(
            "\\b(?:clauses?|klauseln?|cl\\.)\\s*(?<list>\\d{1,2}(?:\\.\\d{1,2})?(?:\\s*\\([a-z0-9]{1,3}\\))*"
                    + "(?:\\s*(?:,|and|und|or|oder|to|bis|through|-|–)\\s*\\d{1,2}(?:\\.\\d{1,2})?(?:\\s*\\([a-z0-9]{1,3}\\))*)*)"
                    + "(?!\\s*(?:of|in|dieser|des|der)\\s+(?:this|these|diese[rs]?)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})?)|(to|bis|through|-|–)");

    /** The clauses of 2021/915 that state each requirement (the numbering of its Annex). */
    private static final Map<Requirement, List<String>> STATED_IN = statedIn();

    private static Map<Requirement, List<String>> statedIn() {
        Map<Requirement, List<String>> m = new EnumMap<>(Requirement.class);
        m.put(Requirement.DEFINITIONS, List.of("3"));
        m.put(Requirement.ORDER_OF_PRECEDENCE, List.of("4"));
        m.put(Requirement.INSTRUCTIONS, List.of("7.1"));
        m.put(Requirement.INFRINGING_INSTRUCTION, List.of("7.1"));
        m.put(Requirement.CONFIDENTIALITY, List.of("7.4"));
        m.put(Requirement.SECURITY, List.of("7.4"));
        m.put(Requirement.AUDIT_INFORMATION, List.of("7.6"));
        m.put(Requirement.AUDIT_INSPECTIONS, List.of("7.6"));
        m.put(Requirement.SUBPROCESSOR_AUTHORISATION, List.of("7.7"));
        m.put(Requirement.SUBPROCESSOR_CHANGES, List.of("7.7"));
        m.put(Requirement.SUBPROCESSOR_OBLIGATIONS, List.of("7.7"));
        m.put(Requirement.SUBPROCESSOR_CONTRACT_COPY, List.of("7.7"));
        m.put(Requirement.SUBPROCESSOR_LIABILITY, List.of("7.7"));
        m.put(Requirement.TRANSFERS, List.of("7.8"));
        m.put(Requirement.DATA_SUBJECT_RIGHTS, List.of("8"));
        m.put(Requirement.ASSISTANCE, List.of("8"));
        m.put(Requirement.INACCURATE_DATA, List.of("8"));
        m.put(Requirement.BREACH_NOTIFICATION, List.of("9"));
        m.put(Requirement.SUSPENSION_AND_TERMINATION, List.of("10"));
        m.put(Requirement.DELETION_RETURN, List.of("10"));
        m.put(Requirement.DELETION_CERTIFIED, List.of("10"));
        return m;
    }

    /**
     * The clause numbers the sentence names ("7.7", "8", a range "7 to 10" as 7, 8, 9, 10), or null where it names
     * none.
     */
    static @Nullable List<String> named(@Nullable String sentence) {
        if (sentence == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Matcher m = NAMED.matcher(sentence);
        while (m.find()) {
            String list = m.group("list");
            if (list == null) {
                continue;
            }
            Matcher n = NUMBER.matcher(list.replaceAll("\\([a-z0-9]{1,3}\\)", ""));
            @Nullable String previous = null;
            boolean range = false;
            while (n.find()) {
                if (n.group(2) != null) {
                    range = previous != null;
                    continue;
                }
                String number = n.group(1);
                if (number == null) {
                    continue;
                }
                if (range && previous != null && !previous.contains(".") && !number.contains(".")) {
                    for (int k = Integer.parseInt(previous) + 1; k < Integer.parseInt(number); k++) {
                        out.add(Integer.toString(k));
                    }
                }
                out.add(number);
                previous = number;
                range = false;
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** Whether one of the clauses named states requirement {@code r}: "7" covers "7.6", "7.7" covers only itself. */
    static boolean states(List<String> named, Requirement r) {
        for (String clause : STATED_IN.getOrDefault(r, List.of())) {
            for (String n : named) {
                if (clause.equals(n) || clause.startsWith(n + ".") || n.startsWith(clause + ".")) {
                    return true;
                }
            }
        }
        return false;
    }
}
