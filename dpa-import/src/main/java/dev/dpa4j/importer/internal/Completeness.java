/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.Element;
import dev.dpa4j.importer.ElementResult;
import dev.dpa4j.importer.Requirement;
import dev.dpa4j.importer.RequirementResult;
import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.importer.SourceSpan;
import dev.dpa4j.importer.internal.Segmenter.Segment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The completeness table: for each {@link Requirement}, the sentences of the document that state it, and whether
 * their wording is weaker than the 2021/915 clauses. Cues in {@code requirement-cues.txt}; the generic checks
 * for negation and permissive wording are here:
 *
 * <ul>
 *   <li>a negation word ("not", "no", "nicht", "kein") shortly before the cue, or a phrase that removes the
 *       obligation ("is not obliged", "are excluded", "nicht verpflichtet", "findet nicht statt"), makes the
 *       sentence weaker unless the sentence makes an exception ("without", "unless", "es sei denn", "ohne"), since
 *       "shall not engage a sub-processor without prior authorisation" states the requirement;
 *   <li>for a duty to act, the processor as subject with "may", "can", "kann", "darf" before the cue makes it
 *       weaker: "may notify" is not "shall notify";
 *   <li>idioms that contain a negation but weaken nothing ("no later than", "nicht später als", "not only") are
 *       ignored;
 *   <li>a requirement with cues of kind {@code requires} (the notice of sub-processor changes needs a right to
 *       object) is weaker where no passage of its element matches one of them;
 *   <li>a document that incorporates the standard contractual clauses of Implementing Decision (EU) 2021/915 by
 *       reference ("the clauses of 2021/915 are incorporated into this agreement", "die Parteien vereinbaren die
 *       Standardvertragsklauseln nach Art. 28 Abs. 7 DSGVO") states what those clauses state: a requirement of
 *       {@link #INCORPORATED} that no sentence of its own states is found, with the incorporating sentence as
 *       evidence; one its own words weaken stays weaker.
 * </ul>
 */
final class Completeness {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Cues.Line> CUES = Cues.load("requirement-cues.txt", 3);
    /**
     * The end of a sentence: a full stop, question or exclamation mark before a capital or an opening quote, or a
     * semicolon; not the full stop of an abbreviation ("z. B. auf behördliche Anordnung", "gem. Art. 28", "e.g. Amazon"),
     * which would cut a sentence in two and leave each half without what the other states ({@link Sentences}, the one
     * place for the rule).
     */
    private static final Pattern SENTENCE_END = Sentences.END;
    /** A footnote as the readers place it after its paragraph: its raised number, a space and its text. */
    private static final Pattern FOOTNOTE =
            AsciiGerman.compile("([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]{1,3}) (\\S.*)", Pattern.DOTALL);
    /** A footnote's raised number where it is referred to. */
    private static final Pattern FOOTNOTE_MARK = AsciiGerman.compile("[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]{1,3}");

    private static final Pattern IDIOM = AsciiGerman.compile(
            "\\bno(?:t)? later than\\b|\\bnot only\\b|\\bno less than\\b|\\bnot less than\\b|\\bnicht nur\\b"
                    + "|\\bnicht später als\\b|\\bnicht weniger als\\b|\\bno undue delay\\b|\\bnot exceed(?:ing)?\\b"
                    + "|\\b(?:do|does|shall|will|must) not (?:restrict|limit|affect|prejudice|reduce|exclude)\\b"
                    + "|\\b(?:beschränk|berühr|begrenz|schränk)\\w* (?:\\w+ ){0,3}nicht\\b|\\bnicht (?:eingeschränkt|beschränkt|berührt)\\b"
                    + "|\\bnot be unreasonably\\b|\\bnicht unbillig\\b|\\bnicht unangemessen\\b|\\bkeine(?:n)? zweifel\\b"
                    // the processor need not carry out an instruction it holds to infringe the law (Cl. 7.1(b)): its
                    // right to hold the instruction back, not a negation of the duty to say so
                    + "|\\bnot (?:be )?(?:required|obliged|bound) to (?:follow|carry out|comply with|execute|implement|act on)"
                    + "\\s+(?:that|the|this|such|an|any)\\s+instructions?\\b"
                    + "|\\bnicht verpflichtet,? (?:die|diese|eine|solche) weisung(?:en)? (?:auszuführen|zu befolgen|umzusetzen)\\b"
                    // the same right worded as what the processor "need not" do („muss … nicht ausführen“; session 35)
                    + "|\\b(?:need not|does not have to|do not have to) (?:follow|carry out|comply with|execute|implement|act on)"
                    + "\\s+(?:that|the|this|such|an|any)\\s+instructions?\\b"
                    + "|\\b(?:muss|braucht)\\s+(?:die|diese|eine|solche)\\s+weisung(?:en)?\\b[^.;]{0,40}\\bnicht\\b\\s*(?:zu\\s+)?"
                    + "(?:auszuführen|ausführen|befolgen|umzusetzen|umsetzen)\\b"
                    // a negation inside a condition ("if compliance is not restored") negates the condition, not the
                    // duty
                    + "|\\b(?:if|where|wenn|falls)\\b[^,.;:]{0,40}?\\b(?:not|nicht)\\b"
                    // a standstill while an objection is open ("will not use the new sub-processor before ...", "has
                    // not raised an objection") is how a notice of changes takes effect, not a negation of it
                    + "|\\b(?:not|nicht)\\s+(?:\\w+\\s+){0,2}?(?:engage|use|appoint|involve|einsetzen|beauftragen|hinzuziehen)\\w*\\s+"
                    + "(?:the|that|such|any|this|a|den|diesen)\\s+(?:new|proposed|replacement|additional|further|neuen|weiteren)\\b"
                    // what is "not yet" done describes the object of the duty ("noch nicht vernichtetes Material",
                    // "data not yet deleted"), it does not negate the duty
                    + "|\\bnoch nicht\\s+\\p{L}+(?:te|tes|ter|ten|tem|ene|enes|ener|enen|enem)\\b"
                    + "|\\bnot yet\\s+(?:\\p{L}+ed|destroyed|returned|deleted|erased|shredded)\\b"
                    + "|\\b(?:not|nicht)\\s+(?:yet\\s+)?(?:raised?|made|lodged|submitted|sent|erhoben|eingelegt)\\s+(?:a|an|any|einen)?\\s*(?:\\w+\\s+)?(?:objection|widerspruch)\\b",
            FLAGS);
    /**
     * A qualification by a reference to another provision: "except as (set out|provided) in Section 9", "subject to
     * clause 9.2", "save as provided in", "unless otherwise (agreed|provided) in", "within the limits of",
     * "vorbehaltlich", "nach Maßgabe", "mit Ausnahme", "soweit/sofern in § 7 nicht anders", "im Rahmen von";
     * named group {@code num} is the number referred to.
     */
    private static final Pattern QUALIFIED_BY = AsciiGerman.compile(
            "\\b(?:except\\s+(?:as|where|to the extent)|save\\s+(?:as|where)|subject\\s+to|unless\\s+otherwise"
                    + "|other\\s+than\\s+as|within\\s+the\\s+limits\\s+of|as\\s+limited\\s+(?:by|in)|vorbehaltlich"
                    + "|nach\\s+maßgabe|mit\\s+ausnahme|im\\s+rahmen|in\\s+den\\s+grenzen|soweit|sofern|außer)"
                    + "[^.;]{0,50}?(?<ref>(?:§+\\s*|\\b(?:section|clause|article|artikel|ziffer|klausel|abschnitt|paragraph|nr\\.?|no\\.)"
                    + "\\s*)(?<num>\\d{1,3}(?:\\.\\d{1,3}){0,3}))(?![0-9])",
            FLAGS);
    /**
     * A reference to an annex of the document for the terms of a duty: the qualifications of {@link #QUALIFIED_BY}
     * and the plain references by which a clause leaves its details to an annex ("see Annex 2", "as set out in
     * Schedule 3", "in accordance with Appendix B", "gemäß Anlage 3", "siehe Anhang 2", "laut Anlage 1"); named
     * group {@code num} is the annex's number or letter.
     */
    private static final Pattern ANNEX_REFERENCE = AsciiGerman.compile(
            "\\b(?:except\\s+(?:as|where|to the extent)|save\\s+(?:as|where)|subject\\s+to|unless\\s+otherwise"
                    + "|within\\s+the\\s+limits\\s+of|as\\s+limited\\s+(?:by|in)|vorbehaltlich|nach\\s+maßgabe"
                    + "|mit\\s+ausnahme|in\\s+den\\s+grenzen|soweit|sofern|außer|see|siehe|gemäß|laut|entsprechend"
                    + "|according\\s+to|in\\s+accordance\\s+with|as\\s+(?:set\\s+out|described|specified|defined|provided)"
                    + "|(?:set\\s+out|described|specified|governed|geregelt|festgelegt|beschrieben)\\s+(?:in|im|in\\s+der))"
                    + "[^.;]{0,50}?(?<ref>\\b(?:annex|anlage|anhang|appendix|schedule|exhibit)\\s+(?<num>\\d{1,2}|[ivx]{1,4}|[a-h])\\b)",
            FLAGS);
    /** After the number: a reference to a law or to the clauses of the Commission, not to this document. */
    private static final Pattern EXTERNAL = AsciiGerman.compile(
            "\\s*(?:(?:para(?:graph)?\\.?|abs(?:atz|\\.)?|lit\\.|sentence|satz|s\\.)\\s*\\S+\\s*)*"
                    + "(?:\\(?[a-z0-9]{1,3}\\)\\s*)*(?:of\\s+the\\s+|der\\s+|des\\s+)?"
                    + "(?:gdpr|dsgvo|ds-gvo|bdsg|dsg|regulation|verordnung|directive|richtlinie|standard\\s+contractual"
                    + "|standardvertragsklauseln|scc|eu\\b|\\(eu\\)|tkg|ttdsg|tddg|bgb|hgb"
                    + "|(?:\\w+\\s+){0,2}(?:main|master|principal|underlying|services?)\\s+(?:agreement|contract)"
                    + "|hauptvertrag|rahmenvertrag|leistungsvertrag|leistungsvereinbarung|msa\\b)",
            FLAGS);

    private static final Pattern NEGATION =
            AsciiGerman.compile("\\b(?:no|not|never|nicht|kein(?:e|en|er|em|es)?|niemals)\\b", FLAGS);
    private static final Pattern NO_OBLIGATION = AsciiGerman.compile(
            "\\b(?:not|never)\\s+(?:be\\s+)?(?:obliged|obligated|required|bound|responsible|liable)\\b"
                    + "|\\bunder no (?:obligation|duty)\\b|\\bno (?:further |other |additional )?(?:obligation|duty)\\b|\\bneed not\\b"
                    + "|\\bmay,? but (?:is|shall|need) not\\b"
                    + "|\\b(?:is|are|shall be|will be|be) (?:hereby )?excluded\\b"
                    + "|\\b(?:not|no longer) (?:be )?(?:permitted|allowed|available|offered|possible)\\b"
                    + "|nicht (?:dazu |hierzu )?(?:verpflichtet|gehalten)|keine (?:pflicht|verpflichtung)"
                    + "|\\bausgeschlossen\\b|finde[nt] (?:\\w+ )?nicht statt|\\bentf(?:ällt|allen)\\b"
                    + "|nicht (?:gestattet|zulässig|möglich|geschuldet)|\\bschulde[tn]\\b[^.;]{0,60}\\bnicht\\b"
                    // a duty the agreement leaves out of its scope ("ist nicht Gegenstand dieser Vereinbarung")
                    + "|\\bnicht gegenstand (?:dieser|des|der)\\b|\\bnot (?:part|within the scope) of (?:this|the)\\b"
                    // no claim to a duty ("ein Anspruch auf Unterstützung besteht nicht"): the duty is not owed
                    + "|\\bkein(?:en)? anspruch auf\\b|\\banspruch auf\\b[^.;]{0,60}\\bbesteht nicht\\b"
                    // no right to a duty's counterpart ("ein Widerspruchsrecht … besteht nicht", "there is no right to
                    // object", „besteht insoweit nicht“ for a part): the duty of Art. 28(2) second sentence is not owed
                    + "|\\b\\w*rechte?\\b[^.;]{0,60}\\b(?:besteht|bestehen)"
                    + "(?:\\s+(?:insoweit|insofern|diesbezüglich|hierfür|dafür|in diesem fall))? nicht\\b"
                    + "|\\b(?:besteht|bestehen)\\b[^.;]{0,40}\\b\\w*rechte?\\b"
                    + "(?:\\s+(?:insoweit|insofern|diesbezüglich|hierfür|dafür|in diesem fall))? nicht\\b"
                    + "|\\b(?:there is|has|have) no right to\\b"
                    + "|\\bno (?:right|entitlement|claim) to (?:any |specific |particular )?(?:assistance|support|help)\\b",
            FLAGS);
    private static final Pattern EXCEPTION = AsciiGerman.compile(
            "\\b(?:without|except|unless|other than|save (?:as|where)|ohne|außer|es sei denn|ausgenommen|sofern nicht"
                    + "|soweit nicht"
                    // (round 24) the legal exception of Art. 28(3)(g) in German: „sofern keine Pflicht zur Speicherung
                    // nach dem Recht der Union oder der Mitgliedstaaten besteht“ is "unless … law requires storage"
                    + "|(?:sofern|soweit|falls|wenn) (?:nach [^.;]{0,60}?)?kein\\w* (?:gesetzlich\\w* |rechtlich\\w* )?"
                    + "(?:pflicht|verpflichtung)\\w* zur (?:speicherung|aufbewahrung))\\b",
            FLAGS);
    /**
     * A sentence on fees ("may charge for the effort of inspections") permits a charge, not the duty: item of its own;
     * also a compensation for the effort („kann … eine Aufwandsentschädigung verlangen“, "may ask to be reimbursed"),
     * which Clause 7.6 of 2021/915 leaves to the parties (recall28).
     */
    private static final Pattern FEE = AsciiGerman.compile(
            "\\b(?:charge|fees?|invoice|costs?|expenses?|remunerat\\w*|reimburse\\w*)\\b|vergütung|kosten|in rechnung"
                    + "|berechnen|entschädigung|aufwendungsersatz|aufwandsersatz|erstattung",
            FLAGS);
    /** Duties of assistance, which a refusal to assist in another sentence of the passage takes back. */
    private static final Set<Requirement> ASSISTING =
            EnumSet.of(Requirement.DATA_SUBJECT_RIGHTS, Requirement.ASSISTANCE);

    private static final Pattern ASSIST =
            AsciiGerman.compile("\\b(?:assist|help|support|cooperat)\\w*|unterstütz\\w*|mitwirk\\w*|hilf\\w*", FLAGS);

    /** A contrast after a prohibition states what the processor does instead ("shall not answer ... but shall pass on"). */
    private static final Pattern CONTRAST = AsciiGerman.compile("\\b(?:but|sondern)\\b", FLAGS);

    private static final Pattern PROCESSOR_MAY = AsciiGerman.compile(
            "\\b(?:processor|supplier|provider|vendor|contractor|we|auftragnehmer|auftragsverarbeiter|dienstleister"
                    + "|anbieter)\\b[^.;:]{0,40}?\\b(?:may|can|kann|darf|is entitled to|ist berechtigt)\\b"
                    // "may be required to report": a duty imposed by law, not a permission
                    + "(?!,?\\s+(?:not|nicht|keine?n?|be (?:required|obliged|obligated|compelled))\\b)",
            FLAGS);
    /**
     * A purpose clause before the modal: "assists the controller so that it can respond" names what the assistance
     * enables the controller to do (Art. 28(3)(e) GDPR), no permission of the processor (recall27).
     */
    private static final Pattern PURPOSE_CLAUSE = AsciiGerman.compile("\\b(?:so that|in order that|damit)\\b", FLAGS);
    /**
     * Requirements a prohibition can state ("shall not disclose", "transfers are excluded", "not for its own
     * purposes", "the caps do not limit the rights of data subjects"): no negation check.
     */
    private static final Set<Requirement> PROHIBITIVE = EnumSet.of(
            Requirement.SUBJECT_AND_DURATION,
            Requirement.NATURE_AND_PURPOSE,
            Requirement.DATA_CATEGORIES,
            Requirement.DATA_SUBJECTS,
            Requirement.LIABILITY,
            Requirement.INSTRUCTIONS,
            Requirement.TRANSFERS,
            Requirement.CONFIDENTIALITY,
            Requirement.SECURITY,
            Requirement.SUBPROCESSOR_AUTHORISATION,
            Requirement.DEFINITIONS,
            Requirement.ORDER_OF_PRECEDENCE);

    /**
     * Requirements whose cues are too general to be read outside the passages of their element ("purpose",
     * "confidential", "audit", "liable"); the others are also looked for in the whole document when their element's
     * passages do not state them, since an agreement may put, say, the assistance with data subjects' requests
     * under a heading on assistance in general.
     */
    private static final Set<Requirement> ELEMENT_ONLY = EnumSet.of(
            Requirement.SUBJECT_AND_DURATION,
            Requirement.NATURE_AND_PURPOSE,
            Requirement.DATA_CATEGORIES,
            Requirement.DATA_SUBJECTS,
            Requirement.CONFIDENTIALITY,
            Requirement.SECURITY,
            Requirement.SUBPROCESSOR_CHANGES,
            Requirement.AUDIT_INSPECTIONS,
            Requirement.LIABILITY);

    /**
     * The requirements the standard contractual clauses of 2021/915 state (Clauses 3, 4 and 7 to 10): all that name
     * them but the liability in general, of which the clauses say nothing beyond sub-processors, and the items of
     * the description of the processing, which their annexes leave to the parties.
     */
    private static final Set<Requirement> INCORPORATED = EnumSet.of(
            Requirement.INSTRUCTIONS,
            Requirement.INFRINGING_INSTRUCTION,
            Requirement.TRANSFERS,
            Requirement.CONFIDENTIALITY,
            Requirement.SECURITY,
            Requirement.SUBPROCESSOR_AUTHORISATION,
            Requirement.SUBPROCESSOR_CHANGES,
            Requirement.SUBPROCESSOR_OBLIGATIONS,
            Requirement.SUBPROCESSOR_LIABILITY,
            Requirement.DATA_SUBJECT_RIGHTS,
            Requirement.ASSISTANCE,
            Requirement.BREACH_NOTIFICATION,
            Requirement.DELETION_RETURN,
            Requirement.AUDIT_INFORMATION,
            Requirement.AUDIT_INSPECTIONS,
            Requirement.INACCURATE_DATA,
            Requirement.SUBPROCESSOR_CONTRACT_COPY,
            Requirement.SUSPENSION_AND_TERMINATION,
            Requirement.DELETION_CERTIFIED,
            Requirement.DEFINITIONS,
            Requirement.ORDER_OF_PRECEDENCE);
    /** The clauses of Art. 28(7) GDPR named: "2021/915", "Article 28(7)", "Art. 28 Abs. 7". */
    private static final Pattern NAMES_915 = AsciiGerman.compile(
            "2021/915|\\bart(?:icle|ikel|\\.)?\\s*28\\s*(?:\\(7\\)|abs(?:atz|\\.)?\\s*7\\b)", FLAGS);

    private static final Pattern CLAUSES = AsciiGerman.compile(
            "standard\\s*contractual\\s*clauses|standardvertragsklauseln|\\bsccs?\\b|\\bclauses\\b|\\bklauseln\\b",
            FLAGS);
    /** The words by which a document makes other terms its own. */
    private static final Pattern INCORPORATES = AsciiGerman.compile(
            "incorporat\\w*|\\bforms?\\s+(?:an\\s+integral\\s+)?part|\\bapply\\b|\\bapplies\\b|\\bagreed?\\b|\\bagrees?\\b"
                    + "|\\benter\\w*\\s+into|\\bconclude\\w*|vereinbar\\w*|bestandteil|einbezogen|einbeziehung|\\bgelten\\b"
                    + "|\\bgilt\\b|find\\w*\\s+anwendung|\\bschließen\\b",
            FLAGS);

    private record Cue(String kind, String note, Pattern pattern) {}

    private static final Map<Requirement, List<Cue>> BY_REQUIREMENT = byRequirement();
    private static final List<Cue> GENERIC = CUES.stream()
            .filter(l -> l.fields().get(0).equals("*"))
            .map(l -> new Cue(l.fields().get(1), l.fields().get(2), l.pattern()))
            .toList();

    private static Map<Requirement, List<Cue>> byRequirement() {
        Map<Requirement, List<Cue>> out = new EnumMap<>(Requirement.class);
        for (Cues.Line l : CUES) {
            if (!l.fields().get(0).equals("*")) {
                out.computeIfAbsent(Requirement.valueOf(l.fields().get(0)), r -> new ArrayList<>())
                        .add(new Cue(l.fields().get(1), l.fields().get(2), l.pattern()));
            }
        }
        return out;
    }

    private final SourceText text;
    /** The footnotes by their raised number ("¹"), each the passage that the reader placed after its paragraph. */
    private final Map<String, Segment> footnotes = new HashMap<>();

    private final List<Segment> segments;
    private final BiPredicate<Integer, Element> classified;
    private final BiPredicate<Integer, Element> mentioned;
    private final List<ElementResult> elements;
    /** The sentence by which the document incorporates the clauses of 2021/915, or null. */
    private final @Nullable SourceSpan incorporation;
    /**
     * The clauses of 2021/915 the incorporating sentence names ("Clause 7.7 … applies"), or null where it names none
     * and so incorporates them all (duty35).
     */
    private final @Nullable List<String> incorporatedClauses;

    private final Roles roles;
    /** The passages the requirements are read in ({@link ProcessingTerms}). */
    private final boolean[] scope;
    /** The passages in a part that says it is not part of the agreement ({@link NonBindingParts}). */
    private final boolean[] nonBinding;
    /** The changes of some words that amendments later in the document make, by passage ({@link Amendments}). */
    private final Map<Integer, List<Amendments.WordChange>> wordChanges;
    /** Each passage with the parties' names read as role words, made once ({@link #normalised(int)}). */
    private final @Nullable String[] normalised;
    /** The passages under each heading, in document order: the other passages of a clause without a search. */
    private final Map<String, List<Integer>> byHeading = new HashMap<>();
    /**
     * What each passage under a heading does for a requirement read across its clause ({@link #completingInSection}),
     * read once per heading and requirement: a document that repeats a heading many times stays linear.
     */
    private final Map<String, SectionReading> sectionReadings = new HashMap<>();

    /**
     * The passages under one heading with, for each, whether it limits the requirement and the sentence by which it
     * completes a partial statement (empty where it does not).
     */
    private record SectionReading(List<Integer> passages, List<Boolean> limits, List<String> completes) {}

    private Completeness(
            SourceText text,
            List<Segment> segments,
            BiPredicate<Integer, Element> classified,
            BiPredicate<Integer, Element> mentioned,
            List<ElementResult> elements) {
        this.text = text;
        this.segments = segments;
        this.classified = classified;
        this.mentioned = mentioned;
        this.elements = elements;
        this.roles = Roles.learn(text, Extractor.language(text.text()));
        for (Segment seg : segments) {
            Matcher n = FOOTNOTE.matcher(text.text(seg.block()));
            if (n.matches()) {
                footnotes.putIfAbsent(n.group(1), seg);
            }
        }
        this.scope = ProcessingTerms.scope(segments);
        ProcessingTerms.referenced(scope, segments, text);
        this.nonBinding = NonBindingParts.excluded(segments);
        // a clause that an amendment later in the document deletes or words anew is no evidence (#16)
        boolean[] superseded = Amendments.superseded(text, segments);
        for (int i = 0; i < superseded.length; i++) {
            nonBinding[i] |= superseded[i];
        }
        // a passage that only keeps clauses of another document unchanged states none of them (#16)
        boolean[] unchanged = Amendments.unchangedOnly(text, segments);
        for (int i = 0; i < unchanged.length; i++) {
            nonBinding[i] |= unchanged[i];
        }
        // some words of a clause that an amendment later in the document changes are read as changed (#16)
        this.wordChanges = Amendments.wordChanges(text, segments);
        this.normalised = new String[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            byHeading
                    .computeIfAbsent(segments.get(i).heading(), h -> new ArrayList<>())
                    .add(i);
        }
        Incorporating incorporating = incorporating();
        this.incorporation = incorporating == null
                ? null
                : span(incorporating.segment(), incorporating.from(), incorporating.sentence());
        this.incorporatedClauses = incorporating == null ? null : IncorporatedClauses.named(incorporating.sentence());
    }

    /**
     * The passage of segment {@code i} as the cues read it, normalised once per document: every requirement reads
     * every passage, and a long document repeats its headings (a 500-page text read each passage's clause once per
     * passage under that heading before).
     */
    private String normalised(int i) {
        String n = normalised[i];
        if (n == null) {
            n = roles.normalise(amended(i, text.text(segments.get(i).block())));
            normalised[i] = n;
        }
        return n;
    }

    /** A passage's text or one of its sentences as amended: the words an amendment changes in their new form. */
    private String amended(int i, String original) {
        List<Amendments.WordChange> changes = wordChanges.get(i);
        return changes == null ? original : Amendments.apply(original, changes);
    }

    /**
     * The results with the amendments that change some words of their evidence's passages quoted beside it: the
     * verdict was read in the amended words, the quotation keeps the passage as written.
     */
    private List<RequirementResult> withWordChanges(List<RequirementResult> results) {
        if (wordChanges.isEmpty()) {
            return results;
        }
        List<RequirementResult> out = new ArrayList<>();
        for (RequirementResult r : results) {
            List<SourceSpan> evidence = new ArrayList<>(r.evidence());
            for (SourceSpan e : r.evidence()) {
                for (int i = 0; i < segments.size(); i++) {
                    var b = segments.get(i).block();
                    List<Amendments.WordChange> changes = wordChanges.get(i);
                    if (changes != null
                            && e.offset() >= b.offset()
                            && e.offset() < b.offset() + Math.max(1, b.length())) {
                        for (Amendments.WordChange c : changes) {
                            if (!evidence.contains(c.amendment())) {
                                evidence.add(c.amendment());
                            }
                        }
                    }
                }
            }
            out.add(
                    evidence.size() == r.evidence().size()
                            ? r
                            : new RequirementResult(r.requirement(), r.status(), List.copyOf(evidence), r.note()));
        }
        return out;
    }

    private static boolean incorporates(String sentence) {
        return NAMES_915.matcher(sentence).find()
                && CLAUSES.matcher(sentence).find()
                && INCORPORATES.matcher(sentence).find()
                && !NEGATION.matcher(sentence).find();
    }

    /**
     * Whether the incorporated clauses state requirement {@code r}: it is one of {@link #INCORPORATED} and the
     * incorporating sentence names no clause numbers, or names one of the clauses of 2021/915 that state it (duty35:
     * "Clause 7.7 … applies" incorporates the use of sub-processors, not the audits of Clause 7.6).
     */
    private boolean incorporatedFor(Requirement r) {
        return incorporation != null
                && INCORPORATED.contains(r)
                && (incorporatedClauses == null || IncorporatedClauses.states(incorporatedClauses, r));
    }

    /** The sentence that incorporates the clauses of 2021/915: its segment, where it starts there, and its text. */
    private record Incorporating(Segment segment, int from, String sentence) {}

    /** The first sentence that incorporates the clauses of 2021/915 without a negation, or null. */
    private @Nullable Incorporating incorporating() {
        for (Segment s : segments) {
            String passage = text.text(s.block());
            if (!NAMES_915.matcher(passage).find()) {
                continue;
            }
            int from = 0;
            Matcher sentences = SENTENCE_END.matcher(passage);
            while (from < passage.length()) {
                int end = sentences.find() ? sentences.start() : passage.length();
                int next = end < passage.length() ? sentences.end() : passage.length();
                String sentence = passage.substring(from, end);
                if (incorporates(sentence)) {
                    return new Incorporating(s, from, sentence);
                }
                from = next;
            }
        }
        return null;
    }

    /** A sentence that limits a requirement the agreement meets elsewhere, with the note of the limit it states. */
    private record LimitElsewhere(SourceSpan span, String note) {}

    /**
     * A sentence anywhere in the agreement that matches one of the requirement's {@code limits} cues: a duty stated in
     * its own clause and taken back in another ("the processor processes only on instructions" and, under "Service
     * improvement", "you authorise the processor to process the data to improve its services"). Passages outside the
     * agreed text ({@link NonBindingParts}) do not count.
     *
     * @return the first such sentence with the note of its cue, read on the whole sentence, or null
     */
    private @Nullable LimitElsewhere limitedElsewhere(Requirement r, List<Cue> own) {
        if (own.stream().noneMatch(c -> c.kind().equals("limits"))) {
            return null;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (nonBinding[i] || !scope[i]) {
                continue;
            }
            // the processor's own purposes named in the description of the processing (its nature and purpose, an
            // annex describing it) are a defect of that purpose, Art. 28(3) first sentence GDPR; the duty to process
            // only on documented instructions, stated without that exception in its own clause, is not taken back
            // by them (recall31)
            boolean description = r == Requirement.INSTRUCTIONS
                    && classified.test(i, Element.NATURE_AND_PURPOSE)
                    && !classified.test(i, Element.INSTRUCTIONS);
            Segment s = segments.get(i);
            String passage = text.text(s.block());
            Matcher sentences = SENTENCE_END.matcher(passage);
            int from = 0;
            // the clause before a semicolon: with it, the clauses of one sentence ("…; fees already paid are
            // non-refundable"), which the sentences of the scan read apart
            int clauseFrom = -1;
            while (from < passage.length()) {
                int end = sentences.find() ? sentences.start() : passage.length();
                int next = end < passage.length() ? sentences.end() : passage.length();
                String original = passage.substring(from, end);
                Matcher limit = original.isBlank() ? null : first(own, "limits", roles.normalise(original));
                if (limit != null
                        && description
                        && OWN_PURPOSES.equals(noteOf(own, "limits", roles.normalise(original)))) {
                    limit = null;
                }
                if (limit == null && clauseFrom >= 0 && !original.isBlank()) {
                    String joined = passage.substring(clauseFrom, end);
                    limit = first(own, "limits", roles.normalise(joined));
                    if (limit != null && ownClauseMeets(own, limit, s)) {
                        return new LimitElsewhere(
                                span(s, clauseFrom, joined), noteOf(own, "limits", roles.normalise(joined)));
                    }
                    limit = null;
                }
                if (limit != null && ownClauseMeets(own, limit, s)) {
                    // the note from the whole sentence: its quotation may end before the words the cue met
                    return new LimitElsewhere(
                            span(s, from, original), noteOf(own, "limits", roles.normalise(original)));
                }
                clauseFrom = original.strip().endsWith(";") ? (clauseFrom >= 0 ? clauseFrom : from) : -1;
                from = next;
            }
        }
        return null;
    }

    /** The note of the limit on instructions that a description of the processing does not carry (recall31). */
    private static final String OWN_PURPOSES = "processing for the processor's own purposes";

    /** A clause's number at the start of its passage or of its heading: "7.3 Vettorly will …", "§ 6 Unterauftrag". */
    private static final Pattern LEADING_NUMBER = AsciiGerman.compile(
            "^\\W*(?:§\\s*|(?:clause|section|ziffer|punkt|nr\\.?)\\s+)?(\\d+(?:\\.\\d+)*)(?!\\d)", FLAGS);

    /**
     * Whether a limiting cue that names a clause by its number (a named group {@code num}: "Section 7.3 does not
     * apply to Local Research Agents", „Ziffer 6.2 gilt nicht für …“) names the clause it stands in, and that clause
     * states the requirement: the clause takes back part of its own duty. An exemption from another clause is a
     * derogation elsewhere, which {@link ClauseReferences} reads. A cue without the group limits the requirement
     * wherever it stands.
     */
    private boolean ownClauseMeets(List<Cue> own, Matcher limit, Segment s) {
        String num;
        try {
            num = limit.group("num");
        } catch (IllegalArgumentException noGroup) {
            return true;
        }
        if (num == null) {
            return true;
        }
        String passage = text.text(s.block());
        return (numbered(passage, num) || numbered(s.heading(), num))
                && first(own, "met", roles.normalise(passage)) != null;
    }

    private static boolean numbered(String text, String num) {
        int last = text.lastIndexOf(" > ");
        Matcher m = LEADING_NUMBER.matcher(last < 0 ? text : text.substring(last + 3));
        return m.find() && m.group(1).equals(num);
    }

    /**
     * A sentence that refers back to the duty stated before it in the same passage: an opening that continues or
     * contrasts ("However", "jedoch", "Darüber hinaus", "Any further"), or the duty named as such ("this obligation",
     * „diese Unterstützung“). Its weakening is the duty's: the limit of a duty is often stated after it.
     */
    private static final Pattern NEIGHBOUR = AsciiGerman.compile(
            "^\\W*(?:\\(?\\w{1,3}[.)]\\s*)?(?:however|but|yet|jedoch|allerdings|aber|darüber hinaus\\w*|weitergehende\\w*"
                    + "|any (?:further|other|additional)|beyond (?:this|that)|such|this|these|diese[rsnm]?|solche\\w*)\\b"
                    + "|\\b(?:this|that|such|these) (?:obligations?|duty|duties|assistance|commitments?|undertakings?)\\b"
                    + "|\\b(?:diese|dieser|diesen|solche) (?:pflicht|verpflichtung|unterstützung)\\w*"
                    // (round 24) the fallback for what the controller cannot do itself with the service's tools: "To
                    // the extent the Customer is unable to respond using those tools, …", „Soweit der Auftraggeber die
                    // Anfrage nicht selbst beantworten kann, …“
                    + "|^\\W*(?:\\(?\\w{1,3}[.)]\\s*)?(?:where|if|to the extent|insofar as|in so far as|soweit|sofern"
                    + "|wenn|falls)\\b[^.;]{0,80}?\\b(?:cannot|can ?not|is unable|are unable|is not able|are not able"
                    + "|nicht\\b[^.;]{0,40}?\\b(?:kann|können|möglich|in der lage))\\b",
            FLAGS);

    /**
     * Requirements whose {@code requires} cue may be met by any passage of the agreed terms, not only by one of their
     * element: the duration of the processing (Art. 28(3) first sentence) is often stated in the clause on the term of
     * the agreement ("Laufzeit", "Term and termination") at its end, far from the subject matter, and that clause is
     * not always read as the element.
     */
    private static final Set<Requirement> REQUIRED_ANYWHERE = EnumSet.of(Requirement.SUBJECT_AND_DURATION);

    /**
     * Whether the requirement's {@code requires} cues are met: a passage of its element (or of the document, where
     * it has none, or for the requirements of {@link #REQUIRED_ANYWHERE}) matches one of them, or the document
     * incorporates the clauses of 2021/915.
     *
     * @return the note of the first cue not met, or null where all are met
     */
    private @Nullable String missingRequired(Requirement r, List<Cue> own) {
        List<Cue> required =
                own.stream().filter(c -> c.kind().equals("requires")).toList();
        if (required.isEmpty() || incorporatedFor(r)) {
            return null;
        }
        for (Cue c : required) {
            boolean met = false;
            for (int i = 0; i < segments.size() && !met; i++) {
                if (REQUIRED_ANYWHERE.contains(r)) {
                    if (nonBinding[i] || !scope[i]) {
                        continue;
                    }
                } else if (r.element().isPresent()
                        && !classified.test(i, r.element().get())
                        && !mentioned.test(i, r.element().get())) {
                    continue;
                }
                met = c.pattern()
                        .matcher(withoutOtherTopics(
                                own, text.text(segments.get(i).block())))
                        .find();
            }
            if (!met) {
                return c.note();
            }
        }
        return null;
    }

    /**
     * The passage without its sentences that a {@code not} cue of the requirement puts on another topic: what such a
     * sentence says ("the new version is deemed accepted unless the customer objects", of the agreement itself) does
     * not supply what the requirement needs (an objection to a new sub-processor).
     */
    private String withoutOtherTopics(List<Cue> own, String passage) {
        if (own.stream().noneMatch(c -> c.kind().equals("not"))) {
            return passage;
        }
        StringBuilder kept = new StringBuilder();
        Matcher sentences = SENTENCE_END.matcher(passage);
        int from = 0;
        while (from < passage.length()) {
            int end = sentences.find() ? sentences.start() : passage.length();
            int next = end < passage.length() ? sentences.end() : passage.length();
            String sentence = passage.substring(from, end);
            if (first(own, "not", roles.normalise(sentence)) == null) {
                kept.append(sentence).append(". ");
            }
            from = next;
        }
        return kept.toString();
    }

    /**
     * Assesses every requirement.
     *
     * @param text the document
     * @param segments its passages
     * @param classified whether passage {@code i} is classified to an element
     * @param mentioned whether passage {@code i} has any cue of an element, below the classification's threshold
     * @param elements the element results, for the requirements that only need their element
     * @return one result per requirement, in enum order
     */
    static List<RequirementResult> assess(
            SourceText text,
            List<Segment> segments,
            BiPredicate<Integer, Element> classified,
            BiPredicate<Integer, Element> mentioned,
            List<ElementResult> elements) {
        Completeness c = new Completeness(text, segments, classified, mentioned, elements);
        List<RequirementResult> out = new ArrayList<>();
        for (Requirement r : Requirement.values()) {
            out.add(c.assess(r));
        }
        // limits stated in another clause that the sentence names (#16)
        List<RequirementResult> limited =
                ClauseReferences.apply(text, segments, List.copyOf(c.withWordChanges(out)), c.roles::normalise);
        // duties whose words a definition narrows (#16)
        return NarrowingDefinitions.apply(text, segments, limited);
    }

    private RequirementResult assess(Requirement r) {
        List<Cue> own = BY_REQUIREMENT.getOrDefault(r, List.of());
        Scan scan = scan(r, own, classified);
        // where the element's passages state the requirement only in part (assistance with Art. 32 under the
        // heading "Assistance"), a passage elsewhere that meets it (impact assessments under another heading) counts
        boolean onlyPartial = scan.met.isEmpty() && scan.weaker.isEmpty();
        if (onlyPartial && r.element().isPresent() && !ELEMENT_ONLY.contains(r)) {
            Scan wider = scan(r, own, null);
            scan = scan.empty() || !wider.met.isEmpty() || !wider.weaker.isEmpty() ? wider : scan;
        } else if (scan.empty() && r.element().isPresent()) {
            // a passage that states several duties in one sentence is classified to none of them: a sentence with
            // the requirement's cue in a passage with a cue of its element counts
            scan = scan(r, own, mentioned);
        }
        List<SourceSpan> met = scan.met;
        List<SourceSpan> weaker = scan.weaker;
        List<SourceSpan> partial = scan.partial;
        String note = scan.note;
        String partialNote = scan.partialNote;
        if (!weaker.isEmpty()) {
            List<SourceSpan> evidence = new ArrayList<>(weaker);
            for (SourceSpan m : met) {
                if (evidence.size() < 5) {
                    evidence.add(m);
                }
            }
            return new RequirementResult(r, Status.WEAKER, evidence, note);
        }
        SourceSpan incorporating = incorporatedFor(r) ? incorporation : null;
        if (!met.isEmpty()) {
            LimitElsewhere limit = limitedElsewhere(r, own);
            if (limit != null) {
                List<SourceSpan> evidence = new ArrayList<>(List.of(limit.span()));
                met.stream().limit(4).forEach(evidence::add);
                return new RequirementResult(r, Status.WEAKER, evidence, limit.note());
            }
            String missing = missingRequired(r, own);
            return missing == null
                    ? unmarkedSpecial(r, own, met)
                    : new RequirementResult(r, Status.WEAKER, met, missing);
        }
        if (incorporating != null) {
            // the clauses state it; the document's own partial wording adds to them
            List<SourceSpan> evidence = new ArrayList<>(List.of(incorporating));
            partial.stream().limit(4).forEach(evidence::add);
            return new RequirementResult(
                    r,
                    Status.FOUND,
                    evidence,
                    "stated by the incorporated clauses of Implementing Decision (EU) 2021/915");
        }
        if (!partial.isEmpty()) {
            return new RequirementResult(r, Status.WEAKER, partial, partialNote);
        }
        if (elementOnly(r)) {
            for (ElementResult e : elements) {
                if (e.element() == r.element().orElse(null) && e.found()) {
                    List<SourceSpan> spans =
                            e.spans().subList(0, Math.min(5, e.spans().size()));
                    String missing = missingRequired(r, own);
                    return missing == null
                            ? unmarkedSpecial(r, own, spans)
                            : new RequirementResult(r, Status.WEAKER, spans, missing);
                }
            }
        }
        RequirementResult elsewhere = referredElsewhere(r);
        return elsewhere != null ? elsewhere : new RequirementResult(r, Status.NOT_FOUND, List.of(), "");
    }

    /**
     * The result of a requirement its sentences meet, unless it lists data of the special categories unmarked (round
     * 29, the lead's decision): where the types of data processed name data of Art. 9(1) GDPR (health, religion,
     * union membership, biometric data …) or of Art. 10 (criminal convictions), and the document neither marks them as
     * special categories or sensitive anywhere ({@code special-mark}) nor states a restriction or safeguard in a
     * passage that names them ({@code special-guard}), the types of data are weaker: Annex I of 2021/915 asks for
     * the sensitive data processed and the restrictions or safeguards applied to them (Clause 7.5). A sentence that
     * names them to rule them out or keep them out ({@code special-not}: "must not enter diagnoses", "without
     * diagnosis") states such a restriction.
     *
     * @param spans the sentences or the element's passages that meet the requirement
     */
    private RequirementResult unmarkedSpecial(Requirement r, List<Cue> own, List<SourceSpan> spans) {
        RequirementResult found = new RequirementResult(r, Status.FOUND, spans, "");
        if (own.stream().noneMatch(c -> c.kind().equals("special"))) {
            return found;
        }
        // the passages that list the data: those of the element, those the spans stand in, and the others under
        // their headings (the items of a list under "Categories of personal data", the rows of an annex's table)
        Set<String> headings = new HashSet<>();
        boolean[] listing = new boolean[segments.size()];
        Element e = r.element().orElse(null);
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int start = s.block().offset();
            int end = start + s.block().length();
            boolean holds = spans.stream().anyMatch(x -> x.offset() >= start && x.offset() < end);
            if (holds && !s.heading().isEmpty()) {
                headings.add(s.heading());
            }
            if (holds || (e != null && classified.test(i, e))) {
                listing[i] = true;
            }
        }
        for (String h : headings) {
            for (int k : byHeading.getOrDefault(h, List.of())) {
                listing[k] = true;
            }
        }
        @Nullable SourceSpan unmarked = null;
        String note = "";
        for (int i = 0; i < segments.size(); i++) {
            String passage = withoutDenials(own, normalised(i));
            if (first(own, "special-mark", passage) != null) {
                return found; // marked as special categories or sensitive, or Art. 9 named, also in a filling-in note
            }
            if (nonBinding[i] || first(own, "special", passage) == null) {
                continue;
            }
            if (first(own, "special-guard", blanked(own, "special-item", passage)) != null) {
                return found; // a restriction or safeguard applied to them in the passage that names them
            }
            Segment s = segments.get(i);
            String original = text.text(s.block());
            Matcher sentences = SENTENCE_END.matcher(original);
            int from = 0;
            while (from < original.length()) {
                int cut = sentences.find() ? sentences.start() : original.length();
                int next = cut < original.length() ? sentences.end() : original.length();
                String sentence = withoutDenials(own, roles.normalise(original.substring(from, cut)));
                if (first(own, "special", sentence) != null) {
                    if (first(own, "special-not", withoutOtherAsides(own, sentence)) != null) {
                        return found; // ruled out or kept out ("must not enter diagnoses"): a restriction
                    }
                    if (unmarked == null && listing[i]) {
                        unmarked = span(s, from, original.substring(from, cut));
                        note = noteOf(own, "special", sentence);
                    }
                }
                from = next;
            }
        }
        if (unmarked == null) {
            return found;
        }
        SourceSpan listed = unmarked;
        List<SourceSpan> evidence = new ArrayList<>(List.of(listed));
        spans.stream().filter(x -> !x.equals(listed)).limit(4).forEach(evidence::add);
        return new RequirementResult(r, Status.WEAKER, evidence, note);
    }

    /**
     * The passage without its statements that no data of the special categories are processed ({@code
     * special-denied}: "Sensitive data transferred: None", „Besondere Kategorien personenbezogener Daten: keine“,
     * "No special categories of data are processed"; round32). Such a statement marks nothing as sensitive and applies
     * no restriction or safeguard: where the types of data name health, religious or biometric data all the same, the
     * denial leaves them unmarked (Clause 7.5 and Annex I of 2021/915), and its "none" or "not" does not rule them out.
     */
    private static String withoutDenials(List<Cue> own, String passage) {
        return blanked(own, "special-technical", blanked(own, "special-denied", passage));
    }

    /**
     * The sentence without its asides in parentheses that name no data of the special categories ("booking references
     * (no full card numbers), medical notes"; desc34): a negation in such an aside qualifies the item it follows, and
     * rules out none of the special data the sentence names elsewhere.
     */
    private static String withoutOtherAsides(List<Cue> own, String sentence) {
        Matcher m = ASIDE.matcher(sentence);
        StringBuilder kept = new StringBuilder();
        while (m.find()) {
            String aside = m.group();
            m.appendReplacement(
                    kept,
                    first(own, "special", aside) == null
                            ? " ".repeat(aside.length())
                            : Matcher.quoteReplacement(aside));
        }
        m.appendTail(kept);
        return kept.toString();
    }

    /** An aside in parentheses, without nested parentheses. */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]{0,200}\\)");

    /**
     * The passage with the matches of the requirement's cues of the kind blanked out: statements that no data of the
     * special categories are processed ({@code special-denied}), a machine's diagnosis that is no medical one ({@code
     * special-technical}: „Diagnosedaten über die Diagnoseschnittstelle“; desc34), or a consent recorded as one of the data listed
     * ({@code special-item}: "parental consent record", „Foto-Einwilligung“; desc34), which is data, not a restriction
     * or safeguard applied to the special data.
     */
    private static String blanked(List<Cue> own, String kind, String passage) {
        String out = passage;
        for (Cue c : own) {
            if (c.kind().equals(kind)) {
                Matcher m = c.pattern().matcher(out);
                StringBuilder kept = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(kept, " ".repeat(m.end() - m.start()));
                }
                m.appendTail(kept);
                out = kept.toString();
            }
        }
        return out;
    }

    /**
     * A requirement no sentence states whose passage leaves it to a provision of another document that the text does
     * not contain ("Provider's staff are bound as set out in Section 9 of the Agreement", and no Section 9 here). The
     * term is not before the reviewer, so it cannot be met; nor is it missing, since the agreement states it by
     * reference. It is reported as weaker with a note that names the reference, so that the reviewer reads the other
     * document (Art. 28(3) GDPR asks what the contract sets out, not in which of its documents).
     *
     * @return the result, or null where no passage of the requirement's element makes such a reference
     */
    private @Nullable RequirementResult referredElsewhere(Requirement r) {
        if (r.element().isEmpty()) {
            return null;
        }
        Element e = r.element().get();
        for (int i = 0; i < segments.size(); i++) {
            if (nonBinding[i] || !scope[i] || !classified.test(i, e)) {
                continue;
            }
            Segment s = segments.get(i);
            String passage = text.text(s.block());
            String reference = ProcessingTerms.missingReference(passage, segments, text);
            if (reference != null) {
                return new RequirementResult(
                        r,
                        Status.WEAKER,
                        List.of(span(s, 0, passage)),
                        NoteWordings.REFERS + reference + NoteWordings.NOT_INCLUDED);
            }
        }
        return null;
    }

    /**
     * Requirements whose exception may stand in another paragraph of the same clause: a cap on liability in 12.1 and
     * "nothing limits the liability to data subjects under Article 82" in 12.2 are one clause, and the cap does not
     * reach data subjects' claims.
     */
    private static final Set<Requirement> SECTION_CURE = EnumSet.of(Requirement.LIABILITY);

    /**
     * Requirements whose sentence names the parts of the document by design: an order of precedence lists
     * "Schedule 7" and "the Annexes" as the documents that prevail, which is no qualification of a duty by them.
     */
    private static final Set<Requirement> NAMES_DOCUMENTS =
            EnumSet.of(Requirement.ORDER_OF_PRECEDENCE, Requirement.DEFINITIONS);

    /**
     * Whether a passage under the same heading (the same clause) as the given one makes the requirement's exception:
     * any cure for the requirements of {@link #SECTION_CURE}, a {@code section-cure} cue for every requirement; a
     * passage that also matches an {@code uncure} cue makes none.
     */
    /**
     * Requirements whose partial statement is completed by a sentence in another passage under the same heading (the
     * same clause, recall31): "10.1 Within thirty days after the end, the Customer may have the data returned" and
     * "10.2 After that period, the Processor deletes the data" state together the controller's choice of Art. 28(3)(g)
     * GDPR that neither paragraph states alone.
     */
    private static final Set<Requirement> SECTION_COMPLETE = EnumSet.of(Requirement.DELETION_RETURN);

    /**
     * A paragraph of the end-of-processing clause that makes the return or the deletion a paid service, excludes one
     * of them, or offers the return only before the end: the clause's paragraphs are then not read together (recall31;
     * Art. 28(3)(g) GDPR gives the controller the choice after the end of the services, without a price on it).
     */
    private static final Pattern SECTION_LIMIT = AsciiGerman.compile(
            "(?<!\\bno |\\bfree of |\\bwithout |\\bat no |\\bno additional |\\bno extra |\\bat no additional |\\bat no extra )"
                    + "\\b(?:entgelt\\p{L}*|vergüt\\p{L}*|gebühr\\p{L}*|kostenpflichtig\\p{L}*|preisliste\\p{L}*|fees?|charges?|charged"
                    + "|paid|price list)\\b(?<!\\bohne (?:zusätzliche\\p{L}{0,2} )?(?:entgelt\\p{L}{0,2}|vergütung|gebühr\\p{L}{0,2}))"
                    + "|\\b(?:löschung|rückgabe|herausgabe|deletion|return)\\p{L}*\\b[^.;]{0,60}\\b(?:erfolgt nicht|findet nicht statt"
                    + "|ausgeschlossen|is not|will not|shall not)\\b"
                    + "|\\b(?:nur|only)\\b[^.;]{0,60}\\b(?:vor (?:vertragsende|dem ende|ablauf|beendigung)|before (?:the end|termination"
                    + "|expiry))",
            FLAGS);

    /**
     * The first sentence that completes a partial one in another binding passage under the heading of passage {@code
     * at} that does not meet the requirement by itself, or an empty string where there is none or where a passage
     * under the heading weakens or limits the requirement.
     */
    private String completingInSection(Requirement r, List<Cue> own, int at) {
        String heading = segments.get(at).heading();
        if (heading.isEmpty()) {
            return "";
        }
        String key = r.name() + '\n' + heading;
        SectionReading reading = sectionReadings.get(key);
        if (reading == null) {
            reading = readSection(r, own, heading);
            sectionReadings.put(key, reading);
        }
        String found = "";
        for (int j = 0; j < reading.passages().size(); j++) {
            if (reading.passages().get(j) == at) {
                continue;
            }
            // a paragraph of the clause that limits or excludes the duty ("a return only against payment", "no
            // deletion before the retention periods end") leaves the partial statement as it is
            if (reading.limits().get(j)) {
                return "";
            }
            if (found.isEmpty()) {
                found = reading.completes().get(j);
            }
        }
        return found;
    }

    /** Reads each binding passage under {@code heading} once for {@link #completingInSection}. */
    private SectionReading readSection(Requirement r, List<Cue> own, String heading) {
        List<Integer> passages = new ArrayList<>();
        for (int k : byHeading.getOrDefault(heading, List.of())) {
            if (!nonBinding[k]) {
                passages.add(k);
            }
        }
        boolean[] limits = new boolean[passages.size()];
        String[] completes = new String[passages.size()];
        for (int j = 0; j < passages.size(); j++) {
            int k = passages.get(j);
            String passage = text.text(segments.get(k).block());
            for (String sentence : normalisedSentences(passage)) {
                if (first(own, "limits", sentence) != null
                        || weakening(r, own, sentence, -1, false) != null
                        || SECTION_LIMIT.matcher(sentence).find()) {
                    limits[j] = true;
                    break;
                }
            }
            // a paragraph that meets the duty by itself leaves nothing to complete
            completes[j] = first(own, "completes", normalised(k)) != null && first(own, "met", normalised(k)) == null
                    ? completing(own, passage)
                    : "";
        }
        List<Boolean> limiting = new ArrayList<>(limits.length);
        for (boolean b : limits) {
            limiting.add(b);
        }
        return new SectionReading(List.copyOf(passages), List.copyOf(limiting), List.of(completes));
    }

    private boolean curedInSection(Requirement r, List<Cue> own, int at, @Nullable Boolean[] cures) {
        String heading = segments.get(at).heading();
        if (heading.isEmpty()) {
            return false;
        }
        String kind = SECTION_CURE.contains(r) ? "cure" : "section-cure";
        for (int k : byHeading.getOrDefault(heading, List.of())) {
            if (k == at) {
                continue;
            }
            Boolean cure = cures[k];
            if (cure == null) {
                String passage = normalised(k);
                cure = (first(own, kind, passage) != null || first(own, "section-cure", passage) != null)
                        && first(own, "uncure", passage) == null;
                cures[k] = cure;
            }
            if (cure) {
                return true;
            }
        }
        return false;
    }

    /**
     * Requirements whose terms govern the whole contract wherever they stand: a cap on liability, an order of
     * precedence or a definition in a section on another topic limits the processing terms too.
     */
    private static final Set<Requirement> GOVERN_WHOLE =
            EnumSet.of(Requirement.LIABILITY, Requirement.ORDER_OF_PRECEDENCE, Requirement.DEFINITIONS);

    /** Why a requirement stated only outside the processing terms of a longer contract is weaker. */
    static final String OUTSIDE = "stated only in a provision of the whole contract, not in its processing terms";

    /** The sentences found for one requirement. */
    private static final class Scan {
        final List<SourceSpan> met = new ArrayList<>();
        final List<SourceSpan> weaker = new ArrayList<>();
        final List<SourceSpan> partial = new ArrayList<>();
        String note = "";
        String partialNote = "";

        boolean empty() {
            return met.isEmpty() && weaker.isEmpty() && partial.isEmpty();
        }
    }

    /**
     * Scans the passages of the requirement's element for sentences that state it.
     *
     * @param in which passages belong to the element, or null for the whole document
     */
    private Scan scan(Requirement r, List<Cue> own, @Nullable BiPredicate<Integer, Element> in) {
        Scan out = new Scan();
        // whether each passage makes the exception for its clause, decided once per scan (curedInSection)
        @Nullable Boolean[] cures = new Boolean[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            if (in != null && r.element().isPresent() && !in.test(i, r.element().get())) {
                continue;
            }
            if (nonBinding[i]) {
                continue; // filling-in notes, explanations "for information only": nothing in them is agreed
            }
            // a passage of a longer contract outside its processing terms states no requirement in full
            boolean outside = !scope[i];
            Segment s = segments.get(i);
            String passage = text.text(s.block());
            String normalised = normalised(i);
            boolean cured = (first(own, "cure", normalised) != null && first(own, "uncure", normalised) == null)
                    || curedInSection(r, own, i, cures);
            List<Integer> cuts = new ArrayList<>();
            Matcher sentences = SENTENCE_END.matcher(passage);
            while (sentences.find()) {
                cuts.add(sentences.start());
                cuts.add(sentences.end());
            }
            cuts.add(passage.length());
            boolean completed = first(own, "completes", normalised) != null;
            // the sentence that completes a partial one is part of its statement: its limits are the statement's
            // ("you handle requests with the admin tools" and "beyond them we assist where we reasonably can", round
            // 28)
            String completing = completed ? completing(own, passage) : "";
            if (!completed && SECTION_COMPLETE.contains(r)) {
                // the return in one numbered paragraph of the clause, the deletion in the next (recall31)
                completing = completingInSection(r, own, i);
                completed = !completing.isEmpty();
            }
            // a question as the heading ("What happens if this agreement and the Terms disagree?") is the condition
            // its answer leaves out ("Then this agreement wins"): the first sentence of each passage under it, its
            // direct answer, is read after it
            String asked = question(s.heading());
            // a sentence that ends in a colon goes on in the list items after it ("Without undue delay after becoming
            // aware of a breach, the processor shall:" / "- notify the controller;"): it is read with them (recall27)
            String listAfter = listAfter(i);
            // assistance the passage states and another of its sentences takes back ("Cobalt is not obliged to
            // assist beyond those tools"), without an exception
            List<SourceSpan> metHere = new ArrayList<>();
            @Nullable SourceSpan removal = null;
            @Nullable SourceSpan limitedAfter = null;
            String limitedWhy = "";
            int from = 0;
            for (int k = 0; k < cuts.size(); k += 2) {
                int end = cuts.get(k);
                String original = passage.substring(from, end);
                // the cues read the parties' defined names as role words; the quotation keeps the original
                String sentence = roles.normalise(amended(i, original));
                int at = from;
                from = k + 1 < cuts.size() ? cuts.get(k + 1) : end;
                if (sentence.isBlank() || FormChoices.unchosenLeadIn(sentence)) {
                    continue; // a form's lead-in to options none of which is ticked states nothing agreed
                }
                String question = asked;
                // a question inside the passage ("Want a confirmation? Ask us.") is read before the next sentence
                asked = original.strip().endsWith("?") ? original.strip() : "";
                if (removal == null && ASSISTING.contains(r)) {
                    String plain = blank(sentence);
                    if (NO_OBLIGATION.matcher(plain).find()
                            && ASSIST.matcher(plain).find()
                            && !EXCEPTION.matcher(plain).find()) {
                        removal = span(s, at, original);
                    }
                }
                Matcher m = first(own, "not", sentence) == null ? first(own, "met", sentence) : null;
                if (m == null && !question.isEmpty() && first(own, "not", sentence) == null) {
                    // the sentence read after the question; the cue must reach into it: a question states no duty
                    String read = roles.normalise(question) + " " + sentence;
                    m = answered(own, read, read.length() - sentence.length());
                    if (m != null) {
                        sentence = read; // the weakenings are read with the question, at the cue's offset
                    }
                }
                if (m == null
                        && !listAfter.isEmpty()
                        && original.strip().endsWith(":")
                        && first(own, "not", sentence) == null) {
                    String read = sentence + " " + roles.normalise(listAfter);
                    m = first(own, "met", read);
                    if (m != null && weakening(r, own, read, m.start(), cured) == null) {
                        sentence = read;
                    } else {
                        // the joined reading only adds a met term: an item's own limit is read in the item, and a
                        // lead-in with the items of another topic ("audits as follows:") takes nothing from them
                        m = null;
                    }
                }
                boolean byCompletion = false;
                if (m == null && completed) {
                    // "The Client can download an export of its data. The Processor then erases it.": the passage
                    // states what one sentence leaves out
                    m = first(own, "partial", sentence);
                    byCompletion = m != null;
                }
                if (m == null
                        && !metHere.isEmpty()
                        && limitedAfter == null
                        && NEIGHBOUR.matcher(sentence).find()) {
                    // a sentence after the duty that refers back to it and limits it ("Any further assistance is at
                    // the processor's option", "however, its liability for them is limited to …")
                    String why = cueWeakening(own, sentence, -1, cured);
                    if (why != null) {
                        limitedAfter = span(s, at, original);
                        limitedWhy = why;
                    }
                }
                if (m == null) {
                    Matcher p = first(own, "partial", sentence);
                    if (p != null && out.partial.size() < 5) {
                        out.partial.add(span(s, at, original));
                        out.partialNote = noteOf(own, "partial", sentence);
                    }
                    continue;
                }
                String why = weakening(r, own, sentence, m.start(), cured);
                if (why == null && byCompletion && !completing.isEmpty()) {
                    why = cueWeakening(own, completing, -1, cured);
                }
                @Nullable SourceSpan footnote = null;
                if (why == null && !footnotes.isEmpty()) {
                    // a footnote whose mark the sentence carries is read with it ("… Article 32 GDPR.¹" and "¹ Only
                    // where technically feasible."): its limit is the sentence's
                    Matcher mark = FOOTNOTE_MARK.matcher(original);
                    while (why == null && mark.find()) {
                        Segment note = footnotes.get(mark.group());
                        if (note == null || note.equals(s)) {
                            continue;
                        }
                        String noteText = text.text(note.block());
                        why = weakening(
                                r,
                                own,
                                sentence + " "
                                        + roles.normalise(
                                                noteText.substring(mark.group().length() + 1)),
                                m.start(),
                                cured);
                        if (why != null) {
                            footnote = span(note, 0, noteText);
                        }
                    }
                }
                if (why == null) {
                    Limit limit = NAMES_DOCUMENTS.contains(r) ? null : qualifiedByReference(r, own, i, sentence);
                    if (limit != null) {
                        if (out.weaker.isEmpty()) {
                            out.note = NoteWordings.QUALIFIED + limit.reference() + NoteWordings.WHICH + limit.why();
                        }
                        if (out.weaker.size() < 4) {
                            out.weaker.add(span(s, at, original));
                            if (!out.weaker.contains(limit.span())) {
                                out.weaker.add(limit.span());
                            }
                        }
                        continue;
                    }
                }
                if (why != null && outside && !GOVERN_WHOLE.contains(r)) {
                    // a section of the longer contract on another topic (a warranty, the fees) sets out none of the
                    // processing terms' duties, and a limit stated there is not one of theirs: "the sole remedy for
                    // breach of this warranty is termination" limits no suspension for breach of the processing terms
                    if (out.partial.size() < 5) {
                        out.partial.add(span(s, at, original));
                        out.partialNote = OUTSIDE;
                    }
                } else if (why != null) {
                    if (out.weaker.isEmpty()) {
                        out.note = why;
                    }
                    if (out.weaker.size() < 5) {
                        out.weaker.add(span(s, at, original));
                    }
                    if (footnote != null && out.weaker.size() < 5 && !out.weaker.contains(footnote)) {
                        out.weaker.add(footnote);
                    }
                } else if (outside) {
                    if (out.partial.size() < 5) {
                        out.partial.add(span(s, at, original));
                        out.partialNote = OUTSIDE;
                    }
                } else if (out.met.size() < 5) {
                    out.met.add(span(s, at, original));
                    metHere.add(span(s, at, original));
                }
            }
            if (limitedAfter != null && removal == null) {
                out.met.removeAll(metHere);
                if (out.weaker.isEmpty()) {
                    out.note = limitedWhy;
                }
                for (SourceSpan h : metHere) {
                    if (out.weaker.size() < 4) {
                        out.weaker.add(h);
                    }
                }
                out.weaker.add(limitedAfter);
            }
            if (removal != null && !metHere.isEmpty()) {
                out.met.removeAll(metHere);
                if (out.weaker.isEmpty()) {
                    out.note = "negated or excluded";
                }
                if (!out.weaker.contains(removal) && out.weaker.size() < 5) {
                    out.weaker.add(removal);
                }
                for (SourceSpan h : metHere) {
                    if (out.weaker.size() < 5) {
                        out.weaker.add(h);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The first sentence of a passage that matches one of the requirement's {@code completes} cues (read with the
     * parties' names as role words), or an empty string: the sentence that adds what a partial one leaves out.
     */
    private String completing(List<Cue> own, String passage) {
        for (String sentence : normalisedSentences(passage)) {
            if (first(own, "completes", sentence) != null) {
                return sentence;
            }
        }
        return "";
    }

    /** The passage's sentences that are not blank, in order, each with the parties' names read as role words. */
    private List<String> normalisedSentences(String passage) {
        List<String> out = new ArrayList<>();
        Matcher sentences = SENTENCE_END.matcher(passage);
        int from = 0;
        while (from < passage.length()) {
            int end = sentences.find() ? sentences.start() : passage.length();
            int next = end < passage.length() ? sentences.end() : passage.length();
            String sentence = roles.normalise(passage.substring(from, end));
            if (!sentence.isBlank()) {
                out.add(sentence);
            }
            from = next;
        }
        return out;
    }

    /**
     * A sentence that states the requirement but makes it subject to another provision of the document ("except as
     * set out in Section 9", "subject to clause 9.2", "vorbehaltlich § 7", "soweit in Ziffer 9 nicht anders
     * geregelt"): the reference is resolved to the passages under the heading (or the numbered paragraph) of that
     * number, and the first sentence there that weakens a duty (negation, exclusion, discretion, best efforts, a
     * limit of the requirement's own) is returned: the drafter made the duty subject to that provision, so its
     * limits are the duty's. A reference to a law or to the standard contractual clauses ("Art. 28 GDPR", "Clause 9
     * of the SCC") and one that affirms the duty ("notwithstanding Section 9", "unbeschadet § 7") are not followed.
     *
     * @return the weakening sentence, or null
     */
    private @Nullable Limit qualifiedByReference(Requirement r, List<Cue> own, int at, String sentence) {
        Matcher q = QUALIFIED_BY.matcher(sentence);
        Pattern target;
        if (q.find()) {
            target = AsciiGerman.compile(
                    "^(?:§+\\s*|(?:section|clause|article|artikel|ziffer|klausel|abschnitt|paragraph|nr\\.?|no\\.?)\\s+)?"
                            + Pattern.quote(q.group("num"))
                            + "(?![0-9])(?:[.)\\s]|$)",
                    FLAGS);
        } else {
            q = ANNEX_REFERENCE.matcher(sentence);
            if (!q.find()) {
                return null;
            }
            // an annex is found by its heading, "Annex 2", "Anlage II", "Schedule B: ..." (Roman and Arabic numbers
            // name the same annex)
            target = AsciiGerman.compile(
                    "^(?:annex|anlage|anhang|appendix|schedule|exhibit)\\s+(?:" + annexNumbers(q.group("num"))
                            + ")(?![\\p{L}\\d])",
                    FLAGS);
        }
        String after = sentence.substring(q.end());
        if (EXTERNAL.matcher(after).lookingAt() || within(segments.get(at), target)) {
            return null;
        }
        for (int j = 0; j < segments.size(); j++) {
            if (j == at) {
                continue;
            }
            Segment seg = segments.get(j);
            String passage = text.text(seg.block());
            boolean inSection = false;
            for (String h : seg.heading().split(" > ")) {
                inSection |= target.matcher(h.strip()).lookingAt();
            }
            if (!inSection && !target.matcher(passage).lookingAt()) {
                continue;
            }
            // the provision referred to may itself be the exception ("Subject to clause 14.2" where 14.2 says nothing
            // limits the liability to data subjects): its own cure takes back the requirement's weaker cues there
            String normalised = normalised(j);
            boolean cured = first(own, "cure", normalised) != null && first(own, "uncure", normalised) == null;
            Matcher sentences = SENTENCE_END.matcher(passage);
            int from = 0;
            while (from < passage.length()) {
                int end = sentences.find() ? sentences.start() : passage.length();
                int next = end < passage.length() ? sentences.end() : passage.length();
                String other = passage.substring(from, end);
                String why = other.isBlank() ? null : weakening(r, own, other, -1, cured);
                if (why != null) {
                    return new Limit(q.group("ref").strip(), why, span(seg, from, other));
                }
                from = next;
            }
        }
        return null;
    }

    /**
     * Whether a passage stands in the section or annex a reference names: "the measures set out in this Annex" in
     * Annex II refers to the annex the sentence is part of, not to another provision that limits it.
     */
    private static boolean within(Segment s, Pattern target) {
        for (String h : s.heading().split(" > ")) {
            if (target.matcher(h.strip()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    /** The spellings of an annex number: "2" and "II" name the same annex. */
    private static String annexNumbers(String number) {
        String n = number.toLowerCase(Locale.ROOT);
        int roman = ROMAN.indexOf(n);
        if (roman >= 0 && !(n.length() == 1 && n.charAt(0) <= 'h' && n.charAt(0) != 'i')) {
            return Pattern.quote(n) + "|" + (roman + 1);
        }
        if (n.chars().allMatch(Character::isDigit)) {
            int v = Integer.parseInt(n);
            return v >= 1 && v <= ROMAN.size() ? n + "|" + ROMAN.get(v - 1) : n;
        }
        return Pattern.quote(n);
    }

    /** A sentence elsewhere in the document that limits a requirement another sentence states by reference. */
    private record Limit(String reference, String why, SourceSpan span) {}

    /** The four items of the first sentence of Art. 28(3) are met by their element: a list of data categories, for example, has no verb to match. */
    private static boolean elementOnly(Requirement r) {
        return r == Requirement.SUBJECT_AND_DURATION
                || r == Requirement.NATURE_AND_PURPOSE
                || r == Requirement.DATA_CATEGORIES
                || r == Requirement.DATA_SUBJECTS;
    }

    private static @Nullable Matcher first(List<Cue> cues, String kind, String sentence) {
        for (Cue c : cues) {
            if (c.kind().equals(kind)) {
                Matcher m = c.pattern().matcher(sentence);
                if (m.find()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The first {@code met} cue whose match ends after {@code from}, where the answer to a question begins. */
    private static @Nullable Matcher answered(List<Cue> cues, String read, int from) {
        for (Cue c : cues) {
            if (c.kind().equals("met")) {
                Matcher m = c.pattern().matcher(read);
                while (m.find()) {
                    if (m.end() > from) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The list items that go on a passage ending in a colon, under the same heading, joined by commas (at most six
     * items), each without its closing punctuation; empty where the passage does not end in a colon or no item follows it. A duty worded as a lead-in and
     * a list states in both what one sentence would (Art. 28(3) GDPR asks what the contract sets out, not in which
     * typographic form).
     */
    private String listAfter(int i) {
        if (!text.text(segments.get(i).block()).strip().endsWith(":")) {
            return "";
        }
        StringBuilder items = new StringBuilder();
        String heading = segments.get(i).heading();
        for (int j = i + 1; j < segments.size() && j <= i + 6; j++) {
            Segment next = segments.get(j);
            if (next.block().kind() != SourceText.Kind.LIST_ITEM
                    || !next.heading().equals(heading)) {
                break;
            }
            String item = text.text(next.block()).strip().replaceAll("[;,.]+$", "");
            items.append(items.length() == 0 ? "" : ", ").append(item);
        }
        return items.toString();
    }

    /** A question that heads a passage: its innermost heading, where that ends with a question mark; else empty. */
    private static String question(String heading) {
        int last = heading.lastIndexOf(" > ");
        String inner = (last < 0 ? heading : heading.substring(last + 3)).strip();
        return inner.endsWith("?") ? inner : "";
    }

    private static String noteOf(List<Cue> cues, String kind, String sentence) {
        for (Cue c : cues) {
            if (c.kind().equals(kind) && c.pattern().matcher(sentence).find()) {
                return c.note();
            }
        }
        return "";
    }

    private static final String PROCESSOR_DISCRETION = "left to the processor's discretion";

    /** A form's blank for the period of a duty ("binnen ____ Stunden"): the sentence states no period. */
    static final String BLANK_LEFT = "a blank of the form left empty: no period stated";

    /**
     * The controller's own discretion ("The Customer may grant or refuse its authorisation at its sole discretion"):
     * a right of the controller, which weakens none of the processor's duties.
     */
    private static final Pattern CONTROLLER_DISCRETION = AsciiGerman.compile(
            "\\b(?:customer|controller|client|auftraggeber\\w*|verantwortliche\\w*|kunde\\w*)\\b"
                    // (round 24) not where the processor is the subject of the "may" ("To the extent the Customer is
                    // unable to …, the Processor may, at its discretion, …"): that discretion is the processor's
                    + "(?:(?!\\b(?:processor|supplier|provider|vendor|contractor|we|auftragnehmer\\w*"
                    + "|auftragsverarbeiter\\w*|dienstleister\\w*|anbieter\\w*)\\b)[^.;]){0,60}"
                    + "\\b(?:may|can|kann|darf|is entitled to|ist berechtigt)\\b[^.;]{0,80}\\b(?:discretion|ermessen)\\b",
            FLAGS);

    /** The controller as the agent of a passive right before the discretion: "determined by the Customer". */
    private static final Pattern CONTROLLER_AGENT = AsciiGerman.compile(
            "\\b(?:by (?:the )?(?:customer|controller|client)|(?:vom|durch den) (?:auftraggeber|verantwortlichen|kunden))"
                    + "\\s*,?\\s*$",
            FLAGS);

    /** The words by which a discretion names its own party ("nach Wahl des Auftragnehmers"). */
    private static final Pattern PARTY = AsciiGerman.compile(
            "\\b(?:customer|controller|client|auftraggeber\\w*|verantwortliche\\w*|kunde\\w*|processor|supplier|provider"
                    + "|vendor|contractor|auftragnehmer\\w*|auftragsverarbeiter\\w*|dienstleister\\w*|anbieter\\w*)\\b",
            FLAGS);

    /**
     * Whether the discretion that follows this text is the controller's: the controller is the agent just before "in
     * its sole discretion" ("the extent of which is determined and controlled by the Customer in its sole
     * discretion"). Only for a discretion whose words name no party of their own ("nach Wahl des Auftragnehmers").
     */
    private static boolean controllersOwn(String before) {
        return CONTROLLER_AGENT.matcher(before).find();
    }

    /**
     * Why a sentence that states a requirement states it weaker than the benchmark, or null.
     *
     * @param cueAt where the requirement's cue starts in the sentence
     * @param curedInPassage whether the passage makes an exception that takes back the requirement's own weaker
     *     cues (an exception to a limit often follows in the next sentence)
     */
    private static @Nullable String weakening(
            Requirement r, List<Cue> own, String sentence, int cueAt, boolean curedInPassage) {
        String cue = cueWeakening(own, sentence, cueAt, curedInPassage);
        if (cue != null) {
            return cue;
        }
        if (PROHIBITIVE.contains(r)) {
            return null;
        }
        String plain = blank(sentence);
        boolean exception = EXCEPTION.matcher(plain).find();
        Matcher no = NO_OBLIGATION.matcher(plain);
        if (no.find() && !exception) {
            return "negated or excluded";
        }
        Matcher neg = NEGATION.matcher(plain);
        while (neg.find()) {
            if (neg.start() < cueAt
                    && cueAt - neg.end() <= 30
                    && plain.substring(neg.end(), cueAt).indexOf(',') < 0
                    && !exception
                    && !CONTRAST.matcher(plain.substring(neg.end())).find()) {
                return "negated or excluded";
            }
        }
        if (r.isDutyToAct() && !FEE.matcher(plain).find()) {
            Matcher may = PROCESSOR_MAY.matcher(plain);
            if (may.find()
                    && may.end() <= cueAt
                    && cueAt - may.end() <= 40
                    && !PURPOSE_CLAUSE.matcher(may.group()).find()) {
                return "permissive wording (may) instead of a duty";
            }
            if (cueAt >= 0 && mayAfterCondition(plain, cueAt)) {
                return "permissive wording (may) instead of a duty";
            }
        }
        return null;
    }

    /** A sentence that opens with a condition ("If …", „Hält der Auftragsverarbeiter …“, „Wenn …“). */
    private static final Pattern CONDITION_LEAD = AsciiGerman.compile(
            "^\\W*(?:\\(?\\w{1,3}[.)]\\s*)?(?:if|where|should|in case|hält|ist|sollte|wenn|falls|sofern|erachtet)\\b",
            FLAGS);

    /**
     * The main clause after a condition, in which the processor "may" inform or notify: „…, kann der Auftragsverarbeiter
     * den Verantwortlichen darauf hinweisen“, "…, the processor may notify the controller". Not "may suspend" beside a
     * duty to inform, and not "may not".
     */
    private static final Pattern MAIN_CLAUSE_MAY = AsciiGerman.compile(
            "^\\s*(?:(?:so|then|dann)\\s+)?(?:(?:kann|darf)\\s+(?:er|sie|(?:der|die)\\s+(?:auftragsverarbeiter|auftragnehmer|anbieter|dienstleister)"
                    // the processor by its name, where the roles were not read from the party block
                    + "|(?-i:\\p{Lu})\\p{L}+(?!\\s+(?:der|die|das)\\b))"
                    + "|(?:ist|sind)\\s+(?:der|die)\\s+(?:auftragsverarbeiter|auftragnehmer|anbieter|dienstleister)\\s+berechtigt"
                    + "|(?:the\\s+)?(?:processor|supplier|provider|vendor|contractor|we|it)\\s+(?:may|can|is\\s+entitled\\s+to))\\b"
                    + "(?!,?\\s+(?:not|nicht)\\b)(?![^.;]{0,120}\\b(?:shall|must|will|wird|muss|hat\\s+\\p{L}+\\s+zu)\\b)"
                    + "[^.;]{0,80}\\b(?:inform\\p{L}*|notif\\p{L}*|tell|alert|hinweis\\p{L}*|hinzuweisen|unterricht\\p{L}*|mitteil\\p{L}*|mitzuteilen"
                    + "|benachrichtig\\p{L}*)",
            FLAGS);

    /**
     * Whether the duty is stated in a leading condition and the main clause after it only permits the act: the
     * requirement's cue stands in the condition ("if an instruction infringes …"), the act in the clause after the first
     * comma after it. Art. 28(3) second subparagraph GDPR: the processor "shall immediately inform".
     */
    private static boolean mayAfterCondition(String plain, int cueAt) {
        if (!CONDITION_LEAD.matcher(plain).lookingAt()) {
            return false;
        }
        int comma = plain.indexOf(',', cueAt);
        return comma > 0 && MAIN_CLAUSE_MAY.matcher(plain.substring(comma + 1)).lookingAt();
    }

    /**
     * The weakening a sentence states in words: a {@code weaker} cue of the requirement (unless its passage makes the
     * exception), a generic one (discretion, best efforts) in the clause of the cue, or a blank of a form. Not a
     * negation, which a sentence after the duty may make of something else ("however, it need not name their staff").
     */
    private static @Nullable String cueWeakening(List<Cue> own, String sentence, int cueAt, boolean curedInPassage) {
        if (!curedInPassage) {
            String specific = noteOf(own, "weaker", sentence);
            if (!specific.isEmpty()) {
                return specific;
            }
        }
        String clause = clause(sentence, cueAt);
        for (Cue c : GENERIC) {
            Matcher g = c.pattern().matcher(clause);
            boolean found = g.find();
            // the law's own qualifier of the duty is no weakening of it: Art. 28(3)(e) GDPR has the processor assist
            // "by appropriate technical and organisational measures, insofar as this is possible" (recall29)
            while (found && statutory(own, clause, g.start(), g.end())) {
                found = g.find();
            }
            if (found
                    && !(c.note().equals(PROCESSOR_DISCRETION)
                            && (CONTROLLER_DISCRETION.matcher(clause).find()
                                    || (!PARTY.matcher(g.group()).find()
                                            && controllersOwn(clause.substring(0, g.start())))))) {
                return c.note();
            }
        }
        if (FormChoices.BLANK_PERIOD.matcher(clause).find()) {
            return BLANK_LEFT;
        }
        return null;
    }

    /**
     * Whether the span lies within a match of one of the requirement's {@code statutory} cues: the words in which the
     * law itself qualifies the duty ("insofar as this is possible" beside the technical and organisational measures of
     * Art. 28(3)(e) GDPR), which a generic weakening cue would otherwise read as best efforts (recall29).
     */
    private static boolean statutory(List<Cue> own, String clause, int from, int to) {
        for (Cue c : own) {
            if (c.kind().equals("statutory")) {
                Matcher m = c.pattern().matcher(clause);
                while (m.find()) {
                    if (m.start() <= from && to <= m.end()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A coordinated main clause with a subject of its own (", and we will", ", und der Auftragsverarbeiter"), or a
     * second predicate of the same subject after a comma (", and will take reasonable steps"): best efforts or
     * discretion in one duty of a sentence that states several do not weaken the others. A breach notice due "without
     * undue delay, and in any event within 48 hours" stays that where the sentence goes on ", and will take reasonable
     * steps to minimise harm": Art. 33(2) GDPR asks the notice of the processor, the mitigation is another duty.
     */
    private static final Pattern CLAUSE = AsciiGerman.compile(
            "[,;]\\s+(?:and|but|while|und|sowie|aber)\\s+(?=(?:we|it|they|he|she|er|sie|es|(?:the|der|die|das)\\s+\\p{L}+)"
                    + "\\s+(?:\\p{L}+\\s+)?(?:will|shall|must|may|can|agrees?|undertakes|wird|muss|kann|darf|hat|ist|verpflichtet)\\b)"
                    // a second predicate of the same subject after a comma: "notifies … within 48 hours, and will take
                    // reasonable steps to minimise the harm", „meldet … binnen 48 Stunden, und ergreift … Maßnahmen“
                    // (not where it refers back to the same act: ", and shall use reasonable endeavours to do so within
                    // 72 hours" hedges the notice itself)
                    + "|,?\\s+(?:and|und)\\s+(?=(?:will|shall|must|wird|muss|soll|ergreift|trifft|unternimmt|bemüht|versucht)\\b"
                    + "(?![^.;]{0,80}\\b(?:do so|so do|dies zu tun|das zu tun)\\b))",
            FLAGS);

    /** The coordinated main clause of a sentence in which the requirement's cue stands, or the sentence. */
    private static String clause(String sentence, int cueAt) {
        if (cueAt < 0) {
            return sentence;
        }
        int from = 0;
        int to = sentence.length();
        Matcher m = CLAUSE.matcher(sentence);
        while (m.find()) {
            if (m.start() <= cueAt) {
                from = m.end();
            } else {
                to = m.start();
                break;
            }
        }
        return sentence.substring(from, to);
    }

    /** Replaces the negation idioms that weaken nothing by blanks of the same length, keeping offsets. */
    private static String blank(String sentence) {
        Matcher m = IDIOM.matcher(sentence);
        StringBuilder out = new StringBuilder(sentence);
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                out.setCharAt(k, ' ');
            }
        }
        return out.toString();
    }

    private SourceSpan span(Segment s, int from, String sentence) {
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
