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
 * The evidence quotes both passages: the clause that states the duty and the sentence that limits it.
 */
final class ClauseReferences {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The note of a requirement weakened by a derogation elsewhere; the reference follows. */
    static final String LIMITED = "limited by a derogation elsewhere in the agreement from ";

    /**
     * The requirements a derogation can weaken: the duties of Art. 28(3) and (4) GDPR and the liability; not the items
     * of the description, the definitions or the order of precedence, whose clauses name other clauses by design.
     */
    private static final Set<Requirement> DUTIES = EnumSet.complementOf(EnumSet.of(
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
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<ref>" + ONE + "(?:\\s*(?:,|and|or|und|oder|bis|to|through|-|–)\\s*(?:" + ONE + "|" + NUMBER + SUB
                    + "(?!\\s*(?:%|" + "hours?|days?|stunden|tage|wochen|weeks?|months?|monate)))){0,4})",
            FLAGS);

    /** A paragraph of the clause the sentence stands in: „Abweichend von Absatz 2“, "notwithstanding paragraph 3". */
    private static final Pattern OWN_PARAGRAPH = Pattern.compile(
            "(?<ref>\\b(?:abs(?:atz|\\.)|paragraph|para\\.)\\s*(?<num>\\d{1,2})\\b)(?!\\s*(?:of|der|des|dsgvo|gdpr))",
            FLAGS);

    /** A number of a reference, with its sub-paragraphs, in group 1 and 2. */
    private static final Pattern NUMBER_IN = Pattern.compile(
            "(" + NUMBER
                    + ")((?:\\s*\\((?:\\d{1,2}|[a-z]{1,4})\\))*(?:\\s*(?:abs(?:atz|\\.)?|para(?:graph|\\.)?)\\s*\\d{1,2})?)",
            FLAGS);

    /** A sentence or letter of a paragraph ("Satz 2", "lit. b"): no number of a clause. */
    private static final Pattern SENTENCE_OR_LETTER = Pattern.compile(
            "\\b(?:satz|s\\.|sentence)\\s*\\d{1,2}|\\b(?:lit\\.|buchst(?:abe|\\.))\\s*[a-z]\\)?", FLAGS);

    private static final Pattern SUB_PART =
            Pattern.compile("\\((\\d{1,2}|[a-z]{1,4})\\)|(?:abs(?:atz|\\.)?|para(?:graph|\\.)?)\\s*(\\d{1,2})", FLAGS);

    /**
     * After the reference: a law, the clauses of the Commission or another contract ("Section 9 of the MSA",
     * "§ 7 BDSG", "Clause 9 of the SCCs", "Ziffer 3 des Rahmenvertrags"), not this document.
     */
    private static final Pattern EXTERNAL = Pattern.compile(
            "\\s*(?:of\\s+(?:the\\s+)?|der\\s+|des\\s+|in\\s+(?:the\\s+)?|im\\s+|zum\\s+)?(?:(?:eu\\s+|uk\\s+)?gdpr|dsgvo|ds-gvo|bdsg|dsg|regulation|verordnung|directive|richtlinie"
                    + "|standard\\s+contractual|standardvertragsklauseln|sccs?\\b|idta|addendum|eu\\b|\\(eu\\)|tkg|ttdsg|tddg|bgb|hgb|stgb|uwg"
                    + "|(?:\\w+\\s+){0,2}(?:main|master|principal|underlying|services?|framework|subscription|customer)\\s+(?:agreement|contract|terms)"
                    + "|agreement\\b|terms\\b|msa\\b|csa\\b|hauptvertrag\\w*|rahmenvertrag\\w*|leistungsvertrag\\w*|leistungsvereinbarung\\w*"
                    + "|vertrag\\w*|agb\\b|nutzungsbedingungen|(?:annex|anhang|appendix)\\s+(?:to|zu)\\s+(?:the|den|der)\\s+(?:scc|standard|clauses|klauseln))",
            FLAGS);

    /** "this Section 13", „dieses § 13“: the clause the sentence stands in, which it delimits. */
    private static final Pattern SELF = Pattern.compile("\\b(?:this|these|dieses|dieser|diesem|diesen)\\s*$", FLAGS);

    /**
     * The clauses of the Commission's standard contractual clauses and their options, which a transfer clause
     * chooses ("the optional docking clause in Clause 7 does not apply", "Option 2 of Clause 9"): a passage that
     * names them or their options numbers their clauses, not this agreement's.
     */
    private static final Pattern SCC_CONTEXT = Pattern.compile(
            "standard\\s*contractual|standardvertragsklauseln|\\bsccs?\\b|\\bidta\\b|2021/914|\\bmodul(?:e)?\\s+(?:one|two|three|four|[1-4])\\b"
                    + "|\\boptional\\s+(?:\\w+\\s+){0,2}?(?:clause|wording|docking|module|provision)|\\boption\\s+(?:\\d|[ivx]{1,3}\\b|in\\s+clause|of\\s+clause|under\\s+clause)|\\bthe\\s+option\\s+in\\b"
                    + "|\\bdocking\\b|\\boptionale?[nr]?\\s+(?:klausel|regelung|bestimmung)|\\bkopplungsklausel\\b",
            FLAGS);

    /** A reference to a law before the number: "Art. 28", "Article 32 GDPR" (an agreement in articles is read by its headings). */
    private static final Pattern ARTICLE = Pattern.compile("^(?:articles?|artikeln?|art\\.)", FLAGS);

    /** A derogation word just before the reference. */
    private static final Pattern DEROGATING = Pattern.compile(
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
     * Anwendung“, "is limited to".
     */
    private static final Pattern MODIFIED = Pattern.compile(
            "^\\W{0,3}(?:(?:of\\s+)?(?:this|the)\\s+(?:dpa|agreement|addendum)\\s*)?(?:\\s*\\([^)]{0,40}\\))?\\s*"
                    + "(?:(?:shall|will|does|do)\\s+)?(?:only\\s+)?(?:not\\s+)?(?:apply|applies|be\\s+applicable|is|are|be)\\s+"
                    + "(?:only|solely|not|subject\\s+to|with\\s+the\\s+(?:proviso|modification|exception)|limited|restricted|to\\s+the\\s+extent)"
                    + "|^\\W{0,3}(?:(?:shall|will|does|do)\\s+)?(?:only\\s+)?(?:not\\s+)?(?:apply|applies)\\b"
                    + "|^\\W{0,3}(?:(?:dieser|des)\\s+(?:vereinbarung|vertrags)\\s*)?(?:gilt|gelten|findet|finden|ist|sind)\\s+"
                    + "(?:\\w+\\s+){0,3}?(?:nur|lediglich|ausschließlich|nicht|keine\\s+anwendung|mit\\s+der\\s+maßgabe|mit\\s+den\\s+maßgaben"
                    + "|eingeschränkt|beschränkt|begrenzt|in\\s+folgender)",
            FLAGS);

    /** The duties of the clause: "its obligations under Clauses 9 and 10", „die Pflichten nach § 9“. */
    private static final Pattern DUTIES_UNDER = Pattern.compile(
            "\\b(?:obligations?|duties|duty|commitments?|assistance|support|pflichten|verpflichtungen|leistungen|unterstützung"
                    + "|unterstützungsleistungen|mitwirkung\\w*)\\s+(?:\\w+\\s+)?(?:under|pursuant\\s+to|set\\s+out\\s+in|in|nach|gemäß|aus|laut)"
                    + "\\s+(?:the\\s+|den\\s+|de[mr]\\s+)?$",
            FLAGS);

    /** What limits a duty: a restriction, an effort instead of a duty, a discretion, a charge, an exclusion. */
    private static final Pattern LIMIT = Pattern.compile(
            "\\b(?:only|solely|exclusively|merely|limited\\s+to|restricted\\s+to|nur|lediglich|ausschließlich|beschränkt|begrenzt"
                    + "|commercially\\s+reasonable|reasonable\\s+(?:efforts|endeavours)|best\\s+(?:efforts|endeavours)|bemüh\\w*"
                    + "|discretion|ermessen|at\\s+its\\s+(?:option|election)|nach\\s+(?:seiner|eigener)\\s+wahl"
                    + "|(?:does|do|shall|will)\\s+not\\s+apply|not\\s+(?:be\\s+)?(?:obliged|obligated|required|liable|responsible|bound)|need\\s+not"
                    + "|no\\s+(?:obligation|liability|duty)|gilt\\s+nicht|gelten\\s+nicht|finde[nt]\\s+keine\\s+anwendung|nicht\\s+anwendbar"
                    + "|nicht\\s+(?:dazu\\s+)?verpflichtet|keine\\s+(?:haftung|pflicht|verpflichtung)|haftet\\s+(?:\\w+\\s+){0,3}nicht|entfällt|ausgeschlossen|excluded"
                    + ")\\b",
            FLAGS);

    /**
     * What restores or strengthens rather than limits: the duty unaffected, the processor still liable, a floor or a
     * latest date, a limitation of liability that does not apply, a right of the processor taken away.
     */
    private static final Pattern RESTORES = Pattern.compile(
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
    private static final Pattern DELIMITS_ROLES = Pattern.compile(
            "\\b(?:are|is)\\s+not\\s+(?:\\p{L}+\\s+)?sub-?processors?\\b|\\bcontrollers?\\s+in\\s+(?:its|their)\\s+own\\s+right\\b"
                    + "|\\b(?:independent|separate)\\s+controllers?\\b|\\bsind\\s+keine\\s+(?:unterauftrags\\p{L}*|weiteren\\s+auftragsverarbeiter"
                    + "|subunternehmer)\\b|\\b(?:eigenständige|eigene|selbständige)\\s+verantwortliche\\b",
            FLAGS);

    /** A heading's number: "§ 8 …", "8. …", "8.2 …", "Clause 8 …", "Ziffer 8", "Section 7.2". */
    private static final Pattern HEADING_NUMBER = Pattern.compile(
            "^(?:§+\\s*(\\d{1,3})[a-z]?\\b|(?:clause|klausel|ziffer|punkt|section|article|artikel|abschnitt|nr\\.?|no\\.?)\\s+("
                    + NUMBER + "|[ivx]{1,5})\\b|(" + NUMBER + ")\\.?\\s+\\S)",
            FLAGS);

    /** A passage's own number: "7.2 …", "(5) …", "(b) …", "5. …", "b) …". */
    private static final Pattern PASSAGE_NUMBER = Pattern.compile(
            "^\\s*(?:(\\d{1,3}(?:\\.\\d{1,3}){1,3})\\.?\\s|\\((\\d{1,2})\\)\\s|(\\d{1,2})\\.\\s|\\(?([a-z])\\)\\s)",
            FLAGS);

    private static final Pattern ANNEX = Pattern.compile(
            "^(?:anlage|anhang|annex|appendix|schedule|exhibit|attachment)\\s*(\\d{1,2}|[ivx]{1,5}|[a-h])\\b", FLAGS);

    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

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
        List<List<String>> addresses = new ArrayList<>();
        boolean articles = false;
        for (Segment s : segments) {
            addresses.add(address(s, text.text(s.block())));
            for (String h : s.heading().split(" > ")) {
                articles |= ARTICLE.matcher(h.strip()).lookingAt();
            }
        }
        boolean[] nonBinding = NonBindingParts.excluded(segments);
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
            Matcher sentences = Sentences.END.matcher(passage);
            int from = 0;
            while (from < passage.length()) {
                int end = sentences.find() ? sentences.start() : passage.length();
                int next = end < passage.length() ? sentences.end() : passage.length();
                String original = passage.substring(from, end);
                for (Target t : targets(original, addresses.get(i), articles)) {
                    String sentence = normalise.apply(original);
                    if (!limits(sentence)
                            || RESTORES.matcher(sentence).find()
                            || DELIMITS_ROLES.matcher(sentence).find()) {
                        continue;
                    }
                    if (within(addresses.get(i), t.address())) {
                        continue; // the clause the sentence stands in: it delimits itself
                    }
                    for (Requirement r : about(sentence, served(t.address(), addresses, segments, results, i))) {
                        found.putIfAbsent(r, new Derogation(t.reference(), span(s, from, original)));
                    }
                }
                from = next;
            }
        }
        if (found.isEmpty()) {
            return results;
        }
        List<RequirementResult> out = new ArrayList<>();
        for (RequirementResult r : results) {
            Derogation d = found.get(r.requirement());
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

    /** Whether a passage may hold a derogation at all: a quick test before it is read sentence by sentence. */
    private static boolean mayRefer(String passage) {
        return passage.indexOf('§') >= 0
                || (passage.chars().anyMatch(Character::isDigit)
                        && NAMES_CLAUSE.matcher(passage).find());
    }

    private static final Pattern NAMES_CLAUSE =
            Pattern.compile("claus|section|ziffer|abs|paragraph|nr\\.|artik|article|punkt|abschnitt", FLAGS);

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
            Matcher n = NUMBER_IN.matcher(SENTENCE_OR_LETTER.matcher(ref).replaceAll(""));
            while (n.find()) {
                List<String> address = new ArrayList<>(List.of(n.group(1).split("\\.")));
                Matcher sub = SUB_PART.matcher(n.group(2));
                while (sub.find()) {
                    address.add((sub.group(1) != null ? sub.group(1) : sub.group(2)).toLowerCase(Locale.ROOT));
                }
                out.add(new Target(ref.strip(), List.copyOf(address)));
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

    /** Whether the words around a reference make the sentence a departure from the clause it names. */
    private static boolean derogates(String before, String after) {
        String near = before.length() > 80 ? before.substring(before.length() - 80) : before;
        return DEROGATING.matcher(near).find()
                || MODIFIED.matcher(after).lookingAt()
                || DUTIES_UNDER.matcher(near).find();
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
        words.forEach((r, w) -> out.put(r, Pattern.compile("\\b(?:" + w + ")", FLAGS)));
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

    private static SourceSpan span(Segment s, int from, String sentence) {
        int lead = sentence.length() - sentence.stripLeading().length();
        String trimmed = sentence.strip();
        int offset = s.block().offset() + from + lead;
        String quote = TextBuilder.normalise(trimmed);
        if (quote.length() > SourceSpan.MAX_QUOTE) {
            quote = quote.substring(0, SourceSpan.MAX_QUOTE - 1) + "…";
        }
        return new SourceSpan(offset, trimmed.length(), quote, s.section());
    }
}
