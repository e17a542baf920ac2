/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The correspondence around an agreement sent in the body of an e-mail: the message's header lines, the replies it
 * quotes ("&gt; Bitte ergänzen Sie …") and the earlier messages below a reply separator ("-----Original
 * Message-----", „-----Ursprüngliche Nachricht-----“, "On … wrote:", „Am … schrieb …:“). A customer's request to add a
 * clause, or the wording of an earlier version the new one replaces, is no term of the agreement, so these lines are
 * not read. Only a text that begins as an e-mail (a header block with a sender and a subject) is treated so, and the
 * history below a reply separator only where the newest message above it is long enough to carry the agreement
 * itself; a forwarded message ("Forwarded message", „Weitergeleitete Nachricht“) is kept, since a forwarded agreement
 * stands in it. Where the message itself is only a cover note and the agreement is quoted below it ("&gt; § 1 …"), the
 * quotation depth that carries the agreement is read without its marks and only the other quoted lines are dropped;
 * a reply separator above that quotation ("Am … schrieb …:") then ends nothing, however long the letter above it.
 */
final class MailHistory {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A header line of a message: sender, recipients, date, subject (English and German mail programs). */
    private static final Pattern HEADER = AsciiGerman.compile(
            "^\\s*(?:from|to|cc|bcc|date|sent|subject|message-id|reply-to|von|an|datum|gesendet|betreff|kopie)\\s*:.*",
            FLAGS);
    /** The sender's header line. */
    private static final Pattern SENDER = AsciiGerman.compile("^\\s*(?:from|von)\\s*:\\s*\\S.*", FLAGS);
    /** The subject's header line. */
    private static final Pattern SUBJECT = AsciiGerman.compile("^\\s*(?:subject|betreff)\\s*:.*", FLAGS);
    /** The separator a reply puts above the message it answers. */
    private static final Pattern REPLY_SEPARATOR = AsciiGerman.compile(
            "^\\s*-{2,}\\s*(?:original message|ursprüngliche nachricht|originalnachricht)\\s*-{2,}\\s*$"
                    + "|^\\s*on\\s.{4,160}\\swrote:\\s*$|^\\s*am\\s.{4,160}\\sschrieb\\s.{0,160}:\\s*$",
            FLAGS);
    /**
     * Characters the newest message must hold above a reply separator for the history below it to be dropped: more
     * than a cover note, as much as the shortest agreement.
     */
    private static final int AGREEMENT_CHARS = 1_200;
    /** Lines from the start of the text within which the header block must begin. */
    private static final int HEADER_WINDOW = 5;

    private MailHistory() {}

    /**
     * The lines of a text with the correspondence around the agreement blanked, where the text is an e-mail.
     *
     * @param lines the text's lines
     * @return the same array where the text is no e-mail, else a copy with the header, quoted and history lines blank
     */
    static String[] withoutCorrespondence(String[] lines) {
        int headerEnd = headerEnd(lines);
        if (headerEnd < 0) {
            return lines;
        }
        String[] out = lines.clone();
        for (int i = 0; i < headerEnd; i++) {
            out[i] = "";
        }
        int agreementLevel = quotedAgreementLevel(out, headerEnd);
        int content = 0;
        for (int i = headerEnd; i < out.length; i++) {
            if (agreementLevel > 0 && REPLY_SEPARATOR.matcher(out[i]).matches()) {
                // the agreement is quoted below the separator: the separator ends no reading, it is no term itself
                out[i] = "";
                continue;
            }
            if (REPLY_SEPARATOR.matcher(out[i]).matches() && content >= AGREEMENT_CHARS) {
                for (int j = i; j < out.length; j++) {
                    out[j] = "";
                }
                break;
            }
            int level = quoteLevel(out[i]);
            if (level > 0 && level == agreementLevel) {
                out[i] = unquoted(out[i]);
                content += out[i].strip().length();
            } else if (level > 0) {
                out[i] = "";
            } else {
                content += out[i].strip().length();
            }
        }
        return out;
    }

    /**
     * The quotation depth whose lines carry the agreement, or 0: where one depth of quotation holds at least as much
     * text as the shortest agreement and the message's own text (unquoted) is no longer than a cover note, or half
     * of that quotation at most (a letter with a long signature and a disclaimer), the agreement was sent as a
     * quotation (an account manager replying with the agreement quoted below the customer's question); its lines are
     * the agreement, the other quoted lines stay correspondence. The depth with the most text is taken.
     */
    private static int quotedAgreementLevel(String[] lines, int from) {
        int own = 0;
        Map<Integer, Integer> byLevel = new HashMap<>();
        for (int i = from; i < lines.length; i++) {
            int level = quoteLevel(lines[i]);
            int chars = level == 0
                    ? lines[i].strip().length()
                    : unquoted(lines[i]).strip().length();
            if (level == 0) {
                own += chars;
            } else {
                byLevel.merge(level, chars, Integer::sum);
            }
        }
        int best = 0;
        int bestChars = AGREEMENT_CHARS - 1;
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(byLevel).entrySet()) {
            if (e.getValue() > bestChars) {
                best = e.getKey();
                bestChars = e.getValue();
            }
        }
        // a cover note, or a letter with a long signature and disclaimer that the quotation outweighs twice
        return own < AGREEMENT_CHARS || bestChars >= 2 * own ? best : 0;
    }

    /** How deep a line is quoted: the number of "&gt;" marks it begins with (spaces between them allowed), or 0. */
    private static int quoteLevel(String line) {
        int level = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>') {
                level++;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return level;
    }

    /** A quoted line without its quotation marks and the space after them. */
    private static String unquoted(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(i);
    }

    /**
     * The index after the header block the text begins with, or -1 where it does not begin with one that names a
     * sender and a subject; a header's folded continuation lines (starting with white space) belong to it.
     */
    private static int headerEnd(String[] lines) {
        int i = 0;
        while (i < lines.length && i < HEADER_WINDOW && lines[i].isBlank()) {
            i++;
        }
        boolean sender = false;
        boolean subject = false;
        int start = i;
        while (i < lines.length
                && (HEADER.matcher(lines[i]).matches()
                        || (i > start && !lines[i].isBlank() && Character.isWhitespace(lines[i].charAt(0))))) {
            sender |= SENDER.matcher(lines[i]).matches();
            subject |= SUBJECT.matcher(lines[i]).matches();
            i++;
        }
        return i > start && sender && subject ? i : -1;
    }
}
