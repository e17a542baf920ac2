/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.importer.RequirementResult.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An agreement sent in the body of an e-mail (#16, the thirteenth held-out set's kind): the customer's quoted
 * requests ("&gt; Bitte ergänzen Sie …") and the messages below a reply separator are correspondence, not terms, so no
 * requirement is met by them; the same lines in a text that is no e-mail, and a forwarded message, are read. Sentences
 * of our own, around the plain German agreement of {@link WordingFrames#plainGerman()}.
 */
class MailHistoryTest {

    private static final String HEADER = "From: Vertragsteam Rechenwerk <vertrag@rechenwerk.example>\n"
            + "To: Datenschutz Kunde <datenschutz@kunde.example>\n"
            + "Date: Mon, 30 Nov 2026 10:12:00 +0100\n"
            + "Subject: AW: AVV zur Unterschrift\n\n"
            + "Sehr geehrte Damen und Herren,\n\nanbei die abgestimmte Fassung.\n\n";

    /** The customer's request, quoted: it asks for what the agreement does not say. */
    private static final String QUOTED_REQUEST = "> Sehr geehrte Damen und Herren,\n"
            + ">\n"
            + "> bitte ergänzen Sie, dass wir auf Verlangen eine Kopie der Verträge mit\n"
            + "> Unterauftragsverarbeitern erhalten.\n";

    /** The same request in an earlier message, unquoted, below an Outlook reply separator. */
    private static final String HISTORY = "-----Ursprüngliche Nachricht-----\n"
            + "Von: Datenschutz Kunde <datenschutz@kunde.example>\n"
            + "Betreff: AVV zur Unterschrift\n\n"
            + "Bitte ergänzen Sie, dass der Auftraggeber auf Verlangen eine Kopie der Verträge mit\n"
            + "Unterauftragsverarbeitern erhält.\n";

    private static String agreement() {
        StringBuilder doc = new StringBuilder("Vereinbarung zur Auftragsverarbeitung\n\n");
        WordingFrames.plainGerman()
                .forEach((h, b) -> doc.append(h).append("\n\n").append(b).append("\n\n"));
        return doc.toString();
    }

    private static Status copy(String text) {
        return DpaImporter.standard()
                .importBytes(text.getBytes(StandardCharsets.UTF_8), SourceFormat.TEXT, "mail.txt")
                .getRequirement(Requirement.SUBPROCESSOR_CONTRACT_COPY)
                .status();
    }

    @Test
    void should_not_read_a_quoted_request_of_an_e_mail_as_a_term() {
        assertThat(copy(HEADER + agreement() + QUOTED_REQUEST)).isEqualTo(Status.NOT_FOUND);
        // the same lines in a text that does not begin as an e-mail: a quotation we do not second-guess
        assertThat(copy(agreement() + QUOTED_REQUEST.replace("> ", ""))).isEqualTo(Status.FOUND);
    }

    @Test
    void should_not_read_the_history_below_a_reply_separator() {
        assertThat(copy(HEADER + agreement() + HISTORY)).isEqualTo(Status.NOT_FOUND);
        // where the newest message is only a cover note, the agreement may stand in the history: it is read
        assertThat(copy(HEADER + HISTORY + agreement())).isEqualTo(Status.FOUND);
        // a forwarded message is read: a forwarded agreement stands in it
        String forwarded =
                HISTORY.replace("-----Ursprüngliche Nachricht-----", "---------- Weitergeleitete Nachricht ----------");
        assertThat(copy(HEADER + agreement() + forwarded)).isEqualTo(Status.FOUND);
    }

    @Test
    void should_read_the_agreement_in_the_body_of_an_e_mail() {
        String clause = "§ 12 Kopien\n\nAuf Verlangen erhält der Auftraggeber eine Kopie der Verträge mit "
                + "Unterauftragsverarbeitern.\n\n";
        assertThat(copy(HEADER + agreement() + clause + QUOTED_REQUEST)).isEqualTo(Status.FOUND);
        // an English mail program's header and a quoted reply introduced by "On … wrote:"
        String english = HEADER.replace("Subject: AW:", "Subject: RE:")
                + agreement()
                + "On Mon, 23 Nov 2026 at 09:00, Kunde <datenschutz@kunde.example> wrote:\n"
                + HISTORY.substring(HISTORY.indexOf("Bitte"));
        assertThat(copy(english)).isEqualTo(Status.NOT_FOUND);
    }

    /** Each line of a text quoted to the given depth, as a mail program quotes it. */
    private static String quoted(String text, String marks) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(line.isEmpty() ? marks.strip() : marks + line).append('\n');
        }
        return out.toString();
    }

    @Test
    void should_read_an_agreement_quoted_below_a_cover_note() {
        String clause = "§ 12 Kopien\n\nAuf Verlangen erhält der Auftraggeber eine Kopie der Verträge mit "
                + "Unterauftragsverarbeitern.\n\n";
        // the customer's request, worded as the clause it asks for: read as a term, it would meet the requirement
        String question = "Bitte ergänzen Sie: Auf Verlangen erhält der Auftraggeber eine Kopie der Verträge mit\n"
                + "Unterauftragsverarbeitern.\n";
        // the account manager's reply: a short note, the customer's question quoted twice, the agreement once
        String reply = HEADER + "Am 2. Dezember 2026 schrieb Datenschutz Kunde:\n" + quoted(question, ">> ")
                + quoted(agreement() + clause, "> ");
        assertThat(copy(reply)).isEqualTo(Status.FOUND);
        // the same with the agreement one level deeper than the question, and quoted without spaces
        assertThat(copy(HEADER + quoted(question, "> ") + quoted(agreement() + clause, ">>")))
                .isEqualTo(Status.FOUND);
        // the quoted agreement states what it states: without the clause the question asking for it meets nothing
        assertThat(copy(HEADER + quoted(question, ">> ") + quoted(agreement(), "> ")))
                .isEqualTo(Status.NOT_FOUND);
        // a letter longer than a cover note (a long signature with the company's details and a disclaimer) above
        // the quoted agreement: the quotation outweighs it and is read
        String letter = "Sehr geehrte Frau Albers,\n\nvielen Dank für Ihre Rückfrage. Wie besprochen erhalten Sie "
                + "unten unseren Vertrag zur Auftragsverarbeitung in der aktuellen Fassung; die Regelung zu den Kopien "
                + "finden Sie in § 12.\n\n"
                + "Mit freundlichen Grüßen\nJonas Petersen\nKundenbetreuung\n\n"
                + "Rechenwerk GmbH · Hafenstraße 4 · 24103 Kiel · Amtsgericht Kiel HRB 99999 · Geschäftsführung: "
                + "Ute Brandt, Malte Ohlsen\n\n".repeat(3)
                + ("Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
                                + "informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.\n")
                        .repeat(6);
        assertThat(letter.length()).isGreaterThan(1_200);
        String annex = "Anlage 1 Technische und organisatorische Maßnahmen\n\n"
                + ("- Zutrittskontrolle zu den Serverräumen mit Chipkarte und Protokoll, Besucher nur in Begleitung.\n"
                                + "- Verschlüsselung aller Datenträger und Übertragungen nach dem Stand der Technik.\n"
                                + "- Rollen- und Berechtigungskonzept mit jährlicher Überprüfung der Zugriffsrechte.\n")
                        .repeat(6);
        assertThat(copy(HEADER + letter + quoted(agreement() + clause + annex, "> ")))
                .isEqualTo(Status.FOUND);
        // the same letter with a reply separator above the quotation (the customer's question quoted twice, the
        // agreement once): the letter is longer than a cover note, yet the agreement quoted below it is read
        String separator = "Am 16.11.2026 um 18:05 schrieb Datenschutz Kunde <dsb@kunde.example>:\n";
        assertThat(copy(HEADER + letter + separator + quoted(question, ">> ") + ">\n"
                        + quoted(agreement() + clause + annex, "> ")))
                .isEqualTo(Status.FOUND);
        // and the question quoted below that separator still meets nothing where the agreement lacks the clause
        assertThat(copy(HEADER + letter + separator + quoted(question, ">> ") + ">\n"
                        + quoted(agreement() + annex, "> ")))
                .isEqualTo(Status.NOT_FOUND);
        // where the message itself carries the agreement, a quoted agreement is an earlier version: not read
        assertThat(copy(HEADER + agreement() + quoted(agreement() + clause, "> ")))
                .isEqualTo(Status.NOT_FOUND);
    }
}
