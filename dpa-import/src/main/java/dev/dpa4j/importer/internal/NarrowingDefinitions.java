/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.Requirement;
import dev.dpa4j.importer.RequirementResult;
import dev.dpa4j.importer.RequirementResult.Status;
import dev.dpa4j.importer.SourceSpan;
import dev.dpa4j.importer.internal.Segmenter.Segment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definitions that narrow a term a duty relies on (#16): "'Security Incident' means only a breach of the Processor's
 * own systems …", „Weisung im Sinne dieses Vertrags ist nur …“, „Als Weisung gilt nur …“. A duty stated in full
 * words that use the term ("notify the Customer of any Security Incident", „Weisungen des Auftraggebers“) then reaches
 * only what the definition leaves in: the requirement is weaker, with the definition as evidence. Only a definition
 * that says so is read (the limiting word within the definition's first words, "means only", "is limited to", „ist
 * nur“); and only a term of a duty's subject (an incident or breach, an instruction, the personnel, personal data, a
 * data subject's request, a sub-processor, an audit or inspection), not the services or the agreement, whose scope a
 * definition sets by design.
 *
 * <p>A definition that narrows by what it leaves out is read for two terms whose legal measure is fixed (struct20):
 * the persons bound to confidentiality defined as employees (and officers, directors) with no one else, while Art.
 * 28(3)(b) GDPR reaches every person authorised to process the data (contractors, agency staff), which weakens the
 * confidentiality only; and an incident or breach defined by the processor's own sphere ("within the Processor's area
 * of responsibility", „im Verantwortungsbereich des Auftragnehmers“, „in den eigenen Betriebsstätten“) without its
 * sub-processors, while Art. 33(2) GDPR asks notice of every breach of the data processed for the controller, which
 * weakens the breach notice only.
 */
final class NarrowingDefinitions {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The note of a requirement whose duty uses a narrowed term; the term follows. */
    static final String NARROWED = "narrowed by the agreement's definition of a term the duty uses: ";

    private static final String LIMIT = "(?:only|solely|exclusively|merely|nur|ausschließlich|lediglich)\\b";
    /** Up to eight words of the definition before its limiting word, not past a comma (a relative clause's "only"). */
    private static final String WORDS = "(?:[\\p{L}\\p{N}'’-]+\\s+){0,8}?";

    /** "'Term' means only …", "'Term' is limited to …": the term in quotation marks in group {@code term}. */
    private static final Pattern ENGLISH = AsciiGerman.compile(
            "[\"“‘'](?<term>\\p{Lu}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,3})[\"”’']\\s*(?:\\([^)]{0,30}\\)\\s*)?"
                    + "(?:means|shall\\s+mean|refers\\s+to|includes|covers|is\\s+defined\\s+as|is|are)\\s+(?:"
                    + WORDS + LIMIT + "|(?:[\\p{L}'’-]+\\s+){0,8}?(?:limited|restricted)\\s+to\\b)");

    /**
     * „Weisung im Sinne dieses Vertrags ist nur …“, „„Sicherheitsvorfall“ bezeichnet ausschließlich …“, „Als Weisung
     * gilt nur …“: the term in group {@code term}.
     */
    private static final Pattern GERMAN = AsciiGerman.compile(
            "(?:^\\s*(?:\\(\\w{1,3}\\)\\s*|\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?|[„\"“]|\\b[Aa]ls\\s+)(?<term>\\p{Lu}[\\p{L}-]+)[“\"”]?\\s+(?iu:im\\s+sinne\\s+(?:dieses|dieser|des|der)\\s+\\p{L}+\\s+)?"
                    + "(?:ist|sind|bezeichnet|bezeichnen|meint|umfasst|bedeutet|gilt|gelten)\\s+" + WORDS + LIMIT,
            Pattern.UNICODE_CASE);

    /** A definition's term and what follows its defining verb ({@code body}), for the definitions that leave out. */
    private static final Pattern DEFINES = AsciiGerman.compile(
            "[\"“‘'„](?<term>\\p{Lu}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,3})[\"”’'“]\\s*(?:\\([^)]{0,30}\\)\\s*)?"
                    + "(?iu:im\\s+sinne\\s+(?:dieses|dieser|des|der)\\s+\\p{L}+\\s+)?"
                    + "(?:means|shall\\s+mean|refers\\s+to|is\\s+defined\\s+as|sind|ist|bezeichnet|bezeichnen|meint|bedeutet)\\s+"
                    + "(?<body>.+)",
            Pattern.UNICODE_CASE | Pattern.DOTALL);

    /** A term for the persons a confidentiality duty binds. */
    private static final Pattern PERSONNEL_TERM =
            AsciiGerman.compile("personnel|staff|mitarbeit|beschäftigt|^personal$|\\spersonal$", FLAGS);

    /** The employment a personnel definition names. */
    private static final Pattern EMPLOYED = AsciiGerman.compile(
            "\\b(?:employees?|officers?|directors?|arbeitnehmer\\p{L}*|angestellte\\p{L}*|beschäftigte\\p{L}*)\\b",
            FLAGS);

    /** Anyone else a personnel definition names: then it leaves no one out. */
    private static final Pattern ANYONE_ELSE = AsciiGerman.compile(
            "contractor|consultant|agent|temporar|agency|freelanc|worker|individual|person|anyone|any\\s+other|acting"
                    + "|authori[sz]|third|vendor|sub-?processor|leih|freie|freiberuf|erfüllungsgehilf|beauftragt|dritte"
                    + "|sonstig|auszubildend|praktikant|hilfskr|honorar",
            FLAGS);

    /** A term for an incident or a breach. */
    private static final Pattern INCIDENT_TERM = AsciiGerman.compile("incident|breach|vorfall|verletzung|panne", FLAGS);

    /** The processor's own sphere as the place where an incident must happen. */
    private static final Pattern OWN_SPHERE = AsciiGerman.compile(
            "\\b(?:within|in)\\s+(?:the\\s+)?(?:[\\p{L}-]+['’]s?\\s+|its\\s+)?(?:own\\s+)?(?:area|sphere)\\s+of\\s+(?:responsibility|control)"
                    + "|\\b(?:within|in|at)\\s+(?:the\\s+)?(?:[\\p{L}-]+['’]s?\\s+|its\\s+)own\\s+(?:premises|facilities|sites|operations)"
                    + "|\\bim\\s+(?:eigenen\\s+)?(?:verantwortungs|einfluss|herrschafts|organisations)bereich"
                    + "|\\bin\\s+(?:den\\s+)?eigenen\\s+(?:betriebsstätten|räumlichkeiten|räumen|standorten)",
            FLAGS);

    /**
     * A breach that counts only once it is confirmed (round 21): Art. 33(2) GDPR and Clause 9.2 of 2021/915 run from
     * the processor's becoming aware of a breach, and a definition that takes in only confirmed breaches moves the
     * start to the processor's own confirmation and leaves out the breaches it suspects.
     */
    private static final Pattern CONFIRMED = AsciiGerman.compile(
            "\\b(?:confirmed|verified|substantiated|bestätigte\\p{L}*|nachgewiesene\\p{L}*|festgestellte\\p{L}*)\\s+"
                    + "(?:\\p{L}+\\s+){0,3}?(?:breach|incident|compromise|verletzung|vorfall|vorfälle|panne|access|acquisition"
                    + "|disclosure|zugriff\\p{L}*|offenlegung|kenntnisnahme)"
                    + "|\\b(?:actual|actually|tatsächlich\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?(?:access|accessed|acquired|acquisition|disclosed"
                    + "|disclosure|zugriff\\p{L}*|zugegriffen|offengelegt|offenlegung)",
            FLAGS);

    /** A definition that also takes in breaches suspected or not yet confirmed. */
    private static final Pattern SUSPECTED = AsciiGerman.compile(
            "\\b(?:suspected|alleged|potential|reasonably believed|unconfirmed|vermutet\\p{L}*|verdacht\\p{L}*|mögliche\\p{L}*)\\b",
            FLAGS);

    /** A word for sub-processors: in an incident definition they are in; as the defined term, its exclusions count. */
    private static final Pattern SUBPROCESSORS =
            AsciiGerman.compile("sub-?\\s?processor|subprocessor|unterauftrag|subunternehm|sub-?contractor", FLAGS);

    /**
     * A narrowing definition's exclusion ("excluding", "does not include", "other than", „ausgenommen“, „mit Ausnahme“,
     * „nicht jedoch“) up to the end of its phrase: what follows it is left out, not named (narrow33).
     */
    private static final Pattern EXCLUSION = AsciiGerman.compile(
            "\\b(?:excluding|excludes?|but\\s+not|(?:does|do)\\s+not\\s+include|not\\s+including|other\\s+than|except(?:\\s+for)?"
                    + "|ausgenommen|mit\\s+ausnahme|nicht\\s+jedoch|jedoch\\s+nicht|nicht\\s+(?:erfasst|umfasst|eingeschlossen))\\b[^.;)]*",
            FLAGS);

    /** A term for the controller's instructions. */
    private static final Pattern INSTRUCTION_TERM = AsciiGerman.compile("instruction|weisung", FLAGS);

    /**
     * The service's own functions, its use or its documentation as what a definition of the instructions consists of
     * (narrow33): Clause 7.1(a) of 2021/915 lets the controller give further instructions throughout the processing.
     */
    private static final Pattern SERVICE_FUNCTIONS = AsciiGerman.compile(
            "\\b(?:functions?|features?|functionality|documentation|use\\s+of\\s+the\\s+(?:services?|platform|software|application)"
                    + "|funktion\\p{L}*|\\p{L}*dokumentation|leistungsbeschreibung"
                    + "|nutzung\\s+(?:des|der)\\s+(?:dienst\\p{L}*|plattform|software|anwendung))\\b",
            FLAGS);

    /** Any other way of instructing beside the service's functions: then the definition leaves nothing out. */
    private static final Pattern OTHER_INSTRUCTIONS = AsciiGerman.compile(
            "\\b(?:writing|written|text\\s+form|e-?mail|further|additional|other|individual|any\\s+direction|directions"
                    + "|schriftlich\\p{L}*|textform|weitere\\p{L}*|sonstige\\p{L}*|einzelweisung\\p{L}*|zusätzliche\\p{L}*)\\b",
            FLAGS);

    /** A term for the law that may require processing ("Applicable Law", „Anwendbares Recht“), not data protection law. */
    private static final Pattern LAW_TERM = AsciiGerman.compile(
            "^(?!.*(?:protection|privacy|datenschutz)).*\\b(?:laws?|legislation|recht|rechts|gesetze?)\\b", FLAGS);

    /**
     * The law of a third country inside a definition of the law that may require processing (narrow33): Art. 28(3)(a)
     * GDPR and Clause 7.1(a) of 2021/915 admit only Union or Member State law.
     */
    private static final Pattern THIRD_COUNTRY_LAW = AsciiGerman.compile(
            "\\b(?:any|every|all|each)\\s+(?:other\\s+)?(?:applicable\\s+)?(?:countr(?:y|ies)|jurisdictions?|states?|nations?)\\b"
                    + "|\\bthird[- ]countr|\\bnon-(?:eu|eea|european)\\b|\\boutside\\s+(?:the\\s+)?(?:eu|eea|european)"
                    + "|\\bunited\\s+states\\b|\\bu\\.\\s?s\\.\\s+(?:federal|state|law)|\\bforeign\\b"
                    + "|\\bdrittstaat\\p{L}*|\\bdrittl(?:and|änder)\\p{L}*|\\bjede[ns]?\\s+(?:anderen\\s+)?(?:staat|staates|land|landes|rechtsordnung)\\b"
                    + "|\\bausländisch\\p{L}*|\\bvereinigten\\s+staaten\\b",
            FLAGS);

    /**
     * The processors a sub-processor definition may leave out although they process the data for the controller
     * (narrow33): the processor's affiliates and the providers of its hosting or infrastructure — Art. 28(2) and (4)
     * GDPR reach every other processor engaged.
     */
    private static final Pattern OTHER_PROCESSORS = AsciiGerman.compile(
            "\\b(?:affiliat\\p{L}*|group\\s+(?:companies|company|entities|undertakings)|intra-?group|konzern\\p{L}*"
                    + "|verbundene\\p{L}*|hosting|host|cloud|infrastructure|infrastruktur\\p{L}*|data\\s+cent(?:re|er)s?"
                    + "|rechenzentr\\p{L}*|iaas|paas)\\b",
            FLAGS);

    /** The subject words of a duty a narrowed term must contain. */
    private static final Pattern DUTY_TERM = AsciiGerman.compile(
            "incident|breach|instruction|personnel|staff|employee|personal\\s+data|data\\s+subject|request|sub-?processor"
                    + "|audit|inspection|weisung|vorfall|verletzung|panne|mitarbeit|beschäftigt|personal|personenbezogen"
                    + "|betroffen|anfrage|antrag|unterauftrag|subunternehm|kontroll|prüfung|inspektion",
            FLAGS);

    // layout35 (#16): definitions that narrow by a condition or by an exclusion in the next sentence, read by the
    // kind of narrowing the law forbids, not by a document's words.

    /**
     * A breach that counts only once the processor has confirmed it, said in a relative clause ("a breach … that we
     * have confirmed has led to …", "confirmed by the Processor", „die der Auftragnehmer bestätigt hat“): Art. 33(2)
     * GDPR runs from awareness, not from the processor's confirmation (layout35).
     */
    private static final Pattern CONFIRMED_BY = AsciiGerman.compile(
            "\\b(?:that|which|once|after|where|when|as)\\s+(?:we|it|they|the\\s+(?:processor|provider|supplier|vendor|company"
                    + "|service\\s+provider|contractor))\\s+(?:has|have|had)\\s+(?:first\\s+)?(?:confirmed|verified|established"
                    + "|determined|validated)\\b"
                    + "|\\b(?:confirmed|verified|established|determined|validated)\\s+(?:as\\s+such\\s+)?by\\s+(?:us|the\\s+"
                    + "(?:processor|provider|supplier|vendor|company|contractor))\\b"
                    + "|\\b(?:die|den|das|welche\\p{L}*)\\s+(?:wir|der\\s+auftragnehmer|der\\s+anbieter|der\\s+dienstleister)"
                    + "\\s+(?:\\p{L}+\\s+){0,2}?(?:bestätigt|festgestellt|verifiziert|nachgewiesen)\\s+(?:haben|hat)\\b"
                    + "|\\b(?:vom|durch\\s+den)\\s+(?:auftragnehmer|anbieter|dienstleister)\\s+(?:bestätigt|festgestellt|verifiziert)",
            FLAGS);

    /**
     * An employment or training relationship as what makes a person one of the personnel („die Personen, die in
     * einem Arbeits- oder Ausbildungsverhältnis zum Auftragnehmer stehen“, "persons employed by the Processor"):
     * employees by another word (layout35).
     */
    private static final Pattern EMPLOYMENT = AsciiGerman.compile(
            "\\b(?:arbeits-?\\s*(?:oder|und|bzw\\.)?\\s*(?:ausbildungs)?verhältnis\\p{L}*|ausbildungsverhältnis\\p{L}*"
                    + "|beschäftigungsverhältnis\\p{L}*|dienstverhältnis\\p{L}*|arbeitsvertrag\\p{L}*|anstellungsvertrag\\p{L}*"
                    + "|angestellt\\p{L}*|arbeitnehmer\\p{L}*|employed|employment|contracts?\\s+of\\s+employment|on\\s+(?:its|our|the"
                    + "\\s+\\p{L}+['’]s)\\s+payroll)\\b",
            FLAGS);

    /**
     * The general head noun that opens a personnel definition ("persons who", „die Personen, die“, „natürliche
     * Personen, die“): it names no one else, what follows decides (layout35).
     */
    private static final Pattern PERSON_HEAD = AsciiGerman.compile(
            "^\\s*(?:(?:die|alle|those|the|all)\\s+)?(?:natürlichen\\s+|natural\\s+)?(?:personen|persons|individuals|people)"
                    + "\\b\\s*,?\\s*(?:(?:die|welche|who|that|which)\\b)?",
            FLAGS);

    /**
     * A definition without quotation marks that says it defines („Beschäftigte im Sinne dieses Vertrags sind …“),
     * as a footnote or a clause on terms puts it: the term in group {@code term}, what follows in {@code body}
     * (layout35).
     */
    private static final Pattern DEFINES_IM_SINNE = AsciiGerman.compile(
            "^\\s*(?:\\(\\w{1,3}\\)\\s*|\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+|[\\p{No}*]\\s*)?(?<term>\\p{Lu}[\\p{L}-]+"
                    + "(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s+(?iu:im\\s+sinne\\s+(?:dieses|dieser|des|der)\\s+\\p{L}+)\\s+"
                    + "(?iu:sind|ist|bezeichnet|bezeichnen|meint|bedeutet|umfasst|umfassen)\\s+(?<body>.+)",
            Pattern.UNICODE_CASE | Pattern.DOTALL);

    /** A term for the purposes the processing may serve ("Permitted Purposes", „Zwecke“) (layout35). */
    private static final Pattern PURPOSE_TERM = AsciiGerman.compile("purpose|zweck", FLAGS);

    /**
     * The processor's own purposes among the permitted ones: Art. 28(3)(a) and 28(10) GDPR and Clause 7.1 of 2021/915
     * admit only the controller's purposes; a processor that determines purposes of its own is a controller for them
     * (layout35).
     */
    private static final Pattern OWN_PURPOSES = AsciiGerman.compile(
            "\\b(?:our|its|the\\s+(?:processor|provider|supplier|vendor)['’]s)\\s+(?:own\\s+)?(?:legitimate\\s+)?(?:internal\\s+)?"
                    + "(?:business|commercial|internal)\\s+(?:purposes|operations|interests|needs|activities)"
                    + "|\\b(?:our|its)\\s+own\\s+(?:legitimate\\s+)?(?:purposes|interests|business)"
                    + "|\\b(?:service|product)\\s+(?:improvement|development)|\\bimprov\\p{L}*\\s+(?:of\\s+)?(?:our|its)\\s+"
                    + "(?:services?|products?|platform|network)|\\bdevelop\\p{L}*\\s+(?:of\\s+)?(?:our|its)\\s+(?:new\\s+)?"
                    + "(?:services?|products?)|\\bnetwork-wide\\s+analytics"
                    + "|\\beigene\\p{L}*\\s+(?:geschäfts|betriebs)?zweck\\p{L}*|\\beigene\\p{L}*\\s+(?:berechtigten\\s+)?"
                    + "(?:geschäfts)?interessen|\\bverbesserung\\s+(?:unserer|seiner|ihrer)\\s+(?:dienste|leistungen|produkte)"
                    + "|\\b(?:produkt|dienst)entwicklung\\p{L}*",
            FLAGS);

    /** A term for where the data is processed: an environment, a system, a platform (layout35). */
    private static final Pattern PLACE_TERM = AsciiGerman.compile(
            "environment|system|platform|infrastructure|database|umgebung|plattform|infrastruktur|datenbank", FLAGS);

    /**
     * Copies of the data that an exclusion from a place's definition leaves without the security measures: exports,
     * replicas, backups, test or analytics environments, archives (layout35). Art. 32 GDPR and Clause 8.6(a) of
     * 2021/915 reach all processing of the data, wherever its copies lie.
     */
    private static final Pattern COPIES = AsciiGerman.compile(
            "\\b(?:export\\p{L}*|replicas?|replicated|copies|backups?|back-ups?|archives?|test|testing|staging|development"
                    + "|analytics|sandbox\\p{L}*|kopien|sicherungs\\p{L}*|replikat\\p{L}*|test\\p{L}*"
                    + "|archiv\\p{L}*|entwicklungs\\p{L}*)\\b",
            FLAGS);

    /**
     * A sentence that goes on with the definition before it ("It does not include …", "This excludes …", „Nicht
     * umfasst sind …“, „Hiervon ausgenommen …“) (layout35).
     */
    private static final Pattern CONTINUES = AsciiGerman.compile(
            "^\\s*(?:(?:it|this|they|these|such\\s+term|the\\s+term|dies|hiervon|davon|er|sie|es)\\b[^.;]{0,40}?)?"
                    + "(?:excluding|excludes?|(?:does|do)\\s+not\\s+(?:include|cover|extend)|not\\s+including|other\\s+than"
                    + "|ausgenommen|nicht\\s+(?:erfasst|umfasst|eingeschlossen)|gilt\\s+nicht)",
            FLAGS);

    private NarrowingDefinitions() {}

    /** A narrowing definition found: the term, its uses, the sentence and the requirements it can weaken. */
    private record Definition(String term, Pattern uses, SourceSpan span, Set<Requirement> reaches) {}

    /**
     * Applies the narrowing definitions of a document to its completeness table.
     *
     * @param text the document
     * @param segments its passages
     * @param results the table
     * @return the table with the duties whose sentences use a narrowed term made weaker
     */
    static List<RequirementResult> apply(SourceText text, List<Segment> segments, List<RequirementResult> results) {
        List<Definition> definitions = new ArrayList<>();
        boolean[] nonBinding = NonBindingParts.excluded(segments);
        for (int i = 0; i < segments.size(); i++) {
            if (nonBinding[i]) {
                continue;
            }
            Segment s = segments.get(i);
            String passage = text.text(s.block());
            List<Sentences.Sentence> cuts = Sentences.split(passage);
            for (int k = 0; k < cuts.size(); k++) {
                Sentences.Sentence cut = cuts.get(k);
                String sentence = cut.text();
                boolean stated = false;
                for (Pattern p : List.of(ENGLISH, GERMAN)) {
                    Matcher m = p.matcher(sentence);
                    if (m.find() && DUTY_TERM.matcher(m.group("term")).find()) {
                        String term = m.group("term");
                        definitions.add(
                                new Definition(term, uses(term), Sentences.span(s, cut), ClauseReferences.DUTIES));
                        stated = true;
                        break;
                    }
                }
                if (!stated) {
                    // a definition's exclusion in the sentence after it ("It does not include …") is part of it
                    String read = k + 1 < cuts.size()
                                    && CONTINUES.matcher(cuts.get(k + 1).text()).find()
                            ? sentence + " " + cuts.get(k + 1).text()
                            : sentence;
                    leavesOut(read)
                            .ifPresent(d -> definitions.add(new Definition(
                                    d.getKey(), uses(d.getKey()), Sentences.span(s, cut), d.getValue())));
                }
            }
        }
        if (definitions.isEmpty()) {
            return results;
        }
        List<RequirementResult> out = new ArrayList<>();
        for (RequirementResult r : results) {
            Definition narrowing = null;
            if (r.status() == Status.FOUND) {
                for (Definition d : definitions) {
                    if (!d.reaches().contains(r.requirement())) {
                        continue;
                    }
                    for (SourceSpan e : r.evidence()) {
                        if (e.offset() != d.span().offset()
                                && !e.quote().equals(d.span().quote())
                                && d.uses().matcher(e.quote()).find()) {
                            narrowing = d;
                            break;
                        }
                    }
                    if (narrowing != null) {
                        break;
                    }
                }
            }
            if (narrowing == null) {
                out.add(r);
                continue;
            }
            List<SourceSpan> evidence = new ArrayList<>(
                    r.evidence().subList(0, Math.min(4, r.evidence().size())));
            evidence.add(narrowing.span());
            out.add(new RequirementResult(r.requirement(), Status.WEAKER, evidence, NARROWED + narrowing.term()));
        }
        return List.copyOf(out);
    }

    /** The term as a duty uses it, also inflected („Weisungen“, "Security Incidents", „Beschäftigten“). */
    private static Pattern uses(String term) {
        return AsciiGerman.compile(
                "(?<![\\p{L}])" + Pattern.quote(term) + "(?:e|en|n|s|es)?(?![\\p{L}])", Pattern.UNICODE_CASE);
    }

    /**
     * A definition that narrows by what it leaves out, with the requirements it weakens: the personnel defined as
     * employees with no one else (confidentiality), an incident defined by the processor's own sphere without its
     * sub-processors (the breach notice).
     */
    private static Optional<Map.Entry<String, Set<Requirement>>> leavesOut(String sentence) {
        Matcher m = DEFINES.matcher(sentence);
        if (!m.find()) {
            m = DEFINES_IM_SINNE.matcher(sentence);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        String term = m.group("term");
        String body = m.group("body");
        String kept = EXCLUSION.matcher(body).replaceAll(" ");
        if (PERSONNEL_TERM.matcher(term).find()
                && EMPLOYED.matcher(kept).find()
                && !ANYONE_ELSE.matcher(kept).find()) {
            return Optional.of(Map.entry(term, EnumSet.of(Requirement.CONFIDENTIALITY)));
        }
        Optional<Map.Entry<String, Set<Requirement>>> wider = narrowsByKind(term, body, kept);
        if (wider.isPresent()) {
            return wider;
        }
        if (INCIDENT_TERM.matcher(term).find()
                && OWN_SPHERE.matcher(body).find()
                && !SUBPROCESSORS.matcher(body).find()) {
            return Optional.of(Map.entry(term, EnumSet.of(Requirement.BREACH_NOTIFICATION)));
        }
        if (INCIDENT_TERM.matcher(term).find()
                && CONFIRMED.matcher(body).find()
                && !SUSPECTED.matcher(body).find()) {
            return Optional.of(Map.entry(term, EnumSet.of(Requirement.BREACH_NOTIFICATION)));
        }
        if (INSTRUCTION_TERM.matcher(term).find()
                && SERVICE_FUNCTIONS.matcher(body).find()
                && !OTHER_INSTRUCTIONS.matcher(body).find()) {
            return Optional.of(Map.entry(term, EnumSet.of(Requirement.INSTRUCTIONS)));
        }
        if (LAW_TERM.matcher(term).find() && THIRD_COUNTRY_LAW.matcher(kept).find()) {
            return Optional.of(Map.entry(
                    term, EnumSet.of(Requirement.INSTRUCTIONS, Requirement.TRANSFERS, Requirement.GOVERNMENT_ACCESS)));
        }
        if (SUBPROCESSORS.matcher(term).find()) {
            Matcher out = EXCLUSION.matcher(body);
            while (out.find()) {
                if (OTHER_PROCESSORS.matcher(out.group()).find()) {
                    return Optional.of(Map.entry(
                            term,
                            EnumSet.of(
                                    Requirement.SUBPROCESSOR_AUTHORISATION,
                                    Requirement.SUBPROCESSOR_CHANGES,
                                    Requirement.SUBPROCESSOR_OBLIGATIONS,
                                    Requirement.SUBPROCESSOR_LIABILITY,
                                    Requirement.SUBPROCESSOR_CONTRACT_COPY)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The narrowings read by the kind of narrowing the law forbids (#16, layout35): the personnel defined by an
     * employment relationship and no one else (Art. 28(3)(b) GDPR: every person authorised to process), a breach that
     * counts once the processor has confirmed it (Art. 33(2): from awareness), permitted purposes that take in the
     * processor's own (Art. 28(3)(a) and (10): the controller's purposes only), and a place of processing whose
     * definition leaves out copies of the data (Art. 32: all processing).
     */
    private static Optional<Map.Entry<String, Set<Requirement>>> narrowsByKind(String term, String body, String kept) {
        if (PERSONNEL_TERM.matcher(term).find()) {
            String rest = PERSON_HEAD.matcher(kept).replaceFirst(" ");
            if (EMPLOYMENT.matcher(rest).find() && !ANYONE_ELSE.matcher(rest).find()) {
                return Optional.of(Map.entry(term, EnumSet.of(Requirement.CONFIDENTIALITY)));
            }
        }
        if (INCIDENT_TERM.matcher(term).find()
                && CONFIRMED_BY.matcher(body).find()
                && !SUSPECTED.matcher(body).find()) {
            return Optional.of(Map.entry(term, EnumSet.of(Requirement.BREACH_NOTIFICATION)));
        }
        if (PURPOSE_TERM.matcher(term).find() && OWN_PURPOSES.matcher(kept).find()) {
            return Optional.of(Map.entry(term, EnumSet.of(Requirement.INSTRUCTIONS)));
        }
        if (PLACE_TERM.matcher(term).find()) {
            Matcher out = EXCLUSION.matcher(body);
            while (out.find()) {
                if (COPIES.matcher(out.group()).find()) {
                    return Optional.of(Map.entry(term, EnumSet.of(Requirement.SECURITY)));
                }
            }
        }
        return Optional.empty();
    }
}
