/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.Requirement;
import dev.dpa4j.importer.RequirementResult;
import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.importer.SourceSpan;
import dev.dpa4j.importer.internal.Segmenter.Segment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Limits stated elsewhere (#16): a sentence in one clause that derogates from another clause it names
 * ("Notwithstanding Section 7.2, …", „Abweichend von § 8 Abs. 5 …“, "Clause 9 shall apply only …", „§ 9 gilt mit der
 * Maßgabe, dass … nur …“, "its obligations under Clauses 9 and 10 using commercially reasonable efforts"). The
 * reference is resolved to the passages of that clause by their numbering (the headings' "§ 8", "8.", "Clause 8",
 * "Ziffer 8", "Annex 2" and the passages' own "8.2", "(5)", "(b)"), and the requirements that the table found met in
 * those passages are the ones the derogation is about. A requirement is made weaker only where all three hold:
 *
 * <ul>
 *   <li>the sentence departs from the clause (a derogation word before the reference, or the clause as the subject of
 *       "applies only", "does not apply", „gilt nur“, „gilt mit der Maßgabe“, or the duties "under" the clause with a
 *       limit): a reference that merely points ("as set out in Section 9", „gemäß § 7“) or confirms („§ 14 bleibt
 *       unberührt“) is no derogation;
 *   <li>the sentence limits (only, commercially reasonable efforts, discretion, "does not apply", „nur“,
 *       „nicht verpflichtet“, „haftet … nur“) and does not restore ("remains fully liable", "in any event",
 *       „unberührt“, limitations that "do not apply");
 *   <li>the clause it names is where the table found the requirement met.
 * </ul>
 *
 * The evidence quotes both passages: the clause that states the duty and the sentence that limits it. A limit stated
 * in an annex that the order of precedence names counts too ({@link #annexLimits}).
 */
final class ClauseReferences {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The note of a requirement weakened by a derogation elsewhere; the reference follows. */
    static final String LIMITED = "limited by a derogation elsewhere in the agreement from ";

    /**
     * The requirements a derogation can weaken: the duties of Art. 28(3) and (4) GDPR and the liability; not the items
     * of the description, the definitions or the order of precedence, whose clauses name other clauses by design; also
     * the requirements a narrowing definition can weaken ({@link NarrowingDefinitions}).
     */
    static final Set<Requirement> DUTIES = EnumSet.complementOf(EnumSet.of(
            Requirement.SUBJECT_AND_DURATION,
            Requirement.NATURE_AND_PURPOSE,
            Requirement.DATA_CATEGORIES,
            Requirement.DATA_SUBJECTS,
            Requirement.DEFINITIONS,
            Requirement.ORDER_OF_PRECEDENCE));

    /** A number of a clause: "8", "7.2", "12.1.3". */
    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{1,3}){0,3}";

    /** The sub-paragraphs after a number: "(b)", "(2)(a)", " Abs. 5", " Absatz 2 Satz 1", " para. 3", " lit. b". */
    private static final String SUB = "(?:\\s*\\((?:\\d{1,2}|[a-z]{1,4})\\))*"
            + "(?:\\s*(?:abs(?:atz|\\.)?|para(?:graph|\\.)?)\\s*\\d{1,2})?"
            + "(?:\\s*(?:lit\\.|buchst(?:abe|\\.))\\s*[a-z]\\)?)?"
            + "(?:\\s*(?:satz|s\\.|sentence)\\s*\\d{1,2})?";

    /** One clause reference: a word or "§" before a number, with its sub-paragraphs. */
    private static final String ONE =
            "(?:§§?\\s*|\\b(?:sections?|clauses?|ziffern?|ziff\\.|klauseln?|abschnitte?|abschnitts"
                    + "|paragraphs?|nrn?\\.|nummern?|articles?|artikeln?|art\\.|punkte?)\\s*)" + NUMBER + SUB;

    /**
     * A reference with its list: "Clauses 9 and 10", "§§ 8 und 9", "Sections 7.2(b), 7.3 or 9"; the numbers after
     * the first may stand without their word.
     */
    private static final Pattern REFERENCE = AsciiGerman.compile(
            "(?<ref>" + ONE + "(?:\\s*(?:,|and|or|und|oder|bis|to|through|-|–)\\s*(?:" + ONE + "|" + NUMBER + SUB
                    + "(?!\\s*(?:%|" + "hours?|days?|stunden|tage|wochen|weeks?|months?|monate)))){0,4})",
            FLAGS);

    /** A paragraph of the clause the sentence stands in: „Abweichend von Absatz 2“, "notwithstanding paragraph 3". */
    private static final Pattern OWN_PARAGRAPH = AsciiGerman.compile(
            "(?<ref>\\b(?:abs(?:atz|\\.)|paragraph|para\\.)\\s*(?<num>\\d{1,2})\\b)(?!\\s*(?:of|der|des|dsgvo|gdpr))",
            FLAGS);

    /** A number of a reference, with its sub-paragraphs, in group 1 and 2. */
    private static final Pattern NUMBER_IN = AsciiGerman.compile(
            "(" + NUMBER
                    + ")((?:\\s*\\((?:\\d{1,2}|[a-z]{1,4})\\))*(?:\\s*(?:abs(?:atz|\\.)?|para(?:graph|\\.)?)\\s*\\d{1,2})?)",
            FLAGS);

    /** A sentence or letter of a paragraph ("Satz 2", "lit. b"): no number of a clause. */
    private static final Pattern SENTENCE_OR_LETTER = AsciiGerman.compile(
            "\\b(?:satz|s\\.|sentence)\\s*\\d{1,2}|\\b(?:lit\\.|buchst(?:abe|\\.))\\s*[a-z]\\)?", FLAGS);

    private static final Pattern SUB_PART = AsciiGerman.compile(
            "\\((\\d{1,2}|[a-z]{1,4})\\)|(?:abs(?:atz|\\.)?|para(?:graph|\\.)?)\\s*(\\d{1,2})", FLAGS);

    /**
     * After the reference: a law, the clauses of the Commission or another contract ("Section 9 of the MSA",
     * "§ 7 BDSG", "Clause 9 of the SCCs", "Ziffer 3 des Rahmenvertrags"), not this document.
     */
    private static final Pattern EXTERNAL = AsciiGerman.compile(
            "\\s*(?:of\\s+(?:the\\s+)?|der\\s+|des\\s+|in\\s+(?:the\\s+)?|im\\s+|zum\\s+)?(?:(?:eu\\s+|uk\\s+)?gdpr|dsgvo|ds-gvo|bdsg|dsg|regulation|verordnung|directive|richtlinie"
                    + "|standard\\s+contractual|standardvertragsklauseln|sccs?\\b|idta|addendum|eu\\b|\\(eu\\)|tkg|ttdsg|tddg|bgb|hgb|stgb|uwg"
                    + "|(?:\\w+\\s+){0,2}(?:main|master|principal|underlying|services?|framework|subscription|customer)\\s+(?:agreement|contract|terms)"
                    + "|agreement\\b|terms\\b|msa\\b|csa\\b|hauptvertrag\\w*|rahmenvertrag\\w*|leistungsvertrag\\w*|leistungsvereinbarung\\w*"
                    + "|vertrag\\w*|agb\\b|nutzungsbedingungen|(?:annex|anhang|appendix)\\s+(?:to|zu)\\s+(?:the|den|der)\\s+(?:scc|standard|clauses|klauseln))",
            FLAGS);

    /** "this Section 13", „dieses § 13“: the clause the sentence stands in, which it delimits. */
    private static final Pattern SELF =
            AsciiGerman.compile("\\b(?:this|these|dieses|dieser|diesem|diesen)\\s*$", FLAGS);

    /**
     * The clauses of the Commission's standard contractual clauses and their options, which a transfer clause
     * chooses ("the optional docking clause in Clause 7 does not apply", "Option 2 of Clause 9"): a passage that
     * names them or their options numbers their clauses, not this agreement's.
     */
    private static final Pattern SCC_CONTEXT = AsciiGerman.compile(
            "standard\\s*contractual|standardvertragsklauseln|\\bsccs?\\b|\\bidta\\b|2021/914|\\bmodul(?:e)?\\s+(?:one|two|three|four|[1-4])\\b"
                    + "|\\boptional\\s+(?:\\w+\\s+){0,2}?(?:clause|wording|docking|module|provision)|\\boption\\s+(?:\\d|[ivx]{1,3}\\b|in\\s+clause|of\\s+clause|under\\s+clause)|\\bthe\\s+option\\s+in\\b"
                    + "|\\bdocking\\b|\\boptionale?[nr]?\\s+(?:klausel|regelung|bestimmung)|\\bkopplungsklausel\\b",
            FLAGS);

    /** A reference to a law before the number: "Art. 28", "Article 32 GDPR" (an agreement in articles is read by its headings). */
    private static final Pattern ARTICLE = AsciiGerman.compile("^(?:articles?|artikeln?|art\\.)", FLAGS);

    /** A derogation word just before the reference. */
    private static final Pattern DEROGATING = AsciiGerman.compile(
            "(?:\\bnotwithstanding|\\bby\\s+way\\s+of\\s+derogation\\s+from|\\bin\\s+derogation\\s+(?:of|from)"
                    + "|\\bin\\s+deviation\\s+from|\\bdeviating\\s+from|\\bby\\s+way\\s+of\\s+exception\\s+to|\\bas\\s+an\\s+exception\\s+to"
                    + "|\\babweichend\\s+von|\\bin\\s+abweichung\\s+von|\\bentgegen|\\bungeachtet|\\babweichend\\s+zu)"
                    + "(?:\\s+(?:anything\\s+(?:to\\s+the\\s+contrary\\s+)?(?:in|under)|the\\s+provisions?\\s+of|the\\s+terms\\s+of"
                    + "|den\\s+(?:regelungen|bestimmungen)\\s+(?:in|de[rs]|nach)|der\\s+(?:regelung|bestimmung)\\s+(?:in|de[rs]|nach)"
                    + "|de[rmn]|die|the))?\\s*$",
            FLAGS);

    /**
     * The clause as the subject of a modification after the reference: "Section 9 shall apply only", "Clause 9 does
     * not apply", "Section 9 applies subject to", „§ 9 gilt nur“, „§ 9 gilt mit der Maßgabe“, „findet keine
     * Anwendung“, „findet auf sie keine Anwendung“, "is limited to"; and with the verb at the end of a German subordinate
     * clause, „dass § 9 auf sie keine Anwendung findet“, „… für sie nicht gilt“.
     */
    private static final Pattern MODIFIED = AsciiGerman.compile(
            "^\\W{0,3}(?:(?:of\\s+)?(?:this|the)\\s+(?:dpa|agreement|addendum)\\s*)?(?:\\s*\\([^)]{0,40}\\))?\\s*"
                    + "(?:(?:shall|will|does|do)\\s+)?(?:only\\s+)?(?:not\\s+)?(?:apply|applies|be\\s+applicable|is|are|be)\\s+"
                    + "(?:only|solely|not|subject\\s+to|with\\s+the\\s+(?:proviso|modification|exception)|limited|restricted|to\\s+the\\s+extent)"
                    + "|^\\W{0,3}(?:(?:shall|will|does|do)\\s+)?(?:only\\s+)?(?:not\\s+)?(?:apply|applies)\\b"
                    + "|^\\W{0,3}(?:(?:dieser|des)\\s+(?:vereinbarung|vertrags)\\s*)?(?:gilt|gelten|findet|finden|ist|sind)\\s+"
                    + "(?:\\w+\\s+){0,3}?(?:nur|lediglich|ausschließlich|nicht|keine\\s+anwendung|mit\\s+der\\s+maßgabe|mit\\s+den\\s+maßgaben"
                    + "|eingeschränkt|beschränkt|begrenzt|in\\s+folgender)"
                    + "|^\\W{0,3}(?:gilt|gelten|findet|finden)\\s+(?:[\\p{L}\\d-]+\\s+){0,5}?(?:nur|lediglich|ausschließlich"
                    + "|nicht(?!\\s+nur)|keine\\s+anwendung|mit\\s+der\\s+maßgabe)\\b"
                    + "|^\\W{0,3}(?:[\\p{L}-]+\\s+){0,5}?(?:keine\\s+anwendung\\s+finde[nt]|nicht\\s+(?:gilt|gelten|anwendbar\\s+(?:ist|sind))|nur\\s+(?:gilt|gelten))\\b",
            FLAGS);

    /**
     * The German verb in second place before the clause, the modification after it: „Auf diese Dienstleister findet § 9
     * keine Anwendung“, „Für sie gilt § 9 nicht“, „Für sie gilt § 9 nur …“.
     */
    private static final Pattern VERB_BEFORE = AsciiGerman.compile("\\b(?:findet|finden|gilt|gelten)\\s*$", FLAGS);

    private static final Pattern MODIFIED_AFTER_VERB = AsciiGerman.compile(
            "^\\W{0,3}(?:[\\p{L}-]+\\s+){0,3}?(?:keine\\s+anwendung|nicht\\b(?!\\s+nur)|nur\\b|lediglich\\b|mit\\s+der\\s+maßgabe)",
            FLAGS);

    /** The duties of the clause: "its obligations under Clauses 9 and 10", „die Pflichten nach § 9“. */
    private static final Pattern DUTIES_UNDER = AsciiGerman.compile(
            "\\b(?:obligations?|duties|duty|commitments?|assistance|support|pflichten|verpflichtungen|leistungen|unterstützung"
                    + "|unterstützungsleistungen|mitwirkung\\w*)\\s+(?:\\w+\\s+)?(?:under|pursuant\\s+to|set\\s+out\\s+in|in|nach|gemäß|aus|laut)"
                    + "\\s+(?:the\\s+|den\\s+|de[mr]\\s+)?$",
            FLAGS);

    /** What limits a duty: a restriction, an effort instead of a duty, a discretion, a charge, an exclusion. */
    private static final Pattern LIMIT = AsciiGerman.compile(
            "\\b(?:only|solely|exclusively|merely|limited\\s+to|restricted\\s+to|nur|lediglich|ausschließlich|beschränkt|begrenzt"
                    + "|commercially\\s+reasonable|reasonable\\s+(?:efforts|endeavours)|best\\s+(?:efforts|endeavours)|bemüh\\w*"
                    + "|discretion|ermessen|at\\s+its\\s+(?:option|election)|nach\\s+(?:seiner|eigener)\\s+wahl"
                    + "|(?:does|do|shall|will)\\s+not\\s+apply|not\\s+(?:be\\s+)?(?:obliged|obligated|required|liable|responsible|bound)|need\\s+not"
                    + "|no\\s+(?:obligation|liability|duty)|(?:gilt|gelten)\\s+(?:\\S+\\s+){0,6}?nicht\\b(?!\\s+nur)|nicht\\s+(?:gilt|gelten)"
                    + "|finde[nt]\\s+(?:\\S+\\s+){0,6}?keine\\s+anwendung|keine\\s+anwendung\\s+finde[nt]|nicht\\s+anwendbar"
                    + "|not\\s+applicable|inapplicable"
                    // the clause's own act not done (round 21): "such recordings are not deleted", „werden nicht
                    // gelöscht“
                    + "|(?:is|are|will|shall)\\s+not\\s+(?:be\\s+)?(?:deleted|erased|returned|destroyed|notified|informed|audited|inspected)"
                    + "|(?:wird|werden)\\s+(?:\\S+\\s+){0,4}?nicht\\s+(?:gelöscht|zurückgegeben|vernichtet|gemeldet|informiert|geprüft|kontrolliert)"
                    + "|nicht\\s+(?:dazu\\s+)?verpflichtet|keine\\s+(?:haftung|pflicht|verpflichtung)|haftet\\s+(?:\\w+\\s+){0,3}nicht|entfällt|ausgeschlossen|excluded"
                    + ")\\b",
            FLAGS);

    /**
     * What restores or strengthens rather than limits: the duty unaffected, the processor still liable, a floor or a
     * latest date, a limitation of liability that does not apply, a right of the processor taken away.
     */
    private static final Pattern RESTORES = AsciiGerman.compile(
            "\\b(?:unberührt|unaffected|remains?\\s+(?:fully\\s+|wholly\\s+)?(?:liable|responsible|bound|obliged)"
                    + "|bleibt\\s+(?:\\w+\\s+){0,3}(?:verpflichtet|haftbar|verantwortlich)|in\\s+any\\s+(?:event|case)|in\\s+jedem\\s+fall"
                    + "|jedenfalls|at\\s+the\\s+latest|spätestens|no\\s+later\\s+than|at\\s+least|mindestens|unlimited|uncapped|unbeschränkt|unbegrenzt"
                    + "|(?:limitations?|limits?|caps?|exclusions?|beschränkungen|begrenzungen|höchstbeträge|haftungs\\w*)\\b[^.;]{0,60}\\b(?:do|does|shall|will)\\s+not\\s+apply"
                    + "|(?:limitations?|beschränkungen|begrenzungen|höchstbeträge|haftungs\\w*)\\b[^.;]{0,60}\\b(?:gilt|gelten|finde[nt])\\s+(?:\\w+\\s+){0,3}(?:nicht|keine)"
                    // the storage that Union or Member State law requires (Art. 28(3)(g) GDPR), a disclosure it compels
                    + "|(?:required|prohibited|compelled)\\s+by\\s+(?:applicable\\s+|mandatory\\s+)?(?:union\\s+or\\s+member\\s+state\\s+)?law"
                    + "|(?:union|member\\s+state|applicable|mandatory)\\s+law\\s+(?:requires|prohibits)|gesetzlich\\w*\\s+(?:vorgeschrieben|verpflichtet|erforderlich)"
                    + "|aufbewahrungspflicht\\w*|aufbewahrungsfrist\\w*|recht\\s+der\\s+union|rechtsvorschriften\\s+(?:der\\s+union|eines\\s+mitgliedstaats)"
                    + "|(?:only|solely)\\s+(?:as\\s+)?between\\s+the\\s+parties|nur\\s+im\\s+verhältnis\\s+(?:der|zwischen\\s+den)\\s+parteien|im\\s+innenverhältnis"
                    + "|shall\\s+not\\s+be\\s+entitled|may\\s+not|is\\s+not\\s+entitled|darf\\s+(?:\\w+\\s+){0,3}nicht|ist\\s+nicht\\s+berechtigt|nicht\\s+berechtigt)\\b",
            FLAGS);

    /**
     * A delimitation of roles, not a limit: the persons the sentence takes out of a clause are not the processor's
     * sub-processors or are controllers in their own right ("card schemes … are not sub-processors …, and clause 5.3 does
     * not apply to them", „… sind keine Unterauftragsverarbeiter; § 6 gilt für sie nicht“). Art. 28(2) and (4) GDPR bind
     * the processor for its sub-processors, so a clause on sub-processors does not reach them in the first place.
     */
    private static final Pattern DELIMITS_ROLES = AsciiGerman.compile(
            "\\b(?:are|is)\\s+not\\s+(?:\\p{L}+\\s+)?sub-?processors?\\b|\\bcontrollers?\\s+in\\s+(?:its|their)\\s+own\\s+right\\b"
                    + "|\\b(?:independent|separate)\\s+controllers?\\b|\\bsind\\s+keine\\s+(?:unterauftrags\\p{L}*|weiteren\\s+auftragsverarbeiter"
                    + "|subunternehmer)\\b|\\b(?:eigenständige|eigene|selbständige)\\s+verantwortliche\\b",
            FLAGS);

    /** A heading's number: "§ 8 …", "8. …", "8.2 …", "Clause 8 …", "Ziffer 8", "Section 7.2". */
    private static final Pattern HEADING_NUMBER = AsciiGerman.compile(
            "^(?:§+\\s*(\\d{1,3})[a-z]?\\b|(?:clause|klausel|ziffer|punkt|section|article|artikel|abschnitt|nr\\.?|no\\.?)\\s+("
                    + NUMBER + "|[ivx]{1,5})\\b|(" + NUMBER + ")\\.?\\s+\\S)",
            FLAGS);

    /** A passage's own number: "7.2 …", "(5) …", "(b) …", "5. …", "b) …". */
    private static final Pattern PASSAGE_NUMBER = AsciiGerman.compile(
            "^\\s*(?:(\\d{1,3}(?:\\.\\d{1,3}){1,3})\\.?\\s|\\((\\d{1,2})\\)\\s|(\\d{1,2})\\.\\s|\\(?([a-z])\\)\\s)",
            FLAGS);

    private static final Pattern ANNEX = AsciiGerman.compile(
            "^(?:anlage|anhang|annex|appendix|schedule|exhibit|attachment)\\s*(\\d{1,2}|[ivx]{1,5}|[a-h])\\b", FLAGS);

    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    /** The note of a requirement limited in an annex that prevails in a conflict; the annex follows. */
    static final String PREVAILING = "limited in an annex that prevails over the agreement's clauses in a conflict: ";

    /** The note of a requirement limited in an annex over which the agreement's clauses prevail; the annex follows. */
    static final String SUBORDINATE =
            "limited in an annex, a conflict to resolve, though the agreement's clauses prevail over it: ";

    /** An annex by its number: "Annex 2", "Schedule B", "Anlage II", "Appendix 3". */
    private static final String ANNEX_NAMED = "\\b(?:annex|anlage|anhang|appendix|schedule|exhibit|attachment)\\s*"
            + "(?<num>\\d{1,2}|[ivx]{1,5}\\b|[a-h]\\b)";

    /** What may stand between an annex (or the annexes) and the verb of prevailing: up to 50 characters, no other annex. */
    private static final String BETWEEN =
            "(?<between>(?:(?!annex|anlage|anhang|appendix|schedule|exhibit|attachment)[^.;:]){0,50}?)";

    /**
     * The annex as the subject of prevailing: "Schedule 2 shall prevail", "this Annex 6 prevails", "Appendix B takes
     * precedence", „Anlage 3 geht … vor“, „Anlage 3 hat Vorrang“, „Anlage 3 ist maßgeblich“; between the annex and the
     * verb no other document (then that one prevails: "Annex 2 and this DPA, this DPA prevails").
     */
    private static final Pattern ANNEX_PREVAILS = AsciiGerman.compile(
            ANNEX_NAMED
                    + BETWEEN
                    + "\\b(?:(?:shall|will|is\\s+to|does)\\s+)?(?:prevails?|take[sn]?\\s+precedence|governs?|controls?"
                    + "|(?:geht|gehen)\\s+(?:\\w+\\s+){0,3}?vor\\b|(?:hat|haben)\\s+(?:\\w+\\s+){0,3}?vorrang|(?:ist|sind)\\s+maßgeblich|vorrang\\s+(?:hat|haben))",
            FLAGS);

    /** The inverted German order: „… geht Anlage 3 vor“, „… hat Anlage 3 Vorrang“, "… prevails Schedule 2" never. */
    private static final Pattern ANNEX_PREVAILS_INVERTED = AsciiGerman.compile(
            "(?<verb>\\b(?:geht|gehen|hat|haben)\\s+(?:die\\s+|der\\s+|das\\s+)?)" + ANNEX_NAMED
                    + "(?:\\s+(?:\\w+\\s+){0,3}?)(?:vor\\b|den\\s+vorrang|vorrang)",
            FLAGS);

    /**
     * The agreement's clauses over a named annex: "this DPA prevails over Schedule 2", "take precedence over Annex 3",
     * „Dieser Vertrag geht Anlage 3 vor“, „hat Vorrang vor Anlage 3“.
     */
    private static final Pattern OVER_ANNEX = AsciiGerman.compile(
            "\\b(?:(?:prevails?|precedence)\\s+over|vorrang\\s+vor|(?:vertrag|vereinbarung|avv|dpa|agreement|addendum|regelungen|bestimmungen)"
                    + "\\s+(?:geht|gehen))\\s+(?:the\\s+|den\\s+|der\\s+|die\\s+)?(?:provisions?\\s+of\\s+|terms\\s+of\\s+|regelungen\\s+(?:in\\s+)?)?(?:the\\s+)?"
                    + ANNEX_NAMED,
            FLAGS);

    /** The annexes together: "the Schedules", "its Annexes", „die Anlagen“, „den Anhängen“. */
    private static final String ANNEXES = "\\b(?:the|its|all|die|den|der|ihre[n]?|seine[n]?|sämtliche[n]?|alle)\\s+"
            + "(?<annexes>schedules|annexes|appendices|appendixes|exhibits|attachments|anlagen|anhänge[n]?)\\b";

    /**
     * The annexes together as the subject of prevailing: "the Schedules shall prevail", "the Annexes take
     * precedence", „die Anlagen gehen … vor“, „die Anlagen haben … Vorrang“; between them and the verb no other
     * document.
     */
    private static final Pattern ANNEXES_PREVAIL = AsciiGerman.compile(
            ANNEXES
                    + BETWEEN + "\\b(?:(?:shall|will|are\\s+to|do)\\s+)?(?:prevail|take\\s+precedence|govern|control"
                    + "|gehen\\s+(?:[\\p{L}-]+\\s+){0,3}?vor\\b|haben\\s+(?:[\\p{L}-]+\\s+){0,3}?vorrang|sind\\s+maßgeblich|vorrang\\s+haben)",
            FLAGS);

    /** The inverted German order: „… gehen die Anlagen vor“, „… haben die Anlagen Vorrang“. */
    private static final Pattern ANNEXES_PREVAIL_INVERTED = AsciiGerman.compile(
            "\\b(?:gehen|haben)\\s+(?:die\\s+|sämtliche\\s+|alle\\s+)?(?:anlagen|anhänge)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:vor\\b|den\\s+vorrang|vorrang)",
            FLAGS);

    /**
     * The agreement's clauses over the annexes together: "this DPA prevails over the Schedules", "take precedence
     * over the Annexes", „Vorrang vor den Anlagen“, „… geht diese Vereinbarung den Anlagen vor“.
     */
    private static final Pattern OVER_ANNEXES = AsciiGerman.compile(
            "\\b(?:(?:prevails?|precedence)\\s+over|vorrang\\s+vor)\\s+(?:the\\s+)?(?:provisions?\\s+of\\s+|terms\\s+of\\s+|regelungen\\s+(?:in\\s+)?)?"
                    + ANNEXES
                    + "|\\b(?:geht|gehen)\\s+(?:diese[rs]?\\s+|der\\s+|die\\s+|das\\s+)?(?:vertrag|vereinbarung|avv|hauptteil|regelungen|bestimmungen)"
                    + "\\s+(?:[\\p{L}-]+\\s+){0,3}?den\\s+(?:anlagen|anhängen)\\s+vor\\b"
                    + "|\\b(?:vertrag|vereinbarung|avv|hauptteil)\\s+(?:geht|gehen)\\s+(?:[\\p{L}-]+\\s+){0,3}?den\\s+(?:anlagen|anhängen)\\s+vor\\b",
            FLAGS);

    /** Another document between an annex and the verb of prevailing, which is then the one that prevails. */
    private static final Pattern OTHER_DOCUMENT = AsciiGerman.compile(
            "\\b(?:dpa|agreement|addendum|body|clauses|terms|msa|vertrag\\w*|vereinbarung\\w*|avv|hauptteil)\\b",
            FLAGS);

    /** The words of a conflict between the parts of the document, which a precedence clause resolves. */
    private static final Pattern CONFLICT = AsciiGerman.compile(
            "\\b(?:conflict|inconsisten|discrepan|contradict|widerspr|abweichung|kollision|unvereinbar)", FLAGS);

    private ClauseReferences() {}

    /**
     * Applies the derogations of a document to its completeness table.
     *
     * @param text the document
     * @param segments its passages
     * @param results the table as the requirements' own sentences read it
     * @param normalise reads the parties' defined names as role words
     * @return the table with the requirements a derogation elsewhere weakens made weaker
     */
    static List<RequirementResult> apply(
            SourceText text,
            List<Segment> segments,
            List<RequirementResult> results,
            java.util.function.UnaryOperator<String> normalise) {
        List<List<String>> addresses = addresses(text, segments);
        boolean articles = articles(segments);
        boolean[] nonBinding = NonBindingParts.excluded(segments);
        boolean[] superseded = Amendments.superseded(text, segments);
        for (int i = 0; i < superseded.length; i++) {
            nonBinding[i] |= superseded[i];
        }
        Map<Requirement, Derogation> found = new EnumMap<>(Requirement.class);
        for (int i = 0; i < segments.size(); i++) {
            if (nonBinding[i]) {
                continue;
            }
            Segment s = segments.get(i);
            String passage = text.text(s.block());
            if (SCC_CONTEXT.matcher(passage).find()
                    || SCC_CONTEXT.matcher(s.heading()).find()) {
                continue;
            }
            if (!mayRefer(passage)) {
                continue;
            }
            for (Sentences.Sentence cut : Sentences.split(passage)) {
                String original = cut.text();
                for (Target t : targets(original, addresses.get(i), articles)) {
                    String sentence = normalise.apply(original);
                    if (!limits(sentence)
                            || RESTORES.matcher(sentence).find()
                            || delimitsRoles(passage, cut, normalise)) {
                        continue;
                    }
                    if (within(addresses.get(i), t.address())) {
                        continue; // the clause the sentence stands in: it delimits itself
                    }
                    for (Requirement r : about(sentence, served(t.address(), addresses, segments, results, i))) {
                        found.putIfAbsent(r, new Derogation(t.reference(), Sentences.span(s, cut)));
                    }
                }
            }
        }
        Map<Requirement, AnnexLimit> inAnnexes = annexLimits(text, segments, results, addresses, nonBinding, normalise);
        if (found.isEmpty() && inAnnexes.isEmpty()) {
            return results;
        }
        List<RequirementResult> out = new ArrayList<>();
        for (RequirementResult r : results) {
            Derogation d = found.get(r.requirement());
            AnnexLimit a = inAnnexes.get(r.requirement());
            if (d == null && a != null) {
                List<SourceSpan> evidence = new ArrayList<>(
                        r.evidence().subList(0, Math.min(3, r.evidence().size())));
                evidence.add(a.limit());
                evidence.add(a.precedence());
                out.add(new RequirementResult(
                        r.requirement(),
                        Status.WEAKER,
                        evidence,
                        (a.prevails() ? PREVAILING : SUBORDINATE) + a.annex()));
                continue;
            }
            if (d == null) {
                out.add(r);
                continue;
            }
            List<SourceSpan> evidence = new ArrayList<>();
            evidence.addAll(r.evidence().subList(0, Math.min(3, r.evidence().size())));
            evidence.add(d.span());
            out.add(new RequirementResult(r.requirement(), Status.WEAKER, evidence, LIMITED + d.reference()));
        }
        return List.copyOf(out);
    }

    /** A limit found in an annex a precedence clause names: the annex, whether it prevails, and both sentences. */
    private record AnnexLimit(String annex, boolean prevails, SourceSpan limit, SourceSpan precedence) {}

    /**
     * Limits stated in an annex that the agreement's order of precedence names (#16). Where the agreement says that in
     * a conflict an annex, schedule or appendix prevails over its clauses ("Schedule 2 shall prevail", „geht Anlage 3
     * vor“), a limit that annex states about a duty the clauses state in full is the term that applies: the duty is
     * weaker. Where the clauses prevail over the annex ("this DPA prevails over Schedule 2"), the limit still counts: a
     * precedence clause resolves a conflict only where a court finds one, and a limit the annex states for its own
     * subject (support plans, service levels) reads as the specific term beside a general one, not as a conflict; a
     * reviewer reports the term as weaker and asks the parties to resolve it (Art. 28(3) GDPR asks what the contract
     * stipulates; EDPB Guidelines 07/2020 ask for clear terms). An annex that no precedence clause names is read as
     * before, by its passages' own elements. A sentence of the annex counts where it limits (the words of {@link
     * #LIMIT}), restores nothing ({@link #RESTORES}), and speaks of the subject of a duty the table found met ({@link
     * #TOPIC}); the standard contractual clauses' annexes are not read.
     */
    private static Map<Requirement, AnnexLimit> annexLimits(
            SourceText text,
            List<Segment> segments,
            List<RequirementResult> results,
            List<List<String>> addresses,
            boolean[] nonBinding,
            java.util.function.UnaryOperator<String> normalise) {
        // the annexes a precedence clause names, by their address ("annex2"), with the clause
        Map<String, AnnexLimit> named = new java.util.LinkedHashMap<>();
        // the annexes together ("the Schedules shall prevail"), for an annex no precedence clause names by its number
        AnnexLimit all = null;
        for (int i = 0; i < segments.size(); i++) {
            if (nonBinding[i]) {
                continue;
            }
            Segment s = segments.get(i);
            String passage = text.text(s.block());
            if (!CONFLICT.matcher(passage).find()) {
                continue;
            }
            for (Sentences.Sentence cut : Sentences.split(passage)) {
                String sentence = cut.text();
                if (CONFLICT.matcher(sentence).find()
                        && !SCC_CONTEXT.matcher(sentence).find()) {
                    SourceSpan span = Sentences.span(s, cut);
                    Matcher over = OVER_ANNEX.matcher(sentence);
                    while (over.find()) {
                        named.putIfAbsent(
                                "annex" + arabic(over.group("num")),
                                new AnnexLimit(annexName(over.group()), false, span, span));
                    }
                    Matcher m = ANNEX_PREVAILS.matcher(sentence);
                    while (m.find()) {
                        if (!OTHER_DOCUMENT.matcher(m.group("between")).find() && !overBefore(sentence, m.start())) {
                            named.put(
                                    "annex" + arabic(m.group("num")),
                                    new AnnexLimit(annexName(m.group()), true, span, span));
                        }
                    }
                    Matcher together = ANNEXES_PREVAIL.matcher(sentence);
                    while (together.find()) {
                        if (!OTHER_DOCUMENT.matcher(together.group("between")).find()
                                && !overBefore(sentence, together.start())) {
                            all = new AnnexLimit(together.group("annexes"), true, span, span);
                        }
                    }
                    Matcher inverted = ANNEXES_PREVAIL_INVERTED.matcher(sentence);
                    if (inverted.find()) {
                        String before =
                                sentence.substring(0, inverted.start()).strip().toLowerCase(Locale.ROOT);
                        if (!before.matches(
                                "(?s).*\\b(?:vertrag|vereinbarung|avv|regelungen|bestimmungen|hauptteil)$")) {
                            all = new AnnexLimit("Anlagen", true, span, span);
                        }
                    }
                    if (all == null && OVER_ANNEXES.matcher(sentence).find()) {
                        all = new AnnexLimit("annexes", false, span, span);
                    }
                    Matcher g = ANNEX_PREVAILS_INVERTED.matcher(sentence);
                    while (g.find()) {
                        String before = sentence.substring(0, g.start()).strip().toLowerCase(Locale.ROOT);
                        if (!before.matches(
                                "(?s).*\\b(?:vertrag|vereinbarung|avv|regelungen|bestimmungen|hauptteil)$")) {
                            named.put(
                                    "annex" + arabic(g.group("num")),
                                    new AnnexLimit(
                                            annexName(g.group()
                                                    .substring(g.group("verb").length())),
                                            true,
                                            span,
                                            span));
                        }
                    }
                }
            }
        }
        Map<Requirement, AnnexLimit> out = new EnumMap<>(Requirement.class);
        if (named.isEmpty() && all == null) {
            return out;
        }
        for (int i = 0; i < segments.size(); i++) {
            List<String> address = addresses.get(i);
            AnnexLimit annex = address.isEmpty() ? null : named.get(address.get(0));
            if (annex == null
                    && all != null
                    && !address.isEmpty()
                    && address.get(0).startsWith("annex")) {
                annex = new AnnexLimit(
                        annexHeading(segments.get(i)).orElse(all.annex()),
                        all.prevails(),
                        all.limit(),
                        all.precedence());
            }
            if (annex == null || nonBinding[i]) {
                continue;
            }
            Segment s = segments.get(i);
            String passage = text.text(s.block());
            if (SCC_CONTEXT.matcher(passage).find()
                    || SCC_CONTEXT.matcher(s.heading()).find()) {
                continue;
            }
            for (Sentences.Sentence cut : Sentences.split(passage)) {
                String original = cut.text();
                String sentence = normalise.apply(original);
                String limiting = DUTY_ONLY.matcher(sentence).replaceAll(" ");
                if (limits(limiting)
                        && !RESTORES.matcher(sentence).find()
                        && !CONFLICT.matcher(sentence).find()) {
                    for (RequirementResult r : results) {
                        if (r.status() == Status.FOUND
                                && DUTIES.contains(r.requirement())
                                && annexTopic(r.requirement(), sentence)
                                && !statedIn(
                                        r,
                                        segments,
                                        addresses,
                                        address.get(0),
                                        s.block().offset() + cut.from(),
                                        s.block().offset() + cut.end())) {
                            out.putIfAbsent(
                                    r.requirement(),
                                    new AnnexLimit(
                                            annex.annex(),
                                            annex.prevails(),
                                            Sentences.span(s, cut),
                                            annex.precedence()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a requirement's evidence lies in the annex other than in the limiting sentence: then the annex holds the
     * agreement's own clauses (a DPA that is itself "Exhibit C" of a master agreement), not terms beside them.
     */
    private static boolean statedIn(
            RequirementResult r, List<Segment> segments, List<List<String>> addresses, String annex, int from, int to) {
        for (SourceSpan e : r.evidence()) {
            int j = segmentOf(segments, e.offset());
            if (j >= 0
                    && (e.offset() < from || e.offset() >= to)
                    && !addresses.get(j).isEmpty()
                    && addresses.get(j).get(0).equals(annex)) {
                return true;
            }
        }
        return false;
    }

    /** A sub-processor named in a sentence. */
    private static final Pattern SUBPROCESSOR = AsciiGerman.compile(
            "\\b(?:sub-?\\s?processor|subprocessor|unterauftrag\\w*|subunternehm\\w*|sub-?contractor)", FLAGS);

    /**
     * The subject words of a requirement as an annex must name them: for the sub-processor duties the sub-processor
     * too, and for confidentiality and the audit information the words of the duty itself, not of staff or reports,
     * which an annex of service terms names for other ends (support staff, service reports).
     */
    private static final Map<Requirement, Pattern> ANNEX_TOPIC = Map.of(
            Requirement.CONFIDENTIALITY, AsciiGerman.compile("\\b(?:confiden|vertraul|verschwiegen)", FLAGS),
            Requirement.AUDIT_INFORMATION,
                    AsciiGerman.compile("\\b(?:audit|complian|questionnaire|nachweis|prüf|certif|zertifi)", FLAGS),
            Requirement.DELETION_CERTIFIED,
                    AsciiGerman.compile(
                            "\\b(?:delet|eras|lösch|vernicht)[^.;]{0,80}\\b(?:certif|confirm|bestätig|protokoll)"
                                    + "|\\b(?:certif|confirm|bestätig|protokoll)[^.;]{0,80}\\b(?:delet|eras|lösch|vernicht)",
                            FLAGS));

    private static boolean annexTopic(Requirement r, String sentence) {
        Pattern topic = ANNEX_TOPIC.getOrDefault(r, TOPIC.get(r));
        if (topic == null || !topic.matcher(sentence).find()) {
            return false;
        }
        return !r.name().startsWith("SUBPROCESSOR_")
                || SUBPROCESSOR.matcher(sentence).find();
    }

    /**
     * The "only" that states a duty rather than limits one: processing only on instructions or for the purposes, access
     * only for authorised persons („nur auf Weisung“, „nur befugten Personen“).
     */
    private static final Pattern DUTY_ONLY = AsciiGerman.compile(
            "\\b(?:only|solely|exclusively|nur|ausschließlich|lediglich)\\s+(?:(?:on|upon|in\\s+accordance\\s+with|auf|nach|gemäß)\\s+"
                    + "(?:[\\w'’]+\\s+){0,3}?(?:instructions?|weisung\\w*)|(?:to\\s+|for\\s+|von\\s+|durch\\s+)?(?:authori[sz]ed|befugt\\w*|berechtigt\\w*|autorisiert\\w*)"
                    + "|for\\s+the\\s+purposes?|(?:zu|für)\\s+(?:den|die)\\s+zweck\\w*|within\\s+the\\s+(?:eu|eea|european)|innerhalb\\s+der\\s+(?:eu|europäischen))",
            FLAGS);

    /** Whether "over" stands just before an annex named in a sentence: "prevails over Annex 2". */
    private static boolean overBefore(String sentence, int at) {
        String before = sentence.substring(0, at).strip().toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(?:over|vor|over\\s+the(?:\\s+provisions\\s+of)?)$");
    }

    /** The name of the innermost annex a passage stands in, as its heading writes it: "Schedule 2", "Anlage 3". */
    private static java.util.Optional<String> annexHeading(Segment s) {
        String name = null;
        for (String h : s.heading().split(" > ")) {
            if (ANNEX.matcher(h.strip()).lookingAt()) {
                name = annexName(h.strip());
            }
        }
        return java.util.Optional.ofNullable(name);
    }

    /** An annex's name as written, without the words around it: "Schedule 2". */
    private static String annexName(String match) {
        Matcher m = AsciiGerman.compile(ANNEX_NAMED, FLAGS).matcher(match);
        return m.find() ? m.group().strip() : match.strip();
    }

    /** Whether a passage may hold a derogation at all: a quick test before it is read sentence by sentence. */
    private static boolean mayRefer(String passage) {
        return passage.indexOf('§') >= 0
                || (passage.chars().anyMatch(Character::isDigit)
                        && NAMES_CLAUSE.matcher(passage).find());
    }

    private static final Pattern NAMES_CLAUSE =
            AsciiGerman.compile("claus|section|ziffer|abs|paragraph|nr\\.|artik|article|punkt|abschnitt", FLAGS);

    /** A derogation found: the reference as written and the sentence. */
    private record Derogation(String reference, SourceSpan span) {}

    /** A clause a sentence derogates from: the reference as written and the address it names. */
    private record Target(String reference, List<String> address) {}

    /**
     * The clauses a sentence derogates from.
     *
     * @param sentence the sentence
     * @param own the address of the passage it stands in, for a reference to a paragraph of its own clause
     * @param articles whether the document numbers its clauses as articles (else "Art. 28" is a law's)
     */
    private static List<Target> targets(String sentence, List<String> own, boolean articles) {
        List<Target> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(sentence);
        while (m.find()) {
            String ref = m.group("ref");
            if (!articles && ARTICLE.matcher(ref).lookingAt()) {
                continue;
            }
            String after = sentence.substring(m.end());
            if (EXTERNAL.matcher(after).lookingAt()
                    || SELF.matcher(sentence.substring(0, m.start())).find()) {
                continue;
            }
            if (!derogates(sentence.substring(0, m.start()), after)) {
                continue;
            }
            for (List<String> address : addressesOf(ref)) {
                out.add(new Target(ref.strip(), address));
            }
        }
        if (out.isEmpty() && !own.isEmpty()) {
            Matcher p = OWN_PARAGRAPH.matcher(sentence);
            while (p.find()) {
                if (derogates(sentence.substring(0, p.start()), sentence.substring(p.end()))) {
                    List<String> address = new ArrayList<>(List.of(own.get(0)));
                    address.add(p.group("num"));
                    out.add(new Target(p.group("ref").strip(), List.copyOf(address)));
                }
            }
        }
        return out;
    }

    /** The addresses a reference names: "Clauses 9 and 10" names [9] and [10], "§ 8 Abs. 5" names [8, 5]. */
    private static List<List<String>> addressesOf(String ref) {
        List<List<String>> out = new ArrayList<>();
        Matcher n = NUMBER_IN.matcher(SENTENCE_OR_LETTER.matcher(ref).replaceAll(""));
        while (n.find()) {
            List<String> address = new ArrayList<>(List.of(n.group(1).split("\\.")));
            Matcher sub = SUB_PART.matcher(n.group(2));
            while (sub.find()) {
                address.add((sub.group(1) != null ? sub.group(1) : sub.group(2)).toLowerCase(Locale.ROOT));
            }
            out.add(List.copyOf(address));
        }
        return out;
    }

    /**
     * The clauses of this document a sentence names, each with the text after its reference: a law's article, another
     * contract's section, "this Section 13" and the Commission's clauses are left out.
     *
     * @param sentence the sentence
     * @param articles whether the document numbers its clauses as articles
     * @return per reference, its addresses and the rest of the sentence after it
     */
    static List<Map.Entry<List<List<String>>, String>> references(String sentence, boolean articles) {
        List<Map.Entry<List<List<String>>, String>> out = new ArrayList<>();
        if (SCC_CONTEXT.matcher(sentence).find()) {
            return out;
        }
        Matcher m = REFERENCE.matcher(sentence);
        while (m.find()) {
            String ref = m.group("ref");
            String after = sentence.substring(m.end());
            if ((!articles && ARTICLE.matcher(ref).lookingAt())
                    || EXTERNAL.matcher(after).lookingAt()
                    || SELF.matcher(sentence.substring(0, m.start())).find()) {
                continue;
            }
            out.add(Map.entry(addressesOf(ref), after));
        }
        return out;
    }

    /**
     * The annexes of this document a sentence names ("Schedule 2", „Anlage 3“), each with its address ("annex2") and
     * the text after the name and its title in brackets: an annex of the Commission's clauses or of another contract
     * is left out.
     *
     * @param sentence the sentence
     * @return per annex named, its address and the rest of the sentence after it
     */
    static List<Map.Entry<String, String>> annexReferences(String sentence) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (SCC_CONTEXT.matcher(sentence).find()) {
            return out;
        }
        Matcher m = ANNEX_REFERENCE.matcher(sentence);
        while (m.find()) {
            String after = sentence.substring(m.end()).replaceFirst("^\\s*\\([^)]{0,60}\\)", "");
            if (EXTERNAL.matcher(after).lookingAt()) {
                continue;
            }
            out.add(Map.entry("annex" + arabic(m.group("num")), after));
        }
        return out;
    }

    private static final Pattern ANNEX_REFERENCE = AsciiGerman.compile(ANNEX_NAMED, FLAGS);

    /** The address of each passage of a document, by its numbering (see {@link #address}). */
    static List<List<String>> addresses(SourceText text, List<Segment> segments) {
        List<List<String>> out = new ArrayList<>();
        for (Segment s : segments) {
            out.add(address(s, text.text(s.block())));
        }
        return out;
    }

    /** Whether the document numbers its own clauses as articles ("Article 5 Security"). */
    static boolean articles(List<Segment> segments) {
        for (Segment s : segments) {
            for (String h : s.heading().split(" > ")) {
                if (ARTICLE.matcher(h.strip()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an address lies in the clause of a target, for the amendments that replace a clause. */
    static boolean lies(List<String> address, List<String> target) {
        return within(address, target);
    }

    /**
     * A sentence that speaks of persons named before it: "to them", "to such providers", „auf sie“, „für diese“ — the
     * persons the sentence before delimits, where it does.
     */
    private static final Pattern REFERS_BACK = AsciiGerman.compile(
            "\\b(?:to|for|on)\\s+(?:them|(?:such|these|those)\\s+(?:[\\p{L}-]+\\s+)?(?:parties|persons|entities|providers|recipients|networks|schemes|companies|third\\s+parties))\\b"
                    + "|\\b(?:auf|für)\\s+(?:sie|diese|solche)\\b",
            FLAGS);

    /**
     * Whether a derogating sentence delimits roles ({@link #DELIMITS_ROLES}) rather than limits a duty: the persons it
     * takes out of a clause are no sub-processors, said in the same sentence up to its full stop ("X are not
     * sub-processors; clause 9 does not apply to them", which {@link Sentences#END} cuts at the semicolon), or in the
     * sentence before one that refers back to them ("X are not sub-processors. Clause 9 does not apply to them.").
     */
    private static boolean delimitsRoles(
            String passage, Sentences.Sentence cut, java.util.function.UnaryOperator<String> normalise) {
        Sentences.Sentence previous = null;
        for (Sentences.Sentence full : Sentences.split(passage, Sentences.FULL_STOP)) {
            if (full.from() <= cut.from() && cut.from() < Math.max(full.end(), full.from() + 1)) {
                String sentence = normalise.apply(full.text());
                return DELIMITS_ROLES.matcher(sentence).find()
                        || (previous != null
                                && REFERS_BACK.matcher(sentence).find()
                                && DELIMITS_ROLES
                                        .matcher(normalise.apply(previous.text()))
                                        .find());
            }
            previous = full;
        }
        return DELIMITS_ROLES.matcher(normalise.apply(cut.text())).find();
    }

    /** Whether the words around a reference make the sentence a departure from the clause it names. */
    private static boolean derogates(String before, String after) {
        String near = before.length() > 80 ? before.substring(before.length() - 80) : before;
        return DEROGATING.matcher(near).find()
                || MODIFIED.matcher(after).lookingAt()
                || DUTIES_UNDER.matcher(near).find()
                || (VERB_BEFORE.matcher(near).find()
                        && MODIFIED_AFTER_VERB.matcher(after).lookingAt());
    }

    /** Whether a sentence limits what it applies to. */
    private static boolean limits(String sentence) {
        return LIMIT.matcher(sentence).find();
    }

    /**
     * The requirements the table found met in the clause of an address, other than in the derogating passage itself,
     * with the quotations of their evidence there.
     */
    private static Map<Requirement, String> served(
            List<String> target,
            List<List<String>> addresses,
            List<Segment> segments,
            List<RequirementResult> results,
            int at) {
        Map<Requirement, String> out = new EnumMap<>(Requirement.class);
        for (RequirementResult r : results) {
            if (r.status() != Status.FOUND || !DUTIES.contains(r.requirement())) {
                continue;
            }
            for (SourceSpan e : r.evidence()) {
                int j = segmentOf(segments, e.offset());
                if (j >= 0 && j != at && within(addresses.get(j), target)) {
                    out.merge(r.requirement(), e.quote(), (a, b) -> a + " " + b);
                }
            }
        }
        return out;
    }

    /**
     * The words by which a sentence speaks of a requirement's subject: where a derogation names a clause that states
     * several duties, the ones it speaks of are those it limits.
     */
    private static final Map<Requirement, Pattern> TOPIC = topics();

    private static Map<Requirement, Pattern> topics() {
        Map<Requirement, String> words = new EnumMap<>(Requirement.class);
        words.put(Requirement.INSTRUCTIONS, "instruct|weisung");
        words.put(Requirement.INFRINGING_INSTRUCTION, "infring|unlawful|rechtswidrig|verstö");
        words.put(Requirement.TRANSFERS, "transfer|third countr|übermittl|drittland|drittstaat");
        words.put(
                Requirement.CONFIDENTIALITY,
                "confiden|vertraul|verschwiegen|personnel|staff|employee|mitarbeit|beschäftigt");
        words.put(Requirement.SECURITY, "measure|security|secure|maßnahme|sicherheit");
        words.put(Requirement.SUBPROCESSOR_AUTHORISATION, "authori[sz]|consent|approv|genehmig|zustimm");
        words.put(Requirement.SUBPROCESSOR_CHANGES, "notice|notif|object|inform|einspruch|widersp|unterricht|mitteil");
        words.put(
                Requirement.SUBPROCESSOR_OBLIGATIONS, "bound|terms|contract|impos|vertrag|vertragl|auferleg|bedingung");
        words.put(
                Requirement.SUBPROCESSOR_LIABILITY, "liab|responsib|haft|einsteh|steht\\b.{0,60}\\bein\\b|verantwort");
        words.put(Requirement.DATA_SUBJECT_RIGHTS, "data subject|request|betroffen|anfrage|antr[aä]g");
        words.put(Requirement.ASSISTANCE, "assist|impact assessment|consultation|unterstütz|folgenabsch|konsultation");
        words.put(Requirement.BREACH_NOTIFICATION, "breach|incident|notif|meld|verletzung|vorfall|vorfäll");
        words.put(Requirement.DELETION_RETURN, "delet|erase|return|lösch|rückgabe|herausgabe|zurück");
        words.put(
                Requirement.AUDIT_INFORMATION,
                "information|documentation|questionnaire|report|nachweis|unterlagen|auskunft|frageb");
        words.put(Requirement.AUDIT_INSPECTIONS, "inspect|audit|on-site|visit|vor ort|vor-ort|kontroll|prüf|besichtig");
        words.put(Requirement.INACCURATE_DATA, "inaccura|incorrect|rectif|unrichtig|berichtig|fehlerhaft");
        words.put(Requirement.SUBPROCESSOR_CONTRACT_COPY, "cop(?:y|ies)|kopie|abschrift");
        words.put(Requirement.SUSPENSION_AND_TERMINATION, "suspen|terminat|aussetz|kündig");
        words.put(Requirement.DELETION_CERTIFIED, "certif|confirm|bestätig|protokoll|nachweis");
        words.put(Requirement.GOVERNMENT_ACCESS, "authorit|government|law enforcement|behörd");
        words.put(Requirement.LIABILITY, "liab|haft|indemn|cap\\b|freistell");
        Map<Requirement, Pattern> out = new EnumMap<>(Requirement.class);
        words.forEach((r, w) -> out.put(r, AsciiGerman.compile("\\b(?:" + w + ")", FLAGS)));
        return out;
    }

    /**
     * Of the requirements a clause serves, those the derogation is about: the one, where the clause serves one; else
     * those whose subject the sentence speaks of (a derogation from an audit clause that limits inspections is not
     * about the information the same clause promises), and none where it speaks of none.
     */
    private static Set<Requirement> about(String sentence, Map<Requirement, String> served) {
        if (served.size() <= 1) {
            return served.keySet();
        }
        Set<Requirement> out = EnumSet.noneOf(Requirement.class);
        for (Requirement r : served.keySet()) {
            Pattern topic = TOPIC.get(r);
            if (topic != null && topic.matcher(sentence).find()) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether an address lies in the clause of a target: "8", "5" lies in "8"; "8.2", "b" in "8.2". */
    private static boolean within(List<String> address, List<String> target) {
        if (address.size() < target.size()
                || address.isEmpty()
                || address.get(0).startsWith("annex")) {
            return false;
        }
        return address.subList(0, target.size()).equals(target);
    }

    private static int segmentOf(List<Segment> segments, int offset) {
        for (int j = 0; j < segments.size(); j++) {
            var b = segments.get(j).block();
            if (offset >= b.offset() && offset < b.offset() + Math.max(1, b.length())) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The address of a passage: the number of its innermost numbered heading ("§ 8" is [8], "7.2 Notification" is
     * [7, 2]) extended by its own number ("(5)" under "§ 8" is [8, 5]; "7.2" under "7." is [7, 2]); a passage of an
     * annex starts with "annex" and the annex's number.
     */
    private static List<String> address(Segment s, String passage) {
        List<String> base = new ArrayList<>();
        for (String h : s.heading().split(" > ")) {
            String heading = h.strip();
            Matcher a = ANNEX.matcher(heading);
            if (a.lookingAt()) {
                base = new ArrayList<>(List.of("annex" + arabic(a.group(1))));
                continue;
            }
            Matcher n = HEADING_NUMBER.matcher(heading);
            if (n.lookingAt()) {
                String number = n.group(1) != null ? n.group(1) : n.group(2) != null ? n.group(2) : n.group(3);
                List<String> parts = List.of(arabic(number).split("\\."));
                if (!base.isEmpty() && base.get(0).startsWith("annex")) {
                    List<String> in = new ArrayList<>(base.subList(0, 1));
                    in.addAll(parts);
                    base = in;
                } else {
                    base = new ArrayList<>(parts);
                }
            }
        }
        Matcher p = PASSAGE_NUMBER.matcher(passage);
        if (p.lookingAt()) {
            if (p.group(1) != null) {
                List<String> parts = List.of(p.group(1).split("\\."));
                List<String> plain =
                        base.isEmpty() || !base.get(0).startsWith("annex") ? base : base.subList(1, base.size());
                if (plain.isEmpty()
                        || parts.subList(0, Math.min(parts.size(), plain.size()))
                                .equals(plain)
                        || parts.get(0).equals(plain.get(0))) {
                    List<String> out = new ArrayList<>(base.size() > plain.size() ? base.subList(0, 1) : List.of());
                    out.addAll(parts);
                    return List.copyOf(out);
                }
                return List.copyOf(base);
            }
            String sub = p.group(2) != null ? p.group(2) : p.group(3) != null ? p.group(3) : p.group(4);
            if (!base.isEmpty()) {
                base.add(sub.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(base);
    }

    /** An annex's or article's Roman number as Arabic: "II" is "2"; other numbers as they are, in lower case. */
    private static String arabic(String number) {
        String n = number.toLowerCase(Locale.ROOT);
        int roman = ROMAN.indexOf(n);
        if (roman >= 0 && n.chars().allMatch(c -> c == 'i' || c == 'v' || c == 'x')) {
            return Integer.toString(roman + 1);
        }
        return n;
    }
}
