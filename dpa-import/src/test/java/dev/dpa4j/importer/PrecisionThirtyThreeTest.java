/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 33 of #16, precision side (branch prec33): causes of a weaker verdict for the sub-processors' liability, the
 * assistance with data subjects' requests and the notice of new sub-processors that earlier rounds did not reach, each
 * as a family of paraphrases of our own in English and German beside close sentences whose verdict must not change.
 * Each member is read in the frames of {@link WordingFrames} through {@link FamilyFrame}.
 */
class PrecisionThirtyThreeTest {

    // --- Art. 28(4) second sentence GDPR, Clause 7.7(d) of 2021/915: the processor remains fully liable for the
    // performance of its sub-processors' obligations; a liability only for its own care in choosing and supervising
    // them, or only for what it recovers from them, is not that liability ---

    private static final FamilyFrame LIABLE = new FamilyFrame(
            Requirement.SUBPROCESSOR_LIABILITY,
            "9. Sub-processors",
            "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. ",
            "§ 6 Unterauftragsverarbeiter",
            "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. ");

    @Test
    void
            should_read_a_liability_for_sub_processors_only_for_care_in_choosing_them_or_only_for_what_is_recovered_as_weaker() {
        List<String> weaker = family(
                "sub-processor liability, only for care in choosing or for what is recovered",
                List.of(
                        LIABLE.en(
                                "The Processor is liable for the acts and omissions of its sub-processors only where it "
                                        + "failed to exercise reasonable care in selecting and supervising them.",
                                Status.WEAKER),
                        LIABLE.en(
                                "The Processor remains responsible for its sub-processors. It answers for a "
                                        + "sub-processor's failure only where it did not exercise due care in selecting, "
                                        + "instructing and monitoring that sub-processor.",
                                Status.WEAKER),
                        LIABLE.en(
                                "The Processor remains liable for its sub-processors, but its responsibility for the "
                                        + "freelance researchers it engages is limited to exercising reasonable care in "
                                        + "their selection and instruction.",
                                Status.WEAKER),
                        LIABLE.en(
                                "The Processor is responsible for the sub-processors it engages only insofar as it has "
                                        + "not acted with due care in choosing and monitoring them.",
                                Status.WEAKER),
                        LIABLE.en(
                                "The Processor remains responsible for the performance of its sub-processors. For the "
                                        + "hosting providers listed in Part B of Annex 3, the Processor's liability is "
                                        + "limited to the amounts it actually recovers from the relevant sub-processor.",
                                Status.WEAKER),
                        LIABLE.en(
                                "The Processor remains liable for its sub-processors. Its liability for them is limited "
                                        + "to their careful selection and regular monitoring.",
                                Status.WEAKER),
                        LIABLE.en(
                                "The Processor answers to the Customer for a sub-processor's performance only to the "
                                        + "extent the Processor itself failed to take due care in selecting or "
                                        + "supervising it.",
                                Status.WEAKER),
                        LIABLE.de(
                                "Der Auftragnehmer haftet für seine Unterauftragsverarbeiter nur, soweit er bei ihrer "
                                        + "Auswahl, Anweisung und Überwachung nicht die gebotene Sorgfalt beachtet hat.",
                                Status.WEAKER),
                        LIABLE.de(
                                "Der Auftragnehmer bleibt für seine Unterauftragsverarbeiter verantwortlich. Seine "
                                        + "Haftung ist dabei auf die sorgfältige Auswahl und Überwachung beschränkt.",
                                Status.WEAKER)));
        List<String> close = family(
                "sub-processor liability, care in choosing, close",
                List.of(
                        LIABLE.en(
                                "The Processor remains fully liable to the Customer for the performance of its "
                                        + "sub-processors' obligations. It selects and monitors its sub-processors with "
                                        + "due care.",
                                Status.FOUND),
                        LIABLE.en(
                                "The Processor remains fully liable for its sub-processors and shall take reasonable "
                                        + "care in selecting and supervising them.",
                                Status.FOUND),
                        LIABLE.en(
                                "The Processor remains fully liable for the acts and omissions of its sub-processors; "
                                        + "it may also assign to the Customer any claims it has against them.",
                                Status.FOUND),
                        LIABLE.en(
                                "The Processor remains fully liable for its sub-processors. For its own employees it is "
                                        + "liable only where it failed to exercise due care in selecting and "
                                        + "supervising them.",
                                Status.FOUND),
                        LIABLE.de(
                                "Der Auftragnehmer haftet für seine Unterauftragsverarbeiter wie für eigenes "
                                        + "Verschulden; er wählt sie sorgfältig aus und überwacht sie regelmäßig.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(e) GDPR, Clause 8(b) of 2021/915: the processor assists the controller by appropriate technical
    // and
    // organisational measures in answering data subjects' requests; forwarding them and leaving the answer to the
    // controller, or offering only the service's self-service tools, reduces the assistance to Clause 8(a) ---

    private static final FamilyFrame RIGHTS = new FamilyFrame(
            Requirement.DATA_SUBJECT_RIGHTS, "10. Data subject rights", "", "§ 7 Betroffenenrechte", "");

    @Test
    void should_read_assistance_with_requests_reduced_to_forwarding_or_to_the_services_tools_as_weaker() {
        List<String> weaker = family(
                "requests, reduced to forwarding or to the tools",
                List.of(
                        RIGHTS.en(
                                "Requests from data subjects that reach the Processor are forwarded to the Customer. "
                                        + "The Customer is responsible for responding to such requests.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor forwards data subject requests to the Customer. Responding to data "
                                        + "subject requests is the Customer's sole responsibility.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor passes requests from data subjects on to the Customer without delay; the "
                                        + "Customer is solely responsible for answering them using the features of the "
                                        + "service.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor's assistance with data subject requests is limited to making the export "
                                        + "and deletion tools of the service available.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Our assistance with requests from data subjects consists of the self-service functions "
                                        + "of the platform.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor makes self-service tools available for data subject requests. Assistance "
                                        + "beyond those tools is not owed.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor forwards requests of data subjects to the Customer. Any assistance beyond "
                                        + "the self-service features is provided only where the Processor considers it "
                                        + "commercially sensible.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Anträge betroffener Personen leitet der Auftragnehmer an den Auftraggeber weiter. Die "
                                        + "Beantwortung ist Sache des Auftraggebers.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer leitet Anfragen betroffener Personen weiter; ihre Beantwortung obliegt "
                                        + "allein dem Auftraggeber.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Die Unterstützung des Auftragnehmers bei Anträgen betroffener Personen beschränkt sich "
                                        + "auf die Bereitstellung der Exportfunktion.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer stellt Funktionen zur Beantwortung von Anträgen betroffener Personen "
                                        + "bereit. Eine über die Bereitstellung dieser Funktionen hinausgehende "
                                        + "Mitwirkung schuldet der Auftragnehmer nicht.",
                                Status.WEAKER)));
        List<String> close = family(
                "requests, forwarding or tools, close",
                List.of(
                        RIGHTS.en(
                                "The Customer remains responsible for responding to data subject requests; the "
                                        + "Processor assists it by appropriate technical and organisational measures.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor provides self-service tools for data subject requests and, where the "
                                        + "Customer cannot respond using them, assists the Customer in answering the "
                                        + "request.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor forwards requests from data subjects to the Customer without delay and "
                                        + "assists the Customer in responding to them.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor's assistance with data subject requests includes the self-service export "
                                        + "and deletion tools and, beyond them, support by its privacy team.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer leitet Anträge betroffener Personen unverzüglich weiter und "
                                        + "unterstützt den Auftraggeber bei ihrer Beantwortung, etwa durch Export- und "
                                        + "Löschfunktionen.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei Anträgen betroffener Personen. Da er "
                                        + "keinen Zugriff auf Inhalte hat, beschränkt sich die Unterstützung auf die "
                                        + "Weiterleitung der Anträge und die Wiederherstellung einzelner Sicherungen auf "
                                        + "Weisung.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(2) second sentence GDPR, Clause 7.7(a) option 2 of 2021/915: the processor specifically informs the
    // controller in writing of intended changes; an e-mail only for customers who subscribe to a web page leaves the
    // publication as the only notice owed ---

    private static final FamilyFrame CHANGES = new FamilyFrame(
            Requirement.SUBPROCESSOR_CHANGES,
            "9. Sub-processors",
            "The Customer gives its general written authorisation for the sub-processors listed in Annex 3. ",
            "§ 6 Unterauftragsverarbeiter",
            "Der Auftraggeber erteilt eine allgemeine schriftliche Genehmigung für Unterauftragsverarbeiter. ");

    @Test
    void should_read_a_notice_of_new_sub_processors_sent_only_to_subscribers_as_weaker() {
        List<String> weaker = family(
                "sub-processor changes, e-mail only to subscribers",
                List.of(
                        CHANGES.en(
                                "The Processor publishes any intended addition or replacement on its sub-processor page "
                                        + "thirty days in advance, and the Customer may object within that period. The "
                                        + "Customer may subscribe to e-mail alerts for that page.",
                                Status.WEAKER),
                        CHANGES.en(
                                "The Processor posts intended changes on its website at least 30 days before they take "
                                        + "effect; the Customer can sign up for update e-mails on that page. The Customer "
                                        + "may object within 14 days.",
                                Status.WEAKER),
                        CHANGES.en(
                                "Intended new sub-processors are announced on the Processor's trust centre 30 days in "
                                        + "advance. Customers who subscribe to updates on that page receive an e-mail. "
                                        + "The Customer may object within that period.",
                                Status.WEAKER),
                        CHANGES.en(
                                "The Processor notifies intended changes to the sub-processor list by e-mail only if the "
                                        + "Customer has subscribed to the notification service on its website. The "
                                        + "Customer may object within 30 days.",
                                Status.WEAKER),
                        CHANGES.en(
                                "Changes are published on the sub-processor page 30 days in advance; an e-mail notice is "
                                        + "sent to customers that have opted in to alerts on that page. The Customer may "
                                        + "object within that period.",
                                Status.WEAKER),
                        CHANGES.de(
                                "Der Auftragnehmer veröffentlicht beabsichtigte Änderungen mindestens vier Wochen vorher "
                                        + "auf seiner Website; Kunden, die den Änderungsdienst abonniert haben, werden "
                                        + "zusätzlich per E-Mail benachrichtigt. Der Auftraggeber kann innerhalb dieser "
                                        + "Frist widersprechen.",
                                Status.WEAKER),
                        CHANGES.de(
                                "Neue Unterauftragsverarbeiter gibt der Auftragnehmer vier Wochen vorher auf seiner "
                                        + "Internetseite bekannt. Der Auftraggeber kann diese Seite abonnieren, um per "
                                        + "E-Mail benachrichtigt zu werden. Er kann innerhalb dieser Frist widersprechen.",
                                Status.WEAKER),
                        CHANGES.de(
                                "Über neue Unterauftragsverarbeiter informiert der Auftragnehmer per E-Mail, sofern der "
                                        + "Auftraggeber dies abonniert hat; im Übrigen gilt die Veröffentlichung auf der "
                                        + "Website. Der Auftraggeber kann widersprechen.",
                                Status.WEAKER)));
        List<String> close = family(
                "sub-processor changes, subscribers, close",
                List.of(
                        CHANGES.en(
                                "The Processor notifies the Customer by e-mail of any intended addition or replacement "
                                        + "thirty days in advance, and the Customer may object. The Customer may also "
                                        + "subscribe to the RSS feed of the sub-processor page.",
                                Status.FOUND),
                        CHANGES.en(
                                "The Processor will notify the Customer's primary administrator and every registered "
                                        + "address by e-mail thirty days before a new sub-processor begins processing; "
                                        + "the Customer may object within that period.",
                                Status.FOUND),
                        CHANGES.en(
                                "The Processor notifies the Customer of intended changes by e-mail thirty days in "
                                        + "advance and the Customer may object. Customers who subscribe to our newsletter "
                                        + "also receive product news.",
                                Status.FOUND),
                        CHANGES.de(
                                "Der Auftragnehmer informiert den Auftraggeber vier Wochen vorher per E-Mail über neue "
                                        + "Unterauftragsverarbeiter; der Auftraggeber kann widersprechen. Die Liste ist "
                                        + "zusätzlich auf der Website abrufbar.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(2) second sentence GDPR, Clause 7.7(a) option 2 of 2021/915: the information about intended changes
    // gives the controller the opportunity to object; an objection expressly excluded takes that opportunity away ---

    @Test
    void should_read_a_notice_of_new_sub_processors_with_the_objection_excluded_as_weaker() {
        List<String> weaker = family(
                "sub-processor changes, objection excluded",
                List.of(
                        CHANGES.en(
                                "The Processor informs the Customer of intended changes by e-mail thirty days in "
                                        + "advance. The Customer has no right to object.",
                                Status.WEAKER),
                        CHANGES.en(
                                "The Processor notifies the Customer of any new sub-processor by e-mail in advance; "
                                        + "objections are not possible, but the Customer may terminate the agreement with "
                                        + "three months' notice.",
                                Status.WEAKER),
                        CHANGES.en(
                                "The Processor informs the Customer in writing of any intended new sub-processor four "
                                        + "weeks in advance. The Customer may not object to the change.",
                                Status.WEAKER),
                        CHANGES.en(
                                "The Processor notifies the Customer by e-mail of intended changes. There is no right of "
                                        + "objection; the Customer may terminate the main contract.",
                                Status.WEAKER),
                        CHANGES.de(
                                "Der Auftragnehmer informiert den Auftraggeber vier Wochen vorher per E-Mail über neue "
                                        + "Unterauftragsverarbeiter. Ein Widerspruch ist nicht vorgesehen.",
                                Status.WEAKER),
                        CHANGES.de(
                                "Der Auftragnehmer informiert den Auftraggeber vier Wochen vorher per E-Mail über neue "
                                        + "Unterauftragsverarbeiter. Ein Widerspruchsrecht besteht nicht; der "
                                        + "Auftraggeber kann den Hauptvertrag ordentlich kündigen.",
                                Status.WEAKER),
                        CHANGES.de(
                                "Der Auftragnehmer teilt dem Auftraggeber neue Unterauftragsverarbeiter vier Wochen "
                                        + "vorher schriftlich mit. Ein Einspruch gegen die Änderung ist ausgeschlossen.",
                                Status.WEAKER),
                        CHANGES.de(
                                "Der Auftragnehmer informiert den Auftraggeber vorab per E-Mail über neue "
                                        + "Unterauftragsverarbeiter. Einwände gegen die Änderung sind ausgeschlossen.",
                                Status.WEAKER)));
        List<String> close = family(
                "sub-processor changes, objection excluded, close",
                List.of(
                        CHANGES.en(
                                "The Processor informs the Customer by e-mail thirty days in advance; if the Customer "
                                        + "objects on reasonable grounds, the Processor will not use the new "
                                        + "sub-processor.",
                                Status.FOUND),
                        CHANGES.de(
                                "Der Auftragnehmer informiert den Auftraggeber vier Wochen vorher per E-Mail über neue "
                                        + "Unterauftragsverarbeiter. Der Auftraggeber kann widersprechen; ein Widerspruch "
                                        + "ist nur innerhalb dieser Frist möglich.",
                                Status.FOUND),
                        CHANGES.de(
                                "Der Auftragnehmer informiert den Auftraggeber vier Wochen vorher per E-Mail über neue "
                                        + "Unterauftragsverarbeiter. Der Auftraggeber kann widersprechen; ein Widerspruch "
                                        + "ist nicht zu begründen.",
                                Status.FOUND),
                        CHANGES.de(
                                "Der Auftragnehmer informiert den Auftraggeber vier Wochen vorher per E-Mail über neue "
                                        + "Unterauftragsverarbeiter. Der Auftraggeber kann widersprechen. Ein "
                                        + "Widerspruch ist schriftlich zu erklären.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 33(2) GDPR, Clause 9.2 of 2021/915: the processor notifies the controller of every personal data breach;
    // whether it is likely to result in a risk is the controller's assessment (Art. 33(1) and (5)) ---

    private static final FamilyFrame BREACH = new FamilyFrame(
            Requirement.BREACH_NOTIFICATION, "12. Personal data breaches", "", "§ 8 Meldung von Verletzungen", "");

    @Test
    void should_read_a_notice_owed_only_for_breaches_likely_to_result_in_a_risk_as_weaker() {
        List<String> weaker = family(
                "breaches, only those likely to result in a risk",
                List.of(
                        BREACH.en(
                                "The Processor notifies the Customer without undue delay of personal data breaches that "
                                        + "are likely to result in a risk to the rights and freedoms of data subjects.",
                                Status.WEAKER),
                        BREACH.en(
                                "The Processor shall notify the Customer within 48 hours of any breach which is likely "
                                        + "to result in a risk for the individuals concerned; other breaches are recorded "
                                        + "in its internal log.",
                                Status.WEAKER),
                        BREACH.en(
                                "The Processor reports to the Customer, without undue delay, incidents that are likely "
                                        + "to pose a risk to data subjects.",
                                Status.WEAKER),
                        BREACH.en(
                                "The Processor notifies the Customer of a personal data breach without undue delay. "
                                        + "Breaches which in the Processor's assessment are not likely to result in a "
                                        + "risk are only documented internally.",
                                Status.WEAKER),
                        BREACH.de(
                                "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener "
                                        + "Daten, die voraussichtlich zu einem Risiko für die Rechte und Freiheiten "
                                        + "natürlicher Personen führen, unverzüglich.",
                                Status.WEAKER),
                        BREACH.de(
                                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes "
                                        + "personenbezogener Daten unverzüglich. Verletzungen, die nach seiner "
                                        + "Einschätzung voraussichtlich nicht zu einem Risiko führen, dokumentiert er nur "
                                        + "intern.",
                                Status.WEAKER),
                        BREACH.de(
                                "Sicherheitsvorfälle, die wahrscheinlich ein Risiko für die Betroffenen begründen, meldet "
                                        + "der Auftragnehmer dem Auftraggeber binnen 24 Stunden.",
                                Status.WEAKER),
                        BREACH.de(
                                "Der Auftragnehmer meldet dem Auftraggeber innerhalb von 48 Stunden Datenpannen, die "
                                        + "voraussichtlich ein Risiko für die betroffenen Personen mit sich bringen.",
                                Status.WEAKER)));
        List<String> close = family(
                "breaches, likely risk, close",
                List.of(
                        BREACH.en(
                                "The Processor notifies the Customer of any personal data breach without undue delay "
                                        + "after becoming aware of it and assists the Customer in notifying data subjects "
                                        + "of breaches that are likely to result in a high risk.",
                                Status.FOUND),
                        BREACH.en(
                                "The Processor notifies the Customer of every personal data breach without undue delay, "
                                        + "so that the Customer can assess whether it is likely to result in a risk.",
                                Status.FOUND),
                        BREACH.de(
                                "Der Auftragnehmer meldet jede Verletzung des Schutzes personenbezogener Daten "
                                        + "unverzüglich; er unterstützt den Auftraggeber bei der Benachrichtigung der "
                                        + "betroffenen Personen über Verletzungen, die voraussichtlich ein hohes Risiko "
                                        + "zur Folge haben.",
                                Status.FOUND),
                        BREACH.de(
                                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes "
                                        + "personenbezogener Daten unverzüglich, auch wenn sie voraussichtlich zu keinem "
                                        + "Risiko führt.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 33(3) GDPR, Clause 9.2 of 2021/915: the notice contains at least the nature of the breach, the
    // categories
    // and numbers concerned, a contact point, the likely consequences and the measures, as far as available; details
    // left to the processor's judgement, or a short description of the incident alone, leave them out ---

    @Test
    void should_read_a_breach_notice_whose_content_is_left_to_the_processor_or_is_a_short_description_as_weaker() {
        List<String> weaker = family(
                "breaches, content left to the processor or a short description",
                List.of(
                        BREACH.en(
                                "The Processor notifies the Customer of a personal data breach without undue delay. The "
                                        + "notice contains a brief description of the incident.",
                                Status.WEAKER),
                        BREACH.en(
                                "The Processor informs the Customer of personal data breaches without undue delay by "
                                        + "telephone. Written details follow as far as the Processor considers them "
                                        + "necessary.",
                                Status.WEAKER),
                        BREACH.en(
                                "The Processor notifies the Customer of any personal data breach within 24 hours; the "
                                        + "notification includes a short summary of the event.",
                                Status.WEAKER),
                        BREACH.en(
                                "The Processor notifies the Customer of personal data breaches without undue delay and "
                                        + "provides such further information as it deems appropriate.",
                                Status.WEAKER),
                        BREACH.de(
                                "Der Auftragnehmer meldet dem Auftraggeber Verletzungen des Schutzes personenbezogener "
                                        + "Daten unverzüglich. Die Meldung enthält eine kurze Beschreibung des Vorfalls.",
                                Status.WEAKER),
                        BREACH.de(
                                "Über Verletzungen des Schutzes personenbezogener Daten informiert der Auftragnehmer den "
                                        + "Auftraggeber unverzüglich telefonisch. Schriftliche Einzelheiten erhält der "
                                        + "Auftraggeber, soweit der Auftragnehmer sie für erforderlich hält.",
                                Status.WEAKER),
                        BREACH.de(
                                "Der Auftragnehmer meldet Verletzungen des Schutzes personenbezogener Daten "
                                        + "unverzüglich, spätestens binnen 24 Stunden; Angaben zu Art und Umfang macht er, "
                                        + "soweit er dies für angemessen hält.",
                                Status.WEAKER),
                        BREACH.de(
                                "Der Auftragnehmer meldet dem Auftraggeber jede Verletzung des Schutzes "
                                        + "personenbezogener Daten unverzüglich; die Mitteilung enthält eine knappe "
                                        + "Darstellung des Vorfalls.",
                                Status.WEAKER)));
        List<String> close = family(
                "breaches, content, close",
                List.of(
                        BREACH.en(
                                "The Processor notifies the Customer of any personal data breach without undue delay. "
                                        + "The notice contains a brief description of the nature of the breach, the "
                                        + "categories and approximate number of data subjects concerned, a contact point, "
                                        + "the likely consequences and the measures taken.",
                                Status.FOUND),
                        BREACH.en(
                                "The Processor notifies the Customer of personal data breaches without undue delay, "
                                        + "with the information listed in Article 33(3) GDPR, and provides further details "
                                        + "as far as the Customer considers them necessary.",
                                Status.FOUND),
                        BREACH.de(
                                "Der Auftragnehmer meldet Verletzungen des Schutzes personenbezogener Daten "
                                        + "unverzüglich. Die Meldung enthält eine kurze Beschreibung des Vorfalls, die "
                                        + "Kategorien und ungefähre Zahl der Betroffenen, einen Ansprechpartner, die "
                                        + "wahrscheinlichen Folgen und die ergriffenen Maßnahmen.",
                                Status.FOUND),
                        BREACH.de(
                                "Der Auftragnehmer meldet Verletzungen des Schutzes personenbezogener Daten "
                                        + "unverzüglich mit den Angaben nach Art. 33 Abs. 3 DSGVO; weitere Informationen "
                                        + "stellt er zur Verfügung, soweit der Auftraggeber sie für erforderlich hält.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(e) GDPR, Clause 8(b) of 2021/915: the assistance with the requests is a duty; best efforts stated
    // in a sentence that names the requests only by reference reduce it as much as in the duty's own sentence ---

    @Test
    void should_read_best_efforts_to_assist_with_such_requests_as_weaker() {
        List<String> weaker = family(
                "requests, best efforts in a sentence that refers back",
                List.of(
                        RIGHTS.en(
                                "The Processor forwards requests from data subjects to the Customer. It will use "
                                        + "commercially reasonable efforts to assist the Customer in responding to such "
                                        + "requests.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Requests of data subjects are forwarded to the Customer. The Processor provides "
                                        + "commercially reasonable assistance in answering these requests, at the "
                                        + "Customer's expense.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor passes data subject requests on to the Customer and will use reasonable "
                                        + "efforts to help the Customer respond to those requests.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor forwards data subject requests to the Customer. Where the Customer cannot "
                                        + "answer a request with the platform's functions, the Processor will use "
                                        + "commercially reasonable efforts to assist it.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "Data subject requests received by the Processor are forwarded to the Customer. The "
                                        + "Processor offers commercially reasonable support with such requests.",
                                Status.WEAKER),
                        RIGHTS.en(
                                "The Processor forwards requests from data subjects. It will use best efforts to support "
                                        + "the Customer in answering such requests.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer leitet Anträge betroffener Personen weiter. Er bemüht sich, den "
                                        + "Auftraggeber bei der Beantwortung solcher Anträge zu unterstützen.",
                                Status.WEAKER),
                        RIGHTS.de(
                                "Der Auftragnehmer leitet Anfragen betroffener Personen an den Auftraggeber weiter. Bei "
                                        + "solchen Anfragen leistet er wirtschaftlich vertretbare Unterstützung.",
                                Status.WEAKER)));
        List<String> close = family(
                "requests, best efforts, close",
                List.of(
                        RIGHTS.en(
                                "The Processor shall assist the Customer in responding to data subject requests and "
                                        + "shall use commercially reasonable efforts to contain any breach.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor forwards requests from data subjects to the Customer without delay and "
                                        + "assists the Customer in responding to them by appropriate technical and "
                                        + "organisational measures.",
                                Status.FOUND),
                        RIGHTS.en(
                                "The Processor assists the Customer with data subject requests; reasonable costs of "
                                        + "unusual requests may be charged.",
                                Status.FOUND),
                        RIGHTS.de(
                                "Der Auftragnehmer unterstützt den Auftraggeber bei der Beantwortung von Anträgen "
                                        + "betroffener Personen mit geeigneten technischen und organisatorischen "
                                        + "Maßnahmen.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
