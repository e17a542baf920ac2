/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import static dev.dpa4j.importer.FamilyFrame.check;
import static dev.dpa4j.importer.FamilyFrame.family;

import dev.dpa4j.importer.RequirementResult.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 26 of #16 (general readings, not wordings): for each legal cause of a weaker verdict a family of paraphrases
 * of our own (different verbs, word orders, modal forms, negations, in English and German) beside close sentences
 * whose verdict must not change (adequate hedges: statutory retention, anonymised statistics, "shall inform unless
 * prohibited by law"). Each family's members are read in the frames of {@link WordingFrames}.
 */
class RoundTwentySixTest {

    // --- Art. 28(3)(a) GDPR with Art. 28(10): processing for the processor's own purposes ---

    private static final String PURPOSE_EN = "3. Nature and purpose";
    private static final String PURPOSE_BASE_EN =
            "The purpose of the processing is running and supporting the " + "ticketing system. ";
    private static final String PURPOSE_DE = "§ 12 Art und Zweck";
    private static final String PURPOSE_BASE_DE =
            "Zweck der Verarbeitung ist der Betrieb einer Buchhaltungssoftware " + "für den Auftraggeber. ";

    private static final FamilyFrame PURPOSE =
            new FamilyFrame(Requirement.NATURE_AND_PURPOSE, PURPOSE_EN, PURPOSE_BASE_EN, PURPOSE_DE, PURPOSE_BASE_DE);

    @Test
    void should_read_the_processors_own_purposes_as_weaker() {
        List<String> weaker = family(
                "own purposes",
                List.of(
                        PURPOSE.en(
                                "The Processor may also use the personal data to improve and develop its own "
                                        + "services.",
                                Status.WEAKER),
                        PURPOSE.en(
                                "Customer data is further analysed by the Processor to benchmark the performance "
                                        + "of its platform.",
                                Status.WEAKER),
                        PURPOSE.en(
                                "In addition, the Processor uses the personal data to train its machine-learning "
                                        + "models.",
                                Status.WEAKER),
                        PURPOSE.en(
                                "The Processor is entitled to process the data for its own analytics and product "
                                        + "development.",
                                Status.WEAKER),
                        PURPOSE.en("Personal data is also processed for the Processor's own marketing.", Status.WEAKER),
                        PURPOSE.de(
                                "Der Auftragnehmer darf die Daten zudem zur Verbesserung seiner eigenen Produkte "
                                        + "nutzen.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Die Daten werden vom Auftragnehmer außerdem für eigene Analysezwecke "
                                        + "ausgewertet.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Ferner verwendet der Auftragnehmer die Daten zum Training seiner KI-Modelle.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Der Auftragnehmer ist berechtigt, die Daten auch für eigene Werbezwecke zu "
                                        + "verarbeiten.",
                                Status.WEAKER),
                        PURPOSE.de(
                                "Daneben nutzt der Auftragnehmer die Daten für Benchmarks seiner Plattform.",
                                Status.WEAKER)));
        List<String> close = family(
                "own purposes, close",
                List.of(
                        PURPOSE.en(
                                "The Processor may use anonymised statistics that no longer relate to any person "
                                        + "to improve its services.",
                                Status.FOUND),
                        PURPOSE.en(
                                "The Processor shall not use the personal data to improve its own services or for "
                                        + "any other purpose of its own.",
                                Status.FOUND),
                        PURPOSE.en(
                                "The Processor uses the personal data only to provide the services to the "
                                        + "Customer.",
                                Status.FOUND),
                        PURPOSE.en(
                                "The Processor improves the ticketing system only as the Customer instructs.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Der Auftragnehmer darf anonymisierte Statistiken ohne Personenbezug zur "
                                        + "Verbesserung seiner Dienste nutzen.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Eine Nutzung der Daten für eigene Zwecke des Auftragnehmers ist ausgeschlossen.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Der Auftragnehmer verwendet die Daten nicht zum Training seiner Modelle.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Der Auftragnehmer verarbeitet die Daten ausschließlich, um die Leistungen für den "
                                        + "Auftraggeber zu erbringen.",
                                Status.FOUND),
                        // the processor a controller of its own data for its own ends; a negation by „nie“
                        PURPOSE.en(
                                "For its own billing and marketing the Processor is an independent controller of "
                                        + "its account data.",
                                Status.FOUND),
                        PURPOSE.de(
                                "Für eigene Werbezwecke nutzt der Auftragnehmer die Daten des Auftraggebers nie.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3), last subparagraph, GDPR; Clause 7.1 of 2021/915: the duty to inform of an infringing instruction
    // ---

    private static final String INSTR_EN = "6. Instructions";
    private static final String INSTR_BASE_EN =
            "The Processor processes personal data only on documented " + "instructions from the Customer. ";
    private static final String INSTR_DE = "§ 3 Weisungen";
    private static final String INSTR_BASE_DE =
            "Der Auftragnehmer verarbeitet die Daten nur auf dokumentierte Weisung " + "des Auftraggebers. ";

    private static final FamilyFrame INSTR =
            new FamilyFrame(Requirement.INFRINGING_INSTRUCTION, INSTR_EN, INSTR_BASE_EN, INSTR_DE, INSTR_BASE_DE);

    @Test
    void should_read_a_permission_or_an_attempt_to_inform_of_an_infringing_instruction_as_weaker() {
        List<String> weaker = family(
                "infringing instruction, no duty",
                List.of(
                        INSTR.en(
                                "If the Processor believes an instruction infringes the GDPR, it may inform the "
                                        + "Customer.",
                                Status.WEAKER),
                        INSTR.en(
                                "Where an instruction appears to infringe data protection law, the Processor should "
                                        + "notify the Customer.",
                                Status.WEAKER),
                        INSTR.en(
                                "The Processor will endeavour to tell the Customer if it considers that an "
                                        + "instruction breaches the GDPR.",
                                Status.WEAKER),
                        INSTR.en(
                                "The Processor can point out to the Customer any instruction that it considers "
                                        + "infringes the GDPR.",
                                Status.WEAKER),
                        INSTR.en(
                                "Should an instruction in the Processor's view violate data protection law, the "
                                        + "Processor reserves the right to inform the Customer.",
                                Status.WEAKER),
                        INSTR.de(
                                "Hält er eine Weisung für rechtswidrig, ist er berechtigt, den Auftraggeber darauf "
                                        + "hinzuweisen.",
                                Status.WEAKER),
                        INSTR.de(
                                "Hält er eine Weisung für rechtswidrig, kann er den Auftraggeber darauf hinweisen.",
                                Status.WEAKER),
                        INSTR.de(
                                "Verstößt eine Weisung nach seiner Auffassung gegen Datenschutzrecht, darf er den "
                                        + "Auftraggeber darüber informieren.",
                                Status.WEAKER),
                        INSTR.de(
                                "Der Auftragnehmer bemüht sich, den Auftraggeber auf Weisungen hinzuweisen, die gegen "
                                        + "die DSGVO verstoßen.",
                                Status.WEAKER),
                        INSTR.de(
                                "Erscheint ihm eine Weisung rechtswidrig, behält sich der Auftragnehmer vor, den "
                                        + "Auftraggeber zu informieren.",
                                Status.WEAKER)));
        List<String> close = family(
                "infringing instruction, close",
                List.of(
                        INSTR.en(
                                "If the Processor considers that an instruction infringes the GDPR, it shall inform "
                                        + "the Customer immediately.",
                                Status.FOUND),
                        INSTR.en(
                                "The Processor shall inform the Customer without delay if, in its opinion, an "
                                        + "instruction infringes the GDPR, and may suspend the instruction until the "
                                        + "Customer confirms or changes it.",
                                Status.FOUND),
                        INSTR.en(
                                "The Processor must tell the Customer at once if an instruction breaks data "
                                        + "protection law; it may then refuse to follow it.",
                                Status.FOUND),
                        INSTR.en(
                                "The Processor will immediately inform the Customer if an instruction violates the "
                                        + "GDPR.",
                                Status.FOUND),
                        INSTR.de(
                                "Hält er eine Weisung für rechtswidrig, weist er den Auftraggeber unverzüglich darauf "
                                        + "hin.",
                                Status.FOUND),
                        INSTR.de(
                                "Hält er eine Weisung für rechtswidrig, weist er den Auftraggeber unverzüglich darauf "
                                        + "hin und kann die Durchführung bis zur Bestätigung aussetzen.",
                                Status.FOUND),
                        INSTR.de(
                                "Der Auftragnehmer ist verpflichtet, den Auftraggeber unverzüglich zu informieren, "
                                        + "wenn eine Weisung gegen die DSGVO verstößt.",
                                Status.FOUND),
                        INSTR.de(
                                "Verstößt eine Weisung gegen Datenschutzrecht, informiert der Auftragnehmer den "
                                        + "Auftraggeber; er darf die Weisung bis zur Klärung aussetzen.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(b) GDPR; Clause 7.5 of 2021/915: persons committed to confidentiality ---

    private static final String CONF_EN = "7. Confidentiality";
    private static final String CONF_DE = "§ 4 Vertraulichkeit";

    private static final FamilyFrame CONF = new FamilyFrame(Requirement.CONFIDENTIALITY, CONF_EN, "", CONF_DE, "");

    @Test
    void should_read_staff_told_or_asked_instead_of_committed_as_weaker() {
        List<String> weaker = family(
                "confidentiality, no commitment",
                List.of(
                        CONF.en(
                                "The Processor makes its staff aware of the confidentiality of the data.",
                                Status.WEAKER),
                        CONF.en(
                                "The Processor asks the employees who handle the data to keep it confidential.",
                                Status.WEAKER),
                        CONF.en(
                                "The Processor will take reasonable steps to ensure that its personnel keep the data "
                                        + "confidential.",
                                Status.WEAKER),
                        CONF.en(
                                "The Processor encourages everyone who processes the data to treat it as "
                                        + "confidential.",
                                Status.WEAKER),
                        CONF.en("Staff of the Processor are reminded that the data is confidential.", Status.WEAKER),
                        CONF.en(
                                "The Processor's contractors are informed of the confidential nature of the data and "
                                        + "trained on their tasks.",
                                Status.WEAKER),
                        CONF.de(
                                "Der Auftragnehmer sensibilisiert seine Mitarbeiter für die Vertraulichkeit der Daten.",
                                Status.WEAKER),
                        CONF.de(
                                "Der Auftragnehmer weist seine Beschäftigten auf die Vertraulichkeit der Daten hin.",
                                Status.WEAKER),
                        CONF.de(
                                "Der Auftragnehmer wirkt darauf hin, dass seine Mitarbeiter die Daten vertraulich "
                                        + "behandeln.",
                                Status.WEAKER),
                        CONF.de(
                                "Der Auftragnehmer bemüht sich, seine Beschäftigten zur Vertraulichkeit zu "
                                        + "verpflichten.",
                                Status.WEAKER),
                        CONF.de("Die Mitarbeiter werden gebeten, die Daten vertraulich zu behandeln.", Status.WEAKER)));
        List<String> close = family(
                "confidentiality, close",
                List.of(
                        CONF.en(
                                "The Processor ensures that all persons authorised to process the data have committed "
                                        + "themselves to confidentiality.",
                                Status.FOUND),
                        CONF.en(
                                "Everyone who processes the data for the Processor is bound by a written "
                                        + "confidentiality undertaking or by a statutory duty of secrecy.",
                                Status.FOUND),
                        CONF.en(
                                "The Processor obliges its employees to keep the data confidential and reminds them "
                                        + "of this duty every year.",
                                Status.FOUND),
                        CONF.en(
                                "The Processor's staff are under a contractual duty of confidentiality that continues "
                                        + "after their employment ends.",
                                Status.FOUND),
                        CONF.de(
                                "Die Beschäftigten des Auftragnehmers sind zur Vertraulichkeit verpflichtet.",
                                Status.FOUND),
                        CONF.de(
                                "Der Auftragnehmer verpflichtet alle Personen, die Daten verarbeiten, schriftlich zur "
                                        + "Vertraulichkeit und weist sie auf die Folgen von Verstößen hin.",
                                Status.FOUND),
                        CONF.de(
                                "Alle Beschäftigten unterliegen einer gesetzlichen Verschwiegenheitspflicht.",
                                Status.FOUND),
                        CONF.de(
                                "Der Auftragnehmer verpflichtet seine Mitarbeiter auf das Datengeheimnis und schult sie "
                                        + "regelmäßig.",
                                Status.FOUND),
                        // told of the confidentiality and bound by a signed agreement as well
                        CONF.en(
                                "The Processor's staff are informed of the confidential nature of the data and have "
                                        + "signed written confidentiality agreements.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Art. 28(3)(g) GDPR, Clause 10(d) of 2021/915: deletion or return at the controller's choice ---

    private static final String END_EN = "13. End of processing";
    private static final String END_BASE_EN = "When the services end, the Processor shall, at the Customer's choice, "
            + "delete or return all personal data";
    private static final String END_DE = "§ 9 Löschung";
    private static final String END_BASE_DE =
            "Nach Ende des Auftrags löscht der Auftragnehmer alle Daten oder gibt sie "
                    + "nach Wahl des Auftraggebers zurück";

    private static final FamilyFrame END =
            new FamilyFrame(Requirement.DELETION_RETURN, END_EN, END_BASE_EN, END_DE, END_BASE_DE);

    @Test
    void should_read_a_conditional_deletion_or_return_as_weaker() {
        List<String> weaker = family(
                "deletion, conditional",
                List.of(
                        END.en(" where commercially reasonable.", Status.WEAKER),
                        END.en(", if this is technically possible.", Status.WEAKER),
                        END.en(
                                ". A return of the data is made only against payment of the Processor's fees.",
                                Status.WEAKER),
                        END.en(". Copies in backups are kept indefinitely.", Status.WEAKER),
                        END.en(", but may keep a copy for its own business purposes.", Status.WEAKER),
                        END.de(", soweit dies wirtschaftlich zumutbar ist.", Status.WEAKER),
                        END.de(", soweit dies technisch möglich ist.", Status.WEAKER),
                        END.de(". Die Rückgabe erfolgt nur gegen gesonderte Vergütung.", Status.WEAKER),
                        END.de(". Datensicherungen werden unbefristet aufbewahrt.", Status.WEAKER),
                        END.de(
                                ". Der Auftragnehmer darf eine Kopie für eigene Geschäftszwecke behalten.",
                                Status.WEAKER)));
        List<String> close = family(
                "deletion, close",
                List.of(
                        END.en(
                                ", unless Union or Member State law requires storage of the personal data.",
                                Status.FOUND),
                        END.en(". Backups are overwritten within 90 days.", Status.FOUND),
                        END.en(
                                ". The Processor may keep anonymised statistics that no longer identify anyone.",
                                Status.FOUND),
                        END.en(". The return is free of charge.", Status.FOUND),
                        END.de(", soweit nicht gesetzliche Aufbewahrungspflichten bestehen.", Status.FOUND),
                        END.de(". Datensicherungen werden spätestens nach 90 Tagen überschrieben.", Status.FOUND),
                        END.de(". Die Rückgabe ist kostenfrei.", Status.FOUND),
                        END.de(
                                ". Anonymisierte Statistiken ohne Personenbezug darf der Auftragnehmer behalten.",
                                Status.FOUND)));
        check(weaker, close);
    }

    // --- Clause 15 of 2021/914 as benchmark: notice to the controller of an authority's request ---

    private static final String GOV_EN = "18. Final provisions";
    private static final String GOV_BASE_EN = "Terms defined in the GDPR have the meaning given to them there. If "
            + "these terms conflict with the main contract, these terms prevail. If a public authority requests access "
            + "to the personal data, the Processor ";
    private static final String GOV_DE = "§ 12 Behördliche Anfragen";
    private static final String GOV_BASE_DE = "Verlangt eine Behörde Zugriff auf die Daten, ";

    private static final FamilyFrame GOV =
            new FamilyFrame(Requirement.GOVERNMENT_ACCESS, GOV_EN, GOV_BASE_EN, GOV_DE, GOV_BASE_DE);

    @Test
    void should_read_a_conditional_notice_of_an_authoritys_request_as_weaker() {
        List<String> weaker = family(
                "authorities, conditional notice",
                List.of(
                        GOV.en("shall inform the Customer where commercially reasonable.", Status.WEAKER),
                        GOV.en("will inform the Customer if it is practical to do so.", Status.WEAKER),
                        GOV.en("will notify the Customer where it considers notice appropriate.", Status.WEAKER),
                        GOV.en("may inform the Customer of the request.", Status.WEAKER),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber, soweit dies wirtschaftlich zumutbar "
                                        + "ist.",
                                Status.WEAKER),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber, sofern er dies für angemessen hält.",
                                Status.WEAKER),
                        GOV.de("kann der Auftragnehmer den Auftraggeber darüber informieren.", Status.WEAKER),
                        GOV.de(
                                "wird sich der Auftragnehmer bemühen, den Auftraggeber zu informieren.",
                                Status.WEAKER)));
        List<String> close = family(
                "authorities, close",
                List.of(
                        GOV.en("shall inform the Customer unless the law forbids it.", Status.FOUND),
                        GOV.en(
                                "shall notify the Customer without delay and disclose only the minimum of data the "
                                        + "request requires.",
                                Status.FOUND),
                        GOV.en(
                                "shall inform the Customer promptly, unless prohibited by law, and may challenge the "
                                        + "request.",
                                Status.FOUND),
                        GOV.en(
                                "shall inform the Customer; where the law forbids notice, it shall ask for a waiver "
                                        + "of the prohibition.",
                                Status.FOUND),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber unverzüglich, soweit dies gesetzlich "
                                        + "zulässig ist.",
                                Status.FOUND),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber unverzüglich und prüft die "
                                        + "Rechtmäßigkeit des Ersuchens.",
                                Status.FOUND),
                        GOV.de(
                                "unterrichtet der Auftragnehmer den Auftraggeber unverzüglich, es sei denn, dies ist "
                                        + "gesetzlich verboten.",
                                Status.FOUND),
                        GOV.de(
                                "informiert der Auftragnehmer den Auftraggeber unverzüglich; er darf das Ersuchen "
                                        + "gerichtlich anfechten.",
                                Status.FOUND)));
        check(weaker, close);
    }
}
