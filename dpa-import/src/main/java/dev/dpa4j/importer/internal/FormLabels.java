/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of a form's party block (#16): "Name/Firma: X GmbH", "Anschrift: …", "Company name: …", "Vertreten
 * durch: …". The party's name is the value after the label, not the label; the address is the value after its label;
 * a line naming who represents the party is no line of its address.
 */
final class FormLabels {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A label of the party's name. */
    private static final Pattern NAME = AsciiGerman.compile(
            "^\\s*(?:(?:vollständiger\\s+)?name\\s*/\\s*firma|firma\\s*/\\s*name|firmenname|firma|name|unternehmen"
                    + "|(?:full\\s+|legal\\s+|registered\\s+)?(?:company\\s+)?name|company|organi[sz]ation|entity)"
                    + "\\s*:\\s*",
            FLAGS);

    /** A label of the party's address. */
    private static final Pattern ADDRESS = AsciiGerman.compile(
            "^\\s*(?:anschrift|adresse|sitz|(?:registered\\s+|postal\\s+)?address|registered\\s+office)\\s*:\\s*",
            FLAGS);

    /** A line naming the party's representative or contact, which is no part of its address. */
    private static final Pattern REPRESENTED = AsciiGerman.compile(
            "^\\s*(?:vertreten\\s+durch|gesetzlich\\s+vertreten\\s+durch|represented\\s+by|signed\\s+by|contact(?:\\s+person)?"
                    + "|ansprechpartner\\w*|e-?mail|tel(?:efon|ephone)?\\.?|fax)\\s*:",
            FLAGS);

    private FormLabels() {}

    /**
     * The length of a name label at the start of a line ("Name/Firma: "), or 0.
     *
     * @param line a line of a party block
     * @return how many characters the label takes
     */
    static int nameLabel(String line) {
        Matcher m = NAME.matcher(line);
        return m.lookingAt()
                        && m.end()
                                < line.strip().length()
                                        + (line.length() - line.stripLeading().length())
                ? m.end()
                : 0;
    }

    /**
     * A line of a party block as a line of its address: without an address label; empty for a representative's or a
     * contact's line.
     *
     * @param line a line of a party block
     * @return the line to read as part of the address
     */
    static String addressLine(String line) {
        if (REPRESENTED.matcher(line).lookingAt()) {
            return "";
        }
        return ADDRESS.matcher(line).replaceFirst("");
    }
}
