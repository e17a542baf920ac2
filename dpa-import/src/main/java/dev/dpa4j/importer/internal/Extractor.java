/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.Element;
import dev.dpa4j.importer.ElementResult;
import dev.dpa4j.importer.Fact;
import dev.dpa4j.importer.ImportException;
import dev.dpa4j.importer.Requirement;
import dev.dpa4j.importer.RequirementResult;
import dev.dpa4j.importer.SourceSpan;
import dev.dpa4j.importer.internal.Segmenter.Segment;
import dev.dpa4j.importer.internal.SourceText.Block;
import dev.dpa4j.importer.internal.SourceText.Kind;
import dev.dpa4j.importer.internal.SourceText.Range;
import dev.dpa4j.importer.spi.Classification;
import dev.dpa4j.importer.spi.Passage;
import dev.dpa4j.importer.spi.PassageClassifier;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.TomCategory;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.model.catalog.SpecialCategoryEntry;
import dev.dpa4j.model.catalog.TomCategoryEntry;
import dev.dpa4j.model.json.DpaJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a segmented document into a draft agreement: classifies every passage, then extracts typed facts from
 * the passages of each element, recording the span of each. What it cannot type stays as text on the element
 * ({@code additionalProvisions}); what it does not find stays absent.
 */
public final class Extractor {

    /** From this confidence on, a passage counts as addressing an element. */
    public static final double THRESHOLD = 0.5;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Cues.Line> FACT_CUES = Cues.load("fact-cues.txt", 1);
    private static final List<Cues.Line> VALUE_CUES = Cues.load("value-cues.txt", 2);
    private static final Pattern DESIGNATION = AsciiGerman.compile(
            "(?:(?:nachfolgend|nachstehend|im folgenden|im weiteren|hereinafter(?: referred to as)?|referred to as|below)\\s*(?:auch\\s*)?[:(\\-–„\"“'‚]*\\s*(?:der |die |das |the )?[„\"“'‚]?\\s*|\\(\\s*(?:the |der |die )?[„\"“'‚]\\s*"
                    // party30: the designation alone on the line that closes a party's lines, set between dashes (`-
                    // "Auftragsverarbeiter" -`, `– „Kunde“ –`, the first dash often read as a list's mark) or alone
                    + "|^\\s*[-–—]?\\s*(?:the |der |die |das )?[„\"“'‚](?=\\p{L}+[\"”“'’‘]\\s*[-–—]?\\s*$))"
                    + "(?<word>\\p{L}+)"
                    // a second designation: nachfolgend „Belegwerk“ oder „Auftragnehmer“, (the "Vendor" or
                    // "Processor"),
                    // ("Juniper", "we")
                    + "(?:[\"”“'’‘]?\\s*(?:,|oder|or|bzw\\.|and|und|/)\\s*(?:der |die |das |the )?[„\"“'‚](?<alt>\\p{L}+)"
                    // and any further ones: ("we", "us", "our")
                    + "(?:[\"”“'’‘]?\\s*(?:,|oder|or|and|und)\\s*(?:the )?[„\"“'‚]\\p{L}+(?=[\"”“'’‘]))*)?",
            FLAGS);
    /**
     * What leads into a party's name in a sentence: "between", "and", or an English contract's list of parties
     * ("Parties: (1) …; and (2) …"), each with the list number that may follow it.
     */
    private static final Pattern LEAD = AsciiGerman.compile(
            "(?:^.*\\b(between|zwischen)\\s+(?:(?:you|Ihnen|Sie|dir)\\s+(?:and|und)\\s+)?|^[\\s\"”“'’)\\];,]*(and|und|sowie)\\s+"
                    + "|^\\s*(?:the )?(?:parties|vertragsparteien|parteien)\\s*:\\s*"
                    // party30: "The parties to this agreement are X Ltd …", „Vertragspartner sind die X GmbH …“
                    + "|^\\s*(?:the )?(?:parties|vertragspartner|vertragsparteien|parteien)(?: (?:to|of) this \\p{L}+)?"
                    + " (?:are|sind)\\s+(?:(?:die|der|the)\\s+)?"
                    // "the platform is provided by X (…)", „wird betrieben von X“: the party after the verb
                    + "|^.*\\b(?:provided|operated|offered|published|run|owned) by\\s+|^.*\\b(?:betrieben|angeboten|bereitgestellt) von\\s+(?:der\\s+)?"
                    // "you enter into these Data Processing Terms with Slotterby ApS, …", „Sie schließen diese
                    // Vereinbarung mit der X GmbH“: the party the reader concludes the terms with
                    + "|^.*\\b(?:enters?|entered) into\\b[^.;]{0,80}?\\bwith\\s+|^.*\\b(?:schließ|abschließ)\\w*\\b[^.;]{0,80}?\\bmit\\s+(?:der\\s+|dem\\s+)?)"
                    + "(?:\\(\\d{1,2}\\)\\s*)?",
            FLAGS);

    private static final Pattern PROCESSOR_WORD = AsciiGerman.compile(
            "^(auftragnehmer|auftragsverarbeiter|processor|supplier|provider|vendor|dienstleister|contractor|service(?!s\\b)|anbieter|data processor)",
            FLAGS);
    private static final Pattern CONTROLLER_WORD = AsciiGerman.compile(
            "^(auftraggeber|verantwortliche|kunde|controller|customer|client|data controller|company)", FLAGS);
    private static final Pattern SEPARATOR =
            AsciiGerman.compile("^(zwischen|between|und|and|sowie|-\\s*and\\s*-)$", FLAGS);
    /**
     * A legal form of dpa-model's list ({@link dev.dpa4j.model.catalog.LegalForms#distinctive()}), as written: a dot may
     * be followed by a space or not, a final dot may be left out, longer forms are tried first.
     */
    private static final Pattern LEGAL_FORM = legalForms(0);

    /** The legal forms in any case, for a name written in capitals ("ACME SUPPLIES LIMITED") only. */
    private static final Pattern LEGAL_FORM_ANY_CASE = legalForms(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static Pattern legalForms(int flags) {
        return AsciiGerman.compile(
                "\\b("
                        + dev.dpa4j.model.catalog.LegalForms.distinctive().stream()
                                .sorted(java.util.Comparator.comparingInt(String::length)
                                        .reversed())
                                .map(f -> Pattern.quote(f.endsWith(".") ? f.substring(0, f.length() - 1) : f)
                                                .replace(".", "\\E\\.\\s?\\Q")
                                                .replace(" ", "\\E\\s?\\Q")
                                        + (f.endsWith(".") ? "\\.?" : ""))
                                .collect(java.util.stream.Collectors.joining("|"))
                        + ")(?![\\p{L}])",
                flags);
    }

    /**
     * The legal forms in a party's name: as the list writes them, or in any case where the name is written in
     * capitals, as English contracts often write the parties ("HOLLYBANK GARDEN CENTRES LIMITED").
     */
    private static Matcher legalForm(String name) {
        boolean capitals = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return LEGAL_FORM.matcher(name);
            }
            capitals |= Character.isUpperCase(c);
        }
        return capitals ? LEGAL_FORM_ANY_CASE.matcher(name) : LEGAL_FORM.matcher(name);
    }

    /** The details of a company's registration after its name: its form in words, capital, register, number. */
    private static final Pattern REGISTRATION = AsciiGerman.compile(
            "^\\s*(?:a|an|une?|eine?)\\s|share capital|capital social|stammkapital|\\bregistered (?:at|with|under|in) the\\b|\\bregister of\\b"
                    + "|\\bunder (?:the )?number\\b"
                    + "|\\bcompanies act\\b|\\bincorporated\\b|handelsregister|firmenbuch|\\d{3}\\s*euros?\\b",
            FLAGS);

    /** A party described rather than named: "the customer named in the Order Form", „der im Auftrag genannte Kunde“. */
    private static final Pattern DESCRIBED = AsciiGerman.compile(
            "(?:the|a|an|any|each|der|die|dem|den|jede[rsm]?)\\s+[^,;]{0,60}?\\b(?:named|identified|specified|set out|listed|stated|indicated|designated|genannt\\w*|bezeichnet\\w*|angegeben\\w*|aufgeführt\\w*)\\b",
            FLAGS);
    /** The end of a party that a designation closes and the "and" before the next party: "…("X", "we"), and ". */
    private static final Pattern NEXT_PARTY = AsciiGerman.compile("\\)\\s*,?\\s*(?:and|und|sowie)\\s+", FLAGS);

    /** A proper name: up to six words, each capitalised ("Tallyho Apps OÜ", "Smith & Byrne"). */
    private static final Pattern PROPER_NAME = AsciiGerman.compile(
            "\\p{Lu}[\\p{L}\\d.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d.'’-]*|&|\\d+)){0,5}", Pattern.UNICODE_CASE);

    /** A party described by a relative clause: "the company that subscribes to …", „dem Unternehmen, das … nutzt“. */
    private static final Pattern DESCRIBED_BY_CLAUSE = AsciiGerman.compile(
            "(?:the|a|an|any|each|der|die|dem|den|jede[rsm]?)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+,?\\s+"
                    + "(?:that|which|who|whose|der|die|das|dessen|deren|welche[rs]?)\\s",
            FLAGS);
    /** The title line of an agreement: it names the document, never a party. */
    private static final Pattern DOCUMENT_TITLE = AsciiGerman.compile(
            "(?:data processing|processing|data protection) (?:agreement|addendum|terms)|auftragsverarbeitungs?(?:vertrag|vereinbarung)|vereinbarung zur auftragsverarbeitung"
                    // „Vertrag über die Auftragsverarbeitung“, „Vereinbarung über eine Verarbeitung im Auftrag“
                    + "|(?:vertrag|vereinbarung) (?:über|zur) (?:die |eine )?(?:auftrags)?verarbeitung",
            FLAGS);

    /**
     * The document's own particulars, never a party's name: its version, date of effect or last update, its identifier
     * ("Version 7.2", "Stand: 11/2025", "gültig ab 1. Februar 2026", "Last updated: 1 September 2026", "Dokument-ID: …").
     */
    private static final Pattern DOCUMENT_META = AsciiGerman.compile(
            "^(?:version|fassung|stand|last (?:updated|revised)|updated|effective(?: date| as of| from)?|gültig ab"
                    + "|dokument-id|document id|doc(?:ument)? ref(?:erence)?)\\b"
                    + "|\\b(?:version|v\\.)\\s*\\d+(?:\\.\\d+)+\\b|\\b(?:gültig ab|last updated|stand:)",
            FLAGS);

    /** A line that leads into the list of parties and ends there: "… is made between:", "… zwischen:". */
    private static final Pattern LIST_LEAD = AsciiGerman.compile("\\b(?:between|zwischen)\\s*:\\s*$", FLAGS);

    /** A line that opens a party of a party block with its lead: "zwischen der X GmbH, …", "and Y Ltd, …". */
    private static final Pattern PARTY_LEAD_LINE =
            AsciiGerman.compile("(?:zwischen|between|und|and|sowie)\\s+\\S", FLAGS);

    /** A lead that names the role before the party block: "zwischen dem Verantwortlichen:", "and the Processor:". */
    private static final Pattern BLOCK_LEAD =
            AsciiGerman.compile("(?:zwischen|between|und|and|sowie)\\s.{0,60}:", FLAGS);

    /** A party's role word on its own, in any case: "Kunden", "the Customer", „Auftraggeber“. */
    /** Alternatives each with its article ("… / dem Steuerberater bzw. der …", "… or the …"): a description. */
    /** A line that holds only the lead of a party: „zwischen der“, „und der“, "and", "between". */
    private static final Pattern LEAD_ONLY =
            AsciiGerman.compile("(?:zwischen|between|und|and|sowie)(?:\\s+(?:der|die|dem|den|the))?\\s*:?", FLAGS);

    private static final Pattern ALTERNATIVE_PERSONS =
            AsciiGerman.compile("\\s(?:/|bzw\\.|oder|or)\\s+(?:der|die|dem|den|the)\\s", FLAGS);

    private static final Pattern ROLE_ONLY = AsciiGerman.compile(
            "(?:kunden?|customer|client|auftraggeber(?:in|s)?|verantwortliche[nr]?|controller|auftragnehmer(?:in|s)?"
                    + "|auftragsverarbeiter(?:in|s)?|processor|anbieter(?:in|s)?|supplier|provider)",
            FLAGS);

    private static final Pattern BRACKETED = AsciiGerman.compile("\\[[^\\[\\]]+]");
    private static final Pattern PLACEHOLDER = AsciiGerman.compile("\\[\\[[^\\]]*]]|\\[[ .…_]*]|_{4,}|\\.{5,}|…");
    private static final Pattern OF_CONTROLLER = AsciiGerman.compile(
            "(of|des|der) (the )?(controller|customer|client|verantwortlichen|auftraggebers|kunden)\\b", FLAGS);
    /**
     * What no sub-processor is called (Art. 28(2), (4) GDPR: the list names the recipient): a version number, a date or
     * the head of a change log's first column, the cells of a version table read on under a list's columns.
     */
    private static final Pattern NO_NAME = AsciiGerman.compile(
            "(?:v(?:ersion)?\\s*)?\\d{1,3}(?:\\.\\d{1,3}){1,2}"
                    + "|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
                    + "|\\d{1,2}\\.?\\s+\\p{L}{3,9}\\.?\\s+\\d{4}"
                    + "|version|datum|date|stand|änderung|change|revision",
            FLAGS);

    private static final Pattern PRODUCT = AsciiGerman.compile("^(.*\\S)\\s*\\(([^()]{1,120})\\)$");
    private static final Pattern OF_PROCESSOR = AsciiGerman.compile(
            "(of|des|der) (the )?(processor|supplier|provider|auftragsverarbeiters|auftragnehmers)\\b", FLAGS);
    private static final Pattern ARTICLE_REFERENCE = AsciiGerman.compile("\\(?(art\\.|artikel|article)\\s*\\d", FLAGS);
    private static final Pattern CONTROLLER_CHOICE = AsciiGerman.compile(
            "(nach )?(wahl|entscheidung|weisung|maßgabe) des (auftraggebers|verantwortlichen|kunden)|auf (verlangen|anweisung) des (auftraggebers|verantwortlichen|kunden)|(at|according to|upon|on) the (customer|controller|client)(['’]s)? (choice|option|discretion|election|direction|written (request|instruction|election))|(choice|option|discretion|election|direction) of the (customer|controller|client)|as (the )?(customer|controller|client) (chooses|decides|instructs|elects|directs|may (elect|direct|choose|decide|instruct))"
                    // "entscheidet der Auftraggeber, ob … zurückgegeben oder gelöscht", "Customer may by written notice
                    // elect to"
                    + "|entscheidet (der|die) (auftraggeber\\w*|verantwortliche\\w*|kund\\w*),? ob|(customer|controller|client) may (by [^.;]{0,30})?elect to",
            FLAGS);
    private static final Pattern RETURN_THEN_DELETE = AsciiGerman.compile(
            "(zurück(gibt|geben|zugeben)|herausgeben|aushändigen|rückgabe).{0,80}(anschließend|danach|sodann|und dann).{0,40}(lösch|vernicht)|return.{0,80}(and then|then|thereafter|afterwards).{0,40}(delete|destroy)",
            FLAGS);
    private static final Pattern EMAIL = AsciiGerman.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** The DPO's word; "dpo" in an e-mail address ("dpo@example.com") is none. */
    private static final Pattern DPO = AsciiGerman.compile(
            "datenschutzbeauftragte|data protection officer|(?<![@.\\w-])DPO\\b(?![@.\\w-])", FLAGS);
    /** A party by its role as the subject before the DPO's word: "Der Verantwortliche (X) hat …", "The Controller (X)". */
    private static final Pattern CONTROLLER_SUBJECT = AsciiGerman.compile(
            "\\b(?:der|die|the) (?:verantwortliche|auftraggeber(?:in)?|kunde|controller|customer|client)\\s*\\(",
            FLAGS);

    private static final Pattern PROCESSOR_SUBJECT = AsciiGerman.compile(
            "\\b(?:der|die|the) (?:auftragsverarbeiter(?:in)?|auftragnehmer(?:in)?|processor|supplier|provider)\\s*\\(",
            FLAGS);
    /** Numbers written as words, as agreements give periods ("fourteen days", "zwei Wochen"), with their value. */
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();

    /**
     * Numbers from twenty to ninety-nine written as words, in one piece ("thirty-six", "twenty four",
     * "achtundvierzig", "dreißig"), read before the single words so that "thirty-six" is not read as "six".
     */
    private static final String COMPOUND_NUMBER =
            "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\u2010\u2011 ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?"
                    + "|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)";

    /**
     * A period: a number in figures or words, optionally its other form in parentheses ("thirty-six (36) hours", "14
     * (fourteen) days"), and the unit. Groups: {@code figures}, {@code words}, {@code other} (the parenthesis), {@code
     * unit}. A number after a letter and a hyphen is part of a word ("thirty-six" is not "six"); one after a figure and
     * a hyphen is the end of a range ("24-48 hours").
     */
    private static final Pattern PERIOD = AsciiGerman.compile(
            "(?<![\\d.,\\p{L}])(?<!\\p{L}[\\-\u2010\u2011])(?:(?<figures>\\d{1,3})|(?<words>" + COMPOUND_NUMBER + "|"
                    + String.join("|", NUMBER_WORDS.keySet())
                    + "))\\s*(?:\\(\\s*(?<other>[\\p{L}\\d\\-\u2010\u2011 ]+?)\\s*\\)\\s*)?(?<unit>stunden|std\\.|hours?|h\\b|werktag\\w*|arbeitstag\\w*|business days?|working days?|kalendertag\\w*|calendar days?|tag(?:e|en|es)?\\b|days?|wochen|woche|weeks?|monat(?:e|en|s)?\\b|months?)",
            FLAGS);
    /**
     * A limit on how often audits may take place: "once per calendar year", "once in any period of 12 months",
     * "einmal jährlich", "höchstens einmal innerhalb von 12 Monaten", "not more than one audit per year".
     */
    private static final Pattern AUDIT_FREQUENCY = AsciiGerman.compile(
            "(?:once|one (?:audit|inspection)|einmal|eine (?:prüfung|kontrolle|inspektion))\\s+(?:(?:per|a|each|every|in any|in each|within any|pro|im|je|in einem|innerhalb eines|innerhalb von)\\s+)?(?:(?:period of|zeitraum von)\\s+)?(?:(calendar year|contract year|year|kalenderjahr|vertragsjahr|jahr)|(annually|yearly|jährlich)|(\\d{1,2}|twelve|six|zwölf|sechs)\\s*(?:\\(\\s*\\w+\\s*\\)\\s*)?(?:consecutive\\s+)?(months?|monat\\w*))",
            FLAGS);

    private static final Pattern PROMPT = AsciiGerman.compile(
            "unverzüglich|ohne schuldhaftes zögern|ohne unangemessene verzögerung|umgehend|sofort|without undue delay|immediately|promptly|as soon as (reasonably )?(possible|practicable)"
                    // vague wording, which the validator reports as vague (its lexicon vague-time.txt)
                    + "|zeitnah|schnellstmöglich|baldmöglichst|rechtzeitig|(?:innerhalb |in )?(?:einer )?angemessenen? (?:frist|zeit)"
                    + "|in angemessener (?:frist|zeit)|in due (?:time|course)|\\btimely\\b|(?:within|in) a reasonable (?:time|period)",
            FLAGS);
    /**
     * A heading over the operations of the processing (Art. 4(2) GDPR); an item under it that names an operation is
     * one, other items (also under a heading "nature and purpose") are purposes.
     */
    private static final Pattern NATURE_HEADING = AsciiGerman.compile(
            "art der verarbeitung|art und zweck|nature (and purposes? )?of (the )?processing|processing operations|verarbeitungsvorgänge|verarbeitungsvorgang|verarbeitungsschritte|\\boperations\\b",
            FLAGS);
    /**
     * The operations of Art. 4(2) GDPR by the words German and English use for them; the first that matches the
     * head of an item decides, so "Offenlegung durch Übermittlung" is a disclosure and "Löschen oder Vernichtung"
     * an erasure.
     */
    private static final Map<String, Pattern> OPERATIONS = operations();

    private static Map<String, Pattern> operations() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        String[][] table = {
            {"ERASURE_DESTRUCTION", "lösch|vernicht|erasure|eras(e|ing)|delet|destr"},
            {"RESTRICTION", "einschränk|restrict"},
            {"DISCLOSURE_TRANSMISSION", "offenleg|übermitt|disclos|transmi"},
            {"DISSEMINATION_MAKING_AVAILABLE", "verbreit|bereitstell|dissemin|making available"},
            {"ALIGNMENT_COMBINATION", "abgleich|verknüpf|alignment|combin"},
            {"ADAPTATION_ALTERATION", "anpass|veränder|adapt|alter"},
            {"RETRIEVAL", "auslesen|retriev"},
            {"CONSULTATION", "abfrag|consult"},
            {"STRUCTURING", "ordnen|ordnung|struktur|structur"},
            {"ORGANISATION", "organis|organiz"},
            {"RECORDING", "erfass|aufzeichn|record"},
            {"COLLECTION", "erheb|collect"},
            {"STORAGE", "speicher|stor(age|ing|e)\\b|hosting|archiv|aufbewahr"},
            {"USE", "verwend|nutz|\\buse\\b|\\busing\\b"}
        };
        for (String[] row : table) {
            m.put(row[0], AsciiGerman.compile(row[1], FLAGS));
        }
        return m;
    }

    private static final Map<String, Pattern> EVIDENCE = evidencePatterns();

    private static Map<String, Pattern> evidencePatterns() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        m.put("ISO_27001", AsciiGerman.compile("iso(/iec)?\\s*27001", FLAGS));
        m.put("SOC_2", AsciiGerman.compile("\\bsoc\\s*2\\b|\\bsoc\\s*ii\\b", FLAGS));
        m.put("BSI_IT_GRUNDSCHUTZ", AsciiGerman.compile("it-grundschutz|bsi c5|\\bc5\\b", FLAGS));
        m.put(
                "CODE_OF_CONDUCT",
                AsciiGerman.compile("code of conduct|verhaltensregeln|art(ikel|icle|\\.)? ?40\\b", FLAGS));
        m.put(
                "GDPR_CERTIFICATION",
                AsciiGerman.compile(
                        "(certification|zertifizierung)\\w*.{0,40}art(ikel|icle|\\.)? ?42\\b|art(ikel|icle|\\.)? ?42\\b.{0,40}(certification|zertifizierung)",
                        FLAGS));
        m.put(
                "AUDIT_REPORT",
                AsciiGerman.compile("(audit|prüf)(ungs)?(report|bericht)|auditor(['’]s)? reports?|testat", FLAGS));
        return m;
    }

    /** A sentence of a passage, cut where {@link Sentences} cuts it ("Art. 28", "z. B." end no sentence). */
    private static final Pattern SENTENCES = Sentences.STOP;
    /** A sentence or a coordinated clause of it ("…, and the Customer may object …"). */
    private static final Pattern CLAUSES = AsciiGerman.compile(
            Sentences.STOP.pattern() + "|,\\s+(?=(?:and|und|or|oder|sowie|while|whereas|wobei|whereupon)\\s)", FLAGS);

    private static final Pattern OBJECTION =
            AsciiGerman.compile("widersprech|widerspruch|einspruch|einwänd|object", FLAGS);
    private static final Pattern NOTICE = AsciiGerman.compile(
            "(vorab|vorher|im voraus|in advance|prior|before|ankündig|informier|inform|notify|mitteil)", FLAGS);
    private static final Pattern BREACH_NOTIFY = AsciiGerman.compile(
            "(melde|meldet|informier|unterricht|benachrichtig|mitteil|notify|notif|inform|report)", FLAGS);
    private static final Pattern FORWARD =
            AsciiGerman.compile("(weiterleit|leitet .{0,160}weiter|forward|pass(es)? on|refer)", FLAGS);
    /** Forwarding a data subject's request, in a passage on assistance in general. */
    private static final Pattern FORWARD_REQUEST = AsciiGerman.compile(
            "(weiterleit|leitet .{0,60}weiter|forward|pass(es)? on|refer).{0,120}(betroffen|data subject|request|anfrage|antrag|anliegen)|(betroffen|data subject).{0,160}(weiterleit|leitet .{0,60}weiter|forward|pass(es)? on)",
            FLAGS);

    private static final Pattern AUDIT_NOTICE =
            AsciiGerman.compile("(anmeldung|angekündigt|ankündigung|vorankündigung|vorheriger|notice|advance)", FLAGS);
    // a consent also in the plural or the second person („Sie sind damit einverstanden, dass wir Unterauftragnehmer
    // einsetzen“, a letter agreement), as the completeness table reads it (#16); and to the service providers the
    // processor engages, the other processors of Art. 28(2) GDPR in everyday words („… dass wir die folgenden
    // Dienstleister einsetzen“, recall29)
    private static final Pattern GENERAL_AUTH = AsciiGerman.compile(
            "allgemeine(n)? (schriftliche(n)? )?(genehmigung|zustimmung)|general (written |prior )*authori[sz]ation|general (written |prior )*permission\\b.{0,40}(sub-?processor|subcontract)|generally authori[sz]e|authori[sz]es? (\\w+ ){1,3}generally\\b|(erteilt|gibt) .{0,60}(zustimmung|genehmigung) .{0,80}(folgende|aufgeführt|anlage|anhang)|((?:ist|sind|erklärt sich|erklären sich) (?:hiermit |damit |hiermit damit )?einverstanden|stimmt .{0,40}zu|consents? to|agrees? to|approves?).{0,120}(unterauftrag|subunternehm|sub-?processor|subcontractor|unternehmen|dienstleister|drittanbieter|service providers?|third[- ]party providers?)"
                    // an authorisation of the sub-processors a list or the sentence names, like a consent to them:
                    // "authorises the sub-processors listed in Appendix 3", „genehmigt den Einsatz der X GmbH, … als
                    // Unterauftragsverarbeiter" (#16); "authorises the engagement of the sub-processors listed in
                    // Annex 3", "approves the appointment of …" (session 30)
                    // … or that a list shows, contains or publishes: "the sub-processors shown on the list at …",
                    // "included in the sub-processor list" (session 32)
                    + "|\\b(?:authori[sz]es?|approves?)\\s+(?:the\\s+)?(?:(?:use|engagement|appointment|involvement)\\s+of\\s+(?:the\\s+)?)?(?:sub-?processors?|sub-?contractors?)\\b[^.;]{0,40}\\b(?:listed|named|set out|identified|specified|shown|included|contained|appearing|published|on (?:the|our|its) (?:current )?list)\\b"
                    + "|\\bgenehmigt\\s+(?:hiermit\\s+)?(?:den einsatz|die beauftragung|die hinzuziehung|die einschaltung)\\b[^.;]{0,200}?\\bals\\s+(?:unterauftragsverarbeiter|subunternehmer|unterauftragnehmer)"
                    // the same consent with the separable verb around its object: „stimmt der Beauftragung der in
                    // Anlage 2 genannten Unterauftragnehmer zu“ (round 19)
                    + "|\\bstimm\\w*\\s+(?:hiermit\\s+)?(?:dem einsatz|der beauftragung|der hinzuziehung|der einschaltung)\\b[^.;]{0,120}?"
                    + "(?:unterauftrag|subunternehm)\\w*[^.;]{0,20}\\bzu\\b",
            FLAGS);
    /**
     * The general authorisation as the processor's entitlement or the controller's approval in the verb of the
     * sub-processors it names („ist berechtigt, … Unterauftragsverarbeiter einzusetzen“, "is entitled to engage
     * sub-processors", „Ich genehmige die folgenden Unterauftragsverarbeiter“), as the completeness table reads it
     * (recall32); the weakest reading, taken only where no other wording names the model.
     */
    private static final Pattern ENTITLED_AUTH = AsciiGerman.compile(
            "\\b(?:ist|sind)\\s+(?:berechtigt|befugt)\\b(?:(?!\\bnicht\\b)[^.;]){0,100}\\b(?:unterauftragsverarbeiter|unterauftragnehmer|subunternehmer|weitere\\p{L}* auftragsverarbeiter)\\p{L}*\\b[^.;]{0,40}\\b(?:einzusetzen|hinzuzuziehen|zu beauftragen|einzuschalten)\\b"
                    + "|\\b(?:is|are)\\s+(?:entitled|permitted|authori[sz]ed)\\s+to\\s+(?:engage|use|appoint|involve)\\s+(?:third[- ]party\\s+)?(?:sub-?processors|sub-?contractors)\\b"
                    + "|\\bgenehmig(?:e|t|en)\\b[^.;]{0,40}\\b(?:die|den einsatz der)\\s+(?:folgenden|nachstehenden|nachfolgenden|(?:in|im|unter)\\s+[^.;]{0,40}\\b(?:genannten|aufgeführten|aufgelisteten|bezeichneten))\\s+(?:unterauftragsverarbeiter|unterauftragnehmer|subunternehmer|weitere\\p{L}* auftragsverarbeiter)",
            FLAGS);

    private static final Pattern SPECIFIC_AUTH = AsciiGerman.compile(
            "(gesonderte|besondere|spezifische|einzelfall)\\w* (schriftliche(n)? )?(genehmigung|zustimmung)|specific (prior )?(written )?authori[sz]ation|(im einzelfall|in each case|case[- ]by[- ]case)",
            FLAGS);
    private static final Pattern EXPLICIT_GENERAL_AUTH = AsciiGerman.compile(
            "genehmigt\\s+(hiermit\\s+|ausdrücklich\\s+)?allgemein|allgemeine\\w* (vorherige\\w* )?(schriftliche\\w* )?(genehmigung|zustimmung)|(vorherige\\w* )?allgemeine\\w* schriftliche\\w* genehmigung|general (prior )?(written )?(authori[sz]ation|consent)|general (prior )?(written )?permission\\b.{0,40}(sub-?processor|subcontract)|generally authori[sz]es?|authori[sz]es? (\\w+ ){1,3}generally\\b"
                    // translated from French or Italian ("de manière générale", "in via generale")
                    + "|authori[sz]es? (?:\\w+ ){0,3}?\\w+,? in a general (?:manner|way)\\b",
            FLAGS);
    private static final Pattern EXPLICIT_SPECIFIC_AUTH = AsciiGerman.compile(
            "einzelgenehmigung|(gesondert|spezifisch|einzeln)\\w* (schriftlich\\w* )?(genehmigung|zustimmung)|(prior )?specific (prior )?(written )?(authori[sz]ation|consent)",
            FLAGS);
    private static final Pattern AUTH_CONDITIONAL = AsciiGerman.compile(
            "^(\\(\\w{1,3}\\)\\s*|\\d+(\\.\\d+)*\\.?\\s+)?(soweit|sofern|falls|wenn|to the extent|where|if|insofar)\\b",
            FLAGS);
    private static final Pattern AUTH_CONTRAST =
            AsciiGerman.compile("\\b(anstelle|statt|instead of|rather than)\\b[^,;]*[,;]?", FLAGS);
    private static final Pattern PROHIBITED_AUTH = AsciiGerman.compile(
            "(keine|nicht)\\s+(weiteren\\s+)?(unterauftragsverarbeiter|subunternehmer|unterauftragnehmer)\\s+(ein|hinzu|beauftrag)|shall not (engage|use|appoint) (any )?(sub-?processors?|subcontractors?|another processor)",
            FLAGS);
    private static final Pattern EU_ONLY = AsciiGerman.compile(
            "(ausschließlich|nur) (in|innerhalb) (der |des |einem |eines )?(mitgliedstaat|europäischen union|eu\\b|ewr|europäischen wirtschaftsraum)|(exclusively|only|solely) (with)?in (the )?(eu|eea|european union|european economic area|a member state)",
            FLAGS);
    private static final Pattern LAW = AsciiGerman.compile(
            "(?:es gilt|unterliegt|unterliegen|gilt|anwendbar(?:es recht)? ist)\\s+(?:ausschließlich\\s+)?(?:das\\s+|dem\\s+)?(\\p{L}+)(?:e|en|es)?\\s+recht|recht der (bundesrepublik deutschland|republik österreich|schweiz)|(\\p{L}+) law\\b|laws of (?:the )?((?-i:[A-Z][\\p{L}]+(?: and [A-Z][\\p{L}]+)?))",
            FLAGS);
    /** "Recht des Staates X", "Recht der Bundesrepublik Deutschland", "the laws of Ireland": the country follows. */
    private static final Pattern LAW_OF =
            AsciiGerman.compile("\\b(?:recht(?:s)? (?:des staates|der|von)|laws? of)\\s+", FLAGS);
    /** What may stand between "law of" and the country's name: "the", "Republic of", "Bundesrepublik". */
    private static final Pattern STATE_WORDS = AsciiGerman.compile(
            "(?:(?:the|der|des|republic of|kingdom of|grand duchy of|state of|republik|königreich(?:s)?|großherzogtum(?:s)?)\\s+)*",
            FLAGS);
    /**
     * A forum stated to the end of its sentence: "Gerichtsstand ist …", "the courts of … have jurisdiction",
     * "place of jurisdiction is …"; the place is what stands there, whatever its words.
     */
    private static final Pattern FORUM_SENTENCE = AsciiGerman.compile(
            "gerichtsstand\\s+(?:für[^.]{0,120}?\\s)?(?:ist|sind)\\s+(?:ausschließlich\\s+)?(?:der\\s+sitz[^.]{0,40}?in\\s+|die gerichte in\\s+)?(.{1,160}?)\\.?(?=\\.\\s+(?-i:\\p{Lu})|\\s*$)"
                    + "|courts? (?:of|in|at) (?:the )?(.{1,160}?) (?:shall )?(?:have|has) (?:\\w+ )?jurisdiction"
                    + "|als gerichtsstand\\s+(?:wird\\s+)?(?:ausschließlich\\s+)?(.{1,80}?)\\s+vereinbart"
                    + "|place of jurisdiction (?:is|shall be)\\s+(?:exclusively\\s+)?(.{1,160}?)\\.?(?=\\.\\s+(?-i:\\p{Lu})|\\s*$)",
            FLAGS);

    private static final Pattern FORUM = AsciiGerman.compile(
            "gerichtsstand\\s+(?:für[^.]{0,120}?\\s)?(?:ist|sind)\\s+(?:ausschließlich\\s+)?(?:der\\s+sitz[^.]{0,40}?in\\s+|die gerichte in\\s+)?((?-i:[A-ZÄÖÜ][\\p{L}\\-]+)(?: am (?-i:[A-ZÄÖÜ][\\p{L}]+))?)|courts? (?:of|in|at) (?:the )?((?-i:[A-Z][\\p{L}\\-]+(?:,? [A-Z][\\p{L}\\-]+)?))",
            FLAGS);
    private static final Pattern SCC =
            AsciiGerman.compile("standardvertragsklauseln|standard contractual clauses|\\bSCCs?\\b|2021/914", FLAGS);
    private static final Pattern DPF = AsciiGerman.compile("data privacy framework|\\bDPF\\b", FLAGS);
    private static final Pattern ADEQUACY = AsciiGerman.compile(
            "angemessenheitsbeschluss|adequacy decision|angemessenes schutzniveau|adequate level of protection", FLAGS);
    private static final Pattern BCR = AsciiGerman.compile(
            "binding corporate rules|verbindliche(n)? interne(n)? datenschutzvorschriften|\\bBCR\\b", FLAGS);
    private static final Pattern NOT_REQUIRED =
            AsciiGerman.compile("nicht erforderlich|not required|entfällt|n/a|none|keine", FLAGS);
    private static final Pattern GOALS_SUFFIX =
            AsciiGerman.compile("\\s*\\((schutzziele?|protection goals?)[^)]*\\)\\s*$", FLAGS);
    private static final Pattern SPECIAL_QUALIFIER =
            AsciiGerman.compile("(besondere\\w* kategorie|special categor).*(art\\.|artikel|article)\\s*9", FLAGS);
    /**
     * A qualifier that names Art. 9 GDPR without the words "special categories" ("Gesundheitsdaten nach Art. 9
     * DSGVO", "health data within Article 9 GDPR"): the article is the mark; "Art. 90" or "Art. 9.1" is not.
     */
    private static final Pattern ART9_QUALIFIER =
            AsciiGerman.compile("\\b(?:art\\.?|artikel|article)\\s*9(?!\\d|\\.\\d)", FLAGS);
    /** A qualifier that says the data are not of Art. 9 ("keine Daten nach Art. 9", "no Art. 9 data"). */
    private static final Pattern DENIED =
            AsciiGerman.compile("\\b(?:kein\\w*|nicht|ohne|ausgenommen|no|not|without|excluding|except)\\b", FLAGS);
    /** The special category of Art. 9(1) a qualifier or a category's name names in a word of its own. */
    private static final Map<SpecialCategory, Pattern> SPECIAL_WORDS = specialWords();

    private static Map<SpecialCategory, Pattern> specialWords() {
        Map<SpecialCategory, Pattern> m = new EnumMap<>(SpecialCategory.class);
        m.put(SpecialCategory.HEALTH, AsciiGerman.compile("gesundheit|\\bhealth|medizinisch|\\bmedical", FLAGS));
        m.put(SpecialCategory.GENETIC, AsciiGerman.compile("genetisch|\\bgenetic", FLAGS));
        m.put(SpecialCategory.BIOMETRIC_FOR_IDENTIFICATION, AsciiGerman.compile("biometri", FLAGS));
        m.put(
                SpecialCategory.RACIAL_ETHNIC_ORIGIN,
                AsciiGerman.compile("ethnisch|rassisch|\\bethnic|\\bracial", FLAGS));
        m.put(SpecialCategory.POLITICAL_OPINIONS, AsciiGerman.compile("politisch|\\bpolitical", FLAGS));
        m.put(
                SpecialCategory.RELIGIOUS_PHILOSOPHICAL_BELIEFS,
                AsciiGerman.compile("religi|weltanschau|konfession|philosophical belief", FLAGS));
        m.put(SpecialCategory.TRADE_UNION_MEMBERSHIP, AsciiGerman.compile("gewerkschaft|trade union", FLAGS));
        m.put(SpecialCategory.SEX_LIFE, AsciiGerman.compile("sexualleben|sex life", FLAGS));
        m.put(
                SpecialCategory.SEXUAL_ORIENTATION,
                AsciiGerman.compile("sexuell\\w* orientierung|sexual orientation", FLAGS));
        return m;
    }

    private static final Pattern CRIMINAL_QUALIFIER =
            AsciiGerman.compile("(strafrechtlich|criminal (convictions|offen)).*(art\\.|artikel|article)\\s*10", FLAGS);
    private static final Pattern CONDITIONAL_QUALIFIER = AsciiGerman.compile(
            "^(nur )?im einzelfall$|^(in individual cases|where applicable|falls zutreffend|soweit zutreffend)( only)?$",
            FLAGS);
    private static final Pattern OWN_PURPOSES_QUALIFIER =
            AsciiGerman.compile("(für eigene zwecke|for its own purposes)", FLAGS);
    private static final Pattern VULNERABLE =
            AsciiGerman.compile("^(schutzbedürftige personen|vulnerable (persons|data subjects))$", FLAGS);
    private static final Pattern SCOPE_QUALIFIER =
            AsciiGerman.compile("^(geltungsbereich|gilt für|applies to|scope):\\s*(.+)$", FLAGS);
    /** A lead to a list of transfer impact assessments or of supplementary measures for transfers. */
    private static final Pattern TRANSFER_ASSESSMENT = AsciiGerman.compile(
            "übermittlungsfolgenabschätzung|transfer impact assessment|zusätzliche maßnahmen je empfänger"
                    + "|supplementary measures per recipient",
            FLAGS);
    /** The qualifier our annex prints after a measure that the controller takes. */
    private static final Pattern CONTROLLER_MEASURE =
            AsciiGerman.compile("^(maßnahme des verantwortlichen|measure of the controller)$", FLAGS);
    /** The footer our renderers print under a document: its identifier and content fingerprint, never a clause. */
    private static final Pattern FOOTER = AsciiGerman.compile(
            "^\\W*(vereinbarung|agreement)\\s+\\S+\\s+·.*(inhaltsprüfsumme|content fingerprint)", FLAGS);
    /** A sentence ends at a full stop before a capital, so that "Art. 9 DSGVO" stays in its sentence. */
    private static final Pattern SENTENCE_BREAK = Sentences.STOP_BEFORE_CAPITAL;

    private static final Pattern NO_SPECIAL = AsciiGerman.compile(
            "\\bkeine\\w* besondere\\w* kategorien|besondere\\w* kategorien.{0,100}?\\b(werden|wird) (\\w+ )?nicht (\\w+ )?verarbeitet|\\bno special categor|special categories.{0,100}?\\b(are|will|shall) not (be )?processed|(does|will|shall) not process (any )?special categor",
            FLAGS);
    private static final Pattern NO_CRIMINAL = AsciiGerman.compile(
            "\\bkeine\\w* (personenbezogene\\w* )?daten über (strafrechtliche|straftaten)|(strafrechtliche\\w* verurteilungen|straftaten).{0,100}?\\b(werden|wird) (\\w+ )?nicht (\\w+ )?verarbeitet|\\bno (personal )?data (relating to|about|concerning|on) criminal|criminal (convictions|offences).{0,100}?\\b(are|is|will|shall) not (be )?processed",
            FLAGS);
    private static final Pattern ISSUERS_LEAD = AsciiGerman.compile(
            "weisungsberechtigt|weisungsbefugt|(persons?|people) (who are )?(authori[sz]ed|entitled) to (give|issue) instructions|(may|can) (give|issue) instructions on behalf of",
            FLAGS);
    private static final Pattern RECIPIENTS_LEAD = AsciiGerman.compile(
            "weisungsempfänger|weisungen nehmen\\b.{0,80}\\bentgegen|zum empfang von weisungen|(persons?|people) (who are )?(authori[sz]ed |entitled )?to receive instructions|receive instructions on behalf of|recipients? of (the )?instructions",
            FLAGS);
    private static final Pattern PHONE = AsciiGerman.compile("\\+?\\d[\\d ()/.-]{5,}\\d");
    private static final Pattern COUPLED = AsciiGerman.compile(
            "(laufzeit|dauer|beendigung|ende) (des|der) (haupt|leistungs|dienst|nutzungs|abonnement|rahmen)|\\blaufzeit der (gebuchten|bestellten|beauftragten|vereinbarten) (produkte|leistungen|dienste|tarife|pakete)\\b|(term|duration|termination) of the (main|principal|underlying|service|master|subscription|customer|msa\\b|mssa\\b|csa\\b)|as long as .{0,60}(main|service|master|principal)( \\w+)? (agreement|contract)|solange .{0,60}(hauptvertrag|leistungsvereinbarung)"
                    // "applies until the later of the end of the Main Agreement and …"
                    + "|\\buntil\\b[^.;]{0,40}\\bthe end of the (main|principal|underlying|master|service|subscription)\\b|\\bbis zum ende des (haupt|leistungs|nutzungs|rahmen)vertrag",
            FLAGS);
    /** Annex I.A of the 2021/914 clauses, the list of parties (data exporters and importers). */
    private static final Pattern SCC_PARTIES = AsciiGerman.compile(
            "list of parties|liste der parteien|\\b(annex|anhang|anlage|appendix)\\s+I\\s?\\.?\\s?A\\b", FLAGS);
    /** Annex I.B of the 2021/914 clauses, the description of the transfer. */
    private static final Pattern SCC_TRANSFER = AsciiGerman.compile(
            "description of (the )?transfers?|beschreibung der übermittlung|\\b(annex|anhang|anlage|appendix)\\s+I\\s?\\.?\\s?B\\b",
            FLAGS);

    private static final Pattern SCC_EXPORTER = AsciiGerman.compile("data exporter|datenexporteur", FLAGS);
    private static final Pattern SCC_IMPORTER = AsciiGerman.compile("data importer|datenimporteur", FLAGS);
    private static final Pattern SCC_NAME_LABEL =
            AsciiGerman.compile("^(?:\\d+\\.\\s*)?(?:full (?:legal )?name|name|party|partei|firma)\\b", FLAGS);
    private static final Pattern SCC_ROLE_LABEL = AsciiGerman.compile("^(?:role|rolle)\\b", FLAGS);
    private static final Pattern SCC_SUBJECTS_LABEL = AsciiGerman.compile(
            "^(?:\\d+\\.\\s*)?(?:item:\\s*)?(?:categories of data subjects|kategorien (?:der )?betroffene)", FLAGS);
    private static final Pattern SCC_DATA_LABEL = AsciiGerman.compile(
            "^(?:\\d+\\.\\s*)?(?:item:\\s*)?(?:categories of personal data|kategorien (?:der )?(?:übermittelten )?personenbezogene)",
            FLAGS);
    /** Annex I.B's period for which the personal data will be retained: the duration of the processing. */
    private static final Pattern SCC_PERIOD_LABEL = AsciiGerman.compile(
            "^(?:\\d+\\.\\s*)?(?:item:\\s*)?(?:(?:the )?period for which (?:the )?personal data (?:will|shall) be retained|(?:die )?dauer, für die (?:die )?personenbezogenen daten gespeichert werden(?:,? oder[^:]{0,90})?)",
            FLAGS);

    private static final Pattern SCC_OTHER_LABEL = AsciiGerman.compile(
            "^(?:\\d+\\.\\s*)?(?:item:\\s*)?(?:sensitive data|sensible daten|besondere kategorien|(?:the )?frequency|häufigkeit|nature of|art der|purpose|zweck|(?:the )?period|retention|dauer|speicherdauer|for transfers to|bei übermittlungen an|subject matter|gegenstand)",
            FLAGS);
    private static final Pattern SCC_MODULE =
            AsciiGerman.compile("\\b(?:module|modul)\\s+(one|two|three|four|eins|zwei|drei|vier|[1-4])\\b", FLAGS);
    private static final Pattern DOCKING = AsciiGerman.compile(
            "(?:clause|klausel)\\s+7\\b[^.]{0,80}(?:docking|kopplung)|(?:docking|kopplungs)[- ]?(?:klausel|clause)",
            FLAGS);
    private static final Pattern NOT_APPLY = AsciiGerman.compile(
            "(?:shall|will|does|do) not apply|\\bnot (?:be )?(?:used|included|selected|chosen)|is deleted|gilt nicht|findet keine anwendung"
                    + "|nicht anwendbar|\\bentfällt|gestrichen|wird nicht (?:gewählt|verwendet)",
            FLAGS);
    /** Clause 9 of the clauses named in a sentence. */
    private static final Pattern CLAUSE9_NAMED = AsciiGerman.compile("\\b(?:clause|klausel)\\s+9\\b", FLAGS);
    /** A sentence that opens with a period: "The time period for prior notice … is …", „Die Frist … beträgt …“. */
    private static final Pattern PERIOD_SENTENCE = AsciiGerman.compile(
            "\\W*(?:the\\s+)?(?:(?:time|notice)\\s+)?period\\b|\\W*(?:die\\s+)?(?:\\p{L}+)?frist\\b", FLAGS);

    private static final Pattern CLAUSE9 = AsciiGerman.compile(
            "(?:clause|klausel)\\s+9\\b[^.]{0,80}?option\\s*(1|2|one|two|eins|zwei)\\b"
                    + "|\\boption\\s*(1|2|one|two|eins|zwei)\\s+(?:of|in|under|der|von|aus)\\s+(?:the\\s+)?(?:clause|klausel)\\s+9\\b",
            FLAGS);
    private static final Pattern CLAUSE17 =
            AsciiGerman.compile("(?:clause|klausel)\\s+17\\b[^.]{0,80}?option\\s*(1|2|one|two|eins|zwei)\\b", FLAGS);
    /**
     * A reference to one clause or two ("Clause 17", "Clauses 17 and 18", "Clause 17 and Clause 18", "Klausel
     * 18(b)"), the numbers in groups 1 and 2; the choices of Clauses 17 and 18 are read in the stretch of the sentence
     * that belongs to the reference (below).
     */
    private static final Pattern CLAUSE_REF = AsciiGerman.compile(
            "\\b(?:clauses?|klauseln?)\\s+(\\d+)(?:\\s*\\(\\w\\))?(?:\\s*(?:,|and|und|&)\\s*(?:(?:clauses?|klauseln?)\\s+)?(\\d+)\\b(?:\\s*\\(\\w\\))?)?",
            FLAGS);
    /** An annex named in a list of the clauses' selections: where the stretch of the choice before it ends. */
    private static final Pattern ANNEX_REF = AsciiGerman.compile("\\b(?:annex|anhang|anlage|schedule)\\b", FLAGS);
    /**
     * A reference that leaves the choice to the clauses or points to another contract: "without prejudice to Clause
     * 17", „unbeschadet der Klausel 17“, "except as Clause 17 requires", "Clause 17 of the MSA".
     */
    private static final Pattern NOT_A_CHOICE_BEFORE = AsciiGerman.compile(
            "(?:without prejudice to|subject to|except (?:as|where)[^,;]{0,30}|save (?:as|for)|other than|unbeschadet|vorbehaltlich)\\s+(?:the\\s+|der\\s+|den\\s+)?$",
            FLAGS);

    private static final Pattern NOT_A_CHOICE_AFTER = AsciiGerman.compile(
            "^\\s*(?:of|in|des|der)\\s+(?:the\\s+|this\\s+|dieses\\s+)?(?!(?:standard|eu|those|these|the\\s+scc|sccs?\\b|clauses|klauseln|standardvertrags))\\p{L}",
            FLAGS);
    /** The stretch before a reference ends with the word that ties it to the reference: "Irish law chosen under". */
    private static final Pattern CHOICE_BEFORE_REF = AsciiGerman.compile(
            "(?:\\s+(?:is\\s+|are\\s+)?(?:chosen|selected|applies|apply|gewählt|vereinbart))?\\s+(?:under|in|for|pursuant to|gemäß|nach|für|in)\\s+(?:the\\s+|der\\s+|den\\s+)?$",
            FLAGS);

    private static final Pattern OPTION = AsciiGerman.compile("\\boption\\s*(?:1|2|one|two|eins|zwei)\\b", FLAGS);
    /**
     * The capitals of the EEA states and of the United Kingdom and Switzerland, in English and German: courts named by
     * their seat ("the courts of Dublin", „Gerichte in Wien“) for Clause 18(b), which names a country's courts.
     */
    private static final Map<String, String> CAPITALS = Map.ofEntries(
            Map.entry("dublin", "IE"),
            Map.entry("amsterdam", "NL"),
            Map.entry("berlin", "DE"),
            Map.entry("paris", "FR"),
            Map.entry("brussels", "BE"),
            Map.entry("brüssel", "BE"),
            Map.entry("vienna", "AT"),
            Map.entry("wien", "AT"),
            Map.entry("copenhagen", "DK"),
            Map.entry("kopenhagen", "DK"),
            Map.entry("stockholm", "SE"),
            Map.entry("helsinki", "FI"),
            Map.entry("oslo", "NO"),
            Map.entry("madrid", "ES"),
            Map.entry("rome", "IT"),
            Map.entry("rom", "IT"),
            Map.entry("lisbon", "PT"),
            Map.entry("lissabon", "PT"),
            Map.entry("warsaw", "PL"),
            Map.entry("warschau", "PL"),
            Map.entry("prague", "CZ"),
            Map.entry("prag", "CZ"),
            Map.entry("bratislava", "SK"),
            Map.entry("budapest", "HU"),
            Map.entry("ljubljana", "SI"),
            Map.entry("zagreb", "HR"),
            Map.entry("bucharest", "RO"),
            Map.entry("bukarest", "RO"),
            Map.entry("sofia", "BG"),
            Map.entry("athens", "GR"),
            Map.entry("athen", "GR"),
            Map.entry("nicosia", "CY"),
            Map.entry("nikosia", "CY"),
            Map.entry("valletta", "MT"),
            Map.entry("tallinn", "EE"),
            Map.entry("riga", "LV"),
            Map.entry("vilnius", "LT"),
            Map.entry("reykjavik", "IS"),
            Map.entry("vaduz", "LI"),
            Map.entry("london", "GB"),
            Map.entry("bern", "CH"));

    private static final Pattern CAPITAL = AsciiGerman.compile("(\\p{L}+)\\b(?![-\\p{L}])", FLAGS);

    /** The agreement's own notice period named as that of Clause 9(a): "with the notice period of Clause 6.2". */
    private static final Pattern OWN_NOTICE_PERIOD = AsciiGerman.compile(
            "\\b(?:notice\\s+)?period\\s+(?:(?:set out|stated|described|specified|provided|defined|agreed|referred to|as)\\s+)?(?:of|in|under|according to|pursuant to)\\s+(?:clause|section|article|paragraph|§|schedule)"
                    // the period given as a predicate: "the time period is as set out in Section 6.2", "the period for
                    // prior notice of changes is as set out in Section 9.4", "the notice period is the one set out in
                    // Section 6"
                    + "|\\bperiod\\b[^.;]{0,60}?\\b(?:is|shall be|will be|are)\\s+(?:the one\\s+|that\\s+)?(?:as\\s+)?(?:set out|stated|described|specified|provided|defined|agreed|referred to|laid down)\\s+(?:in|under)\\s+(?:clause|section|article|paragraph|§)"
                    + "|\\bfrist\\s+(?:gemäß|nach|aus|in|der)\\s+(?:ziffer|§|abschnitt|absatz|klausel)",
            FLAGS);
    /** The supervisory authority named as that of Clause 13: "supervisory authority of the Netherlands". */
    private static final Pattern SCC_AUTHORITY = AsciiGerman.compile(
            "\\b(?:the\\s+)?(?:competent\\s+)?(?:supervisory\\s+authority|data protection (?:authority|commission)|(?:datenschutz)?aufsichtsbehörde|autoriteit|commission nationale|datatilsynet)",
            FLAGS);
    /**
     * A law named by its country: "the law of Ireland", "the governing law is that of Ireland", "the law and (the)
     * courts of Ireland", „das Recht der Bundesrepublik Deutschland“, „Recht von Irland“; the country follows.
     */
    private static final Pattern SCC_LAW_OF = AsciiGerman.compile(
            "\\b(?:laws?|recht)\\b(?:\\s+(?:is|are|shall be)\\s+(?:that|those))?(?:\\s+and\\s+(?:the\\s+)?(?:courts?|gerichte))?\\s+(?:of|der|des|von)\\s+",
            FLAGS);
    /** A law named by the adjective of its country: "Irish law", „irisches Recht“. */
    private static final Pattern SCC_LAW_ADJECTIVE = AsciiGerman.compile("\\b(\\p{L}+)\\s+(?:law|recht)\\b", FLAGS);
    /** Courts named by their country: "the courts of Ireland", "the law and courts of Ireland", „Gerichte in Irland“. */
    private static final Pattern SCC_COURTS_OF = AsciiGerman.compile(
            "\\b(?:courts?|gerichte[n]?|gerichtsstand(?:\\s+ist)?)\\s+(?:of|in|der|des|von)\\s+(?:the\\s+|den\\s+|der\\s+)?",
            FLAGS);
    /** Courts named by the adjective of their country: "Irish courts", "Irish law and courts", „irische Gerichte“. */
    private static final Pattern SCC_COURTS_ADJECTIVE =
            AsciiGerman.compile("\\b(\\p{L}+)\\s+(?:(?:law|recht)\\s+(?:and|und)\\s+)?(?:courts|gerichte)\\b", FLAGS);
    /**
     * The clauses agreed between the parties of the document: "incorporated (into this DPA) by reference", "the parties
     * hereby enter into", "shall apply between the Client as data exporter and …", „werden Bestandteil dieses
     * Vertrags“, „vereinbaren die Parteien“.
     */
    private static final Pattern SCC_BETWEEN_PARTIES = AsciiGerman.compile(
            "\\b(?:are|is|be|been|hereby|deemed)\\s+(?:\\w+\\s+)?incorporated\\b|\\bhereby\\s+(?:enter|conclude|agree)|\\bthe\\s+parties\\s+(?:agree|select|enter|conclude|rely)"
                    + "|\\b(?:apply|applies)\\s+between\\s+(?:the\\s+)?(?:customer|client|controller|company|parties|data exporter)"
                    + "|\\bbestandteil\\b|\\beinbezogen\\b|\\bvereinbaren\\s+die\\s+parteien|\\bschließen\\s+(?:die\\s+parteien|hiermit)"
                    + "|\\bzwischen\\s+den\\s+parteien\\b",
            FLAGS);

    /**
     * Words after "are incorporated" that point to the section which incorporates the clauses ("Where standard
     * contractual clauses are incorporated under section 8, they prevail over both"): an order of precedence that
     * refers to an incorporation elsewhere, which is read where it is stated, not one of its own.
     */
    private static final Pattern INCORPORATED_ELSEWHERE = AsciiGerman.compile(
            "\\s+(?:under|in|by|pursuant to|in accordance with|gemäß|nach)\\s+(?:section|clause|paragraph|ziffer|abschnitt|§)\\s*\\d",
            FLAGS);

    /**
     * Whether a passage makes the standard contractual clauses part of the agreement between its parties
     * ({@link #SCC_BETWEEN_PARTIES}), not counting a reference to their incorporation in another section
     * ({@link #INCORPORATED_ELSEWHERE}).
     */
    private static boolean incorporates(String passage) {
        Matcher m = SCC_BETWEEN_PARTIES.matcher(passage);
        while (m.find()) {
            Matcher elsewhere = INCORPORATED_ELSEWHERE.matcher(passage);
            elsewhere.region(m.end(), passage.length());
            elsewhere.useTransparentBounds(true);
            if (!elsewhere.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, Pattern> COLUMNS = columnPatterns();
    private static final Map<TomCategory, Pattern> TOM_HEADINGS = tomHeadings();

    private final SourceText text;
    private final List<Segment> segments;
    private final List<PassageClassifier> classifiers;
    private final String sourceName;
    private final String language;
    private final Roles roles;
    /** The roles of the parties read so far ({@link #parties()}). */
    private final Set<String> foundRoles = new HashSet<>();

    private final List<Map<Element, Classification>> classes = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final ObjectNode root = DpaJson.mapper().createObjectNode();

    private Extractor(SourceText text, List<PassageClassifier> classifiers, String sourceName) {
        this.text = text;
        this.segments = Segmenter.segment(text);
        this.classifiers = classifiers;
        this.sourceName = sourceName;
        this.language = language(text.text());
        this.roles = Roles.learn(text, language);
    }

    /**
     * Extracts the draft from a document.
     *
     * @param text the document
     * @param classifiers the classifiers, the built-in one first
     * @param sourceName the document's name, for messages and the draft's id
     * @return the extraction
     * @throws ImportException with {@link ImportException.Reason#NOT_A_DPA} if nothing marks the text as an
     *     agreement on processing on behalf of a controller
     */
    public static Extraction extract(SourceText text, List<PassageClassifier> classifiers, String sourceName) {
        return new Extractor(text, classifiers, sourceName).run();
    }

    /** Frequent German words, whose count against {@link #ENGLISH_WORDS} tells a text's language. */
    private static final Pattern GERMAN_WORDS =
            AsciiGerman.compile("\\b(der|die|das|und|des|nicht|wird|werden|gemäß|sind)\\b", FLAGS);

    /** Frequent English words, whose count against {@link #GERMAN_WORDS} tells a text's language. */
    private static final Pattern ENGLISH_WORDS =
            AsciiGerman.compile("\\b(the|and|of|shall|will|is|are|to|with|any)\\b", FLAGS);

    static String language(String text) {
        String head = text.length() > 200_000 ? text.substring(0, 200_000) : text;
        return germanWords(head) > englishWords(head) ? "de" : "en";
    }

    /** How many of the frequent German words {@link #language} counts the text holds. */
    static int germanWords(String text) {
        return count(GERMAN_WORDS, text);
    }

    /** How many of the frequent English words {@link #language} counts the text holds. */
    static int englishWords(String text) {
        return count(ENGLISH_WORDS, text);
    }

    private static int count(Pattern words, String text) {
        Matcher m = words.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * The names an agreement under Art. 28(3) GDPR gives itself in its title: data processing agreement, addendum or
     * terms, DPA, an "Article 28 agreement", Auftragsverarbeitungsvertrag, AVV, a „Vereinbarung zur“ or „Vertrag über
     * die Auftragsverarbeitung“, a „Zusatzvereinbarung … Auftragsverarbeitung“. The abbreviations only in capitals.
     */
    private static final Pattern SELF_NAME = AsciiGerman.compile(
            "\\bdata[- ]process(?:ing|or) (?:agreement|addendum|terms|contract)\\b"
                    + "|\\b(?:art(?:icle|\\.)? ?28|processor) (?:agreement|addendum|terms)\\b"
                    + "|auftrags(?:daten)?verarbeitungs(?:vertrag|vereinbarung)"
                    + "|\\b(?:vereinbarung|vertrag|zusatzvereinbarung|vertragsanlage)\\s+(?:zur\\s+|über\\s+(?:die\\s+)?|zu\\s+der\\s+)"
                    + "auftrags(?:daten)?verarbeitung"
                    + "|\\bzusatzvereinbarung\\b.{0,80}auftrags(?:daten)?verarbeitung"
                    + "|(?-i:\\b(?:DPA|AVV)\\b)",
            FLAGS);

    /**
     * What makes a line a sentence that mentions an agreement rather than a title that names one ("our DPA is
     * available at …", „Einen AVV schließen wir auf Anfrage ab“).
     */
    private static final Pattern MENTION = AsciiGerman.compile(
            "\\b(?:available|download\\w*|request\\w*|conclude\\w*|please|see|find|contact|verfügbar|abrufbar"
                    + "|anfrage|schließen|abschließen|schliessen|bitte|siehe|finden|herunterladen|erhalten|http\\S*|www)\\b"
                    + "|@|[.!?]\\s*$",
            FLAGS);

    /** The title of a document of another kind, which mentions agreements without being one. */
    private static final Pattern OTHER_KIND = AsciiGerman.compile(
            "privacy (?:policy|notice|statement)|datenschutz(?:erklärung|hinweis|information|richtlinie)"
                    + "|terms (?:of (?:service|use)|and conditions)|nutzungsbedingungen|geschäftsbedingungen|\\bagb\\b"
                    + "|cookie|impressum|imprint|newsletter",
            FLAGS);

    /** A header line of an e-mail: an e-mail that names an agreement in its subject is about one, not one. */
    private static final Pattern MAIL_HEADER = AsciiGerman.compile(
            "^(?:from|to|cc|subject|date|sent|re|fwd?|von|an|betreff|datum|gesendet|aw|wg):\\s", FLAGS);

    /** The first line of a clause or of running text, where the document's title lines end. */
    private static final Pattern TITLE_END = AsciiGerman.compile(
            "^(?:§\\s*\\d|\\d+(?:\\.\\d+)*[.)]?\\s+\\p{L}|(?:clause|article|artikel|ziffer|section|abschnitt)\\s+\\d"
                    + "|[IVX]+\\.\\s)",
            FLAGS);

    /**
     * The document's own title where it names the document an agreement under Art. 28(3) GDPR, or null: the format's
     * title (an HTML page's {@code <title>}) or a short line before the first clause (a heading, a DOCX's first
     * paragraph, a PDF's first line, after a letterhead). A line that is a sentence mentioning an agreement, a title of
     * another kind of document before it (a privacy policy, terms of service, a cookie notice) or an e-mail's
     * header lines are no self-declaration.
     */
    private @Nullable String selfDeclaration() {
        if (declares(text.title())) {
            return text.title();
        }
        List<Block> blocks = text.blocks();
        for (int b = 0; b < Math.min(blocks.size(), 12); b++) {
            String s = text.text(blocks.get(b)).strip();
            if (MAIL_HEADER.matcher(s).find()) {
                return null;
            }
            if (declares(s)) {
                return s; // before the clause test: "Article 28 Agreement" is a title, not Article 28 of one
            }
            if (s.length() > 300 || TITLE_END.matcher(s).find()) {
                return null;
            }
            if (s.length() <= 150 && OTHER_KIND.matcher(s).find()) {
                return null;
            }
        }
        return null;
    }

    private static boolean declares(String line) {
        return line.length() <= 150
                && SELF_NAME.matcher(line).find()
                && !MENTION.matcher(line).find();
    }

    private Extraction run() {
        for (Segment s : segments) {
            Passage p = new Passage(
                    text.text(s.block()), s.heading(), language, s.block().offset(), s.annex());
            // the built-in cues read the parties' defined names as role words (Roles); a plugged classifier the text
            Passage named =
                    new Passage(roles.normalise(p.text()), roles.heading(s.heading()), language, p.offset(), s.annex());
            Map<Element, Classification> best = new EnumMap<>(Element.class);
            for (PassageClassifier c : classifiers) {
                for (Classification cl : c.classify(c instanceof RuleClassifier ? named : p)) {
                    Classification old = best.get(cl.element());
                    if (old == null || cl.confidence() > old.confidence()) {
                        best.put(cl.element(), cl);
                    }
                }
            }
            classes.add(best);
        }
        long found = elementResults().stream().filter(ElementResult::found).count();
        boolean mentions = AsciiGerman.compile(
                        "auftragsverarbeit|im auftrag|art(ikel|\\.)? ?28|article 28|processor|data processing (agreement|addendum|terms)|personenbezogene(n|r)? daten|personal data",
                        FLAGS)
                .matcher(text.text())
                .find();
        List<String> warnings = new ArrayList<>();
        if (!mentions || found < 3) {
            // a document that names itself an agreement under Art. 28(3) GDPR in its own title is one, however few of
            // the elements its shape lets the cues find (a yes/no checklist, a short addendum, a form): it is imported
            // with a warning to review it by hand; one with nothing found has nothing to import
            String declared = found == 0 ? null : selfDeclaration();
            if (declared == null) {
                throw new ImportException(
                        ImportException.Reason.NOT_A_DPA,
                        sourceName + ": this does not read as a data processing agreement (" + found + " of "
                                + Element.values().length + " elements found"
                                + (mentions ? "" : ", and no mention of a processor or Art. 28 GDPR") + ")",
                        null);
            }
            warnings.add(sourceName + ": only " + found + " of " + Element.values().length
                    + " elements found; imported because its title names it a data processing agreement (\u201c"
                    + declared + "\u201d): review it by hand");
        }
        root.put("schemaVersion", "1.0");
        root.put("id", id(sourceName));
        root.put("status", "IMPORTED");
        root.putArray("languages").add(language);
        title();
        parties();
        processing();
        subprocessing();
        sccAnnexes();
        security();
        deadlines();
        instructionPersons();
        transfers();
        sccOptions();
        processorTransferModule();
        subprocessorTransfers();
        namedSubprocessorTransfers();
        markedSubprocessorTransfers();
        finalProvisions();
        flags();
        breachAssistance();
        signatureLines();
        endOfProcessing();
        backupHandling();
        texts();
        unmark(root, language);
        facts.replaceAll(f -> new Fact(f.path(), Marks.strip(f.value()).text(), f.span(), f.inferred()));
        List<ElementResult> elements = withFacts(elementResults());
        List<SourceSpan> sections = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Segment s : segments) {
            if (!s.section().isEmpty() && seen.add(s.heading())) {
                sections.add(span(s));
            }
        }
        List<RequirementResult> completeness = Completeness.assess(
                text, segments, (i, e) -> score(i, e) >= THRESHOLD, (i, e) -> score(i, e) > 0, elements);
        requirementFacts(completeness);
        describedByEvidence(completeness);
        specialByArticle();
        elements = withFacts(elements); // an element whose fact a met requirement set is found
        elements = withRequirements(elements, completeness);
        return new Extraction(
                root.toString(),
                facts,
                elements,
                language,
                sections,
                completeness,
                Notes.find(text, segments),
                warnings);
    }

    /**
     * A requirement met without weakening states its yes/no facts (RequirementFacts), quoted from its sentence; so
     * does one whose weaker reading still states the duty (a breach notice "as appropriate"), whose condition or
     * vague time then becomes the deadline's wording for the validator to report.
     */
    private void requirementFacts(List<RequirementResult> completeness) {
        for (RequirementResult r : completeness) {
            if (r.evidence().isEmpty()) {
                continue;
            }
            if (r.requirement() == Requirement.ASSISTANCE && r.status() != RequirementResult.Status.NOT_FOUND) {
                assistedArticles(r);
            }
            if (r.status() != RequirementResult.Status.FOUND
                    && !(r.status() == RequirementResult.Status.WEAKER
                            && RequirementFacts.dutyStands(r.requirement(), r.note()))) {
                continue;
            }
            breachDeadline(r);
            for (String path : RequirementFacts.of(r.requirement())) {
                if (root.at("/" + path.replace('.', '/')).asBoolean(false)) {
                    continue;
                }
                int dot = path.lastIndexOf('.');
                object(path.substring(0, dot)).put(path.substring(dot + 1), true);
                fact(path, "true", r.evidence().get(0));
            }
        }
    }

    /**
     * The description of the processing (Art. 28(3) first sentence) where the completeness table found a term that
     * no record, list or table gave the draft: the sentences it quotes go into the draft as text on the right field
     * ("Verarbeitet werden Stammdaten, …" as the data types, "Die Verarbeitung dient der …" as the purpose, "läuft so
     * lange wie der Softwarevertrag" as a duration tied to that contract), so that the review does not report as
     * missing what its own table found. A term found weaker goes in as well: the validator then judges its wording
     * (a catch-all). The sub-processor authorisation's model is read from its sentences the same way
     * ({@link #authorisationFromEvidence}). A duration goes in only where its wording gives its type; a sentence that says no special
     * categories are processed names no data type; a sentence that points to where the description stands ("Annex 1
     * describes … the categories of data subjects") or holds a placeholder describes nothing itself.
     */
    /**
     * The choice at the end of the processing where the completeness table finds the deletion or return stated and
     * no wording of the choice was read, so that the review does not call "not regulated" what its table calls met or
     * weaker: the controller's choice for a met requirement (the cue reads deletion and return together), and for a
     * weaker one the choice its note names (deletion only, the processor's judgement).
     */
    /** The controller named in a sentence on the end of the processing, as the one who chooses or is given the data. */
    private static final Pattern CHOOSER = AsciiGerman.compile(
            "\\b(?:customer|controller|client|you|auftraggeber\\w*|verantwortliche\\w*|kunde\\w*|sie)\\b",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private void choiceFromEvidence(RequirementResult r) {
        ObjectNode end = object("endOfProcessing");
        if (end.has("choice")) {
            return;
        }
        // a deletion or return that names no one who chooses ("shall delete or return all data") leaves the choice
        // open: only a sentence that names the controller gives it
        boolean named = r.evidence().stream()
                .anyMatch(e -> CHOOSER.matcher(roles.normalise(sentence(e))).find());
        if (!named) {
            return;
        }
        String choice = switch (r.note()) {
            case "deletion without the controller's choice of return" -> "DELETE_ONLY";
            case "left to the processor's judgement", "left to the processor's discretion" -> "PROCESSOR_CHOICE";
            default -> "CONTROLLER_CHOICE";
        };
        end.put("choice", choice);
        fact("endOfProcessing.choice", choice, r.evidence().get(0));
    }

    private void describedByEvidence(List<RequirementResult> completeness) {
        for (RequirementResult r : completeness) {
            if (r.status() == RequirementResult.Status.NOT_FOUND || r.evidence().isEmpty()) {
                continue;
            }
            if (r.requirement() == Requirement.SUBPROCESSOR_AUTHORISATION) {
                authorisationFromEvidence(r.evidence());
                continue;
            }
            if (r.requirement() == Requirement.DELETION_RETURN) {
                choiceFromEvidence(r);
                continue;
            }
            List<SourceSpan> evidence = r.evidence().stream()
                    .filter(e -> !NO_SPECIAL.matcher(sentence(e)).find()
                            && !NO_CRIMINAL.matcher(sentence(e)).find())
                    .filter(this::inDescription)
                    .filter(e -> (!POINTER.matcher(sentence(e)).find() || statesAfterPointer(sentence(e)))
                            && !PLACEHOLDER.matcher(sentence(e)).find()
                            && !BRACKETED.matcher(sentence(e)).find())
                    .toList();
            if (evidence.isEmpty() && r.requirement() != Requirement.SUBJECT_AND_DURATION) {
                continue;
            }
            switch (r.requirement()) {
                case SUBJECT_AND_DURATION -> {
                    ObjectNode processing = object("processing");
                    if (!processing.has("duration")) {
                        // a duration that points to the main contract states it: the pointer filter does not apply
                        for (SourceSpan e : r.evidence().stream()
                                .filter(this::inDescription)
                                .toList()) {
                            String type = durationType(sentence(e));
                            if (type != null) {
                                duration(processing, type, sentence(e), e);
                                break;
                            }
                        }
                    }
                    if (!processing.has("duration")) {
                        // the sentence found states the subject matter; the duration may follow it in the same
                        // paragraph ("The subject matter is …. Processing takes place for the term of the Order …")
                        r.evidence().stream()
                                .filter(this::inDescription)
                                .map(this::durationAfter)
                                .flatMap(Optional::stream)
                                .findFirst()
                                .ifPresent(e -> {
                                    String type = Objects.requireNonNull(durationType(sentence(e)));
                                    duration(processing, type, sentence(e), e);
                                });
                    }
                    if (!processing.has("duration")) {
                        // the sentences found point elsewhere ("… are set out in Annex 1"), or name the term in a
                        // run-in title whose text stands in the next paragraph ("A.1 Subject matter and duration." /
                        // "Provision of the Services … for the subscription term"): the description's own sentence on
                        // the duration, wherever it stands in the description
                        durationInDescription().ifPresent(e -> {
                            String type = Objects.requireNonNull(durationType(sentence(e)));
                            duration(processing, type, sentence(e), e);
                        });
                    }
                    if (!processing.has("subjectMatter")) {
                        evidence.stream()
                                .filter(e ->
                                        PROCESSING_WORDING.matcher(sentence(e)).find()
                                                || (durationType(sentence(e)) == null
                                                        && !DURATION_WORDING
                                                                .matcher(sentence(e))
                                                                .find()))
                                .findFirst()
                                .or(() -> evidence.isEmpty() ? Optional.empty() : openingSentence(evidence.get(0)))
                                .ifPresent(e -> {
                                    processing.set("subjectMatter", localized(sentence(e)));
                                    fact("processing.subjectMatter", sentence(e), e);
                                });
                    }
                }
                case NATURE_AND_PURPOSE -> {
                    ObjectNode processing = object("processing");
                    SourceSpan e = evidence.get(0);
                    String wording = sentence(e);
                    // a sentence that states only the purpose goes in as the nature's wording without an operation,
                    // which the validator reports as naming no operation of Art. 4(2) (a warning, not "missing")
                    if (!processing.has("nature")) {
                        ObjectNode n = processing.putArray("nature").addObject();
                        operation(wording).ifPresent(o -> n.put("operation", o));
                        n.set("description", localized(wording));
                        fact("processing.nature[0]", wording, e);
                    }
                    if (!processing.has("purposes")) {
                        processing.putArray("purposes").addObject().set("description", localized(wording));
                        fact("processing.purposes[0]", wording, e);
                    }
                }
                case DATA_CATEGORIES -> described(evidence.get(0), "dataCategories", "category-");
                case DATA_SUBJECTS -> described(evidence.get(0), "dataSubjects", "subjects-");
                default -> {}
            }
        }
    }

    /** A sentence that says where the description stands instead of stating it. */
    private static final Pattern POINTER = AsciiGerman.compile(
            "\\b(?:annex|anlage|anhang|exhibit|schedule|appendix)\\s*[\\w.]*\\s+(?:describes?|lists?|sets out|specifies|beschreibt|enthält|regelt|nennt)\\b|\\b(?:are|is)\\s+(?:set out|described|listed|specified|defined)\\s+in\\b|\\b(?:sind|ist|werden|wird)\\s+(?:in|im|unter)\\s+[^.;]{0,30}\\b(?:beschrieben|aufgeführt|festgelegt|geregelt|genannt|bestimmt)\\b|\\b(?:ergibt|ergeben) sich aus\\b|\\bfollows? from\\b|\\bto be completed\\b|\\bzu ergänzen\\b",
            FLAGS);

    /**
     * Whether a sentence that points elsewhere goes on to state the description itself after a colon ("Art und Zweck
     * der Verarbeitung ergeben sich aus der Leistungsbeschreibung: Speicherung, Bereitstellung …"): the pointer then
     * names a source, and the words after it are the description.
     */
    private static boolean statesAfterPointer(String sentence) {
        Matcher m = POINTER.matcher(sentence);
        if (!m.find()) {
            return false;
        }
        int colon = sentence.indexOf(':', m.end());
        return colon > 0 && sentence.substring(colon + 1).strip().length() >= 30;
    }

    /**
     * Wording about the duration, which is not the subject matter: "Laufzeit", "term", "duration", "läuft", and a
     * contract's term named by its kind ("for the subscription term", round 18).
     */
    private static final Pattern DURATION_WORDING = AsciiGerman.compile(
            "\\b(?:laufzeit|dauer|duration|term of|läuft|runs? for|remains? in (?:force|effect)|in kraft"
                    + "|(?:subscription|contract|service|licen[cs]e)[- ]term)\\b",
            FLAGS);

    /** Wording that says what is processed or provided, which a sentence on the duration may state as well. */
    private static final Pattern PROCESSING_WORDING = AsciiGerman.compile(
            "\\b(?:process\\w*|verarbeit\\w*|provid\\w*|erbring\\w*|bereitstell\\w*|stellt\\b[^.;]{0,80}\\bbereit)\\b",
            FLAGS);

    /**
     * The authorisation model where the sub-processing passages gave none but the completeness table found the
     * authorisation: read from the sentences it quotes (an option chosen in an incorporation clause, "In Klausel 7.7
     * gilt Option 2: … allgemeine schriftliche Genehmigung").
     */
    private void authorisationFromEvidence(List<SourceSpan> evidence) {
        if (root.at("/subprocessing/authorisation").isString()) {
            return;
        }
        AuthReading best = null;
        SourceSpan where = null;
        for (SourceSpan e : evidence) {
            AuthReading a = authReading(sentence(e));
            if (a != null && !a.type().equals("PROHIBITED") && (best == null || a.strength() > best.strength())) {
                best = a;
                where = e;
            }
        }
        if (best != null && where != null) {
            object("subprocessing").put("authorisation", best.type());
            fact("subprocessing.authorisation", best.type(), where);
        }
    }

    private void described(SourceSpan e, String field, String idPrefix) {
        ObjectNode processing = object("processing");
        if (processing.has(field)) {
            return;
        }
        String wording = sentence(e);
        ObjectNode c = processing.putArray(field).addObject();
        c.put("id", idPrefix + 1);
        c.set("name", localized(wording));
        fact("processing." + field + "[0]", wording, e);
    }

    private static final Set<Element> DESCRIPTION = Set.of(
            Element.SUBJECT_AND_DURATION, Element.NATURE_AND_PURPOSE, Element.DATA_CATEGORIES, Element.DATA_SUBJECTS);

    /**
     * Whether a span stands in a passage of the description of the processing, or in one that no other element
     * claims (not a cue word in a clause on assistance or audits).
     */
    private boolean inDescription(SourceSpan e) {
        for (int i = 0; i < segments.size(); i++) {
            Block b = segments.get(i).block();
            if (e.offset() >= b.offset() && e.offset() < b.offset() + b.length()) {
                for (Element d : DESCRIPTION) {
                    if (is(i, d)) {
                        return true;
                    }
                }
                Element top = top(i);
                return top == null || DESCRIPTION.contains(top);
            }
        }
        return false;
    }

    /**
     * The sentence that opens the paragraph of a sentence on the duration, where it says what is processed or
     * provided and is no pointer: "Pixelhof betreibt … die Website … . Dieser Vertrag läuft so lange wie …".
     */
    private Optional<SourceSpan> openingSentence(SourceSpan duration) {
        for (Segment seg : segmentAt(duration.offset()).stream().toList()) {
            Block b = seg.block();
            String paragraph = text.text(b);
            Matcher end = SENTENCE_BREAK.matcher(paragraph);
            int stop = end.find() ? end.start() : paragraph.length();
            String first = paragraph.substring(0, stop).strip();
            if (b.offset() == duration.offset()
                    || first.length() < 20
                    || POINTER.matcher(first).find()
                    || durationType(first) != null
                    || DURATION_WORDING.matcher(first).find()) {
                return Optional.empty();
            }
            return Optional.of(span(b.offset(), first.length(), seg.section()));
        }
        return Optional.empty();
    }

    /**
     * A sentence on the duration that follows a found sentence in its paragraph: it must name a duration
     * ({@code DURATION_WORDING}) and tie it to a contract's life, a one-off or an indefinite term.
     */
    private Optional<SourceSpan> durationAfter(SourceSpan found) {
        return segmentAt(found.offset())
                .flatMap(seg -> durationSentence(
                        seg,
                        Math.min(
                                seg.block().length(),
                                found.offset() - seg.block().offset() + found.length())));
    }

    /**
     * The first sentence of the description of the processing (a passage classified as one of its terms) that names
     * a duration ({@code DURATION_WORDING}) and gives its type: tied to a contract's life, one-off or indefinite.
     * Passages classified as anything else (the term of the agreement among the final provisions, retention under
     * deletion) are not read.
     */
    private Optional<SourceSpan> durationInDescription() {
        for (int i = 0; i < segments.size(); i++) {
            boolean description = false;
            for (Element d : DESCRIPTION) {
                description |= is(i, d);
            }
            Optional<SourceSpan> found = description ? durationSentence(segments.get(i), 0) : Optional.empty();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The first sentence of a passage, from a character of it on, that names a duration ({@code DURATION_WORDING})
     * and gives its type; the one sentence iterator of {@link #durationAfter} and {@link #durationInDescription}.
     */
    private Optional<SourceSpan> durationSentence(Segment seg, int from) {
        Block b = seg.block();
        String paragraph = text.text(b);
        Matcher m = SENTENCE_BREAK.matcher(paragraph);
        int start = from;
        while (start < paragraph.length()) {
            int stop = m.find(start) ? m.start() : paragraph.length();
            String sentence = paragraph.substring(start, stop).strip();
            if (!sentence.isEmpty() && DURATION_WORDING.matcher(sentence).find() && durationType(sentence) != null) {
                int lead = paragraph.indexOf(sentence, start);
                return Optional.of(span(b.offset() + lead, sentence.length(), seg.section()));
            }
            if (stop >= paragraph.length()) {
                break;
            }
            start = m.end();
        }
        return Optional.empty();
    }

    /** The segment whose block holds an offset of the document, if any. */
    private Optional<Segment> segmentAt(int offset) {
        for (Segment seg : segments) {
            Block b = seg.block();
            if (offset >= b.offset() && offset < b.offset() + b.length()) {
                return Optional.of(seg);
            }
        }
        return Optional.empty();
    }

    /** The text of a span as the document has it, whitespace collapsed (a quotation may be cut short). */
    private String sentence(SourceSpan s) {
        int end = Math.min(text.text().length(), s.offset() + s.length());
        return text.text()
                .substring(Math.max(0, s.offset()), end)
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * The articles of Art. 28(3)(f) that the sentences stating the assistance requirement name, where those
     * sentences stand outside the passages classified as assistance (impact assessments under a heading on breaches):
     * the draft then holds what the completeness table found, read by the same cues as in those passages.
     */
    private void assistedArticles(RequirementResult r) {
        for (Cues.Line cue : VALUE_CUES) {
            if (!cue.fields().get(0).equals("assistance.articles[]")) {
                continue;
            }
            String value = cue.fields().get(1);
            ArrayNode values = root.has("assistance") && root.get("assistance").has("articles")
                    ? (ArrayNode) root.get("assistance").get("articles")
                    : null;
            boolean known = false;
            if (values != null) {
                for (var v : values) {
                    known |= v.asString().equals(value);
                }
            }
            if (known) {
                continue;
            }
            for (SourceSpan e : r.evidence()) {
                if (cue.pattern()
                        .matcher(roles.normalise(text.text().substring(e.offset(), e.end())))
                        .find()) {
                    (values != null ? values : object("assistance").putArray("articles")).add(value);
                    fact("assistance.articles", value, e);
                    break;
                }
            }
        }
    }

    /** A condition on a breach notice instead of a time: "as appropriate", "where necessary", "soweit erforderlich". */
    private static final Pattern CONDITION = AsciiGerman.compile(
            "\\b(?:as|where|if|when) (?:it deems |it considers )?(?:appropriate|necessary|needed)\\b|\\bgegebenenfalls\\b"
                    + "|\\b(?:soweit|sofern|falls|wenn) (?:dies |es )?(?:angemessen|erforderlich|notwendig|geboten)\\b",
            FLAGS);

    /**
     * The breach deadline from the sentences the completeness table quotes for the notice, where the passages of the
     * breach element gave none: a notice stated under another heading („Weitere Unterstützungspflichten: Die Meldung von
     * Verletzungen … erfolgt … spätestens innerhalb von 24 Stunden“) has its period there, and a notice stated only in
     * vague words or under a condition has that wording, so that the validator reports it as a deadline without hours
     * instead of a missing duty, and the review does not say "no deadline" of a notice its table finds.
     */
    private void breachDeadline(RequirementResult r) {
        if (r.requirement() != Requirement.BREACH_NOTIFICATION
                || root.at("/breachNotification/deadline").isObject()) {
            return;
        }
        for (SourceSpan e : r.evidence()) {
            String sentence = text.text().substring(e.offset(), e.end());
            Matcher p = PERIOD.matcher(sentence);
            String unit = p.find() ? unit(p.group("unit")) : null;
            if (unit != null && amount(p) >= 0) {
                timeLimit(
                        "breachNotification.deadline",
                        new Found(
                                unit,
                                amount(p),
                                p.group(),
                                span(e.offset() + p.start(), p.end() - p.start(), e.section())));
                return;
            }
            Matcher m = PROMPT.matcher(sentence);
            if (!m.find()) {
                m = CONDITION.matcher(sentence);
                if (!m.find()) {
                    continue;
                }
            }
            timeLimit(
                    "breachNotification.deadline",
                    new Found("", 0, m.group(), span(e.offset() + m.start(), m.end() - m.start(), e.section())));
            return;
        }
    }

    private static String id(String name) {
        String base = name.replaceAll(".*[/\\\\]", "").replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        String slug =
                base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return "imported-" + (slug.isEmpty() ? "document" : slug);
    }

    // ---- classification results

    private double score(int i, Element e) {
        Classification c = classes.get(i).get(e);
        return c == null ? 0 : c.confidence();
    }

    private boolean is(int i, Element e) {
        return (score(i, e) >= THRESHOLD && top(i) == e) || score(i, e) >= 0.85;
    }

    /** The element a passage addresses most, or null. */
    private @Nullable Element top(int i) {
        Element best = null;
        double max = 0;
        for (Map.Entry<Element, Classification> c : classes.get(i).entrySet()) {
            if (c.getValue().confidence() > max) {
                max = c.getValue().confidence();
                best = c.getKey();
            }
        }
        return max >= THRESHOLD ? best : null;
    }

    private List<Integer> passages(Element e) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (is(i, e)) {
                out.add(i);
            }
        }
        return out;
    }

    private List<ElementResult> elementResults() {
        List<ElementResult> out = new ArrayList<>();
        for (Element e : Element.values()) {
            List<SourceSpan> spans = new ArrayList<>();
            double max = 0;
            String classifier = "";
            for (int i = 0; i < segments.size(); i++) {
                if (is(i, e)) {
                    double s = score(i, e);
                    if (s > max) {
                        max = s;
                        classifier = classifierOf(i, e);
                    }
                    if (spans.size() < 50) {
                        spans.add(span(segments.get(i)));
                    }
                }
            }
            out.add(new ElementResult(e, !spans.isEmpty(), spans.isEmpty() ? 0 : max, spans, classifier));
        }
        return out;
    }

    /** An element whose facts the extractor found counts as found, with the facts' spans, even if no passage was classified to it. */
    private List<ElementResult> withFacts(List<ElementResult> results) {
        List<ElementResult> out = new ArrayList<>();
        for (ElementResult r : results) {
            if (r.found()) {
                out.add(r);
                continue;
            }
            String path = r.element().modelPath();
            List<SourceSpan> spans = new ArrayList<>();
            for (Fact f : facts) {
                boolean match = switch (r.element()) {
                    case PARTIES -> f.path().startsWith("processor") || f.path().startsWith("controllers");
                    case SUBJECT_AND_DURATION ->
                        f.path().startsWith("processing.subjectMatter")
                                || f.path().startsWith("processing.duration");
                    // both live under "assistance": only their passages, or their own fact, tell them apart
                    case DATA_SUBJECT_RIGHTS -> f.path().equals("assistance.dataSubjectRights");
                    case ASSISTANCE -> false;
                    default ->
                        f.path().equals(path)
                                || f.path().startsWith(path + ".")
                                || f.path().startsWith(path + "[");
                };
                if (match && spans.size() < 50 && !spans.contains(f.span())) {
                    spans.add(f.span());
                }
            }
            out.add(
                    spans.isEmpty()
                            ? r
                            : new ElementResult(r.element(), true, FACT_CONFIDENCE, spans, "dpa4j-extractor"));
        }
        return out;
    }

    /**
     * The element table agrees with the completeness table: an element one of whose requirements the document states
     * (found or weaker) is found, with the sentences that state it as its spans, even where no passage reached the
     * classification's threshold (a duty stated in a passage under a heading that names another element, or in a
     * passage with one cue of it). The completeness table is the source of truth; this is its derivation.
     */
    private static List<ElementResult> withRequirements(
            List<ElementResult> results, List<RequirementResult> completeness) {
        List<ElementResult> out = new ArrayList<>();
        for (ElementResult r : results) {
            if (r.found()) {
                out.add(r);
                continue;
            }
            List<SourceSpan> spans = new ArrayList<>();
            for (RequirementResult q : completeness) {
                if (q.status() != RequirementResult.Status.NOT_FOUND
                        && q.requirement().element().orElse(null) == r.element()) {
                    for (SourceSpan span : q.evidence()) {
                        if (spans.size() < 50 && !spans.contains(span)) {
                            spans.add(span);
                        }
                    }
                }
            }
            spans.sort(Comparator.comparingInt(SourceSpan::offset));
            out.add(
                    spans.isEmpty()
                            ? r
                            : new ElementResult(
                                    r.element(), true, REQUIREMENT_CONFIDENCE, spans, REQUIREMENT_CLASSIFIER));
        }
        return out;
    }

    /** The confidence of an element found through the sentences that state one of its requirements. */
    static final double REQUIREMENT_CONFIDENCE = THRESHOLD;

    /** The classifier id of an element found through one of its requirements. */
    static final String REQUIREMENT_CLASSIFIER = "dpa4j-completeness";

    /** The confidence of an element found through its facts (a list, a table, a designation) rather than a passage. */
    static final double FACT_CONFIDENCE = 0.6;

    /** A sentence on backups ("Datensicherungen werden … überschrieben", "backups are deleted within 30 days"). */
    private static final Pattern BACKUPS = AsciiGerman.compile(
            "\\b(?:datensicherung\\w*|sicherungskopie\\w*|sicherungsb(?:ä|ae)nde\\w*|backups?|back-ups?)\\b", FLAGS);

    /**
     * How backups are handled at the end ({@code endOfProcessing.backupHandling}): the first sentence on backups in
     * a passage on deletion or return, as the text states it, so that the validator judges what it says (a period or
     * none) instead of reporting that the agreement is silent on backups.
     */
    private void backupHandling() {
        for (int i : passages(Element.DELETION_RETURN)) {
            Segment seg = segments.get(i);
            String block = text.text(seg.block());
            Matcher m = BACKUPS.matcher(block);
            if (!m.find()) {
                continue;
            }
            int start = 0;
            for (String sentence : SENTENCE_BREAK.split(block)) {
                int at = block.indexOf(sentence, start);
                start = at + sentence.length();
                if (at < 0 || !BACKUPS.matcher(sentence).find()) {
                    continue;
                }
                String t = sentence.strip();
                object("endOfProcessing").set("backupHandling", localized(t));
                fact(
                        "endOfProcessing.backupHandling",
                        t,
                        span(seg.block().offset() + at + sentence.indexOf(t), t.length(), seg.section()));
                return;
            }
        }
    }

    private void endOfProcessing() {
        for (int i : passages(Element.DELETION_RETURN)) {
            String s = text.text(segments.get(i).block());
            String choice = null;
            if (CONTROLLER_CHOICE.matcher(s).find()) {
                choice = "CONTROLLER_CHOICE";
            } else if (RETURN_THEN_DELETE.matcher(s).find()) {
                choice = "RETURN_THEN_DELETE";
            }
            if (choice != null) {
                object("endOfProcessing").put("choice", choice);
                fact("endOfProcessing.choice", choice, span(segments.get(i)));
                return;
            }
        }
    }

    private String classifierOf(int i, Element e) {
        Classification c = classes.get(i).get(e);
        for (PassageClassifier pc : classifiers) {
            Passage p = new Passage(
                    text.text(segments.get(i).block()),
                    segments.get(i).heading(),
                    language,
                    segments.get(i).block().offset(),
                    segments.get(i).annex());
            for (Classification own : pc.classify(p)) {
                if (c != null && own.element() == e && own.confidence() == c.confidence()) {
                    return pc.id();
                }
            }
        }
        return RuleClassifier.ID;
    }

    // ---- spans and facts

    private SourceSpan span(Segment s) {
        return span(s.block().offset(), s.block().length(), s.section());
    }

    private SourceSpan span(int offset, int length, String section) {
        String quote = TextBuilder.normalise(text.text().substring(offset, offset + length));
        if (quote.length() > SourceSpan.MAX_QUOTE) {
            quote = quote.substring(0, SourceSpan.MAX_QUOTE - 1) + "…";
        }
        return new SourceSpan(offset, length, quote, section);
    }

    private void fact(String path, String value, SourceSpan span) {
        facts.add(new Fact(path, value, span));
    }

    private ObjectNode object(String path) {
        ObjectNode node = root;
        for (String part : path.split("\\.")) {
            node = node.has(part) ? (ObjectNode) node.get(part) : node.putObject(part);
        }
        return node;
    }

    private ObjectNode localized(String value) {
        ObjectNode t = DpaJson.mapper().createObjectNode();
        t.put(language, value);
        return t;
    }

    /** A text in the language a fallback marker named, or in the document's language. */
    private ObjectNode localized(String value, @Nullable String in) {
        ObjectNode t = DpaJson.mapper().createObjectNode();
        t.put(in != null ? in : language, value);
        return t;
    }

    private static String withQualifiers(String item, List<String> qualifiers) {
        StringBuilder out = new StringBuilder(item);
        qualifiers.forEach(q -> out.append(" (").append(q).append(')'));
        return out.toString();
    }

    /**
     * Reads the qualifiers after a data category's name as its facts (Art. 9, Art. 10 GDPR, only in some cases,
     * also for the processor's own purposes) and returns those that say none of these.
     */
    private List<String> categoryQualifiers(
            ObjectNode c, String path, String item, List<String> qualifiers, SourceSpan where) {
        List<String> rest = new ArrayList<>();
        for (String q : qualifiers) {
            boolean denied = DENIED.matcher(q).find();
            // the category the label after a colon names, else one a word of the qualifier or the item names
            Optional<SpecialCategory> code = specialCategory(q.substring(q.lastIndexOf(':') + 1));
            if (code.isEmpty() && !denied && ART9_QUALIFIER.matcher(q).find()) {
                code = specialWord(q).or(() -> specialWord(item));
            }
            if (SPECIAL_QUALIFIER.matcher(q).find()
                    || (ART9_QUALIFIER.matcher(q).find() && code.isPresent())) {
                if (code.isPresent()) {
                    c.put("specialCategory", code.get().name());
                    fact(path + ".specialCategory", code.get().name(), where);
                }
            } else if (CRIMINAL_QUALIFIER.matcher(q).find()) {
                c.put("criminalOffenceData", true);
                fact(path + ".criminalOffenceData", "true", where);
            } else if (CONDITIONAL_QUALIFIER.matcher(q).find()) {
                c.put("conditional", true);
                fact(path + ".conditional", "true", where);
            } else if (OWN_PURPOSES_QUALIFIER.matcher(q).find()) {
                c.put("ownPurposes", true);
                fact(path + ".ownPurposes", "true", where);
            } else {
                rest.add(q);
            }
        }
        return rest;
    }

    /**
     * A data category, however it was read (a list, a table, a sentence), whose name cites Art. 9 GDPR and names one
     * special category in a word of its own ("Rezeptdaten (Gesundheitsdaten nach Art. 9 DSGVO)", "Befunde – dabei
     * handelt es sich um Gesundheitsdaten im Sinne von Art. 9 Abs. 1 DSGVO –", "treatment notes (health data, Article 9
     * GDPR)") is that category; a name that denies it ("keine Daten nach Art. 9") is not.
     */
    private void specialByArticle() {
        JsonNode categories = root.at("/processing/dataCategories");
        for (int k = 0; k < categories.size(); k++) {
            ObjectNode c = (ObjectNode) categories.get(k);
            if (c.has("specialCategory")) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            c.path("name").forEach(t -> name.append(t.asString()).append(' '));
            String n = name.toString();
            if (!ART9_QUALIFIER.matcher(n).find() || DENIED.matcher(n).find()) {
                continue;
            }
            Optional<SpecialCategory> code = specialWord(n);
            String path = "processing.dataCategories[" + k + "]";
            Optional<SourceSpan> where = facts.stream()
                    .filter(f -> f.path().equals(path))
                    .map(Fact::span)
                    .findFirst();
            if (code.isPresent() && where.isPresent()) {
                c.put("specialCategory", code.get().name());
                fact(path + ".specialCategory", code.get().name(), where.get());
            }
        }
    }

    /** The one special category of Art. 9(1) GDPR a word of the text names, if exactly one. */
    private static Optional<SpecialCategory> specialWord(String text) {
        List<SpecialCategory> named = SPECIAL_WORDS.entrySet().stream()
                .filter(e -> e.getValue().matcher(text).find())
                .map(Map.Entry::getKey)
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The special category of Art. 9(1) GDPR whose label (from the model's catalogue) the text names. */
    static Optional<SpecialCategory> specialCategory(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (SpecialCategoryEntry e : Catalogs.standard().specialCategories().all()) {
            for (String t : e.labels().getTranslations().values()) {
                if (t.toLowerCase(Locale.ROOT).equals(l)) {
                    return Optional.of(e.code());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Takes the fallback markers of a rendering out of every text of the draft: a plain string loses them; a
     * text in the document's language that starts with a marked passage ("{"de": "[en: …]"}") is moved to the
     * language the marker names. Brackets that are no marker ("[Name des Auftragsverarbeiters]") stay.
     */
    static void unmark(JsonNode node, String language) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>(o.propertyNames());
            if (names.size() == 1
                    && names.get(0).equals(language)
                    && o.get(names.get(0)).isString()) {
                String key = names.get(0);
                Marks.Marked m = Marks.strip(o.get(key).asString());
                o.remove(key);
                o.put(m.language() != null && !o.has(m.language()) ? m.language() : key, m.text());
                return;
            }
            for (String name : names) {
                JsonNode child = o.get(name);
                if (child.isString()) {
                    o.put(name, Marks.strip(child.asString()).text());
                } else {
                    unmark(child, language);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode child = a.get(i);
                if (child.isString()) {
                    a.set(i, Marks.strip(child.asString()).text());
                } else {
                    unmark(child, language);
                }
            }
        }
    }

    // ---- title and parties

    private void title() {
        for (Block b : text.blocks()) {
            String s = text.text(b);
            if (s.length() >= 8 && s.length() <= 200 && !PLACEHOLDER.matcher(s).find()) {
                root.set("title", localized(s));
                fact("title", s, span(b.offset(), b.length(), ""));
                return;
            }
        }
    }

    /** The role a designation names: learned from the document, or a word of a role; empty where none. */
    private String designatedRole(String word) {
        String named = this.roles.role(word);
        if (named == null) {
            named = this.roles.personRole(word); // ("Juniper", "we") in a document written as "we" and "you"
        }
        return named != null
                ? named
                : PROCESSOR_WORD.matcher(word).find()
                        ? "processor"
                        : CONTROLLER_WORD.matcher(word).find() ? "controller" : "";
    }

    /**
     * A defined term of two words whose second says it is data, content or a document, not a party ("Service Data",
     * "Customer Data", „Kundendaten“ is one word): its first word is no role word, as "Service" of "Service Data" was
     * read as the processor's designation (altocirra, round 16).
     */
    private static final Pattern NOT_A_PARTY_TERM = AsciiGerman.compile(
            "\\p{L}+\\s+(?:data|content|information|level|levels|terms|account|daten|inhalte)\\b", FLAGS);

    /** The rest of a table's cell after a designation, then the next cell: group 1 ends where that cell starts. */
    private static final Pattern NEXT_CELL = AsciiGerman.compile("[\"”“'’‘)\\]\\s]*?(\t\\s*)(?=\\S)");

    /** A company named, then a party described, in one lead: "Acme Ltd and the customer named in the Order Form". */
    private static final Pattern NAMED_AND_DESCRIBED = AsciiGerman.compile(
            "(?<named>\\p{Lu}[^,;()]{1,80}?)\\s+(?:and|und|sowie)\\s+(?<described>(?:the|a|an|any|each|der|die|dem|den|jede[rsm]?)\\s.+)",
            FLAGS);

    /** A designation's alternative wrapped onto the next line: "[“] oder" / "„Verantwortlicher“". */
    private static final Pattern WRAPPED_ALT = AsciiGerman.compile(
            "[\"”“'’‘]?\\s*(?:oder|or|bzw\\.)\\s*\\n\\s*(?:der |die |das |the )?[„\"“'‚](\\p{L}+)[\"”“'’‘]", FLAGS);

    private void parties() {
        List<Block> blocks = text.blocks();
        int limit = Math.min(blocks.size(), 60);
        Set<String> roles = foundRoles;
        List<int[]> unknown = new ArrayList<>();
        Map<String, Integer> known = new HashMap<>();
        for (int b = 0; b < limit; b++) {
            String s = text.text(blocks.get(b));
            Matcher m = DESIGNATION.matcher(s);
            int from = 0;
            while (m.find()) {
                String word = m.group("word");
                String role =
                        NOT_A_PARTY_TERM.matcher(s.substring(m.start("word"))).lookingAt() ? "" : designatedRole(word);
                String alt = m.group("alt");
                if (role.isEmpty() && alt == null && b + 1 < limit) {
                    // party30: the second designation on the next line, as a layout wraps the sentence (… („X“ oder /
                    // „Verantwortlicher“),)
                    Matcher wrapped = WRAPPED_ALT.matcher(s.substring(m.end()) + "\n" + text.text(blocks.get(b + 1)));
                    if (wrapped.lookingAt()) {
                        role = designatedRole(wrapped.group(1));
                    }
                }
                if (role.isEmpty() && alt != null) {
                    // „Belegwerk“ oder „Auftragnehmer“: the second designation names the role
                    role = designatedRole(alt);
                }
                if (role.isEmpty() && alt == null) {
                    unknown.add(new int[] {b, from, m.start(), m.start("word"), m.end("word")});
                }
                Matcher cell = NEXT_CELL.matcher(s.substring(m.end()));
                if (!role.isEmpty()
                        && !roles.contains(role)
                        && cell.lookingAt()
                        && s.substring(from, m.start()).strip().matches("(?iu)(?:" + ROLE_ONLY.pattern() + ")?")) {
                    // party30: a row of a table of parties with the role and its designation in the first cell, the
                    // name and address in the next ("Verantwortlicher („Auftraggeber“) | Reitanlage … GbR, …")
                    roles.add(role);
                    known.put(role, b);
                    labelledParty(role, word, blocks.get(b), m.end() + cell.end(1), List.of());
                } else if (!role.isEmpty() && roles.add(role)) {
                    party(role, word, b, from, m.start());
                    known.put(role, b);
                } else if (role.equals("controller")
                        && s.substring(from, m.start()).matches("[\\s–—(-]*")
                        && partyBlockStart(b) >= 0) {
                    // a further controller: a party block of its own, closed by a controller's designation
                    party(role, word, b, from, m.start());
                }
                from = m.end();
            }
        }
        otherParty(roles, known, unknown);
        labelledParties(roles);
        definedRoles(roles);
        definedParties(roles);
        addressesElsewhere();
        // the DPOs once every party is known, so that a sentence about a controller's DPO is told apart
        controllerDpos();
        if (root.has("processor")) {
            dpo((ObjectNode) root.get("processor"));
        }
    }

    /**
     * (party30) The other party of the two an agreement opens with, designated by its own short name rather than a
     * role word ("Stallscan Technologies B.V., … (“Stallscan”)", „der Gabenwerk Software GmbH, … („Gabenwerk“)“)
     * where the other one is designated by its role ("Customer", „Verantwortlicher“): an agreement under Art. 28(3)
     * GDPR binds a processor to a controller, so the company beside the controller is the processor, and the one
     * beside the processor the controller. Read only where no designation gave that role, where exactly one such short
     * name stands within three blocks of the designated party's and closes the lines of a company (a legal form on
     * its line or on the line above it, which a layout may have wrapped): a document's own designations ("DPA",
     * "Agreement", „Hauptvertrag“) name no company, and a sub-processor designated in the body stands further away.
     */
    private void otherParty(Set<String> roles, Map<String, Integer> known, List<int[]> unknown) {
        if (roles.size() != 1) {
            return;
        }
        String role = roles.contains("controller") ? "processor" : "controller";
        int at = known.values().iterator().next();
        int[] only = null;
        int count = 0;
        for (int[] u : unknown) {
            String s = text.text(text.blocks().get(u[0]));
            String word = s.substring(u[3], u[4]);
            if (Math.abs(u[0] - at) > 3
                    || NOT_A_PARTY_TERM.matcher(s.substring(u[3])).lookingAt()
                    || ROLE_ONLY.matcher(word).matches()
                    || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            String before = s.substring(u[1], u[2]);
            String prev = u[0] > 0 ? text.text(text.blocks().get(u[0] - 1)) : "";
            // the company's name opens the party's lines: after the lead on the designation's line, or on the line
            // above where a layout wrapped them (no table's row: a row's cells are particulars of their own)
            boolean company = startsWithCompany(before)
                    || (u[1] == 0
                            && s.indexOf('\t') < 0
                            && prev.indexOf('\t') < 0
                            && !legalForm(before).find()
                            && wrappedPartyLines(u[0])
                            && startsWithCompany(prev));
            if (company) {
                only = u;
                count++;
            }
        }
        if (count == 1 && only != null) {
            String s = text.text(text.blocks().get(only[0]));
            roles.add(role);
            party(role, s.substring(only[3], only[4]), only[0], only[1], only[2]);
        }
    }

    /**
     * Whether the line of a designation at {@code at} goes on from the lines above it, as a layout wraps the party's
     * sentence: the line above names the company, or it breaks off without a full stop and, at most three lines up,
     * a line opens the party with its lead („und der Tarifpunkt Systems GmbH, …“ / „Amtsgericht …, vertreten durch
     * die Geschäftsführerin Dr. Ilka“ / „Pfannschmidt (nachfolgend „Auftragsverarbeiter“),“).
     */
    private boolean wrappedPartyLines(int at) {
        List<Block> blocks = text.blocks();
        for (int k = at - 1; k >= 0 && k >= at - 4; k--) {
            String prev = text.text(blocks.get(k)).strip();
            if (prev.isEmpty()
                    || prev.indexOf('\t') >= 0
                    || SEPARATOR.matcher(prev).matches()
                    || designatesRole(prev)
                    || prev.length() > 200
                    || ".:;".indexOf(prev.charAt(prev.length() - 1)) >= 0) {
                return false;
            }
            if (companyLine(prev)
                    && (k == at - 1 || PARTY_LEAD_LINE.matcher(prev).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text of a party's line before its designation starts with a company's name, after the lead
     * ("between", „und der“): a capital letter, and a legal form in the name's part of the line.
     */
    private static boolean startsWithCompany(String line) {
        String rest = line;
        Matcher lead = PARTIES_LEAD.matcher(rest);
        if (lead.find()) {
            rest = rest.substring(lead.end());
        }
        rest = rest.replaceFirst("^[\\s\"”“'’)\\],;]*(?:(?i)and|und|sowie)?\\s*", "")
                .replaceFirst("^(?i)(?:der|die|dem|den|the)\\s+", "")
                .strip();
        if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
            return false;
        }
        String name = nameEnd(rest) > 0 ? rest.substring(0, nameEnd(rest)) : rest;
        Matcher form = legalForm(name);
        // every word of the name capitalised once its legal form is left out ("Cobalt Cloud Services S.à r.l."): no
        // sentence that names a company in passing ("Hosting is provided by Nordwolk Hosting B.V.")
        return form.find()
                && COMPANY_WORDS
                        .matcher(name.substring(0, form.start()).strip())
                        .matches();
    }

    /** The lead of a party in the opening's list of parties: "between", "and", „zwischen“, „und“, "The parties are". */
    private static final Pattern PARTIES_LEAD = AsciiGerman.compile(
            "^.*\\b(?:between|zwischen)\\s+|^[\\s\"”“'’)\\];,]*(?:and|und|sowie)\\s+"
                    + "|^\\s*(?:the )?(?:parties|vertragspartner|vertragsparteien|parteien)(?: (?:to|of) this \\p{L}+)?"
                    + "(?:\\s*:| (?:are|sind))\\s+",
            FLAGS);

    /** The words of a company's name before its legal form: each capitalised, or a number, "&", "of", „für“. */
    private static final Pattern COMPANY_WORDS = AsciiGerman.compile(
            "[\\p{Lu}\\d][\\p{L}\\d.&'’-]*(?:\\s+(?:[\\p{Lu}\\d&][\\p{L}\\d.&'’-]*|of|and|und|für|de|la|du|von|der))*",
            Pattern.UNICODE_CASE);

    /** Whether a line names a company: a legal form on it, or at the end of its first part ("ACME LIMITED, 2nd Floor"). */
    private static boolean companyLine(String line) {
        int cut = nameEnd(line);
        return legalForm(line).find()
                || (cut > 0 && legalForm(line.substring(0, cut)).find());
    }

    private void party(String role, String designation, int at, int inlineFrom, int designationStart) {
        List<Block> blocks = text.blocks();
        String inline = text.text(blocks.get(at)).substring(inlineFrom, designationStart);
        Matcher lead = LEAD.matcher(inline);
        int leadEnd = lead.find() ? lead.end() : 0;
        // "between X (in each case "X", "we"), and the business that …": a party closed by a designation the pattern
        // did not take, then the party this designation closes
        Matcher next = NEXT_PARTY.matcher(inline);
        while (next.find(leadEnd)) {
            leadEnd = next.end();
        }
        String inlineName = inline.substring(leadEnd)
                .replaceFirst("^[\\s\"”“'’)\\]]+(?:(?i)and|und|sowie)?\\s*", "")
                .replaceAll("[\\s(–-]+$", "")
                .strip();
        Matcher pair = NAMED_AND_DESCRIBED.matcher(inlineName);
        if (pair.matches()
                && legalForm(pair.group("named")).find()
                && !legalForm(pair.group("described")).find()
                && (DESCRIBED.matcher(pair.group("described")).lookingAt()
                        || DESCRIBED_BY_CLAUSE.matcher(pair.group("described")).lookingAt())) {
            // party30: "between Puzzlecrate Ltd and the customer named in the Order Form (“Customer”)": the designation
            // closes the described party; the company named before it is the other party, without a designation
            String other = role.equals("controller") ? "processor" : "controller";
            if (foundRoles.add(other)) {
                ObjectNode named = newParty(other);
                String name = pair.group("named").strip();
                named.put("placeholder", false);
                named.put("name", name);
                Matcher lf = legalForm(name);
                while (lf.find()) {
                    named.put("legalForm", lf.group(1));
                }
                int offset = blocks.get(at).offset()
                        + inlineFrom
                        + leadEnd
                        + inline.substring(leadEnd).indexOf(name);
                fact(partyPath(other) + ".name", name, span(offset, name.length(), ""));
                addParty(other, named);
            }
            leadEnd += inline.substring(leadEnd).indexOf(pair.group("described"));
            inlineName = pair.group("described");
        }
        if (!legalForm(inlineName).find()
                && !PLACEHOLDER.matcher(inlineName).find()
                && !DESCRIBED.matcher(inlineName).lookingAt() // "the customer named in the Order Form": no name
                // "between Acme ApS (…) and the company that subscribes to …": described in the sentence, no name
                && !(leadEnd > 0 && DESCRIBED_BY_CLAUSE.matcher(inlineName).lookingAt())
                && (inlineName.isEmpty()
                        || !Character.isUpperCase(inlineName.charAt(0))
                        || inlineName.matches("(?iu)(represented|vertreten|acting|handelnd).*"))) {
            // the designation closes a party block ("represented by ... (the Processor)"): look upwards
            if (at > 0
                    && !SEPARATOR.matcher(text.text(blocks.get(at - 1)).strip()).matches()) {
                inlineName = "";
            }
        } else if (inlineFrom == 0
                && leadEnd == 0
                && at > 0
                && !legalForm(inlineName).find()
                && !PLACEHOLDER.matcher(inlineName).find()
                && wrappedPartyLines(at)) {
            // party30: the party's line wrapped by a layout ("COUNTERLINE SYSTEMS LIMITED, 2nd Floor, …" / "Cork T12
            // K8RE, Ireland, company number 612874 (“Counterline”)"): the name is on the line above, with its legal
            // form
            inlineName = "";
        }
        int start = at;
        // a designation inside a paragraph of prose ("Die X AG (nachfolgend „X“) stellt ihren Kunden (nachfolgend
        // „Kunde“) … zur Verfügung"): the party is described there, not closing a block of lines above it
        boolean prose = text.text(blocks.get(at)).length() > 300;
        int block = inlineName.length() < 3 && !prose ? partyBlockStart(at) : -1;
        if (block >= 0) {
            start = block;
        }
        while (block < 0 && !prose && inlineName.length() < 3 && start > 0 && at - start < 8) {
            String prev = text.text(blocks.get(start - 1)).strip();
            if (SEPARATOR.matcher(prev).matches()
                    || DOCUMENT_TITLE.matcher(prev).find() // the title line names the document, not a party
                    || DOCUMENT_META.matcher(prev).find() // "Version 3.2 · gültig ab …", "Last updated: …"
                    // the designation of the party before closes that party's lines: no line above it is this one's
                    || designatesRole(prev)
                    // "und der" / "and" on a line of its own: the lead of this party, above its name
                    || LEAD_ONLY.matcher(prev).matches()
                    || prev.toLowerCase(Locale.ROOT).endsWith(" zwischen")
                    || prev.toLowerCase(Locale.ROOT).endsWith(" between")
                    // "THIS AGREEMENT is made between:", „Dieser Vertrag wird geschlossen zwischen:“: the lead of
                    // the parties' list, above every party's own lines
                    || LIST_LEAD.matcher(prev).find()
                    || prev.length() > 200) {
                break;
            }
            start--;
            if (PARTY_LEAD_LINE.matcher(prev).lookingAt()) {
                break; // "zwischen der X GmbH, …" / "und der Y GmbH, …": the party's lines start here
            }
        }
        ObjectNode party = newParty(role);
        String path = partyPath(role);
        Block nameBlock = blocks.get(start);
        String nameText = text.text(nameBlock);
        int nameOffset = nameBlock.offset();
        if (start == at) {
            nameText = inlineName;
            nameOffset = nameBlock.offset() + inlineFrom + leadEnd;
        }
        // a party's number in the list of parties or a dash before its lead ("1. Postrivo ApS", "(a) Ashgrove …",
        // "– und Hainbuch …") and a role label in the cell before the name ("Auftragsbearbeiter | Glarnet AG") are no
        // part of its name
        String name = nameText.replaceFirst(
                        "^\\s*[–—-]?\\s*(?:\\((?:\\d{1,2}|[a-zA-Z]|[ivx]{1,4})\\)|(?:\\d{1,2}|[a-z])[.)])\\s+", "")
                .replaceFirst("^\\s*[–—-]\\s+", "")
                .replaceFirst("^(?iu)(?:" + ROLE_ONLY.pattern() + "|auftragsbearbeiter(?:in)?)\\s*:?\\t\\s*", "")
                .replaceFirst("^(?i)(zwischen|between|und|and|sowie)\\s+", "")
                .replaceFirst("^(?i)(der|die|dem|den|the)\\s+", "");
        // a form's label before the name ("Name/Firma: X GmbH", "Company name: X Ltd"): the name is its value
        name = name.substring(FormLabels.nameLabel(name));
        int cut = nameEnd(name);
        // "ACME, a société par actions simplifiée with …", "Acme, a company incorporated in …": the legal form in words
        Optional<String> appositive = cut > 0 ? LegalFormPhrases.appositive(name.substring(cut + 1)) : Optional.empty();
        // the rest of the name's line after the name ("der Beispiel GmbH, Hafenweg 4, 28195 Bremen"): its address
        List<String> rest = new ArrayList<>();
        if (cut > 0) {
            if (start != at) {
                // from the first part with a number on (a street or a postcode): "Inh. Kai Möller" is no address
                for (String part : name.substring(cut + 1).split(",")) {
                    // a register number in parentheses after the town ("77652 Offenburg (BSNR 52 71 804 00)") is
                    // no part of the address
                    part = part.replaceFirst("\\s*\\([^()]*\\d[^()]*\\)\\s*$", "");
                    if (!part.isBlank() && (!rest.isEmpty() || part.chars().anyMatch(Character::isDigit))) {
                        rest.add(part.strip());
                    }
                }
            }
            name = name.substring(0, cut);
        }
        // party31: a reference to an address stated elsewhere ("Wäscherei Hellmold GmbH (Anschrift siehe oben)", "Acme
        // Ltd (address as above)") is no part of the name; the address is looked for where it refers
        name = SEE_ADDRESS.matcher(name).replaceFirst("");
        name = name.strip();
        // the quotation starts where the name does, after "zwischen", "der" and the like that were cut off
        int nameStart = name.isEmpty() ? -1 : nameText.indexOf(name);
        if (nameStart > 0) {
            nameOffset += nameStart;
        }
        boolean placeholder = PLACEHOLDER.matcher(name).find();
        // a name wholly in square brackets ("[Name des Verantwortlichen]") is a blank to fill in: kept as the text
        boolean blank = BRACKETED.matcher(name).matches();
        party.put("placeholder", placeholder || blank);
        // a role word alone ("dem Kunden, wie im Kundenkonto bezeichnet") names no party: kept as its description
        boolean roleOnly = ROLE_ONLY.matcher(name).matches()
                // "der Steuerberaterin / dem Steuerberater bzw. der Steuerberatungsgesellschaft": who the customer
                // may be, in alternatives with their articles, not a name
                || (ALTERNATIVE_PERSONS.matcher(name).find() && !legalForm(name).find())
                // „der Ärztin, dem Arzt, … oder dem Medizinischen Versorgungszentrum, die … als Kunde genannt ist“: the
                // line gives the alternatives, of which the cut at the first comma would keep the first as a "name"
                || (start != at
                        && ALTERNATIVE_PERSONS.matcher(nameText).find()
                        && !legalForm(nameText).find());
        boolean looksLikeName = (!roleOnly && legalForm(name).find())
                || placeholder
                || (block >= 0
                        && !roleOnly
                        && name.length() <= 200
                        && !name.isEmpty()
                        && !blank
                        && !Character.isLowerCase(name.charAt(0)))
                || (start < at
                        && !roleOnly
                        && name.length() <= 80
                        && !name.isEmpty()
                        && Character.isUpperCase(name.charAt(0)))
                || (appositive.isPresent()
                        && !roleOnly
                        && name.length() <= 80
                        && !name.isEmpty()
                        && Character.isUpperCase(name.charAt(0)))
                // "between Kajaform OÜ (…)": a proper name after the lead, with a legal form the model's list lacks
                || (start == at
                        && leadEnd > 0
                        && !roleOnly
                        && PROPER_NAME.matcher(name).matches()
                        && !DESCRIBED_BY_CLAUSE.matcher(nameText).lookingAt());
        if (!name.isEmpty() && name.length() <= (block >= 0 ? 200 : 120) && looksLikeName) {
            party.put("name", name);
            fact(path + ".name", name, span(nameOffset, Math.min(name.length(), nameBlock.end() - nameOffset), ""));
            Matcher lf = legalForm(name);
            String form = null;
            while (lf.find()) {
                form = lf.group(1);
            }
            if (form == null && appositive.isPresent() && !appositive.get().isEmpty()) {
                form = appositive.get();
            }
            if (form != null && !placeholder) {
                party.put("legalForm", form);
            }
        } else if (!TextBuilder.normalise(nameText).isBlank()) {
            // found by a generated agreement: a designation with nothing before it must not give an empty text
            party.set("description", localized(TextBuilder.normalise(nameText)));
            describedController(role, party);
        }
        List<String> lines = new ArrayList<>();
        if (start == at) {
            String[] parts = inlineName.split(",");
            for (String part : List.of(parts).subList(1, parts.length)) {
                // the legal form in words and the register's details are no lines of the address
                // party31: unless it leads into the address ("… (no. 11840277) with its registered office at 4 Jutland
                // Street"): from the lead on it is the address's first line
                if (appositive.isEmpty() || !REGISTRATION.matcher(part).find() || Addresses.leadsIntoAddress(part)) {
                    lines.add(part);
                }
            }
        } else {
            lines.addAll(rest);
            for (int b = start + 1; b < at; b++) {
                // "Anschrift: Hafenweg 4, …" is read without its label; "vertreten durch: …" is no address line
                String line = FormLabels.addressLine(text.text(blocks.get(b)));
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            // party31: the designation's own line before it goes on with the party's lines where a layout wrapped them
            // ("COUNTERLINE SYSTEMS LIMITED, 2nd Floor, …" / "Cork T12 K8RE, Ireland, company number …
            // (“Counterline”)")
            String own = FormLabels.addressLine(inline.replaceAll("[\\s(–—-]+$", ""));
            if (!own.isBlank() && party.has("name")) {
                lines.add(own);
            }
        }
        address(party, path, lines, span(blocks.get(at).offset(), blocks.get(at).length(), ""));
        ArrayNode designations = party.putArray("designations");
        designations.add(localized(designation));
        addParty(role, party);
        fact(
                path + ".designations",
                designation,
                span(blocks.get(at).offset(), blocks.get(at).length(), ""));
    }

    /**
     * A controller the agreement describes instead of naming ("the Customer named in the Order Form", "the company that
     * subscribes to …", „der Kunde, der … nutzt“) is a vendor's form: who the controller is, each customer's order or
     * account says. The model writes such a party as a placeholder with its description ({@code Party}: "Templates
     * whose controller is not yet known"), which the validator accepts in the TEMPLATE profile (the profile of {@code
     * dpa review}) and reports as a placeholder in the EXECUTED one, instead of calling its identity incomplete. A
     * described processor stays as it is: the vendor is the party the form is written by, and must be named.
     */
    private static void describedController(String role, ObjectNode party) {
        if (role.equals("controller") && !party.has("name")) {
            party.put("placeholder", true);
        }
    }

    /** Whether a line designates a party by its role ("– nachstehend „Auftraggeber“ –"), closing that party's lines. */
    private boolean designatesRole(String line) {
        Matcher m = DESIGNATION.matcher(line);
        while (m.find()) {
            if (!designatedRole(m.group("word")).isEmpty()
                    || (m.group("alt") != null
                            && !designatedRole(m.group("alt")).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** A new party of the role, with its id: "processor", "controller", "controller-2", … */
    private ObjectNode newParty(String role) {
        ObjectNode party = DpaJson.mapper().createObjectNode();
        int index = role.equals("controller") && root.has("controllers")
                ? root.get("controllers").size()
                : 0;
        party.put("id", index == 0 ? role : role + "-" + (index + 1));
        return party;
    }

    /** The model path of the party of the role that {@link #addParty} adds next. */
    private String partyPath(String role) {
        return role.equals("processor")
                ? "processor"
                : "controllers["
                        + (root.has("controllers") ? root.get("controllers").size() : 0) + "]";
    }

    /** The party as the draft's processor or as its next controller. */
    private void addParty(String role, ObjectNode party) {
        if (role.equals("processor")) {
            root.set("processor", party);
        } else {
            (root.has("controllers") ? (ArrayNode) root.get("controllers") : root.putArray("controllers")).add(party);
        }
    }

    /** Where a party's name ends on its line: at the first ", ", " – " or "; " that no legal form follows (", Inc."). */
    private static int nameEnd(String line) {
        int cut = indexOfAny(line, ", ", " – ", " - ", "; ");
        while (cut > 0
                && cut + 1 < line.length()
                && LEGAL_FORM.matcher(line.substring(cut + 1).strip()).lookingAt()) {
            int next = indexOfAny(line.substring(cut + 1), ", ", " – ", " - ", "; ");
            cut = next < 0 ? -1 : cut + 1 + next; // ", Inc." belongs to the name
        }
        return cut;
    }

    /**
     * The parties of an opening that labels each line with a role instead of designating it ("Verantwortlicher:
     * Tischlerei Brehm OHG, Mühlenweg 12, 79098 Freiburg", „Auftragnehmer (Auftragsverarbeiter): …“, "Processor:" with
     * the name on the lines below) or that sets them out as a table ("Controller | Harbour Ltd | 1 Dock Road, Leeds",
     * "Harbour Ltd | Controller | …"): the label's role is the party's, the first line or cell after it the name (a
     * described party, "der im Bestellformular genannte Kunde", stays a description; a blank to fill in a placeholder),
     * the rest its address. Read only in the opening, before the body's first paragraph of prose, and only for a role
     * the designations did not give.
     */
    private void labelledParties(Set<String> found) {
        List<Block> blocks = text.blocks();
        boolean controllers = found.contains("controller");
        for (int b = 0; b < Math.min(blocks.size(), 60); b++) {
            String line = text.text(blocks.get(b));
            if (line.length() > 300) {
                return; // the body has begun
            }
            String label;
            int nameBlock = b;
            int valueAt;
            List<String> rest = new ArrayList<>();
            if (line.indexOf('\t') >= 0) {
                // a row of a table of parties: one cell the role, the first other cell the name, the rest the address
                String[] cells = line.split("\t", -1);
                if (cells.length >= 3 && ROW_LABEL.matcher(cells[0].strip()).matches()) {
                    // party30: the parties in columns, each row a particular ("Role | Controller (…) | Processor"):
                    // each party's name is the cell of its column in the table's row of names, not the label "Role"
                    int row = namesRow(blocks, b);
                    String[] names =
                            row < 0 ? new String[0] : text.text(blocks.get(row)).split("\t", -1);
                    // party31: the address of each party in the cell of its column in the table's row of addresses
                    int addressRow = row < 0 ? -1 : addressRow(blocks, row);
                    String[] addresses = addressRow < 0
                            ? new String[0]
                            : text.text(blocks.get(addressRow)).split("\t", -1);
                    int at = 0;
                    for (int c = 1; c < cells.length && c < names.length; c++) {
                        at += names[c - 1].length() + 1;
                        Matcher l = ROLE_LABEL.matcher(cells[c].strip());
                        String role = l.lookingAt() ? labelRole(l.group("label")) : "";
                        if (!role.isEmpty() && !found.contains(role) && !names[c].isBlank()) {
                            found.add(role);
                            labelledParty(
                                    role,
                                    l.group("label"),
                                    blocks.get(row),
                                    at
                                            + names[c].length()
                                            - names[c].stripLeading().length(),
                                    c < addresses.length ? List.of(addresses[c].split(",")) : List.of());
                        }
                    }
                    continue;
                }
                int labelCell = -1;
                for (int c = 0; c < cells.length && labelCell < 0; c++) {
                    if (ROLE_LABEL.matcher(cells[c].strip()).matches()) {
                        labelCell = c;
                    }
                }
                if (labelCell < 0 || cells.length < 2) {
                    continue;
                }
                label = cells[labelCell].strip();
                int nameCell = labelCell == 0 ? 1 : 0;
                if (ROLE_LABEL.matcher(cells[nameCell].strip()).matches()) {
                    continue; // a head row, "Controller | Processor"
                }
                valueAt = 0;
                for (int c = 0; c < nameCell; c++) {
                    valueAt += cells[c].length() + 1;
                }
                valueAt += cells[nameCell].length()
                        - cells[nameCell].stripLeading().length();
                for (int c = nameCell + 1; c < cells.length; c++) {
                    if (c != labelCell) {
                        rest.addAll(List.of(cells[c].split(",")));
                    }
                }
            } else {
                int colon = line.indexOf(':');
                if (colon < 0
                        || !ROLE_LABEL.matcher(line.substring(0, colon).strip()).matches()) {
                    continue;
                }
                label = line.substring(0, colon).strip();
                valueAt = colon + 1;
                while (valueAt < line.length() && Character.isWhitespace(line.charAt(valueAt))) {
                    valueAt++;
                }
                if (valueAt == line.length()) {
                    // the label on a line of its own: the name and the address on the lines below it
                    int n = b + 1;
                    while (n < blocks.size() && n <= b + 6) {
                        String next = text.text(blocks.get(n)).strip();
                        if (next.isEmpty()
                                || next.length() > 120
                                || next.indexOf('\t') >= 0
                                || (next.indexOf(':') > 0
                                        && ROLE_LABEL
                                                .matcher(next.substring(0, next.indexOf(':'))
                                                        .strip())
                                                .matches())) {
                            break;
                        }
                        if (n > b + 1) {
                            rest.add(next);
                        }
                        n++;
                    }
                    if (n == b + 1) {
                        continue;
                    }
                    nameBlock = b + 1;
                    valueAt = 0;
                    b = n - 1;
                }
            }
            Matcher l = ROLE_LABEL.matcher(label);
            String role = l.matches() ? labelRole(l.group("label")) : "";
            if (role.isEmpty() || (found.contains(role) && (!role.equals("controller") || controllers))) {
                continue;
            }
            found.add(role);
            labelledParty(role, l.group("label"), blocks.get(nameBlock), valueAt, rest);
        }
    }

    /**
     * A role defined as one of the parties' own defined group (an intra-group agreement: '"Service Provider" means a
     * Group Company that provides a Shared Service and processes Personal Data on behalf of another Group Company', „…
     * bezeichnet jede Konzerngesellschaft, die … im Auftrag … verarbeitet“): group {@code term} is the role's name,
     * {@code what} the definition, which begins with a defined term of the agreement ("a Group Company"), not with
     * the law's words ("a natural or legal person").
     */
    private static final Pattern DEFINED_ROLE = AsciiGerman.compile(
            "^\\s*[„\"“‘']?(?<term>\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})[”\"“’']\\s+(?:means|bezeichnet|ist)\\s+"
                    + "(?<what>(?:(?:a|an|any|each|eine?|jede)\\s+)(?-i:\\p{Lu})[^;]{5,240})",
            Pattern.UNICODE_CASE);

    private static final Pattern DEFINED_PROCESSOR = AsciiGerman.compile(
            "\\bon behalf of\\b|\\bim auftrag\\b|\\b(?:as|als) (?:a |the |ein )?(?:processor|auftragsverarbeiter)\\b",
            FLAGS);

    private static final Pattern DEFINED_CONTROLLER = AsciiGerman.compile(
            "\\b(?:is|are|as) (?:the |a )?controller\\b|\\b(?:ist|als) (?:der )?verantwortliche\\b", FLAGS);

    /**
     * The parties of an agreement that names them only by a role its definitions give one of its own groups ({@link
     * #DEFINED_ROLE}): the party is described by the definition and designated by the role's name; its members stand
     * in a list the agreement refers to, which the model cannot hold as one party. Only for a role nothing else gave.
     */
    private void definedRoles(Set<String> found) {
        for (Block b : text.blocks()) {
            if (found.contains("processor") && found.contains("controller")) {
                return;
            }
            String line = text.text(b);
            Matcher m = DEFINED_ROLE.matcher(line);
            if (!m.lookingAt()) {
                continue;
            }
            String what = m.group("what").strip();
            String role = DEFINED_PROCESSOR.matcher(what).find()
                    ? "processor"
                    : DEFINED_CONTROLLER.matcher(what).find() ? "controller" : "";
            if (role.isEmpty()
                    || found.contains(role)
                    || PROCESSOR_WORD.matcher(m.group("term")).matches()) {
                continue;
            }
            found.add(role);
            ObjectNode party = newParty(role);
            party.put("placeholder", false);
            party.set("description", localized(TextBuilder.normalise(what)));
            party.putArray("designations").add(localized(m.group("term")));
            fact(partyPath(role) + ".designations", m.group("term"), span(b.offset(), b.length(), ""));
            addParty(role, party);
        }
    }

    /**
     * A definition of a party's designation: '"Processor" means Altocirra Ltd, 1 Dock Road, Leeds', „„Anbieter“
     * bezeichnet die Holmwerk GmbH, …“. Group {@code term} is the designation, {@code what} the definition.
     */
    private static final Pattern DEFINED_PARTY = AsciiGerman.compile(
            "^\\s*[„\"“‘']?(?<term>\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})[”\"“’']\\s+(?:means|bezeichnet|ist)\\s+"
                    + "(?<article>(?:the|die|der|den)\\s+)?(?<what>[^;]{3,400})",
            Pattern.UNICODE_CASE);

    /**
     * A party the agreement names only in its definitions ("'Processor' means Altocirra Ltd, 1 Dock Road, Leeds"),
     * for a role nothing else gave and a designation whose role is known (a role word, or a name the agreement gives a
     * role): a definition that names one legal entity (one legal form) is that party's designation, with its name and
     * address; a definition that names alternatives ("the Altocirra entity that is a party to the Agreement, which for
     * customers with a billing address in the EEA is Altocirra Cloud EMEA S.à r.l. … and otherwise Altocirra Cloud,
     * Inc.") describes the party: which of them it is, the customer's billing address decides, so it is kept as the
     * party's description. A definition without a legal form (the law's "a natural or legal person which …") names no
     * party.
     */
    private static final Pattern CONDITION_BEFORE_ROLE = AsciiGerman.compile(
            "\\b(?:where|if|when|to the extent|insofar as|soweit|sofern|falls|wenn)\\s+[^.;]{0,20}$", FLAGS);

    /**
     * The role the agreement states for a name it defines but does not designate in its opening ("Altocirra is a
     * processor", "Altocirra acts as processor"), not after a condition ("where Customer is a processor"); empty
     * where it states none.
     */
    private String statedRole(String term) {
        Matcher m = AsciiGerman.compile(
                        "(?<![\\p{L}])" + Pattern.quote(term)
                                + "\\s+(?:is|acts as|will act as|shall act as|ist|handelt als)\\s+(?:the |a |an |der |ein )?"
                                + "(?:data )?(?<role>processor|controller|auftragsverarbeiter|verantwortliche)\\b",
                        FLAGS)
                .matcher(text.text());
        while (m.find()) {
            String before = text.text().substring(Math.max(0, m.start() - 40), m.start());
            if (CONDITION_BEFORE_ROLE.matcher(before).find()) {
                continue;
            }
            String r = m.group("role").toLowerCase(Locale.ROOT);
            return r.equals("processor") || r.startsWith("auftragsverarbeiter") ? "processor" : "controller";
        }
        return "";
    }

    private void definedParties(Set<String> found) {
        for (Block b : text.blocks()) {
            if (found.contains("processor") && found.contains("controller")) {
                return;
            }
            String line = text.text(b);
            Matcher m = DEFINED_PARTY.matcher(line);
            if (!m.lookingAt()) {
                continue;
            }
            String term = m.group("term").strip();
            String role = designatedRole(term);
            if (role.isEmpty()) {
                role = statedRole(term);
            }
            if (role.isEmpty() || found.contains(role)) {
                continue;
            }
            String what = m.group("what").strip().replaceFirst("[.\\s]+$", "");
            int forms = 0;
            Matcher lf = legalForm(what);
            String form = null;
            while (lf.find()) {
                forms++;
                form = lf.group(1);
            }
            if (forms == 0) {
                continue;
            }
            found.add(role);
            ObjectNode party = newParty(role);
            String path = partyPath(role);
            party.put("placeholder", false);
            SourceSpan where = span(b.offset(), b.length(), "");
            if (forms == 1 && Character.isUpperCase(what.charAt(0))) {
                int cut = nameEnd(what);
                String name = (cut > 0 ? what.substring(0, cut) : what).strip();
                party.put("name", name);
                party.put("legalForm", form);
                fact(path + ".name", name, span(b.offset() + line.indexOf(name), name.length(), ""));
                if (cut > 0) {
                    List<String> lines =
                            new ArrayList<>(List.of(what.substring(cut + 1).split(",")));
                    lines.replaceAll(String::strip);
                    lines.removeIf(String::isEmpty);
                    address(party, path, lines, where);
                }
            } else {
                String article = m.group("article") == null ? "" : m.group("article");
                party.set("description", localized(TextBuilder.normalise(article + what)));
            }
            party.putArray("designations").add(localized(term));
            fact(path + ".designations", term, where);
            addParty(role, party);
        }
    }

    /** (party31) A parenthesis after a party's name that refers to its address elsewhere: „(Anschrift siehe oben)“. */
    private static final Pattern SEE_ADDRESS = AsciiGerman.compile(
            "\\s*\\((?:(?:die|the) )?(?:anschrift|adresse|address|sitz|registered office)\\b[^()]{0,40}\\)\\s*$",
            FLAGS);

    /** (party31) A letterhead's particulars that are no address: a labelled field, a version, a date. */
    private static final Pattern NOT_AN_ADDRESS = AsciiGerman.compile(
            ":|\\b(?:version|fassung|stand|effective|updated|dated|datum|seite|page)\\b|\\b\\d{1,2}\\.?\\s+(?:jan|feb|m[äa]r|apr"
                    + "|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])\\p{L}*\\.?\\s+\\d{4}|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                    + "|nov|dec)\\p{L}*\\.?\\s+\\d{1,2},?\\s+\\d{4}",
            FLAGS);

    /** (party31) The separators of a letterhead's or an imprint's particulars: "Industriestraße 27 · 33775 Versmold". */
    private static final Pattern IMPRINT_SEPARATOR = AsciiGerman.compile("\\s+[·•|]\\s+|\\t");

    /**
     * (party31) The address of a named party whose lines in the parties' lead give none, where the document states it
     * elsewhere beside the same name (Art. 30(2)(a) GDPR asks for each party's name and contact details; the review
     * calls a named party without an address incomplete): the vendor's letterhead or imprint (its name on a line of
     * its own at the top or foot of the document, the street and town on the lines below it, "Industriestraße 27 ·
     * 33775 Versmold · Tel. …"), a party table's cell or an opening line that gives the name again with its address
     * ("Provider | Puzzlecrate Ltd, The Granary, Dock Road, Limerick V94 R2K8"). Only the document's first 40 and
     * last 15 blocks are read, and only a line or cell that starts with the party's full name: a sub-processor's, an
     * authority's or a court's address stands beside another name.
     */
    private void addressesElsewhere() {
        List<ObjectNode> parties = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (root.get("processor") instanceof ObjectNode p) {
            parties.add(p);
            paths.add("processor");
        }
        if (root.get("controllers") instanceof ArrayNode cs) {
            for (int i = 0; i < cs.size(); i++) {
                if (cs.get(i) instanceof ObjectNode c) {
                    parties.add(c);
                    paths.add("controllers[" + i + "]");
                }
            }
        }
        List<Block> blocks = text.blocks();
        for (int k = 0; k < parties.size(); k++) {
            ObjectNode party = parties.get(k);
            if (!party.has("name") || party.path("placeholder").asBoolean(false) || hasFullAddress(party)) {
                continue;
            }
            String name = party.get("name").asString().strip();
            if (name.length() < 4 || !legalForm(name).find()) {
                continue;
            }
            for (int b = 0; b < blocks.size(); b++) {
                if (b >= 40 && b < blocks.size() - 15) {
                    b = blocks.size() - 15;
                }
                String line = text.text(blocks.get(b));
                List<String> lines = new ArrayList<>();
                for (String cell : line.split("\t")) {
                    String c = cell.strip();
                    if (c.regionMatches(true, 0, name, 0, name.length())) {
                        String rest = c.substring(name.length());
                        if (!rest.isBlank() && !rest.matches("(?s)^\\s*[,·•|–-].*")) {
                            continue; // a longer name that starts with this one
                        }
                        lines.addAll(List.of(IMPRINT_SEPARATOR.split(rest)));
                        // a letterhead: the name alone, the particulars on the next lines, as far as the town's
                        for (int n = b + 1; rest.isBlank() && n < blocks.size() && n <= b + 3; n++) {
                            lines.addAll(List.of(IMPRINT_SEPARATOR.split(text.text(blocks.get(n)))));
                            if (!Addresses.read(lines).locality().isEmpty()) {
                                break;
                            }
                        }
                        break;
                    }
                }
                if (lines.isEmpty()) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                lines.forEach(x -> parts.addAll(List.of(x.split(","))));
                lines = parts;
                lines.replaceAll(x -> x.strip());
                // a letterhead's other particulars: a version, a date, a labelled field ("Effective date: …")
                lines.removeIf(x -> x.isEmpty() || NOT_AN_ADDRESS.matcher(x).find());
                Addresses.Address a = Addresses.read(lines, language.equals("de"), true);
                if (!a.street().isEmpty() && !a.locality().isEmpty()) {
                    address(
                            party,
                            paths.get(k),
                            lines,
                            span(blocks.get(b).offset(), blocks.get(b).length(), ""));
                    break;
                }
            }
        }
    }

    /** Whether a party's address has a street and a town. */
    private static boolean hasFullAddress(ObjectNode party) {
        JsonNode a = party.get("address");
        return a != null
                && a.has("locality")
                && a.has("streetLines")
                && !a.get("streetLines").isEmpty();
    }

    /** The label of a row of a table that sets the parties in columns: "Role", „Rolle“, "Capacity". */
    private static final Pattern ROW_LABEL =
            AsciiGerman.compile("role|rolle|funktion|capacity|eigenschaft|acting as|handelt als", FLAGS);

    /** The label of a party table's row of names: "Name", „Firma“, "Legal name", "Company". */
    private static final Pattern NAMES_LABEL = AsciiGerman.compile(
            "(?:full |legal |company |registered )?name|firma|firmenname|name\\s*/\\s*firma|company|unternehmen|party"
                    + "|vertragspartei|partei",
            FLAGS);

    /** The row of names of the party table the row {@code at} belongs to, at most six rows away; -1 where none. */
    private int namesRow(List<Block> blocks, int at) {
        for (int k = Math.max(0, at - 6); k < blocks.size() && k <= at + 6; k++) {
            String row = text.text(blocks.get(k));
            int tab = row.indexOf('\t');
            if (tab > 0 && NAMES_LABEL.matcher(row.substring(0, tab).strip()).matches()) {
                return k;
            }
        }
        return -1;
    }

    /** (party31) The label of a party table's row of addresses: "Address", „Anschrift“, "Registered office", „Sitz“. */
    private static final Pattern ADDRESS_ROW_LABEL = AsciiGerman.compile(
            "(?:postal |registered |business |company )?address|registered office|(?:geschäfts)?anschrift|adresse|sitz"
                    + "|(?:firmen|geschäfts)?sitz|seat|head office",
            FLAGS);

    /** (party31) The row of addresses beside the party table's row of names {@code names}, at most six rows away. */
    private int addressRow(List<Block> blocks, int names) {
        for (int k = Math.max(0, names - 6); k < blocks.size() && k <= names + 6; k++) {
            String row = text.text(blocks.get(k));
            int tab = row.indexOf('\t');
            if (tab > 0
                    && ADDRESS_ROW_LABEL.matcher(row.substring(0, tab).strip()).matches()) {
                return k;
            }
        }
        return -1;
    }

    /** A party's role as the label of a line or a table's cell: "Verantwortlicher", "Auftraggeber (Verantwortlicher)". */
    private static final Pattern ROLE_LABEL = AsciiGerman.compile(
            "(?:(?:der|die|the)\\s+)?(?<label>auftraggeber(?:in)?|auftragnehmer(?:in)?|verantwortliche[r]?"
                    + "|auftragsverarbeiter(?:in)?|(?:data\\s+)?controller|(?:data\\s+)?processor)"
                    + "(?:\\s*\\([^()]{1,40}\\))?",
            FLAGS);

    /** The role a label names: "controller" or "processor". */
    private static String labelRole(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.startsWith("auftragnehmer") || l.startsWith("auftragsverarbeiter") || l.endsWith("processor")
                ? "processor"
                : "controller";
    }

    /**
     * One party of {@link #labelledParties}: its name (or description) starts at {@code valueAt} of the block {@code
     * at} and runs to the block's end or the next tab; the lines of {@code rest} are its address.
     */
    private void labelledParty(String role, String label, Block at, int valueAt, List<String> rest) {
        String line = text.text(at);
        int tab = line.indexOf('\t', valueAt);
        String value = line.substring(valueAt, tab < 0 ? line.length() : tab).strip();
        if (value.isEmpty()) {
            return;
        }
        ObjectNode party = newParty(role);
        String path = partyPath(role);
        boolean placeholder =
                PLACEHOLDER.matcher(value).find() || BRACKETED.matcher(value).matches();
        party.put("placeholder", placeholder);
        List<String> lines = new ArrayList<>();
        if (DESCRIBED.matcher(value).lookingAt()
                || ROLE_ONLY.matcher(value).matches()
                || Character.isLowerCase(value.charAt(0))) {
            // "der im Bestellformular genannte Kunde", "the customer who accepts these terms": described, not named
            party.set("description", localized(TextBuilder.normalise(value)));
            describedController(role, party);
        } else if (!placeholder) {
            int cut = nameEnd(value);
            String name = (cut > 0 ? value.substring(0, cut) : value).strip();
            if (cut > 0) {
                lines.addAll(List.of(value.substring(cut + 1).split(",")));
            }
            party.put("name", name);
            fact(path + ".name", name, span(at.offset() + valueAt, name.length(), ""));
            Matcher lf = legalForm(name);
            while (lf.find()) {
                party.put("legalForm", lf.group(1));
            }
        }
        lines.addAll(rest);
        lines.replaceAll(x -> FormLabels.addressLine(x).strip());
        lines.removeIf(String::isEmpty);
        address(party, path, lines, span(at.offset(), at.length(), ""));
        party.putArray("designations").add(localized(label));
        fact(path + ".designations", label, span(at.offset(), at.length(), ""));
        addParty(role, party);
    }

    /**
     * The first line of the party block that a designation on a line of its own closes: the line after the nearest
     * "zwischen"/"between"/"und"/"and" (or a lead such as "und dem Auftragsverarbeiter:") above it, when every line between them is a line of a block (no sentence of
     * the body) and there are at most 15 of them; -1 when the designation stands in no such block. That line is the
     * party's name whatever its words, with a legal form of any kind or with none.
     */
    private int partyBlockStart(int at) {
        List<Block> blocks = text.blocks();
        for (int b = at - 1; b >= 0 && at - b <= 16; b--) {
            String prev = text.text(blocks.get(b)).strip();
            String lower = prev.toLowerCase(Locale.ROOT);
            if (SEPARATOR.matcher(prev).matches()
                    || lower.endsWith(" zwischen")
                    || lower.endsWith(" between")
                    || BLOCK_LEAD.matcher(prev).matches()) {
                return b + 1 < at ? b + 1 : -1;
            }
            if (prev.length() > 1000 || DESIGNATION.matcher(prev).find()) {
                return -1; // body text, or the designation of the party before: no block of its own
            }
        }
        return -1;
    }

    /** The party's postal address from the lines of its block (forms: {@link Addresses}). */
    private void address(ObjectNode party, String path, List<String> lines, SourceSpan where) {
        Addresses.Address a = Addresses.read(
                lines, language.equals("de"), path.startsWith("processor") || path.startsWith("controllers"));
        if (a.locality().isEmpty() && a.country() == null) {
            return;
        }
        ObjectNode address = DpaJson.mapper().createObjectNode();
        if (!a.street().isEmpty()) {
            ArrayNode streetLines = address.putArray("streetLines");
            a.street().forEach(streetLines::add);
        }
        if (!a.postalCode().isEmpty()) {
            address.put("postalCode", a.postalCode());
            fact(path + ".address.postalCode", a.postalCode(), where);
        }
        if (!a.locality().isEmpty()) {
            address.put("locality", a.locality());
            fact(path + ".address.locality", a.locality(), where);
        }
        if (!a.region().isEmpty()) {
            address.put("region", a.region());
            fact(path + ".address.region", a.region(), where);
        }
        if (a.country() != null) {
            address.put("country", a.country());
            fact(path + ".address.country", a.country(), where);
        } else if (a.inferredCountry() != null) {
            // "Hafenstraße 3, 24103 Kiel" in a German agreement: Germany, inferred and marked so (docs/import.md)
            address.put("country", a.inferredCountry());
            facts.add(new Fact(path + ".address.country", a.inferredCountry(), where, true));
        }
        party.set("address", address);
    }

    /**
     * The text of a segment, continued by the next ones (at most two) while it breaks off inside a sentence, as a
     * line-wrapped paragraph of a plain text can: "… is" / "Name, e-mail." .
     */
    private String sentenceText(int i) {
        StringBuilder s = new StringBuilder(text.text(segments.get(i).block()));
        if (i > 0
                && segments.get(i - 1).block().kind() == Kind.PARAGRAPH
                && segments.get(i).block().kind() == Kind.PARAGRAPH) {
            // a paragraph that begins inside a sentence ("… (X) hat als" / "Datenschutzbeauftragten benannt: …")
            String before = text.text(segments.get(i - 1).block()).strip();
            if (before.length() > 60 && ".;:!?)".indexOf(before.charAt(before.length() - 1)) < 0) {
                s.insert(0, before + " ");
            }
        }
        if (segments.get(i).block().kind() != Kind.PARAGRAPH || s.length() <= 60) {
            return s.toString(); // a heading ("Data protection officers and contacts") goes on in no sentence
        }
        for (int next = i + 1; next < segments.size() && next <= i + 2; next++) {
            String t = s.toString().strip();
            if (t.isEmpty() || ".;:!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
                break;
            }
            s.append(' ').append(text.text(segments.get(next).block()));
        }
        return s.toString();
    }

    /**
     * A controller's DPO: a sentence with the DPO's word that names the controller, by its role ("Der
     * Verantwortliche (X) hat als Datenschutzbeauftragten benannt: …", "The data protection officer of the
     * Controller (X) is …") or by its name, and an e-mail address after that word. With several controllers the
     * sentence must name the one; a sentence that names the processor is not read.
     */
    private void controllerDpos() {
        if (!root.has("controllers")) {
            return;
        }
        ArrayNode controllers = (ArrayNode) root.get("controllers");
        String processorName = root.path("processor").path("name").asString("");
        for (int i = 0; i < segments.size(); i++) {
            String s = text.text(segments.get(i).block());
            Matcher d = DPO.matcher(s);
            if (!d.find()) {
                continue;
            }
            s = sentenceText(i);
            d = DPO.matcher(s);
            if (!d.find()) {
                continue;
            }
            String head = s.substring(0, d.start());
            if (OF_PROCESSOR.matcher(s).find()
                    || PROCESSOR_SUBJECT.matcher(head).find()
                    || (processorName.length() > 3 && s.contains(processorName))) {
                continue;
            }
            int which = -1;
            for (int c = 0; c < controllers.size(); c++) {
                String name = controllers.get(c).path("name").asString("");
                if (name.length() > 3 && s.contains(name)) {
                    which = which < 0 ? c : -2; // two named: neither is sure
                }
            }
            if (which == -1
                    && controllers.size() == 1
                    && (OF_CONTROLLER.matcher(s).find()
                            || CONTROLLER_SUBJECT.matcher(head).find())) {
                which = 0;
            }
            if (which < 0 || controllers.get(which).has("dataProtectionOfficer")) {
                continue;
            }
            Matcher e = EMAIL.matcher(s.substring(d.start()));
            if (e.find()) {
                ObjectNode party = (ObjectNode) controllers.get(which);
                party.putObject("dataProtectionOfficer").put("email", e.group());
                fact("controllers[" + which + "].dataProtectionOfficer.email", e.group(), span(segments.get(i)));
            }
        }
    }

    private void dpo(ObjectNode processor) {
        String name = processor.path("name").asString("");
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < segments.size(); i++) {
                String s = text.text(segments.get(i).block());
                if (DPO.matcher(s).find()) {
                    s = sentenceText(i);
                }
                Matcher d = DPO.matcher(s);
                if (!d.find() || OF_CONTROLLER.matcher(s).find() || mentionsController(s)) {
                    continue;
                }
                boolean processorNamed = OF_PROCESSOR.matcher(s).find() || (name.length() > 3 && s.contains(name));
                if (pass == 0 && !processorNamed) {
                    continue;
                }
                Matcher e = EMAIL.matcher(s.substring(d.start()));
                if (e.find() && (pass == 0 || !controllersDpo(e.group()))) {
                    ObjectNode dpo = processor.putObject("dataProtectionOfficer");
                    dpo.put("email", e.group());
                    fact("processor.dataProtectionOfficer.email", e.group(), span(segments.get(i)));
                    return;
                }
            }
        }
    }

    /** Whether an e-mail address is already a controller's DPO's: a sentence that names no party is not the processor's. */
    private boolean controllersDpo(String email) {
        for (var c : root.path("controllers")) {
            if (c.path("dataProtectionOfficer").path("email").asString("").equalsIgnoreCase(email)) {
                return true;
            }
        }
        return false;
    }

    private boolean mentionsController(String s) {
        if (!root.has("controllers")) {
            return false;
        }
        for (var c : root.get("controllers")) {
            String name = c.path("name").asString("");
            if (name.length() > 3 && s.contains(name)) {
                return true;
            }
        }
        Matcher d = DPO.matcher(s);
        return d.find() && CONTROLLER_SUBJECT.matcher(s.substring(0, d.start())).find();
    }

    private static int indexOfAny(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    // ---- processing description

    /** For a list item or table row: the element its list is about, from the lead paragraph or the heading. */
    private @Nullable Element listOwner(int i, Set<Element> candidates) {
        Segment seg = segments.get(i);
        Element best = null;
        double max = 0;
        Passage headingOnly =
                new Passage("", seg.heading(), language, seg.block().offset(), seg.annex());
        Map<Element, Double> scores = new EnumMap<>(Element.class);
        for (PassageClassifier c : classifiers) {
            for (Classification cl : c.classify(headingOnly)) {
                scores.merge(cl.element(), cl.confidence(), Math::max);
            }
        }
        // the lead: the nearest paragraph before the list, in the same section
        for (int j = i - 1; j >= 0 && j >= i - 200; j--) {
            Segment prev = segments.get(j);
            if (!prev.heading().equals(seg.heading())) {
                break;
            }
            if (prev.block().kind() == Kind.PARAGRAPH) {
                for (Map.Entry<Element, Classification> c : classes.get(j).entrySet()) {
                    scores.merge(c.getKey(), Math.min(0.9, c.getValue().confidence() + 0.35), Math::max);
                }
                break;
            }
        }
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            if (candidates.contains(s.getKey()) && s.getValue() > max) {
                max = s.getValue();
                best = s.getKey();
            }
        }
        return max >= THRESHOLD ? best : null;
    }

    private static final Set<Element> LIST_ELEMENTS = Set.of(
            Element.DATA_CATEGORIES,
            Element.DATA_SUBJECTS,
            Element.NATURE_AND_PURPOSE,
            Element.SECURITY,
            Element.SUBPROCESSING,
            Element.SUBJECT_AND_DURATION);

    /** A table column for the purpose of the processing. */
    private static final Pattern PURPOSE_COLUMN =
            AsciiGerman.compile("^\\W*(?:zweck\\w*|purposes?|verarbeitungszweck\\w*)\\W*$", FLAGS);

    /** A table column for the nature of the processing (its operations). */
    private static final Pattern NATURE_COLUMN = AsciiGerman.compile(
            "^\\W*(?:art der verarbeitung|nature(?: of (?:the )?processing)?|verarbeitungsvorgänge|processing operations)\\W*$",
            FLAGS);

    /** The first row of the table that row {@code i} belongs to: the rows above it with as many cells. */
    private int tableHeader(int i) {
        int h = i;
        int cells = segments.get(i).block().cells().size();
        while (h > 0
                && segments.get(h - 1).block().kind() == Kind.TABLE_ROW
                && segments.get(h - 1).block().cells().size() == cells
                && i - h < 60) {
            h--;
        }
        return h;
    }

    /** The column of a table's header row whose cell matches, or -1. */
    private int headerColumn(int header, Pattern column) {
        Block b = segments.get(header).block();
        for (int k = 0; k < b.cells().size(); k++) {
            if (column.matcher(text.text(b.cells().get(k)).strip()).find()) {
                return k;
            }
        }
        return -1;
    }

    private boolean isItem(Segment s) {
        return s.block().kind() == Kind.LIST_ITEM || s.block().kind() == Kind.TABLE_ROW;
    }

    private void processing() {
        ObjectNode processing = DpaJson.mapper().createObjectNode();
        for (int i = 0; i < segments.size() && !processing.has("duration"); i++) {
            String s = text.text(segments.get(i).block());
            if (!isItem(segments.get(i)) && COUPLED.matcher(s).find()) {
                duration(processing, "COUPLED_TO_MAIN_CONTRACT", s, span(segments.get(i)));
            }
        }
        List<Integer> subject = passages(Element.SUBJECT_AND_DURATION);
        for (int i : subject) {
            String s = text.text(segments.get(i).block());
            // a list item only where it is a clause of its own (an agreement numbered as an HTML list)
            if (!processing.has("subjectMatter") && (!isItem(segments.get(i)) || s.length() > 80) && s.length() > 30) {
                processing.set("subjectMatter", localized(s));
                fact("processing.subjectMatter", s, span(segments.get(i)));
            }
            if (!processing.has("duration") && COUPLED.matcher(s).find()) {
                duration(processing, "COUPLED_TO_MAIN_CONTRACT", s, span(segments.get(i)));
            }
        }
        ArrayNode categories = DpaJson.mapper().createArrayNode();
        ArrayNode subjects = DpaJson.mapper().createArrayNode();
        ArrayNode purposes = DpaJson.mapper().createArrayNode();
        ArrayNode nature = DpaJson.mapper().createArrayNode();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!isItem(s) || labelTable(i)) {
                continue; // a row of a label table ("Subject matter | …") is a labelled value, read by runIns
            }
            Element owner = listOwner(i, LIST_ELEMENTS);
            if (owner == null) {
                continue;
            }
            Marks.Marked marked = Marks.strip(firstCell(s.block()));
            if (owner == Element.NATURE_AND_PURPOSE && s.block().kind() == Kind.TABLE_ROW) {
                // a table whose header names a column for the purpose ("Leistung | Art der Verarbeitung | Zweck"): the
                // first column names the service, the purpose stands in its own column, and the header is no purpose
                int header = tableHeader(i);
                int column = headerColumn(header, PURPOSE_COLUMN);
                if (column > 0) {
                    if (header == i || column >= s.block().cells().size()) {
                        continue;
                    }
                    // and the nature in a column of its own ("Art der Verarbeitung"): the operations of the row
                    int natureColumn = headerColumn(header, NATURE_COLUMN);
                    if (natureColumn > 0 && natureColumn < s.block().cells().size()) {
                        String cell =
                                text.text(s.block().cells().get(natureColumn)).strip();
                        Optional<String> operation = operation(cell);
                        if (operation.isPresent() && seen.add("nature " + cell)) {
                            ObjectNode n = nature.addObject();
                            n.put("operation", operation.get());
                            n.set("description", localized(cell, marked.language()));
                            fact("processing.nature[" + (nature.size() - 1) + "]", operation.get(), span(s));
                        }
                    }
                    marked =
                            Marks.strip(text.text(s.block().cells().get(column)).strip());
                }
            }
            // a model form's item holds its ticked options, each an item of its own ("☒ Beschäftigte ☒ Azubis ☐ ")
            for (String option : FormChoices.ticked(marked.text())) {
                String item = option;
                int dash = item.indexOf(" – ");
                if (dash > 0 && owner != Element.NATURE_AND_PURPOSE) {
                    item = item.substring(0, dash).strip(); // "name – description"
                }
                Marks.Qualified qualified = Marks.qualifiers(item);
                if (owner == Element.DATA_CATEGORIES || owner == Element.DATA_SUBJECTS) {
                    item = qualified.text();
                }
                if (item.isEmpty() || item.length() > 300 || isHeaderCell(item) || !seen.add(owner + item)) {
                    continue;
                }
                if (item.startsWith("[") && item.endsWith("]")) {
                    continue; // a blank to fill in ("[to be completed: categories of data subjects]") names nothing
                }
                switch (owner) {
                    case DATA_CATEGORIES -> {
                        ObjectNode c = categories.addObject();
                        c.put("id", "category-" + categories.size());
                        String path = "processing.dataCategories[" + (categories.size() - 1) + "]";
                        fact(path, item, span(s));
                        List<String> rest = categoryQualifiers(c, path, item, qualified.qualifiers(), span(s));
                        c.set("name", localized(withQualifiers(item, rest), marked.language()));
                    }
                    case DATA_SUBJECTS -> {
                        ObjectNode c = subjects.addObject();
                        c.put("id", "subjects-" + subjects.size());
                        String path = "processing.dataSubjects[" + (subjects.size() - 1) + "]";
                        fact(path, item, span(s));
                        List<String> rest = new ArrayList<>();
                        for (String q : qualified.qualifiers()) {
                            if (VULNERABLE.matcher(q).find()) {
                                c.put("vulnerable", true);
                                fact(path + ".vulnerable", "true", span(s));
                            } else {
                                rest.add(q);
                            }
                        }
                        c.set("name", localized(withQualifiers(item, rest), marked.language()));
                    }
                    case NATURE_AND_PURPOSE -> {
                        String heading = s.heading().substring(s.heading().lastIndexOf(" > ") + 1);
                        Optional<String> operation = operation(item);
                        if (NATURE_HEADING.matcher(heading).find() && operation.isPresent()) {
                            ObjectNode n = nature.addObject();
                            n.put("operation", operation.get());
                            n.set("description", localized(item, marked.language()));
                            fact("processing.nature[" + (nature.size() - 1) + "]", operation.get(), span(s));
                            continue;
                        }
                        ObjectNode c = purposes.addObject();
                        c.set("description", localized(item, marked.language()));
                        fact("processing.purposes[" + (purposes.size() - 1) + "]", item, span(s));
                    }
                    default -> {}
                }
            }
        }
        runIns(processing, categories, subjects, purposes, nature);
        if (nature.isEmpty()) {
            // a paragraph under a heading on the nature ("A. Art der Bearbeitung" / "Speicherung, Organisation, …")
            // states it in prose rather than as a list
            for (int i : passages(Element.NATURE_AND_PURPOSE)) {
                Segment seg = segments.get(i);
                String heading =
                        roles.heading(seg.heading().substring(seg.heading().lastIndexOf(" > ") + 1));
                if (!isItem(seg) && NATURE_HEADING.matcher(heading).find()) {
                    String s = text.text(seg.block());
                    ObjectNode n = nature.addObject();
                    operation(s).ifPresent(o -> n.put("operation", o));
                    n.set("description", localized(s));
                    fact("processing.nature[0]", s, span(seg));
                    break;
                }
            }
        }
        if (purposes.isEmpty()) {
            for (int i : passages(Element.NATURE_AND_PURPOSE)) {
                if (!isItem(segments.get(i))) {
                    String s = text.text(segments.get(i).block());
                    purposes.addObject().set("description", localized(s));
                    fact("processing.purposes[0]", s, span(segments.get(i)));
                    break;
                }
            }
        }
        if (purposes.isEmpty()) {
            purposeSentence(purposes);
        }
        notProcessed(categories);
        if (!categories.isEmpty()) {
            processing.set("dataCategories", categories);
        }
        if (!subjects.isEmpty()) {
            processing.set("dataSubjects", subjects);
        }
        if (!purposes.isEmpty()) {
            processing.set("purposes", purposes);
        }
        if (!nature.isEmpty()) {
            processing.set("nature", nature);
        }
        if (!processing.isEmpty()) {
            root.set("processing", processing);
        }
    }

    /**
     * The labelled run-ins of a processing description ({@link RunIns}) where no list gave the field: "Subject
     * matter: … Data subjects: … Categories of data: …" in one paragraph, "(a) Types of Personal Data: …", a label
     * that ends its paragraph and leads the list after it ("1.5 Art der Daten:" then "a) Kontaktdaten, …"), and the
     * rows of a two-column table whose first cell is such a label ("Categories of Data Subject | Residents").
     */
    private void runIns(
            ObjectNode processing, ArrayNode categories, ArrayNode subjects, ArrayNode purposes, ArrayNode nature) {
        final boolean hadCategories = !categories.isEmpty();
        final boolean hadSubjects = !subjects.isEmpty();
        boolean hadPurposes = !purposes.isEmpty();
        boolean hadNature = !nature.isEmpty();
        boolean labelledSubject = false;
        // the field of the last labelled table row, which a row with an empty first cell continues
        Optional<RunIns.Field> rowField = Optional.empty();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            List<RunIns.RunIn> runIns = new ArrayList<>();
            int base = s.block().offset();
            int header = s.block().kind() == Kind.TABLE_ROW ? tableHeader(i) : i;
            Map<Integer, RunIns.Field> columns = s.block().kind() == Kind.TABLE_ROW ? labelColumns(header) : Map.of();
            if (!columns.isEmpty()) {
                // a description table by columns ("Betroffene Personen | Datenarten | Zweck", "Data subjects |
                // Customer Personal Data"): each row below the header names the types of data and the persons in
                // the columns so labelled (recall32); the header row itself is no labelled row
                rowField = Optional.empty();
                List<Range> cells = s.block().cells();
                for (Map.Entry<Integer, RunIns.Field> c : columns.entrySet()) {
                    if (header == i || c.getKey() >= cells.size()) {
                        continue;
                    }
                    Range cell = cells.get(c.getKey());
                    String value = text.text(cell);
                    String v = RunIns.value(c.getValue(), value);
                    if (!v.isEmpty()) {
                        int lead = Math.max(0, value.indexOf(v));
                        runIns.add(new RunIns.RunIn(c.getValue(), v, cell.offset() - base + lead));
                    }
                }
            } else if (s.block().kind() == Kind.TABLE_ROW) {
                List<Range> cells = s.block().cells();
                if (cells.size() != 2) {
                    rowField = Optional.empty();
                    continue;
                }
                String label = text.text(cells.get(0));
                boolean continued = label.isBlank()
                        && i > 0
                        && segments.get(i - 1).block().kind() == Kind.TABLE_ROW
                        && segments.get(i - 1).heading().equals(s.heading());
                // a row whose first cell is empty continues the labelled row above it (a table converted from a
                // word processor, whose merged label cell spans several rows: "Data subjects | Subscribers",
                // " | Recipients of transactional e-mails")
                Optional<RunIns.Field> field = continued ? rowField : RunIns.label(label);
                rowField = field;
                String value = text.text(cells.get(1));
                if (field.isEmpty()) {
                    continue;
                }
                String v = RunIns.value(field.get(), value);
                int lead = value.indexOf(v.isEmpty() ? value : v);
                base = cells.get(1).offset();
                runIns.add(new RunIns.RunIn(field.get(), v, Math.max(0, lead)));
            } else {
                runIns.addAll(RunIns.read(text.text(s.block())));
            }
            // a section whose title is a label ("Nr. 3 Art der personenbezogenen Daten") leads the items under it
            boolean opensSection = i == 0 || !segments.get(i - 1).heading().equals(s.heading());
            Optional<RunIns.Field> titled = opensSection ? RunIns.label(lastTitle(s.heading())) : Optional.empty();
            if (titled.isPresent() && runIns.isEmpty()) {
                String first = text.text(s.block());
                boolean item = s.block().kind() == Kind.LIST_ITEM
                        || ITEM_MARKER.matcher(first).lookingAt();
                String value = item || s.block().kind() == Kind.TABLE_ROW ? "" : RunIns.value(titled.get(), first);
                // the items under the title, or the paragraph that follows it as its value
                runIns.add(new RunIns.RunIn(titled.get(), value, 0));
            }
            for (RunIns.RunIn r : runIns) {
                List<Map.Entry<String, SourceSpan>> values = new ArrayList<>();
                if (r.value().isEmpty()) {
                    values.addAll(
                            titled.isPresent() && runIns.size() == 1 && r.offset() == 0
                                    ? ledItems(i, s.heading())
                                    : ledItems(i + 1, s.heading()));
                } else {
                    values.add(Map.entry(
                            r.value(), span(base + r.offset(), r.value().length(), s.section())));
                }
                // a form's unticked box ("[ ] job applicants", left as "[ ]") is no blank: the ticked options decide
                values.removeIf(v -> FormChoices.ticked(v.getKey()).stream().allMatch(Extractor::placeholder));
                if (values.isEmpty()) {
                    continue; // a form's placeholder ("[to be completed: …]") states nothing
                }
                SourceSpan where = values.get(0).getValue();
                String whole = r.value().isEmpty()
                        ? String.join(
                                "; ", values.stream().map(Map.Entry::getKey).toList())
                        : r.value();
                switch (r.field()) {
                    case SUBJECT_MATTER -> {
                        if (!labelledSubject) {
                            // a labelled subject matter says more than a passage read from its heading
                            labelledSubject = true;
                            facts.removeIf(f -> f.path().equals("processing.subjectMatter"));
                            processing.set("subjectMatter", localized(whole));
                            fact("processing.subjectMatter", whole, where);
                        }
                    }
                    case DURATION -> {
                        String type = durationType(whole);
                        if (!processing.has("duration") && type != null) {
                            duration(processing, type, whole, where);
                        }
                    }
                    case PURPOSE, NATURE, NATURE_AND_PURPOSE -> {
                        if (r.field() != RunIns.Field.NATURE && !hadPurposes) {
                            purposes.addObject().set("description", localized(whole));
                            fact("processing.purposes[" + (purposes.size() - 1) + "]", whole, where);
                        }
                        if (r.field() != RunIns.Field.PURPOSE && !hadNature) {
                            ObjectNode n = nature.addObject();
                            operation(whole).ifPresent(o -> n.put("operation", o));
                            n.set("description", localized(whole));
                            fact("processing.nature[" + (nature.size() - 1) + "]", whole, where);
                        }
                    }
                    case DATA_SUBJECTS -> {
                        if (!hadSubjects) {
                            listed(
                                    subjects,
                                    "subjects-",
                                    "processing.dataSubjects",
                                    values,
                                    r.value().isEmpty());
                        }
                    }
                    case DATA_CATEGORIES -> {
                        if (!hadCategories) {
                            listed(
                                    categories,
                                    "category-",
                                    "processing.dataCategories",
                                    values,
                                    r.value().isEmpty());
                        }
                    }
                }
            }
        }
    }

    /**
     * A table column that holds the types of data by the defined name of the controller's data ("Customer Personal
     * Data", "Client Personal Data") rather than by a label of its own (recall32).
     */
    private static final Pattern DATA_COLUMN =
            AsciiGerman.compile("^\\W*(?:customer|client|controller)(?:'s|’s)? personal data\\W*$", FLAGS);

    /**
     * The columns of a table whose header row labels the types of data or the data subjects, by column, where the
     * header labels at least two columns of a processing description ("Betroffene Personen | Datenarten | Art der
     * Verarbeitung / Zweck"): a table of labelled rows ("Data subjects | Residents") labels only its first cell, and
     * a header with one label may head a table of another kind. Empty where the row is no such header.
     */
    private Map<Integer, RunIns.Field> labelColumns(int header) {
        Block b = segments.get(header).block();
        if (b.kind() != Kind.TABLE_ROW || b.cells().size() < 2) {
            return Map.of();
        }
        Map<Integer, RunIns.Field> out = new LinkedHashMap<>();
        int labels = 0;
        for (int k = 0; k < b.cells().size(); k++) {
            String cell = text.text(b.cells().get(k)).strip();
            Optional<RunIns.Field> field =
                    DATA_COLUMN.matcher(cell).find() ? Optional.of(RunIns.Field.DATA_CATEGORIES) : RunIns.label(cell);
            if (field.isPresent()) {
                labels++;
                if (field.get() == RunIns.Field.DATA_CATEGORIES || field.get() == RunIns.Field.DATA_SUBJECTS) {
                    out.put(k, field.get());
                }
            }
        }
        if (out.containsValue(RunIns.Field.DATA_SUBJECTS) && !out.containsValue(RunIns.Field.DATA_CATEGORIES)) {
            // beside a column of the data subjects, a column headed only "Daten" / "Data" holds their types of data
            // (the lead, session 33)
            for (int k = 0; k < b.cells().size(); k++) {
                if (!out.containsKey(k)
                        && BARE_DATA_COLUMN.matcher(text.text(b.cells().get(k))).find()) {
                    out.put(k, RunIns.Field.DATA_CATEGORIES);
                    labels++;
                    break;
                }
            }
        }
        return labels >= 2 ? out : Map.of();
    }

    /**
     * A column headed by the data alone, without a word for their kind: „Daten“, „verarbeitete Daten“, "Data", "Data
     * processed". Read as the types of data only beside a column of the data subjects (labelColumns).
     */
    private static final Pattern BARE_DATA_COLUMN = AsciiGerman.compile(
            "^\\W*(?:(?:verarbeitete|erfasste|gespeicherte|betroffene)\\s+)?daten\\W*$"
                    + "|^\\W*(?:(?:processed|stored)\\s+)?data(?:\\s+(?:processed|held|items|fields|stored))?\\W*$",
            FLAGS);

    /** The items of a labelled value, or the items a label leads, each its own entry with its source. */
    private void listed(
            ArrayNode list, String idPrefix, String path, List<Map.Entry<String, SourceSpan>> values, boolean led) {
        for (Map.Entry<String, SourceSpan> v : values) {
            // a led list item of a form ("- [x] Beschäftigte") is its ticked option, or nothing where it is unticked
            List<String> items = led ? FormChoices.ticked(v.getKey()) : RunIns.items(v.getKey());
            if (items.stream().anyMatch(item -> CLAUSE_START.matcher(item).lookingAt())) {
                items = List.of(v.getKey()); // a sentence, not a list: "Der Verantwortliche bestimmt, welche Daten …"
            }
            for (String item : items) {
                if (placeholder(item)) {
                    continue; // "☒ sonstige: ____": an option ticked but left blank
                }
                ObjectNode c = list.addObject();
                c.put("id", idPrefix + list.size());
                c.set("name", localized(item));
                fact(path + "[" + (list.size() - 1) + "]", item, v.getValue());
            }
        }
    }

    /** A form's placeholder ("[to be completed]", "____") or a bracketed blank: a value that states nothing. */
    private static boolean placeholder(String value) {
        String v = value.strip();
        return v.isEmpty() || PLACEHOLDER.matcher(v).find() || (v.startsWith("[") && v.endsWith("]"));
    }

    /** A part after a comma that opens a clause, not an item of a list: "…, welche Daten er speichert". */
    private static final Pattern CLAUSE_START = AsciiGerman.compile(
            "(?:welche\\w*|which|who|whom|whose|that|dass|soweit|sofern|wenn|falls|where|if|unless|es sei denn)\\b");

    /** A list item's marker ("a)", "(b)", "1.", "-", "•") and its closing comma, semicolon or "and". */
    private static final Pattern ITEM_MARKER = AsciiGerman.compile("^(?:\\(?[0-9a-z]{1,3}[.)]|[-•*–·])\\s+", FLAGS);

    private static final Pattern ITEM_END = AsciiGerman.compile("(?:[,;.]|\\s+(?:and|und|sowie|or|oder))+$", FLAGS);

    /**
     * The items that a label ending its paragraph leads: the list items (or paragraphs opening with an item
     * marker) that follow it in the same section, up to the first block that is neither.
     */
    private List<Map.Entry<String, SourceSpan>> ledItems(int first, String heading) {
        List<Map.Entry<String, SourceSpan>> out = new ArrayList<>();
        for (int j = first; j < segments.size() && out.size() < 60; j++) {
            Segment next = segments.get(j);
            String t = text.text(next.block());
            Matcher marker = ITEM_MARKER.matcher(t);
            boolean item =
                    next.block().kind() == Kind.LIST_ITEM || (next.block().kind() == Kind.PARAGRAPH && marker.find());
            if (!next.heading().equals(heading) || !item) {
                break;
            }
            int from = marker.find(0) ? marker.end() : 0;
            String value =
                    ITEM_END.matcher(t.substring(from).strip()).replaceAll("").strip();
            if (value.isEmpty() || value.length() > 300) {
                continue;
            }
            out.add(Map.entry(
                    value, span(next.block().offset() + t.indexOf(value, from), value.length(), next.section())));
        }
        return out;
    }

    /** The last title of a heading path without its number: "Anlage 1 > Nr. 3 Art der Daten" gives "Art der Daten". */
    private static String lastTitle(String heading) {
        String last = heading.substring(heading.lastIndexOf(" > ") + 1)
                .replaceFirst("^>\\s*", "")
                .strip();
        return last.replaceFirst(
                        "(?iu)^(?:(?:nr\\.|no\\.|ziffer|punkt|section|clause|part|teil|abschnitt|§)\\s*)?(?:[a-z]\\.)?\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s*(?:[-–:]\\s*)?",
                        "")
                .strip();
    }

    /** A duration tied to the life of a contract, an account or the services ("until the end of the Contract"). */
    private static final Pattern TIED_DURATION = AsciiGerman.compile(
            "\\b(?:subscription|contract|agreement|service|licen[cs]e|vertrags|abonnement)[- ]?(?:term|period|laufzeit)\\b|\\b(?:as long as|so long as|(?:(?:for )?the )?(?:term|duration|life) of|until (?:the )?(?:end|expiry|expiration|termination)|bis zu[mr]? (?:ende|beendigung|ablauf|kündigung)|für die (?:dauer|laufzeit)|so lange wie|solange)\\b[^.;]{0,60}\\b(?:agreement|contract|subscription|services?|account|terms|\\w*vertrag\\w*|\\w*abonnement\\w*|\\w*konto\\w*|nutzungs\\w*|leistungs\\w*|\\w*auftrag\\w*|(?:purchase )?orders?\\b|sows?\\b|statements? of work|leistungsschein\\w*)",
            FLAGS);

    private static final Pattern ONE_OFF = AsciiGerman.compile("\\b(?:one-off|one-time|einmalig\\w*)\\b", FLAGS);

    private static final Pattern INDEFINITE =
            AsciiGerman.compile("\\b(?:indefinite\\w*|unbefristet\\w*|auf unbestimmte zeit)\\b", FLAGS);

    /**
     * The type of a duration as its wording states it: tied to a contract's life, one-off or indefinite; null where
     * the wording says none of these (the completeness table still quotes it).
     */
    /**
     * Puts the duration into the draft: its type, its wording, and whether the agreement goes on while the processor
     * still holds or processes the data ("as long as the Processor processes Customer Personal Data", „solange der
     * Auftragnehmer Daten des Auftraggebers verarbeitet", "until … return and deletion").
     */
    private void duration(ObjectNode processing, String type, String wording, SourceSpan where) {
        ObjectNode d = processing.putObject("duration");
        d.put("type", type);
        if (WHILE_HELD.matcher(wording).find()) {
            d.put("continuesWhileDataHeld", true);
        }
        d.set("description", localized(wording));
        fact("processing.duration", type, where);
    }

    /**
     * A term that lasts while the processor processes or holds the controller's data, or until the data are returned
     * or deleted. The model has no type of its own for it: the processing on behalf lasts as long as the service under
     * which it takes place, so it is read as tied to that contract, with the retention while data is held (#16).
     */
    private static final Pattern WHILE_HELD = AsciiGerman.compile(
            "\\b(?:as long as|so long as|for as long as)\\b[^.;]{0,80}\\b(?:process(?:es|ing)?|holds?|retains?|stores?|has access to)\\b[^.;]{0,60}\\bdata\\b"
                    + "|\\buntil\\b[^.;]{0,60}\\b(?:return|deletion|erasure|(?:is|are|has been|have been) (?:returned|deleted|erased))\\b"
                    + "|\\bsolange\\b[^.;]{0,100}\\bdaten\\b[^.;]{0,60}\\b(?:verarbeitet|verarbeiten|speichert|speichern|vorhält|besitzt)\\b"
                    + "|\\bbis zur\\b[^.;]{0,40}\\b(?:rückgabe|löschung|vernichtung)\\b",
            FLAGS);

    static @Nullable String durationType(String text) {
        // "für die Dauer des Wartungs- bzw. Hostingvertrags": an abbreviation's full stop ends no clause
        String wording = Sentences.ABBREVIATION_STOP.matcher(text).replaceAll("$1");
        if (COUPLED.matcher(wording).find()
                || TIED_DURATION.matcher(wording).find()
                || WHILE_HELD.matcher(wording).find()) {
            return "COUPLED_TO_MAIN_CONTRACT";
        } else if (ONE_OFF.matcher(wording).find()) {
            return "ONE_OFF";
        } else if (INDEFINITE.matcher(wording).find()) {
            return "INDEFINITE_WITH_NOTICE";
        }
        return null;
    }

    /** A purpose stated in a sentence: "X processes the data … in order to provide web analytics services". */
    private static final Pattern PURPOSE_SENTENCE = AsciiGerman.compile(
            "\\bprocess(?:es|ing)?\\b[^.;]{0,120}?\\b(?:in order to|so as to)\\s+(?<purpose>[^.;]{5,200})|\\bverarbeite\\w*\\b[^.;]{0,120}?\\b(?:zum zweck(?:e)?|zu dem zweck)\\s+(?<zweck>[^.;]{5,200})",
            FLAGS);

    private void purposeSentence(ArrayNode purposes) {
        for (Segment s : segments) {
            if (isItem(s) || s.block().kind() == Kind.TABLE_ROW) {
                continue;
            }
            String paragraph = text.text(s.block());
            Matcher m = PURPOSE_SENTENCE.matcher(paragraph);
            if (m.find()) {
                String group = m.group("purpose") != null ? "purpose" : "zweck";
                String purpose = m.group(group).strip();
                purposes.addObject().set("description", localized(purpose));
                fact(
                        "processing.purposes[0]",
                        purpose,
                        span(s.block().offset() + m.start(group), purpose.length(), s.section()));
                return;
            }
        }
    }

    /**
     * A sentence that says no special categories (Art. 9 GDPR) or no data on criminal offences (Art. 10) are
     * processed sets the flag of each data category that states none: special category NONE, criminal offence
     * data false. A sentence that says such data is processed names no category and sets nothing.
     */
    private void notProcessed(ArrayNode categories) {
        if (categories.isEmpty()) {
            return;
        }
        for (int i = 0; i < segments.size(); i++) {
            String block = text.text(segments.get(i).block());
            for (String sentence : SENTENCE_BREAK.split(block)) {
                boolean special = NO_SPECIAL.matcher(sentence).find();
                boolean criminal = NO_CRIMINAL.matcher(sentence).find();
                for (int c = 0; c < categories.size(); c++) {
                    ObjectNode cat = (ObjectNode) categories.get(c);
                    String path = "processing.dataCategories[" + c + "]";
                    if (special && !cat.has("specialCategory")) {
                        cat.put("specialCategory", SpecialCategory.NONE.name());
                        fact(path + ".specialCategory", SpecialCategory.NONE.name(), span(segments.get(i)));
                    }
                    if (criminal && !cat.has("criminalOffenceData")) {
                        cat.put("criminalOffenceData", false);
                        fact(path + ".criminalOffenceData", "false", span(segments.get(i)));
                    }
                }
            }
        }
    }

    /** The operation of Art. 4(2) GDPR an item of a list of processing operations names, if it names one. */
    static Optional<String> operation(String item) {
        String head = item.split(" – | - |: ", 2)[0];
        for (Map.Entry<String, Pattern> e : OPERATIONS.entrySet()) {
            if (e.getValue().matcher(head).find()) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the row at {@code i} belongs to a label table: a table of two columns whose first column names what the
     * second holds ("Subject matter | Provision of …", "Personal data | Identification data; …", "Zutrittskontrolle |
     * ☒ Sicherheitsschlösser ☒ …"). Such a table is a record, not a list: its first column holds no items. A table
     * counts as one where each first cell is short and no sentence, each row has two cells, and either two of its
     * first cells are labels of a processing description ({@link RunIns#label}) or its second cells are lists (boxes
     * or semicolons) and longer than the first.
     */
    private boolean labelTable(int i) {
        if (labelTables == null) {
            labelTables = labelTables();
        }
        return labelTables[i];
    }

    private boolean @Nullable [] labelTables;

    private boolean[] labelTables() {
        boolean[] out = new boolean[segments.size()];
        int i = 0;
        while (i < segments.size()) {
            if (segments.get(i).block().kind() != Kind.TABLE_ROW) {
                i++;
                continue;
            }
            int end = i;
            // one table: its rows under one heading (a heading between two tables is no segment)
            while (end < segments.size()
                    && segments.get(end).block().kind() == Kind.TABLE_ROW
                    && segments.get(end).heading().equals(segments.get(i).heading())) {
                end++;
            }
            int labels = 0;
            int lists = 0;
            boolean twoColumns = true;
            for (int k = i; k < end && twoColumns; k++) {
                List<Range> cells = segments.get(k).block().cells();
                String head = cells.size() == 2 ? text.text(cells.get(0)).strip() : "";
                // a row with an empty first cell continues the row above it (a merged label cell)
                boolean continuation = k > i && cells.size() == 2 && head.isEmpty();
                twoColumns = cells.size() == 2 && (shortLabel(head) || continuation);
                if (twoColumns && !continuation) {
                    String first = text.text(cells.get(0)).strip();
                    String second = text.text(cells.get(1)).strip();
                    labels += RunIns.label(first).isPresent() ? 1 : 0;
                    // a list of items, not prose: boxes or semicolons, and no sentence that ends before another
                    boolean list = (!FormChoices.boxes(second).isEmpty() || second.indexOf(';') > 0)
                            && !Sentences.END.matcher(second.replace(';', ',')).find();
                    lists += list && second.length() > first.length() ? 1 : 0;
                }
            }
            int rows = end - i;
            boolean label = twoColumns && (labels >= 2 || (rows >= 2 && lists * 2 >= rows));
            for (int k = i; k < end; k++) {
                out[k] = label;
            }
            i = end;
        }
        return out;
    }

    /** A label: at most twelve words and no sentence ("1. Zutrittskontrolle (Schutz vor unbefugtem Zutritt …)"). */
    private static boolean shortLabel(String cell) {
        String label = ITEM_MARKER.matcher(cell).replaceFirst(""); // "1. Zutrittskontrolle": its number is no sentence
        return !label.isEmpty()
                && label.length() <= 100
                && label.split("\\s+").length <= 12
                && !Sentences.END.matcher(label).find()
                && !CLAUSE_VERB.matcher(label).find();
    }

    private String firstCell(Block b) {
        if (b.kind() == Kind.TABLE_ROW && !b.cells().isEmpty()) {
            return text.text(b.cells().get(0)).strip();
        }
        return text.text(b).strip();
    }

    private static boolean isHeaderCell(String s) {
        return s.matches(
                "(?iu)(maßnahmen?|measures?|kategorie\\w*|categor\\w*|datenart\\w*|betroffene\\w*|data subjects?|nr\\.?|no\\.?|#|beschreibung|description|zweck\\w*|purposes?)");
    }

    // ---- the annexes of the 2021/914 clauses (list of parties, description of the transfer)

    private boolean sccPartiesOrTransfer(Segment s) {
        return s.annex()
                && (SCC_PARTIES.matcher(s.heading()).find()
                        || SCC_TRANSFER.matcher(s.heading()).find());
    }

    /**
     * Reads Annex I.A and I.B of the 2021/914 clauses where a document reproduces them: the parties (data
     * exporters and importers, with their role) fill the draft's processor and controller where the agreement's
     * own party block did not name them, and the categories of data subjects and of personal data fill the
     * processing description where the agreement's own annex did not list them. Every value is a fact with its
     * passage; the rows are never read as sub-processors.
     */
    private void sccAnnexes() {
        record SccParty(String name, SourceSpan span, StringBuilder role) {}
        List<SccParty> parties = new ArrayList<>();
        String side = "";
        List<String> subjects = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<SourceSpan> subjectSpans = new ArrayList<>();
        List<SourceSpan> categorySpans = new ArrayList<>();
        String field = "";
        String period = null;
        SourceSpan periodSpan = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!s.annex()) {
                continue;
            }
            String t = text.text(s.block()).strip();
            if (SCC_PARTIES.matcher(s.heading()).find()) {
                // "Data exporter(s):" may stand as a heading of its own or as a line
                if (SCC_IMPORTER.matcher(s.section()).find()) {
                    side = "data importer";
                } else if (SCC_EXPORTER.matcher(s.section()).find()) {
                    side = "data exporter";
                }
                if (t.length() < 80 && SCC_EXPORTER.matcher(t).lookingAt()) {
                    side = "data exporter";
                } else if (t.length() < 80 && SCC_IMPORTER.matcher(t).lookingAt()) {
                    side = "data importer";
                }
                int colon = t.indexOf(':');
                if (colon <= 0 || colon > 60) {
                    continue;
                }
                String label = t.substring(0, colon).strip();
                String value = t.substring(colon + 1).strip();
                if (SCC_NAME_LABEL.matcher(label).find() && !value.isEmpty() && value.length() <= 120) {
                    parties.add(new SccParty(value, span(s), new StringBuilder(side)));
                } else if (SCC_ROLE_LABEL.matcher(label).find() && !parties.isEmpty()) {
                    parties.get(parties.size() - 1).role().append(' ').append(value);
                }
            } else if (SCC_TRANSFER.matcher(s.heading()).find()) {
                String body = t.replaceFirst("(?iu)^(details|angaben|einzelheiten):\\s*", "");
                if (SCC_SUBJECTS_LABEL.matcher(t).find()) {
                    field = "subjects";
                    body = afterColon(t, SCC_SUBJECTS_LABEL);
                } else if (SCC_DATA_LABEL.matcher(t).find()) {
                    field = "categories";
                    body = afterColon(t, SCC_DATA_LABEL);
                } else if (SCC_PERIOD_LABEL.matcher(t).find()) {
                    // "Period for which the personal data will be retained: for the term of the relevant SOW …"
                    field = "";
                    String value = afterColon(t, SCC_PERIOD_LABEL);
                    if (period == null && !value.isEmpty() && durationType(value) != null) {
                        period = value;
                        periodSpan = span(s);
                    }
                    continue;
                } else if (SCC_OTHER_LABEL.matcher(t).find()) {
                    field = "";
                    continue;
                }
                if (field.isEmpty() || body.isEmpty()) {
                    continue;
                }
                for (String item : body.split("\\s*;\\s*")) {
                    String v = item.strip().replaceAll("[.;]$", "");
                    if (v.isEmpty() || v.length() > 200) {
                        continue;
                    }
                    if (field.equals("subjects") && !subjects.contains(v)) {
                        subjects.add(v);
                        subjectSpans.add(span(s));
                    } else if (field.equals("categories") && !categories.contains(v)) {
                        categories.add(v);
                        categorySpans.add(span(s));
                    }
                }
            }
        }
        for (SccParty p : parties) {
            String role = p.role().toString();
            Matcher mi = SCC_IMPORTER.matcher(role);
            Matcher me = SCC_EXPORTER.matcher(role);
            int ii = mi.find() ? mi.start() : -1;
            int ie = me.find() ? me.start() : -1;
            boolean importer = ii >= 0 && (ie < 0 || ii < ie);
            boolean processorRole = role.matches("(?iu).*(processor|auftragsverarbeiter).*");
            boolean controllerRole = role.matches("(?iu).*(controller|verantwortliche).*");
            if (importer && processorRole && !root.has("processor")) {
                ObjectNode party = root.putObject("processor");
                party.put("id", "processor");
                party.put("placeholder", false);
                party.put("name", p.name());
                fact("processor.name", p.name(), p.span());
            } else if (!importer && controllerRole && !processorRole && !root.has("controllers")) {
                ObjectNode party = root.putArray("controllers").addObject();
                party.put("id", "controller");
                party.put("placeholder", false);
                party.put("name", p.name());
                fact("controllers[0].name", p.name(), p.span());
            }
        }
        ObjectNode processing = root.has("processing") ? (ObjectNode) root.get("processing") : null;
        if (period != null && (processing == null || !processing.has("duration"))) {
            String type = Objects.requireNonNull(durationType(period));
            duration(object("processing"), type, period, Objects.requireNonNull(periodSpan));
        }
        if (!subjects.isEmpty() && (processing == null || !processing.has("dataSubjects"))) {
            ArrayNode list = object("processing").putArray("dataSubjects");
            for (int k = 0; k < subjects.size(); k++) {
                ObjectNode c = list.addObject();
                c.put("id", "subjects-" + k);
                c.set("name", localized(subjects.get(k)));
                fact("processing.dataSubjects[" + k + "]", subjects.get(k), subjectSpans.get(k));
            }
        }
        if (!categories.isEmpty() && (processing == null || !processing.has("dataCategories"))) {
            ArrayNode list = object("processing").putArray("dataCategories");
            for (int k = 0; k < categories.size(); k++) {
                ObjectNode c = list.addObject();
                c.put("id", "category-" + k);
                c.set("name", localized(categories.get(k)));
                fact("processing.dataCategories[" + k + "]", categories.get(k), categorySpans.get(k));
            }
        }
    }

    private static String afterColon(String t, Pattern label) {
        Matcher m = label.matcher(t);
        if (!m.find()) {
            return "";
        }
        int colon = t.indexOf(':', m.end());
        return colon < 0 || colon - m.end() > 80 ? "" : t.substring(colon + 1).strip();
    }

    // ---- sub-processors

    /**
     * What no column's label holds: an e-mail address, a list of items separated by semicolons, a telephone number.
     */
    /** The column of a contacts table that names the party each person belongs to. */
    private static final Pattern PARTY_COLUMN = AsciiGerman.compile("(?:vertrags)?parte[iy]|party|parties", FLAGS);

    private static final Pattern DATA_CELL = AsciiGerman.compile("@|;|\\+\\d{2}\\s?\\d|\\btel\\.", FLAGS);

    private static Map<String, Pattern> columnPatterns() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        m.put(
                "name",
                AsciiGerman.compile(
                        "^\\s*unternehmen\\s*$|unterauftrag|sub-?auftrag|subunternehm|sub-?processor|sub-?contractor|^name|firma|company|anbieter|provider|dienstleister|entity|vendor|(?<!weisungs)empfänger|(?<!instruction )recipient|^(other |further |weitere[rn]? )?(processor|auftragsverarbeiter)$",
                        FLAGS));
        m.put(
                "location",
                AsciiGerman.compile(
                        "^\\s*orte?\\s*$|serverstandort|standort|ort der (daten)?verarbeitung|verarbeitungsort|location|hosting|rechenzentrum|data cent|region",
                        FLAGS));
        m.put("mechanism", AsciiGerman.compile("garantie|mechanism|übermittlungs|transfer|safeguard|grundlage", FLAGS));
        m.put(
                "service",
                AsciiGerman.compile(
                        "leistung|tätigkeit|datenverarbeitung|dienst|zweck|service|purpose|processing|activit|function|beschreibung|description|gegenstand|art der",
                        FLAGS));
        m.put(
                "country",
                AsciiGerman.compile("anschrift|adresse|sitz|address|country|land|headquarter|registered|seat", FLAGS));
        return m;
    }

    private @Nullable Map<String, Integer> header(Block row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String cell = text.text(row.cells().get(c));
            if (cell.length() > 60
                    || DATA_CELL.matcher(cell).find()
                    || PARTY_COLUMN.matcher(cell.strip()).matches()) {
                // a row of data, not of labels: a contacts table's row ("Weisungsempfänger / Meldestelle | Service
                // Desk, +49 541 …, servicedesk@…") whose words resemble the columns of a sub-processor list; or the
                // header of a contacts table, whose first column names the party ("Party | Function | Name / Contact")
                return null;
            }
            for (Map.Entry<String, Pattern> col : COLUMNS.entrySet()) {
                if (!columns.containsKey(col.getKey())
                        && col.getValue().matcher(cell).find()) {
                    columns.put(col.getKey(), c);
                    break;
                }
            }
        }
        return columns.containsKey("name") && columns.size() >= 2 ? columns : null;
    }

    private void subprocessing() {
        ArrayNode list = DpaJson.mapper().createArrayNode();
        Map<String, Integer> columns = null;
        Block previousRow = null;
        ObjectNode previous = null;
        int headerCells = 0;
        String headerHeading = "";
        String rowHeading = "";
        Set<String> names = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            Block b = s.block();
            if (b.kind() == Kind.TABLE_ROW
                    && previousRow != null
                    && !s.heading().equals(rowHeading)) {
                // a heading stands between this row and the one before (headings are no segments of their own): the
                // rows after it are another table (a change log „Version | Datum | Änderung“ after the annex of
                // sub-processors), read with the list's columns only if they have them, as a table after a paragraph
                previousRow = null;
            }
            rowHeading = s.heading();
            if (sccPartiesOrTransfer(s)) {
                columns = null;
                previousRow = null;
                continue;
            }
            if (b.kind() != Kind.TABLE_ROW) {
                // a table's columns end with a long paragraph or a new heading: the next table after a heading
                // (say, the modules of a UK Addendum after the sub-processor table) is not read with them
                columns = (b.kind() == Kind.PARAGRAPH && text.text(b).length() > 200)
                                || b.kind() == Kind.HEADING
                                || ANNEX_TITLE.matcher(text.text(b).strip()).lookingAt()
                        ? null
                        : columns;
                previousRow = null;
                continue;
            }
            if (columns != null
                    && (annexTitleRow(b) || (s.annex() && !s.heading().equals(headerHeading) && annexTitle(s)))) {
                // the title of the next annex, a row of its own in a PDF's table or the heading above the rows: its
                // table (the contacts, the measures) is not the list of sub-processors, whatever its columns
                columns = null;
                previousRow = null;
                continue;
            }
            Map<String, Integer> h = header(b);
            if (h != null) {
                columns = h;
                headerCells = b.cells().size();
                headerHeading = s.heading();
                previousRow = b;
                continue;
            }
            if (columns == null) {
                continue;
            }
            if (previousRow == null && b.cells().size() != headerCells) {
                // a new table without a header of its own continues the one before only if it has its columns (a
                // table broken by a page); another table (say, the modules of a UK Addendum) is not read with them
                columns = null;
                continue;
            }
            if (previous != null && previousRow != null && b.cells().size() * 2 <= columns.size()) {
                continue; // a wrapped remainder of the row before
            }
            ObjectNode sp = row(b, columns, list.size(), names);
            if (sp != null) {
                list.add(sp);
                previous = sp;
            }
            previousRow = b;
        }
        keyValueRecords(list, names);
        listedSubprocessors(list, names);
        list = nestChains(list);
        ObjectNode terms = DpaJson.mapper().createObjectNode();
        if (!list.isEmpty()) {
            terms.set("subprocessors", list);
        }
        authorisation(terms);
        if (!terms.isEmpty()) {
            root.set("subprocessing", terms);
        }
    }

    /** The title of an annex: „Anlage 3 – Ansprechpartner“, "Annex II", "Schedule 4 – Contacts". */
    private static final Pattern ANNEX_TITLE = AsciiGerman.compile(
            // case-blind in the words only: a title goes on in capitals or a dash, a reference in lower case
            "(?iu:anlage|anhang|annex|appendix|schedule|attachment|exhibit|beilage)\\s*(?iu:[0-9]{1,2}|[ivx]{1,5}|[a-z])\\b"
                    + "(?![.,]?\\s*\\p{Ll})");

    /** A table row that holds nothing but the title of an annex (a PDF table read on across the annex's title). */
    private boolean annexTitleRow(Block b) {
        List<String> filled = b.cells().stream()
                .map(c -> text.text(c).strip())
                .filter(c -> !c.isEmpty())
                .toList();
        return filled.size() == 1
                && filled.get(0).length() <= 160
                && ANNEX_TITLE.matcher(filled.get(0)).lookingAt();
    }

    /** Whether the nearest heading of a segment is the title of an annex. */
    private static boolean annexTitle(Segment s) {
        String last = s.heading().substring(s.heading().lastIndexOf(" > ") + 1).strip();
        return last.startsWith(">")
                ? ANNEX_TITLE.matcher(last.substring(1).strip()).lookingAt()
                : ANNEX_TITLE.matcher(last).lookingAt();
    }

    /**
     * A list that names, in a parenthesis after an entry's name, another entry of the same list ("X (engaged by Y)",
     * "X (via Y)", "X (Unterauftragnehmer von Y)") states a chain: X is Y's sub-processor, not one of the
     * processor's own. Such entries move under Y, their name without the parenthesis, and the facts' paths follow.
     */
    private ArrayNode nestChains(ArrayNode list) {
        int[] parent = new int[list.size()];
        String[] names = new String[list.size()];
        String[] owners = new String[list.size()];
        String[] products = new String[list.size()];
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ObjectNode sp = (ObjectNode) list.get(i);
            String name = sp.path("name").asString("");
            String product = sp.path("product").asString("");
            byName.putIfAbsent(name, i);
            Matcher m = CHAIN.matcher(name);
            Matcher inProduct = CHAIN.matcher("x (" + product + ")");
            owners[i] = m.matches()
                    ? m.group(2).strip()
                    : inProduct.matches() ? inProduct.group(2).strip() : "";
            if (m.matches()) {
                name = m.group(1).strip();
            } else if (inProduct.matches()) {
                product = "";
            }
            // what is left in parentheses after the name is the product, as in a row without a chain
            Matcher paren = PRODUCT.matcher(name);
            if (!owners[i].isEmpty() && paren.matches()) {
                name = paren.group(1).strip();
                product = paren.group(2).strip();
            }
            names[i] = name;
            products[i] = product;
            byName.putIfAbsent(name, i);
        }
        boolean any = false;
        for (int i = 0; i < list.size(); i++) {
            parent[i] = -1;
            Integer p = owners[i].isEmpty() ? null : byName.get(owners[i]);
            if (p != null && p != i) {
                parent[i] = p;
                any = true;
                ObjectNode sp = (ObjectNode) list.get(i);
                sp.put("name", names[i]);
                if (products[i].isEmpty()) {
                    sp.remove("product");
                } else {
                    sp.put("product", products[i]);
                }
            } else {
                if (!owners[i].isEmpty()
                        && !products[i].isEmpty()
                        && !names[i].equals(list.get(i).path("name").asString(""))) {
                    // "X (Product) (engaged by Y)" with Y not in the list: no chain, but the product is no part of
                    // the name; the parenthesis of the engager stays beside it
                    ObjectNode sp = (ObjectNode) list.get(i);
                    sp.put("name", names[i]);
                    String engager = sp.path("product").asString("");
                    sp.put(
                            "product",
                            engager.isEmpty() || engager.equals(products[i])
                                    ? products[i]
                                    : products[i] + " (" + engager + ")");
                }
                names[i] = null;
            }
        }
        // a chain of chains nests deeper; a cycle (X via Y, Y via X) is not a chain
        for (int i = 0; i < parent.length; i++) {
            int at = parent[i];
            for (int steps = 0; at >= 0 && steps < parent.length; steps++) {
                if (at == i) {
                    parent[i] = -1;
                    break;
                }
                at = parent[at];
            }
        }
        if (!any) {
            return list;
        }
        ArrayNode out = DpaJson.mapper().createArrayNode();
        int[] slot = new int[list.size()];
        int[] children = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
            if (parent[i] < 0) {
                slot[i] = out.size();
                out.add(list.get(i));
            } else {
                slot[i] = children[parent[i]]++;
                ObjectNode owner = (ObjectNode) list.get(parent[i]);
                (owner.has("subprocessors") ? (ArrayNode) owner.get("subprocessors") : owner.putArray("subprocessors"))
                        .add(list.get(i));
            }
        }
        String[] paths = new String[list.size()];
        for (int i = 0; i < list.size(); i++) {
            paths[i] = chainPath(i, parent, slot);
        }
        for (int k = 0; k < facts.size(); k++) {
            Fact f = facts.get(k);
            Matcher m = FACT_INDEX.matcher(f.path());
            if (m.lookingAt()) {
                int old = Integer.parseInt(m.group(1));
                if (old < paths.length) {
                    String rest = f.path().substring(m.end());
                    String value = rest.equals(".name") && names[old] != null ? names[old] : f.value();
                    facts.set(k, new Fact(paths[old] + rest, value, f.span(), f.inferred()));
                }
            }
        }
        return out;
    }

    private static String chainPath(int i, int[] parent, int[] slot) {
        return parent[i] < 0
                ? "subprocessing.subprocessors[" + slot[i] + "]"
                : chainPath(parent[i], parent, slot) + ".subprocessors[" + slot[i] + "]";
    }

    private static final Pattern CHAIN = AsciiGerman.compile(
            "^(.*\\S)\\s*\\((?:engaged by|engaged through|via|through|on behalf of|sub-?processor of|subcontractor of"
                    + "|eingesetzt von|beauftragt von|über|im auftrag von|unterauftrag(?:sverarbeiter|nehmer) (?:von|des|der))"
                    + "\\s+(.+)\\)$",
            FLAGS);
    private static final Pattern FACT_INDEX = AsciiGerman.compile("^subprocessing\\.subprocessors\\[(\\d+)]");

    private @Nullable ObjectNode row(Block b, Map<String, Integer> columns, int index, Set<String> names) {
        String name = cell(b, columns.get("name"));
        String product = "";
        Matcher paren = PRODUCT.matcher(name);
        if (paren.matches()) {
            product = paren.group(2).strip();
            name = paren.group(1).strip();
        }
        if (name.isEmpty() || name.length() > 150 || NO_NAME.matcher(name).matches() || !names.add(name)) {
            return null;
        }
        String path = "subprocessing.subprocessors[" + index + "]";
        SourceSpan span = span(b.offset(), b.length(), "");
        ObjectNode sp = DpaJson.mapper().createObjectNode();
        sp.put("name", name);
        fact(path + ".name", name, span);
        if (!product.isEmpty()) {
            sp.put("product", product);
        }
        String service = cell(b, columns.get("service"));
        if (!service.isEmpty()) {
            sp.set("service", localized(service));
            fact(path + ".service", service, span);
        }
        String country = cell(b, columns.get("country"));
        Optional<Countries.Hit> c = Countries.first(country.isEmpty() ? name : country);
        if (c.isPresent()) {
            sp.put("country", c.get().code());
            fact(path + ".country", c.get().code(), span);
        } else if (!country.isEmpty()) {
            // an address without the country's name ("Sigmundstraße 180, 90431 Nürnberg"): the address itself, read
            // as a party's is (a German one with its country inferred), not "no address"
            address(sp, path, List.of(country), span);
        }
        String location = cell(b, columns.get("location"));
        location(sp, path, location, span);
        mechanism(sp, path, cell(b, columns.get("mechanism")), span);
        if (!sp.has("transfer")) {
            // a list without a column for the tool often names it beside the country: "USA (DPF)", "India (SCCs)"
            // (Art. 45 and 46(2)(c) GDPR); the cell's tool, where it names one, is the entry's
            mechanism(sp, path, toolBeside(country.isEmpty() ? location : country), span);
        }
        return sp;
    }

    /**
     * The locations of a sub-processor's cell or record: parts separated by ";", each with an optional kind
     * before a colon ("Speicherung: Deutschland; Fernzugriff: Indien (nur im Einzelfall)", "Support: India"),
     * a country or else a region (EU/EEA), and "only in individual cases" as conditional. A part without a country
     * or region is left out.
     */
    private void location(ObjectNode sp, String path, String location, SourceSpan span) {
        if (location.isEmpty()) {
            return;
        }
        ArrayNode locations = null;
        for (String raw : location.split(";")) {
            String part = Marks.strip(raw).text();
            String kind = "PROCESSING";
            int colon = part.indexOf(':');
            if (colon > 0) {
                Optional<String> k = locationKind(part.substring(0, colon));
                if (k.isPresent()) {
                    kind = k.get();
                    part = part.substring(colon + 1).strip();
                }
            }
            Marks.Qualified q = Marks.qualifiers(part);
            boolean conditional = q.qualifiers().stream()
                    .anyMatch(x -> CONDITIONAL_QUALIFIER.matcher(x).find());
            String whole = part;
            part = q.text();
            Optional<Countries.Hit> lc = Countries.first(part);
            Optional<String> region = Countries.region(part);
            if (lc.isEmpty() && region.isEmpty()) {
                // the country as a code after the city, in parentheses (which the qualifiers took off) or after a
                // comma: "Frankfurt (DE), Dublin (IE)", "Kassel, DE", "Manchester (UK)" — the location of processing
                // the list states (Art. 28(2), (4) GDPR), not none
                lc = Countries.firstCode(whole);
            }
            if (lc.isEmpty() && region.isEmpty()) {
                continue;
            }
            if (locations == null) {
                locations = sp.putArray("locations");
            }
            ObjectNode loc = locations.addObject();
            loc.put("kind", kind);
            String at = path + ".locations[" + (locations.size() - 1) + "]";
            if (lc.isPresent()
                    && (region.isEmpty()
                            || part.indexOf(region.get()) < 0
                            || lc.get().start() <= part.indexOf(region.get()))) {
                loc.put("country", lc.get().code());
                fact(at, lc.get().code(), span);
            } else {
                loc.put("region", region.orElseThrow());
                fact(at, region.orElseThrow(), span);
            }
            if (!kind.equals("PROCESSING")) {
                fact(at + ".kind", kind, span);
            }
            if (conditional) {
                loc.put("conditional", true);
                fact(at + ".conditional", "true", span);
            }
        }
    }

    /** The kind of a location from its label: storage, backup, remote access, support, processing. */
    static Optional<String> locationKind(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.matches("(speicherung|storage|hosting|datenhaltung|speicherort|data storage)")) {
            return Optional.of("STORAGE");
        }
        if (l.matches("(datensicherung|backups?|sicherung)")) {
            return Optional.of("BACKUP");
        }
        if (l.matches("(fernzugriff|fernwartung|remote access|remote maintenance)")) {
            return Optional.of("REMOTE_ACCESS");
        }
        if (l.matches("(support|kundenservice|customer support)")) {
            return Optional.of("SUPPORT");
        }
        if (l.matches("(verarbeitung|processing|verarbeitungsort|processing location)")) {
            return Optional.of("PROCESSING");
        }
        return Optional.empty();
    }

    private void mechanism(ObjectNode sp, String path, String cell, SourceSpan span) {
        boolean none = NOT_REQUIRED.matcher(cell).find()
                && !SCC.matcher(cell).find()
                && !DPF.matcher(cell).find();
        if (cell.isEmpty() || none) {
            return;
        }
        String type = mechanismType(cell);
        if (type != null) {
            sp.putObject("transfer").put("type", type);
            fact(path + ".transfer", type, span);
        }
    }

    /** A parenthesised part of a country or location cell: "(DPF)" of "USA (DPF)"; empty where there is none. */
    private static String toolBeside(String cell) {
        int open = cell.indexOf('(');
        int close = cell.lastIndexOf(')');
        return open >= 0 && close > open ? cell.substring(open + 1, close) : "";
    }

    private static @Nullable String mechanismType(String s) {
        if (DPF.matcher(s).find()) {
            return "EU_US_DATA_PRIVACY_FRAMEWORK";
        }
        if (SCC.matcher(s).find()) {
            return "SCC_2021_914";
        }
        if (BCR.matcher(s).find()) {
            return "BINDING_CORPORATE_RULES_PROCESSOR";
        }
        if (ADEQUACY.matcher(s).find()) {
            return "ADEQUACY_DECISION";
        }
        return null;
    }

    private String cell(Block b, @Nullable Integer column) {
        if (column == null || column >= b.cells().size()) {
            return "";
        }
        return text.text(b.cells().get(column)).strip();
    }

    /** Records written as "Label: value" lines, as our text renderer and many web pages list sub-processors. */
    private void keyValueRecords(ArrayNode list, Set<String> names) {
        ObjectNode current = null;
        String path = "";
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String t = text.text(s.block());
            int colon = t.indexOf(": ");
            if (sccPartiesOrTransfer(s)) {
                current = null;
                continue;
            }
            if (colon <= 0 || colon > 40 || s.block().kind() == Kind.TABLE_ROW) {
                current = t.length() > 200 ? null : current;
                continue;
            }
            // "1. Name: ..." as the list of sub-processors of the 2021/914 clauses (Annex III) numbers its records
            String label = t.substring(0, colon).replaceFirst("^\\d{1,3}\\.\\s*", "");
            String value = t.substring(colon + 2).strip();
            SourceSpan span = span(s);
            String role = null;
            for (Map.Entry<String, Pattern> col : COLUMNS.entrySet()) {
                if (col.getValue().matcher(label).find()) {
                    role = col.getKey();
                    break;
                }
            }
            if (role == null || value.isEmpty()) {
                continue;
            }
            boolean context = s.annex()
                    && (is(i, Element.SUBPROCESSING)
                            || s.heading()
                                    .matches(
                                            "(?iu).*(unterauftrag|sub-?processor|subcontract|subunternehm|weitere auftragsverarbeiter|other processors|further processors).*"));
            if (role.equals("name") && context && !label.matches("(?iu).*(anschrift|address|sitz).*")) {
                String product = "";
                Matcher paren = PRODUCT.matcher(value);
                if (paren.matches()) {
                    product = paren.group(2).strip();
                    value = paren.group(1).strip();
                }
                if (value.length() > 100 || !names.add(value)) {
                    current = null;
                    continue;
                }
                path = "subprocessing.subprocessors[" + list.size() + "]";
                current = list.addObject();
                current.put("name", value);
                if (!product.isEmpty()) {
                    current.put("product", product);
                }
                fact(path + ".name", value, span);
                continue;
            }
            if (current == null) {
                continue;
            }
            switch (role) {
                case "service" -> {
                    if (!current.has("service")) {
                        current.set("service", localized(value));
                        fact(path + ".service", value, span);
                    }
                }
                case "country" ->
                    Countries.first(value).ifPresent(c -> {
                        if (!list.isEmpty()) {
                            ObjectNode last = (ObjectNode) list.get(list.size() - 1);
                            last.put("country", c.code());
                        }
                        facts.add(new Fact(pathOfLast(list) + ".country", c.code(), span));
                    });
                case "location" -> location(current, path, value, span);
                case "mechanism" -> mechanism(current, path, value, span);
                default -> {}
            }
        }
    }

    private static String pathOfLast(ArrayNode list) {
        return "subprocessing.subprocessors[" + (list.size() - 1) + "]";
    }

    /** List items in a sub-processor annex: "Name, address (Country): service" and similar. */
    private void listedSubprocessors(ArrayNode list, Set<String> names) {
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.block().kind() != Kind.LIST_ITEM
                    || sccPartiesOrTransfer(s)
                    || listOwner(
                                    i,
                                    Set.of(
                                            Element.SUBPROCESSING,
                                            Element.SECURITY,
                                            Element.DATA_CATEGORIES,
                                            Element.DATA_SUBJECTS))
                            != Element.SUBPROCESSING) {
                continue;
            }
            String t = text.text(s.block());
            int cut = indexOfAny(t, ",", " – ", " - ", ":", " (");
            String name = (cut > 0 ? t.substring(0, cut) : t).strip();
            if (t.length() > 250
                    || name.isEmpty()
                    || name.length() > 80
                    || !LEGAL_FORM.matcher(name).find()
                    || !names.add(name)) {
                continue;
            }
            String path = "subprocessing.subprocessors[" + list.size() + "]";
            ObjectNode sp = list.addObject();
            sp.put("name", name);
            SourceSpan span = span(s);
            fact(path + ".name", name, span);
            String rest = cut > 0 ? t.substring(cut) : "";
            Countries.first(rest).ifPresent(c -> {
                sp.put("country", c.code());
                facts.add(new Fact(path + ".country", c.code(), span));
            });
            int colon = rest.lastIndexOf(':');
            int dash = Math.max(rest.lastIndexOf(" – "), rest.lastIndexOf(" - "));
            int from = Math.max(colon, dash);
            if (from >= 0) {
                String service = rest.substring(from + (from == colon ? 1 : 3)).strip();
                if (!service.isEmpty()) {
                    sp.set("service", localized(service));
                    fact(path + ".service", service, span);
                }
            }
        }
    }

    /** A run of whitespace other than one space: tabs between a row's cells, several spaces. */
    private static final Pattern WHITESPACE_RUN = AsciiGerman.compile("\\s{2,}|\\t");

    /** The authorisation model a sentence states, with the strength of its wording. */
    private record AuthReading(String type, int strength) {}

    /**
     * The authorisation model one sentence states: the strongest statement decides, the first of equal strength. An
     * explicit general or specific authorisation ("genehmigt allgemein", "prior specific authorisation") comes over a
     * prohibition and over the weaker cues; a conditional or contrasting mention ("soweit … allgemein genehmigt",
     * "instead of a specific authorisation") counts for nothing. A prohibition to engage sub-processors without the
     * controller's prior approval ("shall not appoint a Sub-processor without the Council's prior written approval")
     * makes each engagement subject to approval: a specific authorisation (Art. 28(2) GDPR); a permission to engage
     * them ("darf … Subunternehmer einsetzen", "You authorize us to use subprocessors") a general one.
     */
    private static @Nullable AuthReading authReading(String sentence) {
        // words a PDF's widened spacing left between cells of a row ("general\tauthorisation") are words all the same
        String s = AUTH_CONTRAST
                .matcher(WHITESPACE_RUN.matcher(sentence).replaceAll(" "))
                .replaceAll("");
        if (AUTH_CONDITIONAL.matcher(s).find()) {
            return null;
        }
        if (EXPLICIT_GENERAL_AUTH.matcher(s).find()) {
            return new AuthReading("GENERAL", 4);
        } else if (EXPLICIT_SPECIFIC_AUTH.matcher(s).find()) {
            return new AuthReading("SPECIFIC", 4);
        } else if (APPROVAL_REQUIRED.matcher(s).find()) {
            return new AuthReading("SPECIFIC", 3);
        } else if (PROHIBITED_AUTH.matcher(s).find()) {
            return new AuthReading("PROHIBITED", 2);
        } else if (GENERAL_AUTH.matcher(s).find()
                || (PERMITTED_AUTH.matcher(s).find() && !NEGATED.matcher(s).find())) {
            return new AuthReading("GENERAL", 3);
        } else if (SPECIFIC_AUTH.matcher(s).find()) {
            return new AuthReading("SPECIFIC", 1);
        } else if (ENTITLED_AUTH.matcher(s).find()) {
            return new AuthReading("GENERAL", 1);
        }
        return null;
    }

    /** No sub-processor without the controller's prior approval, consent or authorisation. */
    private static final Pattern APPROVAL_REQUIRED = AsciiGerman.compile(
            "\\b(?:shall|will|must|may) not\\b[^.;]{0,60}(?:sub-?processor|sub-?contractor)\\w*[^.;]{0,60}\\bwithout\\b[^.;]{0,50}\\b(?:prior|advance)\\b[^.;]{0,30}\\b(?:approval|consent|authori[sz]ation)|\\bno (?:sub-?processor|sub-?contractor)\\w*\\b[^.;]{0,60}\\bwithout\\b[^.;]{0,50}\\b(?:prior|advance)\\b[^.;]{0,30}\\b(?:approval|consent|authori[sz]ation)|(?:unterauftrag|subunternehm|sub-?auftrag|weitere\\w* auftragsverarbeiter)\\w*[^.;]{0,80}\\b(?:nur|erst) (?:mit|nach)\\b[^.;]{0,30}\\b(?:vorherig|schriftlich)\\w*[^.;]{0,30}(?:zustimmung|genehmigung|einwilligung)|\\bohne\\b[^.;]{0,30}\\b(?:vorherig)\\w*[^.;]{0,30}(?:zustimmung|genehmigung|einwilligung)[^.;]{0,80}\\bnicht\\b",
            FLAGS);

    /** A permission to engage sub-processors. */
    private static final Pattern PERMITTED_AUTH = AsciiGerman.compile(
            "\\b(?:darf|dürfen|ist berechtigt|sind berechtigt)\\b[^.;]{0,80}(?:unterauftrag|subunternehm|sub-?auftrag|weitere\\w* auftragsverarbeiter)\\w*\\b[^.;]{0,40}\\b(?:einsetzen|einschalten|beauftragen|hinzuziehen|heranziehen|einbinden)|\\b(?:may|is (?:entitled|permitted|authori[sz]ed|allowed) to)\\s+(?:\\w+\\s+){0,2}(?:engage|use|appoint|involve|subcontract)\\w*\\b[^.;]{0,40}(?:sub-?processors?|sub-?contractors?)|\\bauthori[sz]es?\\b[^.;]{0,40}\\bto (?:use|engage|appoint|involve)\\b[^.;]{0,40}(?:sub-?processors?|sub-?contractors?)|\\b(?:agrees?|accepts?|genehmigt)\\b[^.;]{0,80}(?:sub-?processors?|sub-?contractors?|unterauftrag\\w*|subunternehm\\w*)"
                    // the plain-language plural, "Sie genehmigen den Einsatz der folgenden Unterauftragsverarbeiter",
                    // not the duty to approve each one („… vorher zu genehmigen“: a specific authorisation) (#16)
                    + "|(?<!\\bzu )\\bgenehmigen\\b[^.;]{0,80}(?:unterauftrag\\w*|subunternehm\\w*)"
                    // in plain language: „Sie erlauben uns, Dienstleister einzusetzen“, "you allow us to use
                    // sub-processors" (#16, round 12b)
                    + "|\\b(?:erlaub|gestatt)\\w*\\b[^.;]{0,80}\\b(?:dienstleister|unterauftragsverarbeiter|subunternehmer)\\w*\\b[^.;]{0,40}"
                    + "\\b(?:einzusetzen|einsetzen|hinzuzuziehen|hinzuziehen|zu beauftragen|beauftragen|einzuschalten)\\b"
                    + "|\\b(?:allows?|permits?|lets?)\\b[^.;]{0,40}\\b(?:use|engage|appoint)\\b[^.;]{0,40}\\b(?:sub-?processors?|sub-?contractors?)\\b"
                    // under the heading on sub-processors, "you agree that we may use them" (#16, round 13)
                    + "|\\bagrees?\\b[^.;]{0,20}\\bthat (?:we|the processor) (?:may|can) (?:use|engage|appoint) (?:them|these|those)\\b"
                    + "|\\b(?:sind|ist) einverstanden\\b[^.;]{0,20}\\bdass (?:wir|der auftragsverarbeiter) (?:sie|diese) "
                    + "(?:einsetzen|einsetzt|nutzen|nutzt)\\b",
            FLAGS);

    /** An authorisation to hand work on, without the word "sub-processor" (read under a heading that names them). */
    private static final Pattern HEADED_AUTH = AsciiGerman.compile(
            "\\bauthori[sz]es?\\b[^.;]{0,60}\\bto (?:assign|use|engage|appoint|involve|commission|pass)\\b"
                    + "|\\bgenehmigt\\b[^.;]{0,80}\\b(?:einzusetzen|zu beauftragen|heranzuziehen|hinzuzuziehen|zu übertragen)\\b",
            FLAGS);

    private static final Pattern NEGATED =
            AsciiGerman.compile("\\b(?:not|nicht|kein\\w*|without|ohne|never)\\b", FLAGS);

    private void authorisation(ObjectNode terms) {
        // the strongest statement decides, the first of equal strength: an explicit general or specific
        // authorisation ("genehmigt allgemein", "prior specific authorisation") over a prohibition and over the
        // weaker cues ("consents to the sub-processors listed", "im Einzelfall"); a conditional or contrasting
        // mention ("soweit … allgemein genehmigt", "instead of a specific authorisation") counts for nothing
        String found = null;
        SourceSpan where = null;
        int best = 0;
        for (int i : passages(Element.SUBPROCESSING)) {
            String block = text.text(segments.get(i).block());
            boolean headed =
                    SUBPROCESSORS_NAMED.matcher(segments.get(i).heading()).find();
            for (String sentence : SENTENCES.split(block)) {
                AuthReading a = authReading(sentence);
                if (a == null
                        && headed
                        && HEADED_AUTH.matcher(sentence).find()
                        && !NEGATED.matcher(sentence).find()) {
                    // under a heading that names sub-processors, the permission in the words of the trade: "The
                    // Client authorises Linguamere to assign orders to any linguist from this pool" (Art. 28(2):
                    // a general authorisation, whatever the document calls those it engages)
                    a = new AuthReading("GENERAL", 2);
                }
                if (a != null && a.strength() > best) {
                    best = a.strength();
                    found = a.type();
                    where = span(segments.get(i));
                }
            }
        }
        if (found != null && where != null) {
            if (found.equals("PROHIBITED") && terms.has("subprocessors")) {
                return; // a list of approved sub-processors contradicts a reading as prohibited
            }
            terms.put("authorisation", found);
            fact("subprocessing.authorisation", found, where);
        }
    }

    // ---- measures

    private static Map<TomCategory, Pattern> tomHeadings() {
        Map<TomCategory, Pattern> m = new LinkedHashMap<>();
        for (TomCategoryEntry e : Catalogs.standard().tomCategories().all()) {
            if (e.code() == TomCategory.OTHER) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            for (String l : e.labels().getTranslations().values()) {
                labels.add(Pattern.quote(l.toLowerCase(Locale.ROOT)));
            }
            m.put(e.code(), AsciiGerman.compile(String.join("|", labels), FLAGS));
        }
        return m;
    }

    private static Optional<TomCategory> category(String heading) {
        String[] parts = heading.split(" > ");
        for (int p = parts.length - 1; p >= 0; p--) {
            for (Map.Entry<TomCategory, Pattern> e : TOM_HEADINGS.entrySet()) {
                if (e.getValue().matcher(parts[p]).find()) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private void security() {
        ArrayNode measures = DpaJson.mapper().createArrayNode();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            Optional<TomCategory> category = category(s.heading());
            boolean shortLine = s.block().kind() == Kind.PARAGRAPH
                    && s.annex()
                    && category.isPresent()
                    && s.block().length() <= 160
                    && !ARTICLE_REFERENCE.matcher(text.text(s.block())).lookingAt()
                    && !text.text(s.block()).strip().endsWith(":"); // a lead to a list, not a measure
            if (!isItem(s) && !shortLine) {
                continue; // a list item, a table row, or (PDF, where bullets are lost) a short line under a heading
            }
            Element owner = listOwner(i, LIST_ELEMENTS);
            // an annex whose heading names a category, or names itself one on security or measures ("Security
            // annex", "Annex 2 – Measures"), lists measures where no other element claims the list
            boolean measuresAnnex = s.annex()
                    && (category.isPresent()
                            || SECURITY_ANNEX.matcher(lastTitleOf(s.heading())).find());
            if (owner != Element.SECURITY && !(measuresAnnex && owner == null)) {
                continue;
            }
            boolean measuresTable = s.block().kind() == Kind.TABLE_ROW
                    && MEASURES_HEADING.matcher(lastTitleOf(s.heading())).find();
            if (!s.annex() && category.isEmpty() && !introduced(i) && !measuresTable) {
                continue; // the numbered paragraphs of a clause on security, not a list of measures
            }
            if (isItem(s)
                    && Optional.ofNullable(lead(i))
                            .filter(l -> TRANSFER_ASSESSMENT.matcher(l).find())
                            .isPresent()) {
                continue; // transfer impact assessments and supplementary measures per recipient (SCC Annex II)
            }
            if (s.block().kind() == Kind.TABLE_ROW && (labelTable(i) || measuresInSecondColumn(i))) {
                // "Zutrittskontrolle | ☒ Sicherheitsschlösser ☒ …": the label names the category, the second cell
                // holds the measures
                List<Range> cells = s.block().cells();
                String label = text.text(cells.get(0)).strip();
                labelledMeasures(
                        measures,
                        seen,
                        label,
                        text.text(cells.get(1)),
                        labelCategory(label).or(() -> category),
                        s);
                continue;
            }
            String raw = GOALS_SUFFIX.matcher(firstCell(s.block())).replaceFirst("");
            if (FOOTER.matcher(raw).find()) {
                continue;
            }
            Marks.Marked scope = null;
            boolean byController = false;
            Marks.Qualified qualified = Marks.qualifiers(raw);
            List<String> qualifiers = new ArrayList<>(qualified.qualifiers());
            if (!qualifiers.isEmpty()) {
                Matcher sm = SCOPE_QUALIFIER.matcher(qualifiers.get(qualifiers.size() - 1));
                if (sm.find()) {
                    scope = Marks.strip(sm.group(2));
                    qualifiers.remove(qualifiers.size() - 1);
                }
                // the annex prints "(Maßnahme des Verantwortlichen)" before the scope
                if (!qualifiers.isEmpty()
                        && CONTROLLER_MEASURE
                                .matcher(qualifiers.get(qualifiers.size() - 1))
                                .find()) {
                    byController = true;
                    qualifiers.remove(qualifiers.size() - 1);
                }
                if (scope != null || byController) {
                    raw = withQualifiers(qualified.text(), qualifiers);
                }
            }
            Marks.Marked marked = Marks.strip(raw);
            String item = marked.text();
            if (item.isEmpty() || item.length() > 400 || isHeaderCell(item) || !seen.add(item + category)) {
                continue;
            }
            ObjectNode m = measures.addObject();
            m.put("id", "M-" + measures.size());
            m.set("description", localized(item, marked.language()));
            if (scope != null && !scope.text().isEmpty()) {
                m.set("scope", localized(scope.text(), scope.language()));
                fact("security.measures[" + (measures.size() - 1) + "].scope", scope.text(), span(s));
            }
            if (byController) {
                m.put("responsibleParty", "CONTROLLER");
                fact("security.measures[" + (measures.size() - 1) + "].responsibleParty", "CONTROLLER", span(s));
            }
            // a measure under no heading of the catalogue ("Other measures") has no category: not guessed
            category.ifPresent(c -> m.put("category", c.name()));
            fact(
                    "security.measures[" + (measures.size() - 1) + "]",
                    category.map(c -> c + ": " + item).orElse(item),
                    span(s));
            goals(m, goalsOf(s.heading()), measures.size() - 1, span(s));
        }
        labelledParagraphs(measures, seen);
        if (measures.isEmpty()) {
            measureSentences(measures);
        }
        if (!measures.isEmpty()) {
            object("security").set("measures", measures);
        }
    }

    /** The head of a table's second column that holds the measures: "Maßnahme", "Measures", "Umsetzung". */
    private static final Pattern MEASURE_COLUMN =
            AsciiGerman.compile("(?:maßnahmen?|measures?|umsetzung|implementation|controls?)", FLAGS);

    /**
     * Whether the row at {@code i} stands in a table of two columns whose head names the second one the measures
     * ("Bereich | Maßnahme", "Area | Measure"): the first column is then the area, a label, not a measure.
     */
    private boolean measuresInSecondColumn(int i) {
        int first = i;
        while (first > 0
                && segments.get(first - 1).block().kind() == Kind.TABLE_ROW
                && segments.get(first - 1).heading().equals(segments.get(i).heading())) {
            first--;
        }
        List<Range> head = segments.get(first).block().cells();
        return head.size() == 2
                && segments.get(i).block().cells().size() == 2
                && MEASURE_COLUMN.matcher(text.text(head.get(1)).strip()).matches()
                && !MEASURE_COLUMN.matcher(text.text(head.get(0)).strip()).matches();
    }

    /** "Encryption: TLS 1.3 for all connections; AES-256 at rest": a label of a few words, a colon, the measures. */
    private static final Pattern LABELLED = AsciiGerman.compile("^(?<label>[^:;.()]{2,60}?)\\s*:\\s+(?<rest>\\S.*)$");

    /**
     * The paragraphs of a part on measures that each name a topic and list its measures ("Access: two-factor
     * authentication for clinicians; role-based access; logging of all access.", „Verfügbarkeit: tägliche
     * Datensicherung; USV“): the label gives the category where it names one of the catalogue, the list its
     * measures. A paragraph with one item and a label that names no category is prose, not such a record.
     */
    private void labelledParagraphs(ArrayNode measures, Set<String> seen) {
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String heading = s.heading().substring(s.heading().lastIndexOf(" > ") + 1);
            Optional<TomCategory> headingCategory = category(s.heading());
            if (s.block().kind() != Kind.PARAGRAPH
                    || !s.annex()
                    || !(MEASURES_HEADING.matcher(heading).find() || headingCategory.isPresent())) {
                continue;
            }
            Matcher m = LABELLED.matcher(text.text(s.block()).strip());
            if (!m.matches() || m.group("label").split("\\s+").length > 5 || !shortLabel(m.group("label"))) {
                continue;
            }
            if (Sentences.END.matcher(m.group("rest").replace(';', ',')).find()) {
                continue; // prose of several sentences after a label ("Datenfluss: Die Daten gelangen … . Der …")
            }
            Optional<TomCategory> labelCategory = labelCategory(m.group("label"));
            if (measureItems(m.group("rest")).size() < 2 && labelCategory.isEmpty()) {
                continue;
            }
            labelledMeasures(
                    measures, seen, m.group("label"), m.group("rest"), labelCategory.or(() -> headingCategory), s);
        }
    }

    /**
     * The category a label of measures names: one of the catalogue's labels in it ("Zutrittskontrolle (Schutz vor
     * …)", "Encryption"), or the catalogue's label of a control without its word for control ("Availability" for
     * "Availability control", „Verfügbarkeit“ for „Verfügbarkeitskontrolle“); none where it names none.
     */
    private static Optional<TomCategory> labelCategory(String label) {
        Optional<TomCategory> named = category(label);
        if (named.isPresent()) {
            return named;
        }
        String l = ITEM_MARKER.matcher(label).replaceFirst("").strip().toLowerCase(Locale.ROOT);
        for (TomCategoryEntry e : Catalogs.standard().tomCategories().all()) {
            for (String t : e.labels().getTranslations().values()) {
                String full = t.toLowerCase(Locale.ROOT);
                if (l.length() >= 5
                        && full.startsWith(l)
                        && CONTROL_WORD.matcher(full.substring(l.length())).matches()) {
                    return Optional.of(e.code());
                }
            }
        }
        return Optional.empty();
    }

    /** What a catalogue label adds for a control: " control", „kontrolle“, „skontrolle“. */
    private static final Pattern CONTROL_WORD = AsciiGerman.compile("\\s+control|s?kontrolle");

    /** The measures a label leads, each a measure with the label's category (none where it names none). */
    private void labelledMeasures(
            ArrayNode measures,
            Set<String> seen,
            String label,
            String value,
            Optional<TomCategory> category,
            Segment s) {
        for (String item : measureItems(value)) {
            if (item.length() > 400 || isHeaderCell(item) || !seen.add(item + category)) {
                continue;
            }
            addMeasure(measures, item, category, label + ": " + item, span(s));
            List<String> goals = goalsOf(label);
            goals(
                    (ObjectNode) measures.get(measures.size() - 1),
                    goals.isEmpty() ? goalsOf(s.heading()) : goals,
                    measures.size() - 1,
                    span(s));
        }
    }

    /** The protection goals of Art. 32(1)(b) GDPR by the words that name them in a heading or label. */
    private static final Map<String, Pattern> GOAL_WORDS = goalWords();

    private static Map<String, Pattern> goalWords() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        m.put("CONFIDENTIALITY", AsciiGerman.compile("vertraulichkeit|confidentiality", FLAGS));
        m.put("INTEGRITY", AsciiGerman.compile("integrität|integrity", FLAGS));
        m.put("AVAILABILITY", AsciiGerman.compile("verfügbarkeit|availability", FLAGS));
        m.put("RESILIENCE", AsciiGerman.compile("belastbarkeit|resilien", FLAGS));
        return m;
    }

    /**
     * The protection goals a measure's heading or label names ("Vertraulichkeit", "Availability and resilience"): the
     * nearest part of the heading that names one or two. A part that names three or four is the title of Art. 32(1)(b)
     * ("Measures to ensure confidentiality, integrity, availability and resilience"), which says nothing of the
     * measure below it, and ends the search.
     */
    static List<String> goalsOf(String heading) {
        String[] parts = heading.split(" > ");
        for (int p = parts.length - 1; p >= 0; p--) {
            if (parts[p].length() > 100) {
                continue;
            }
            List<String> named = new ArrayList<>();
            for (Map.Entry<String, Pattern> e : GOAL_WORDS.entrySet()) {
                if (e.getValue().matcher(parts[p]).find()) {
                    named.add(e.getKey());
                }
            }
            if (named.size() > 2) {
                return List.of();
            }
            if (!named.isEmpty()) {
                return named;
            }
        }
        return List.of();
    }

    private void goals(ObjectNode measure, List<String> goals, int index, SourceSpan where) {
        if (goals.isEmpty()) {
            return;
        }
        ArrayNode list = measure.putArray("protectionGoals");
        goals.forEach(list::add);
        fact("security.measures[" + index + "].protectionGoals", String.join(", ", goals), where);
    }

    /**
     * Adds a measure with its wording and category, and its fact: the category and the wording, or {@code
     * uncategorised} (the wording as the document labels it) where no category of the catalogue applies.
     */
    private void addMeasure(
            ArrayNode measures, String item, Optional<TomCategory> category, String uncategorised, SourceSpan where) {
        ObjectNode m = measures.addObject();
        m.put("id", "M-" + measures.size());
        m.set("description", localized(item));
        category.ifPresent(c -> m.put("category", c.name()));
        fact(
                "security.measures[" + (measures.size() - 1) + "]",
                category.map(c -> c + ": " + item).orElse(uncategorised),
                where);
    }

    /**
     * The measures of a value: one per ticked box of a form, else one per part between semicolons; a measure's
     * commas stay ("TLS 1.2, AES-256 at rest" is one).
     */
    private static List<String> measureItems(String value) {
        List<String> out = new ArrayList<>();
        for (String option : FormChoices.ticked(value)) {
            for (String part : option.split(";(?![^()]*\\))")) {
                String item = part.strip().replaceAll("[.;,]+$", "").strip();
                if (!item.isEmpty() && !placeholder(item)) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    /** The heading of an annex on security: "Security annex", „Anlage 2 – Datensicherheit“, "Annex 2 – Measures". */
    private static final Pattern SECURITY_ANNEX =
            AsciiGerman.compile("\\bsecurity\\b|sicherheit|measures|maßnahmen|\\btoms?\\b|safeguards", FLAGS);

    /** The innermost title of a heading path. */
    private static String lastTitleOf(String heading) {
        return heading.substring(heading.lastIndexOf(" > ") + 1);
    }

    /** A heading of a part that lists measures: "Annex 2 – Security measures", "TOMs", „Maßnahmen“. */
    private static final Pattern MEASURES_HEADING =
            AsciiGerman.compile("measures|maßnahmen|\\btoms?\\b|safeguards|security controls", FLAGS);
    /** A finite verb of a clause's sentence: a run of measures is a run of noun phrases. */
    private static final Pattern CLAUSE_VERB = AsciiGerman.compile(
            "\\b(shall|will|must|may|should|is|are|has|have|agrees?|undertakes?|wird|werden|muss|müssen|hat|haben|ist|sind|soll|sollen|kann|können|darf|dürfen)\\b",
            FLAGS);
    /** A sentence about the measures, not one: "X implements the technical and organisational measures in Annex 2". */
    private static final Pattern GENERIC_MEASURES = AsciiGerman.compile(
            "technical and organi[sz]ational|technische(n)? und organisatorische(n)?|art(ikel|icle|\\.)? ?32|as set out|wie folgt|following|folgende",
            FLAGS);

    /**
     * Where no list gave measures: the short sentences of a paragraph in a part on measures ("Encryption of data in
     * transit (TLS 1.2+). Role-based access control. Annual penetration tests."), each a measure, with the category
     * its words name in the catalogue ("encryption", "access control"), none where they name none.
     */
    private void measureSentences(ArrayNode measures) {
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String heading = s.heading().substring(s.heading().lastIndexOf(" > ") + 1);
            if (s.block().kind() != Kind.PARAGRAPH
                    || !is(i, Element.SECURITY)
                    || !(s.annex() || MEASURES_HEADING.matcher(heading).find())) {
                continue;
            }
            String paragraph = text.text(s.block());
            List<int[]> fragments = new ArrayList<>();
            Matcher cut = SENTENCE_BREAK.matcher(paragraph);
            int from = 0;
            while (from < paragraph.length()) {
                int end = cut.find() ? cut.start() : paragraph.length();
                int next = end < paragraph.length() ? cut.end() : paragraph.length();
                fragments.add(new int[] {from, end});
                from = next;
            }
            if (fragments.size() < 2) {
                continue; // one sentence: a statement about measures, not a run of them
            }
            boolean run = true;
            for (int[] f : fragments) {
                String fragment = paragraph.substring(f[0], f[1]);
                run &= fragment.split("\\s+").length <= 14
                        && !CLAUSE_VERB.matcher(fragment).find()
                        && !ARTICLE_REFERENCE.matcher(fragment).find();
            }
            if (!run) {
                continue; // sentences of a clause (with verbs, references to articles), not a run of measures
            }
            for (int[] f : fragments) {
                String item = paragraph.substring(f[0], f[1]).strip().replaceAll("[.;]+$", "");
                if (item.isEmpty()
                        || item.length() > 160
                        || GENERIC_MEASURES.matcher(item).find()) {
                    continue;
                }
                Optional<TomCategory> category = category(item);
                SourceSpan where = span(s.block().offset() + f[0], item.length(), s.section());
                addMeasure(measures, item, category, item, where);
                goals((ObjectNode) measures.get(measures.size() - 1), goalsOf(heading), measures.size() - 1, where);
            }
        }
    }

    /**
     * The persons who may give instructions for the controller and who receive them for the processor: the list
     * items after a lead that says so and ends with a colon ("Weisungsberechtigt sind …:", "The following persons
     * may give instructions on behalf of the Controller:"), each "Name (Function), e-mail, phone".
     */
    private void instructionPersons() {
        for (int i = 0; i < segments.size(); i++) {
            Segment lead = segments.get(i);
            String s = text.text(lead.block()).strip();
            if (isItem(lead) || !s.endsWith(":")) {
                continue;
            }
            String field = ISSUERS_LEAD.matcher(s).find()
                    ? "issuers"
                    : RECIPIENTS_LEAD.matcher(s).find() ? "recipients" : null;
            if (field == null || object("instructions").has(field)) {
                continue;
            }
            ArrayNode persons = DpaJson.mapper().createArrayNode();
            for (int j = i + 1;
                    j < segments.size()
                            && isItem(segments.get(j))
                            && segments.get(j).heading().equals(lead.heading());
                    j++) {
                ObjectNode person =
                        person(Marks.strip(firstCell(segments.get(j).block())).text());
                if (!person.isEmpty()) {
                    persons.add(person);
                    fact(
                            "instructions." + field + ".persons[" + (persons.size() - 1) + "]",
                            person.path("name").asString(person.path("email").asString("")),
                            span(segments.get(j)));
                }
            }
            if (!persons.isEmpty()) {
                object("instructions").putObject(field).set("persons", persons);
            }
        }
        instructionPersonsTable();
        if (root.has("instructions") && root.get("instructions").isEmpty()) {
            root.remove("instructions");
        }
    }

    /** A column of a contacts table that holds the controller's persons. */
    private static final Pattern CONTROLLER_COLUMN =
            AsciiGerman.compile("auftraggeber\\w*|verantwortliche\\w*|kunde|kundin|controller|customer|client", FLAGS);
    /** A column of a contacts table that holds the processor's persons. */
    private static final Pattern PROCESSOR_COLUMN = AsciiGerman.compile(
            "auftragnehmer\\w*|auftragsverarbeiter\\w*|dienstleister\\w*|anbieter\\w*|processor|provider|supplier|vendor|contractor",
            FLAGS);

    /**
     * The persons of a contacts table with a column for each party ("Funktion | Auftraggeber | Auftragnehmer"), in the
     * row whose label is about instructions („Weisungsberechtigt / Weisungsempfänger“, "Authorised to give
     * instructions"): Art. 28(3)(a) lets the controller instruct and the processor act on them, so the controller's
     * cell names who gives instructions and the processor's cell who receives them, whatever the label says of each.
     * The cell is kept as the description of the persons (names, or functions only: „Leitung IT“).
     */
    private void instructionPersonsTable() {
        for (int i = 0; i < segments.size(); i++) {
            Block row = segments.get(i).block();
            if (row.kind() != Kind.TABLE_ROW || row.cells().size() < 3) {
                continue;
            }
            String label = text.text(row.cells().get(0)).strip();
            String second = text.text(row.cells().get(1)).strip();
            if (label.length() <= 40
                    && second.length() <= 80
                    && (ISSUERS_LEAD.matcher(second).find()
                            || RECIPIENTS_LEAD.matcher(second).find())) {
                // the party in the first column and the function in the second ("Auftraggeber | Weisungsberechtigt |
                // Name, Kontakt"): the controller's row names who gives instructions, the processor's who receives
                String field = CONTROLLER_COLUMN.matcher(label).lookingAt()
                        ? "issuers"
                        : PROCESSOR_COLUMN.matcher(label).lookingAt() ? "recipients" : null;
                SourceText.Range at = row.cells().get(2);
                String cell = Marks.strip(text.text(at).strip()).text();
                if (field != null && !cell.isEmpty() && !object("instructions").has(field)) {
                    object("instructions").putObject(field).set("description", localized(cell));
                    fact(
                            "instructions." + field + ".description",
                            cell,
                            span(at.offset(), at.length(), segments.get(i).section()));
                }
                continue;
            }
            if (label.length() > 80
                    || (!ISSUERS_LEAD.matcher(label).find()
                            && !RECIPIENTS_LEAD.matcher(label).find())) {
                continue;
            }
            // the header row of the same table: the nearest row above with as many cells that names both parties
            int controller = -1;
            int processor = -1;
            for (int j = i - 1; j >= 0 && j >= i - 12 && controller < 0; j--) {
                Block head = segments.get(j).block();
                if (head.kind() != Kind.TABLE_ROW) {
                    break;
                }
                if (head.cells().size() != row.cells().size()) {
                    continue;
                }
                int c = -1;
                int p = -1;
                for (int k = 1; k < head.cells().size(); k++) {
                    String cell = text.text(head.cells().get(k)).strip();
                    if (cell.length() > 40) {
                        continue;
                    }
                    if (c < 0 && CONTROLLER_COLUMN.matcher(cell).find()) {
                        c = k;
                    } else if (p < 0 && PROCESSOR_COLUMN.matcher(cell).find()) {
                        p = k;
                    }
                }
                if (c > 0 && p > 0) {
                    controller = c;
                    processor = p;
                }
            }
            if (controller < 0) {
                continue;
            }
            for (String field : List.of("issuers", "recipients")) {
                int column = field.equals("issuers") ? controller : processor;
                String cell =
                        Marks.strip(text.text(row.cells().get(column)).strip()).text();
                if (cell.isEmpty()
                        || cell.matches("[-–—/.\\s]*")
                        || object("instructions").has(field)) {
                    continue;
                }
                object("instructions").putObject(field).set("description", localized(cell));
                SourceText.Range at = row.cells().get(column);
                fact(
                        "instructions." + field + ".description",
                        cell,
                        span(at.offset(), at.length(), segments.get(i).section()));
            }
        }
    }

    /** A person from "Name (Function), e-mail, phone"; the parts it cannot type are left out. */
    private ObjectNode person(String item) {
        ObjectNode p = DpaJson.mapper().createObjectNode();
        String[] parts = item.split(",\\s*");
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k].strip();
            if (EMAIL.matcher(part).matches()) {
                p.put("email", part);
            } else if (PHONE.matcher(part).matches()) {
                p.put("phone", part);
            } else if (k == 0 && !part.isEmpty() && part.length() <= 120) {
                Matcher f = PRODUCT.matcher(part);
                if (f.matches()) {
                    p.put("name", f.group(1).strip());
                    p.set("function", localized(f.group(2).strip()));
                } else {
                    p.put("name", part);
                }
            }
        }
        return p;
    }

    /** Whether a list item follows a lead paragraph that introduces a list ("… the following measures:"). */
    private boolean introduced(int i) {
        String lead = lead(i);
        return lead != null && lead.endsWith(":");
    }

    /** The paragraph that the list holding item {@code i} follows under the same heading, stripped, or null. */
    private @Nullable String lead(int i) {
        String heading = segments.get(i).heading();
        for (int j = i - 1; j >= 0 && j >= i - 200; j--) {
            Segment prev = segments.get(j);
            if (!prev.heading().equals(heading)) {
                return null;
            }
            if (!isItem(prev)) {
                return text.text(prev.block()).strip();
            }
        }
        return null;
    }

    // ---- periods and deadlines

    private record Found(String unit, int amount, String wording, SourceSpan span) {}

    private @Nullable Found period(Element element, @Nullable Pattern context, boolean allowPrompt) {
        return period(passages(element), context, allowPrompt);
    }

    private @Nullable Found period(List<Integer> passages, @Nullable Pattern context, boolean allowPrompt) {
        Found f = period(passages, context, false, true);
        return f != null || !allowPrompt ? f : period(passages, context, true, false);
    }

    private @Nullable Found period(
            List<Integer> passages, @Nullable Pattern context, boolean allowPrompt, boolean periods) {
        // notice and objection often share a sentence ("... 30 days in advance, and the controller may object"):
        // for them each clause counts on its own
        Pattern split = context == OBJECTION || context == NOTICE ? CLAUSES : SENTENCES;
        for (int i : passages) {
            String s = text.text(segments.get(i).block());
            for (String sentence : split.split(s)) {
                if (context != null && !context.matcher(sentence).find()) {
                    continue;
                }
                Matcher p = PERIOD.matcher(sentence);
                if (periods && find(p, sentence, context)) {
                    String unit = unit(p.group("unit"));
                    if (unit != null && amount(p) >= 0) {
                        int start = s.indexOf(sentence) + p.start();
                        return new Found(
                                unit,
                                amount(p),
                                p.group(),
                                span(
                                        segments.get(i).block().offset() + start,
                                        p.end() - p.start(),
                                        segments.get(i).section()));
                    }
                }
                Matcher prompt = PROMPT.matcher(sentence);
                if (allowPrompt && prompt.find()) {
                    int start = s.indexOf(sentence) + prompt.start();
                    return new Found(
                            "",
                            0,
                            prompt.group(),
                            span(
                                    segments.get(i).block().offset() + start,
                                    prompt.end() - prompt.start(),
                                    segments.get(i).section()));
                }
            }
        }
        return null;
    }

    /**
     * Finds the period of a sentence for a notice or an objection: where the clause gives two ("… vier Wochen vorher in
     * Textform anzeigt und der Auftraggeber nicht innerhalb von zwei Wochen … Einspruch erhebt"), the one nearest to
     * the word of its context; otherwise the first.
     */
    private static boolean find(Matcher p, String sentence, @Nullable Pattern context) {
        if (context != OBJECTION && context != NOTICE && context != AUDIT_NOTICE) {
            return p.find();
        }
        // an audit clause limits how often audits take place and how far ahead they are announced, often in one
        // sentence ("once every twelve (12) months on forty-five (45) days' notice"): the interval between audits is
        // no notice (Art. 28(3)(h), Clause 8.9(c) of 2021/915 keep the two apart); it is read by auditFrequency
        List<int[]> frequencies = new ArrayList<>();
        if (context == AUDIT_NOTICE) {
            Matcher f = AUDIT_FREQUENCY.matcher(sentence);
            while (f.find()) {
                frequencies.add(new int[] {f.start(), f.end()});
            }
        }
        List<int[]> found = new ArrayList<>();
        while (p.find()) {
            int at = p.start();
            if (unit(p.group("unit")) != null && frequencies.stream().noneMatch(f -> f[0] <= at && at < f[1])) {
                found.add(new int[] {p.start(), p.end()});
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        if (found.size() < 2) {
            if (!frequencies.isEmpty()) {
                return p.find(found.get(0)[0]);
            }
            p.reset();
            return p.find();
        }
        List<int[]> cues = new ArrayList<>();
        Matcher c = context.matcher(sentence);
        while (c.find()) {
            cues.add(new int[] {c.start(), c.end()});
        }
        int best = found.get(0)[0];
        int bestDistance = Integer.MAX_VALUE;
        for (int[] f : found) {
            for (int[] cue : cues) {
                int distance = cue[0] >= f[1] ? cue[0] - f[1] : cue[1] <= f[0] ? f[0] - cue[1] : 0;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = f[0];
                }
            }
        }
        return p.find(best);
    }

    private static Map<String, Integer> numberWords() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[] en = {
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty"
        };
        String[] de = {
            "einem|einer|eines|eine|ein",
            "zwei",
            "drei",
            "vier",
            "fünf",
            "sechs",
            "sieben",
            "acht",
            "neun",
            "zehn",
            "elf",
            "zwölf",
            "dreizehn",
            "vierzehn",
            "fünfzehn",
            "sechzehn",
            "siebzehn",
            "achtzehn",
            "neunzehn",
            "zwanzig"
        };
        // longest first, so that "fourteen" is not read as "four"; the tens and their compounds are COMPOUND_NUMBER's
        for (int i = en.length - 1; i >= 0; i--) {
            m.put(en[i], i + 1);
            for (String w : de[i].split("\\|")) {
                m.put(w, i + 1);
            }
        }
        return m;
    }

    /**
     * The amount of a {@link #PERIOD}: its figures, where the number is written in words and figures the figures in the
     * parenthesis (they agree in a careful text, and this reading of words stops at ninety-nine), else the words' value.
     */
    private static int amount(Matcher p) {
        if (p.group("figures") != null) {
            return Integer.parseInt(p.group("figures"));
        }
        String other = p.group("other");
        if (other != null && other.length() <= 3 && other.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(other);
        }
        return numberWord(p.group("words"));
    }

    /** The value of a number written in words as {@link #PERIOD} finds it, 0 where it is none of them. */
    static int numberWord(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('\u2010', '-').replace('\u2011', '-');
        Integer single = NUMBER_WORDS.get(w);
        if (single != null) {
            return single;
        }
        int und = w.indexOf("und");
        String tens = w;
        String ones = null;
        if (und > 0 && TENS.containsKey(w.substring(und + 3))) {
            ones = w.substring(0, und);
            tens = w.substring(und + 3);
        } else {
            int cut = Math.max(w.indexOf('-'), w.indexOf(' '));
            if (cut > 0) {
                tens = w.substring(0, cut);
                ones = w.substring(cut + 1);
            }
        }
        Integer ten = TENS.get(tens);
        if (ten == null) {
            return 0;
        }
        if (ones == null) {
            return ten;
        }
        Integer one = "ein".equals(ones) ? Integer.valueOf(1) : NUMBER_WORDS.get(ones);
        return one == null || one > 9 ? 0 : ten + one;
    }

    private static final Map<String, Integer> TENS = Map.ofEntries(
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("zwanzig", 20),
            Map.entry("dreißig", 30),
            Map.entry("dreissig", 30),
            Map.entry("vierzig", 40),
            Map.entry("fünfzig", 50),
            Map.entry("sechzig", 60),
            Map.entry("siebzig", 70),
            Map.entry("achtzig", 80),
            Map.entry("neunzig", 90));

    private static @Nullable String unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("stunde") || w.startsWith("std") || w.startsWith("hour") || w.equals("h")) {
            return "HOURS";
        }
        if (w.startsWith("werktag")
                || w.startsWith("arbeitstag")
                || w.startsWith("business")
                || w.startsWith("working")) {
            return "BUSINESS_DAYS";
        }
        if (w.startsWith("woche") || w.startsWith("week")) {
            return "WEEKS";
        }
        if (w.startsWith("monat") || w.startsWith("month")) {
            return "MONTHS";
        }
        if (w.startsWith("tag") || w.startsWith("day") || w.startsWith("kalendertag") || w.startsWith("calendar")) {
            return "CALENDAR_DAYS";
        }
        return null;
    }

    private void timeLimit(String path, @Nullable Found f) {
        if (f == null) {
            return;
        }
        int dot = path.lastIndexOf('.');
        ObjectNode limit = object(path.substring(0, dot)).putObject(path.substring(dot + 1));
        if (!f.unit().isEmpty() && f.amount() >= 0) {
            // "0 Stunden" is a period too: an objection that must be raised at once
            ObjectNode period = limit.putObject("period");
            period.put("amount", f.amount());
            period.put("unit", f.unit());
            fact(path, f.amount() + " " + f.unit(), f.span());
        } else {
            fact(path, "wording: " + f.wording(), f.span());
        }
        limit.set("wording", localized(f.wording()));
    }

    private void deadlines() {
        timeLimit("breachNotification.deadline", period(Element.BREACH_NOTIFICATION, BREACH_NOTIFY, true));
        if (root.has("subprocessing") || !passages(Element.SUBPROCESSING).isEmpty()) {
            timeLimit("subprocessing.objectionPeriod", period(Element.SUBPROCESSING, OBJECTION, false));
            Found notice = period(Element.SUBPROCESSING, NOTICE, false);
            if (notice != null
                    && !notice.span()
                            .equals(facts.stream()
                                    .filter(f -> f.path().equals("subprocessing.objectionPeriod"))
                                    .map(Fact::span)
                                    .findFirst()
                                    .orElse(null))) {
                timeLimit("subprocessing.noticePeriod", notice);
            }
        }
        Found forwarding = period(Element.DATA_SUBJECT_RIGHTS, FORWARD, true);
        // a clause on data subjects' requests often stands under the heading of assistance in general
        if (forwarding == null) {
            forwarding = period(Element.ASSISTANCE, FORWARD_REQUEST, true);
        }
        if (forwarding == null) {
            // a passage with a cue of data subjects' requests that is classified to another element ("9.1 Vettorly
            // forwards to Client without undue delay any request from a Candidate … and assists Client … by
            // appropriate technical and organisational measures"): the request forwarded is stated there
            List<Integer> addressing = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                if (score(i, Element.DATA_SUBJECT_RIGHTS) > 0) {
                    addressing.add(i);
                }
            }
            forwarding = period(addressing, FORWARD_REQUEST, true);
        }
        timeLimit("assistance.forwardingDeadline", forwarding);
        timeLimit("endOfProcessing.deadline", period(Element.DELETION_RETURN, null, false));
        timeLimit("audits.notice", period(Element.AUDITS, AUDIT_NOTICE, false));
        auditFrequency();
        auditEvidence();
    }

    /**
     * The evidence by which the processor may demonstrate compliance (Art. 28(5) GDPR): approved codes of conduct
     * (Art. 40), certifications (Art. 42), ISO/IEC 27001, SOC 2, BSI IT-Grundschutz, audit reports, as the audit
     * clause names them.
     */
    private void auditEvidence() {
        ArrayNode evidence = DpaJson.mapper().createArrayNode();
        Set<String> seen = new HashSet<>();
        for (int i : passages(Element.AUDITS)) {
            String s = text.text(segments.get(i).block());
            for (Map.Entry<String, Pattern> e : EVIDENCE.entrySet()) {
                Matcher m = e.getValue().matcher(s);
                if (m.find() && seen.add(e.getKey())) {
                    evidence.addObject().put("type", e.getKey());
                    fact(
                            "audits.acceptedEvidence[" + (evidence.size() - 1) + "]",
                            e.getKey(),
                            span(
                                    segments.get(i).block().offset() + m.start(),
                                    m.end() - m.start(),
                                    segments.get(i).section()));
                }
            }
        }
        if (!evidence.isEmpty()) {
            object("audits").set("acceptedEvidence", evidence);
        }
    }

    /** The shortest interval between two audits, when the audit clause limits how often they may take place. */
    private void auditFrequency() {
        for (int i : passages(Element.AUDITS)) {
            String s = text.text(segments.get(i).block());
            Matcher m = AUDIT_FREQUENCY.matcher(s);
            if (m.find()) {
                int months = 12;
                if (m.group(3) != null) {
                    String n = m.group(3).toLowerCase(Locale.ROOT);
                    months = switch (n) {
                        case "twelve", "zwölf" -> 12;
                        case "six", "sechs" -> 6;
                        default -> Integer.parseInt(n);
                    };
                }
                if (months <= 0) {
                    continue;
                }
                ObjectNode limit = object("audits").putObject("frequencyLimit");
                limit.put("amount", months);
                limit.put("unit", "MONTHS");
                fact(
                        "audits.frequencyLimit",
                        months + " MONTHS",
                        span(
                                segments.get(i).block().offset() + m.start(),
                                m.end() - m.start(),
                                segments.get(i).section()));
                return;
            }
        }
    }

    // ---- transfers and final provisions

    /**
     * The modules and options of the 2021/914 clauses an agreement states it chose: modules, the docking clause
     * (Clause 7), the sub-processor option of Clause 9(a), the option of Clause 17 with the governing law, and the
     * courts of Clause 18(b). Read sentence by sentence anywhere in the document, as agreements put them in a
     * transfer clause, an annex or a cover page.
     */
    private void sccOptions() {
        ObjectNode scc = DpaJson.mapper().createObjectNode();
        java.util.TreeSet<String> modules = new java.util.TreeSet<>();
        boolean betweenParties = false;
        for (Segment seg : segments) {
            String passage = text.text(seg.block());
            if (!passage.matches("(?isu).*(klausel|clause|module|modul).*")) {
                continue;
            }
            for (String sentence : SENTENCES.split(passage)) {
                SourceSpan where = span(seg);
                Matcher mm = SCC_MODULE.matcher(sentence);
                while (mm.find() && SCC.matcher(passage).find()) {
                    String module = "MODULE_" + number(mm.group(1));
                    if (modules.add(module)) {
                        fact("transfers.scc.modules", module, where);
                    }
                }
                if (!scc.has("dockingClause") && DOCKING.matcher(sentence).find()) {
                    boolean applies = !NOT_APPLY.matcher(sentence).find();
                    scc.put("dockingClause", applies);
                    fact("transfers.scc.dockingClause", String.valueOf(applies), where);
                }
                Matcher c9 = CLAUSE9.matcher(sentence);
                if (!scc.has("clause9Option") && c9.find()) {
                    String word = c9.group(1) != null ? c9.group(1) : Objects.requireNonNull(c9.group(2));
                    String option = number(word) == 1 ? "SPECIFIC" : "GENERAL";
                    scc.put("clause9Option", option);
                    fact("transfers.scc.clause9Option", option, where);
                }
                Matcher c17 = CLAUSE17.matcher(sentence);
                if (!scc.has("clause17Option") && c17.find()) {
                    String option = "OPTION_" + number(c17.group(1));
                    scc.put("clause17Option", option);
                    fact("transfers.scc.clause17Option", option, where);
                }
            }
            boolean clauses = SCC.matcher(passage).find();
            String[] sentences = Sentences.FULL_STOP.split(passage);
            for (int k = 0; k < sentences.length; k++) {
                clauseChoices(
                        sentences[k], clauses || OPTION.matcher(sentences[k]).find(), scc, span(seg));
                // the period of Clause 9(a) in a sentence of its own after the choice of the option ("Clause 9(a):
                // Option 2 (general written authorisation). The time period for prior notice of intended changes is
                // five (5) Business Days."), as the clause's own blank asks for it after the option
                if (scc.has("clause9Option")
                        && !scc.has("clause9Period")
                        && k + 1 < sentences.length
                        && CLAUSE9_NAMED.matcher(sentences[k]).find()
                        && PERIOD_SENTENCE.matcher(sentences[k + 1]).lookingAt()) {
                    clause9Period(sentences[k + 1], scc, span(seg));
                }
            }
            if (!betweenParties && SCC.matcher(passage).find()) {
                betweenParties = incorporates(passage);
            }
        }
        if (modules.equals(Set.of("MODULE_3")) && !betweenParties && scc.isEmpty()) {
            // Module 3 (processor to processor) named, no choice of the clauses made and nothing that makes them part
            // of this document: the clauses the processor concludes with its sub-processors, a transfer tool of those
            // recipients (read with each of them), whose Clauses 9, 17 and 18 and annexes are completed in that
            // contract, not in this one. The agreement does not incorporate them, so the draft states no SCC terms.
            facts.removeIf(f -> f.path().equals("transfers.scc.modules"));
            return;
        }
        if (!modules.isEmpty()) {
            ArrayNode list = scc.putArray("modules");
            modules.forEach(list::add);
        }
        if (!scc.isEmpty()) {
            object("transfers").set("scc", scc);
        }
    }

    /**
     * The law of Clause 17 and the courts of Clause 18(b) chosen in one sentence, read in the stretch that belongs to
     * each reference to those clauses: after it up to the next clause or annex the sentence names ("in Clause 17,
     * Option 1 applies with Irish law; under Clause 18(b) …", "Clause 17 (Governing law): Option 1; the Clauses are
     * governed by the law of Ireland."), or before it where the choice is tied to it by "under", "in" or "for" ("with
     * Irish law chosen under Clause 17", "Irish law and courts for Clauses 17 and 18"). A reference that leaves the
     * choice open ("without prejudice to Clause 17") or names another contract's clause ("clause 17 of the MSA") is
     * none.
     */
    private void clauseChoices(String sentence, boolean ofTheClauses, ObjectNode scc, SourceSpan where) {
        List<int[]> refs = new ArrayList<>(); // start, end, first number, second number (or -1)
        Matcher m = CLAUSE_REF.matcher(sentence);
        while (m.find()) {
            refs.add(new int[] {
                m.start(), m.end(), Integer.parseInt(m.group(1)), m.group(2) == null ? -1 : Integer.parseInt(m.group(2))
            });
        }
        Matcher annex = ANNEX_REF.matcher(sentence);
        for (int i = 0; i < refs.size(); i++) {
            int[] ref = refs.get(i);
            boolean law = ref[2] == 17 || ref[3] == 17;
            boolean forum = ref[2] == 18 || ref[3] == 18;
            // the agreement's own clauses 9 and 13 are common: read them only where the sentence is about the SCCs
            boolean period = ofTheClauses && ref[2] == 9 && ref[3] < 0;
            boolean authority = ofTheClauses && ref[2] == 13 && ref[3] < 0;
            if (!law && !forum && !period && !authority) {
                continue;
            }
            String before = sentence.substring(0, ref[0]);
            if (NOT_A_CHOICE_BEFORE.matcher(before).find()
                    || NOT_A_CHOICE_AFTER.matcher(sentence.substring(ref[1])).find()) {
                continue;
            }
            int end = i + 1 < refs.size() ? refs.get(i + 1)[0] : sentence.length();
            if (annex.find(ref[1]) && annex.start() < end) {
                end = annex.start();
            }
            String after = sentence.substring(ref[1], end);
            int from = i > 0 ? refs.get(i - 1)[1] : 0;
            from = Math.max(from, Math.max(before.lastIndexOf(';'), before.lastIndexOf(',')) + 1);
            String preceding = CHOICE_BEFORE_REF.matcher(before.substring(from)).find() ? before.substring(from) : "";
            if (period && !scc.has("clause9Period")) {
                // "with the notice period of Clause 6.2 of this Agreement": the reference it names ends the stretch
                clause9Period(sentence.substring(ref[1], Math.min(sentence.length(), end + 12)), scc, where);
            }
            if (authority && !scc.has("competentAuthority")) {
                Matcher named = SCC_AUTHORITY.matcher(after);
                if (named.find()) {
                    String name = after.substring(named.start()).replaceAll("[\\s;,.:]+$", "");
                    scc.put("competentAuthority", name);
                    fact("transfers.scc.competentAuthority", name, where);
                }
            }
            for (String stretch : List.of(after, preceding)) {
                if (law && !scc.has("governingLaw")) {
                    countryOf(stretch, SCC_LAW_OF, SCC_LAW_ADJECTIVE).ifPresent(c -> {
                        scc.put("governingLaw", c);
                        fact("transfers.scc.governingLaw", c, where);
                    });
                }
                if (forum && !scc.has("forum")) {
                    countryOf(stretch, SCC_COURTS_OF, SCC_COURTS_ADJECTIVE).ifPresent(c -> {
                        scc.put("forum", c);
                        fact("transfers.scc.forum", c, where);
                    });
                }
            }
        }
    }

    /**
     * The period of Clause 9(a) (option 2: the time for prior notice of changes to the list of sub-processors) in the
     * stretch of its reference: a period stated there ("Option 2, with thirty days' notice"), or the agreement's own
     * notice period where the stretch refers to it ("Option 2 applies with the notice period of Clause 6.2 of this
     * Agreement", „mit der Frist nach Ziffer 7.3“).
     */
    private void clause9Period(String stretch, ObjectNode scc, SourceSpan where) {
        Matcher p = PERIOD.matcher(stretch);
        if (p.find()) {
            String unit = unit(p.group("unit"));
            if (unit != null && amount(p) > 0) {
                ObjectNode period = scc.putObject("clause9Period");
                period.put("amount", amount(p));
                period.put("unit", unit);
                fact("transfers.scc.clause9Period", amount(p) + " " + unit, where);
                return;
            }
        }
        JsonNode own = root.path("subprocessing").path("noticePeriod").path("period");
        if (OWN_NOTICE_PERIOD.matcher(stretch).find() && own.isObject()) {
            scc.set("clause9Period", own.deepCopy());
            fact(
                    "transfers.scc.clause9Period",
                    own.path("amount").asInt() + " " + own.path("unit").asString(),
                    where);
        }
    }

    /** The country a stretch names after a phrase ("law of" Ireland) or by an adjective before a word ("Irish" law). */
    private static Optional<String> countryOf(String stretch, Pattern of, Pattern adjective) {
        Matcher m = of.matcher(stretch);
        while (m.find()) {
            String rest = stretch.substring(m.end(), Math.min(stretch.length(), m.end() + 40));
            Optional<Countries.Hit> hit = Countries.first(rest);
            if (hit.isPresent() && hit.get().start() <= 4) {
                return Optional.of(hit.get().code());
            }
            Matcher seat = CAPITAL.matcher(rest);
            if (of == SCC_COURTS_OF && seat.lookingAt()) {
                String code = CAPITALS.get(seat.group(1).toLowerCase(Locale.ROOT));
                if (code != null) {
                    return Optional.of(code);
                }
            }
        }
        Matcher a = adjective.matcher(stretch);
        while (a.find()) {
            Optional<String> c = Countries.ofAdjective(a.group(1));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static int number(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "1", "one", "eins" -> 1;
            case "2", "two", "zwei" -> 2;
            case "3", "three", "drei" -> 3;
            default -> 4;
        };
    }

    private void transfers() {
        for (int i : passages(Element.TRANSFERS)) {
            String s = text.text(segments.get(i).block());
            if (EU_ONLY.matcher(s).find()) {
                object("transfers").put("euEeaOnly", true);
                fact("transfers.euEeaOnly", "true", span(segments.get(i)));
                break;
            }
        }
        // the tool where a passage states it for a transfer; a passage that only names the clauses, say in an order of
        // precedence ("If this DPA conflicts with the Standard Contractual Clauses, …"), only where no passage does
        int chosen = -1;
        for (int i : passages(Element.TRANSFERS)) {
            String s = text.text(segments.get(i).block());
            if (mechanismType(s) != null
                    && (chosen < 0 || TRANSFER_UNDER.matcher(s).find())) {
                boolean stated = TRANSFER_UNDER.matcher(s).find();
                chosen = i;
                if (stated) {
                    break;
                }
            }
        }
        if (chosen >= 0) {
            String type = Objects.requireNonNull(
                    mechanismType(text.text(segments.get(chosen).block())));
            object("transfers").putObject("processorTransfer").put("type", type);
            fact("transfers.processorTransfer", type, span(segments.get(chosen)));
        }
    }

    /**
     * A transfer made "under", "on the basis of" or "pursuant to" a tool, or a tool that "applies" to, "covers" or is
     * "used for" transfers: the passage states the tool, not only names it.
     */
    private static final Pattern TRANSFER_UNDER = AsciiGerman.compile(
            "\\b(?:transfer\\w*|übermittl\\w*|export\\w*|processed in|verarbeitet)\\b[^.;]{0,160}\\b(?:under|on the basis of|based on|pursuant to|in accordance with|subject to|auf (?:der )?grundlage|auf basis|gestützt auf|unter verwendung|gemäß)\\b"
                    + "|\\b(?:under|on the basis of|pursuant to|auf (?:der )?grundlage|gestützt auf)\\b[^.;]{0,120}\\b(?:transfer\\w*|übermittl\\w*)\\b"
                    + "|\\b(?:use|uses|rely on|relies on|conclude\\w*|enter into|abschließ\\w*|vereinbar\\w*)\\b[^.;]{0,80}(?:standard contractual clauses|standardvertragsklauseln|\\bSCCs?\\b)[^.;]{0,80}\\b(?:transfer\\w*|übermittl\\w*)",
            FLAGS);

    /** The full stop of a legal form before a word in lower case ("Inc. and"), and of "U.S.", within a sentence. */
    private static final Pattern LEGAL_FORM_STOP = AsciiGerman.compile(
            "(?<=\\b(?:Inc|Ltd|Corp|Co|LLC|GmbH|S\\.A|B\\.V|N\\.V))\\.(?=\\s+\\p{Ll})|(?<=\\bU\\.S)\\.(?=\\s)");

    /** Sub-processors, or transfers onward to them, named in a sentence. */
    private static final Pattern SUBPROCESSORS_NAMED = AsciiGerman.compile(
            "sub-?processors?|subcontractors?|unterauftragsverarbeiter\\w*|unterauftragnehmer\\w*|subunternehmer\\w*|onward[- ]transfer\\w*|weiterübermittl\\w*",
            FLAGS);

    /**
     * The transfer tool that a sentence of a transfer clause states for the sub-processors as a whole (Art. 46(2)(c)
     * GDPR; Clause 9 and Module Three of 2021/914 for the processor's own transfers to its sub-processors): "Transfers to
     * Sub-processors listed in Annex C outside the EEA take place under the standard contractual clauses (Module Three)",
     * "Customer agrees that the Processor and its Sub-processors may use Module Three of the Standard Contractual
     * Clauses for onward transfers", „Übermittlungen an Unterauftragsverarbeiter in Drittländern erfolgen auf Grundlage
     * der Standardvertragsklauseln“. Each sub-processor of the list outside the EEA that has no tool of its own gets it
     * (with Module Three where the sentence names it); a sub-processor's own tool stays. A sentence that says no
     * safeguard is needed names no tool and gives none.
     */
    private void subprocessorTransfers() {
        JsonNode list = root.path("subprocessing").path("subprocessors");
        if (!list.isArray() || list.isEmpty()) {
            return;
        }
        for (int i : passages(Element.TRANSFERS)) {
            // the full stop of a company's legal form inside a sentence ("to Telvarro, Inc. and to the sub-processors
            // in Annex 3") and of "U.S." ("the EU-U.S. Data Privacy Framework") ends no sentence here: the tool and the
            // recipients are one statement. Masked with a character of the same length, so that offsets stay
            String passage =
                    LEGAL_FORM_STOP.matcher(text.text(segments.get(i).block())).replaceAll("\u2024");
            for (String sentence : SENTENCES.split(passage)) {
                String type = mechanismType(sentence);
                if (type == null
                        || type.equals("ADEQUACY_DECISION")
                        || !SUBPROCESSORS_NAMED.matcher(sentence).find()
                        || !TRANSFER_UNDER.matcher(sentence).find()
                        || (NOT_REQUIRED.matcher(sentence).find()
                                && !SCC.matcher(sentence).find())) {
                    continue;
                }
                boolean moduleThree = false;
                Matcher mm = SCC_MODULE.matcher(sentence);
                while (mm.find()) {
                    moduleThree |= number(mm.group(1)) == 3;
                }
                int start = passage.indexOf(sentence);
                SourceSpan where = span(
                        segments.get(i).block().offset() + Math.max(0, start),
                        sentence.length(),
                        segments.get(i).section());
                boolean any = false;
                for (int k = 0; k < list.size(); k++) {
                    ObjectNode sp = (ObjectNode) list.get(k);
                    if (sp.has("transfer") || !outsideEea(sp)) {
                        continue;
                    }
                    ObjectNode tool = sp.putObject("transfer").put("type", type);
                    String path = "subprocessing.subprocessors[" + k + "].transfer";
                    fact(path, type, where);
                    if (moduleThree && type.equals("SCC_2021_914")) {
                        tool.put("sccModule", "MODULE_3");
                        fact(path + ".sccModule", "MODULE_3", where);
                    }
                    any = true;
                }
                if (any) {
                    return;
                }
            }
        }
    }

    /** A sentence that says the tool it names does not apply ("is not certified", „nicht zertifiziert“). */
    private static final Pattern TOOL_DENIED = AsciiGerman.compile(
            "\\bnot\\s+(?:\\w+\\s+)?(?:certified|covered|based)|nicht\\s+(?:\\w+\\s+)?(?:zertifiziert|erfasst|gestützt)|no longer|\\bnone\\b|\\bkeine\\b|n/a",
            FLAGS);

    /**
     * The transfer tool a sentence states for one listed sub-processor by its name (Art. 46(2)(c), Art. 45(3) GDPR):
     * "Zendesk, Inc. is certified under the EU-US Data Privacy Framework", „Voxlane ist nach dem EU-U.S. Data Privacy
     * Framework zertifiziert; ergänzend gelten die Standardvertragsklauseln“, "governed by the Data Privacy Framework
     * certification of Orrestel Cloud Inc.". The sentence names the tool (not an adequacy decision alone) and the
     * sub-processor by the part of its name before the first comma or parenthesis, or by its first word of five letters
     * or more ("Voxlane" for "Voxlane AI Inc."); a sub-processor outside the EEA
     * without a tool of its own gets it. Not where the sentence denies the tool ("is not certified", „keine“) (review25:
     * anfragio, corvessa, lexicrate, orrestel, vandlys).
     */
    private void namedSubprocessorTransfers() {
        JsonNode list = root.path("subprocessing").path("subprocessors");
        if (!list.isArray() || list.isEmpty()) {
            return;
        }
        for (int i = 0; i < segments.size(); i++) {
            Block b = segments.get(i).block();
            if (b.kind() == Kind.TABLE_ROW) {
                continue; // a row of the list itself: its cells are read by row()
            }
            String passage = LEGAL_FORM_STOP.matcher(text.text(b)).replaceAll("\u2024");
            for (String sentence : SENTENCES.split(passage)) {
                String type = statedTool(sentence);
                if (type == null) {
                    continue;
                }
                for (int k = 0; k < list.size(); k++) {
                    ObjectNode sp = (ObjectNode) list.get(k);
                    String name = sp.path("name").asString("");
                    String core = name.split("[,(]", 2)[0].strip().replaceAll("\\.$", "");
                    String first = core.split("\\s+", 2)[0];
                    boolean named = (core.length() >= 4 && sentence.contains(core))
                            || (first.length() >= 5
                                    && uniqueFirstWord(list, k, first)
                                    && AsciiGerman.compile("\\b" + Pattern.quote(first) + "\\b")
                                            .matcher(sentence)
                                            .find());
                    if (sp.has("transfer") || !named || !outsideEea(sp)) {
                        continue;
                    }
                    int start = passage.indexOf(sentence);
                    SourceSpan where = span(
                            b.offset() + Math.max(0, start),
                            sentence.length(),
                            segments.get(i).section());
                    ObjectNode tool = sp.putObject("transfer").put("type", type);
                    String path = "subprocessing.subprocessors[" + k + "].transfer";
                    fact(path, type, where);
                    Matcher mm = SCC_MODULE.matcher(sentence);
                    boolean moduleThree = false;
                    while (mm.find()) {
                        moduleThree |= number(mm.group(1)) == 3;
                    }
                    if (moduleThree && type.equals("SCC_2021_914")) {
                        tool.put(
                                "sccModule", "MODULE_3"); // Module Three: the processor's transfer to its own processor
                        fact(path + ".sccModule", "MODULE_3", where);
                    }
                    if (type.equals("EU_US_DATA_PRIVACY_FRAMEWORK")
                            && CERTIFIED.matcher(sentence).find()) {
                        // "is certified under the Data Privacy Framework" (Art. 45(1) GDPR with the adequacy
                        // decision of 10 July 2023): the sentence confirms the certification
                        tool.put("dpfCertified", true);
                        fact(path + ".dpfCertified", "true", where);
                    }
                }
            }
        }
    }

    /** A footnote mark at the end of a listed sub-processor's name: "Notifyr Inc. *", "Acme Ltd.¹", "Beta LLC †". */
    private static final Pattern NAME_MARK = AsciiGerman.compile("\\s*(\\*{1,3}|[†‡¹²³⁴⁵])$");

    /**
     * The transfer tool a footnote gives the sub-processors its mark stands beside (Art. 44 to 46 GDPR): a list entry
     * whose name ends in a mark ("Notifyr Inc., Seattle *", "Acme Ltd.¹") and a note below the list that begins with the
     * same mark and either names the tool ("* certified under the EU-US Data Privacy Framework", „¹ auf Grundlage der
     * Standardvertragsklauseln“) or points to the clause that does („* Übermittlung auf Grundlage von Ziffer 10.1“,
     * "¹ See Section 9.3", where Section 9.3 names the tool). A sub-processor outside the EEA without a tool of its own
     * gets it, the span being the sentence that names it; a note that denies the tool gives none (review26 left:
     * nebelhorn, whose tool the review reported as missing).
     */
    private void markedSubprocessorTransfers() {
        JsonNode list = root.path("subprocessing").path("subprocessors");
        if (!list.isArray() || list.isEmpty()) {
            return;
        }
        List<List<String>> addresses = null;
        for (int k = 0; k < list.size(); k++) {
            ObjectNode sp = (ObjectNode) list.get(k);
            Matcher mark = NAME_MARK.matcher(sp.path("name").asString(""));
            if (!mark.find() || sp.has("transfer") || !outsideEea(sp)) {
                continue;
            }
            String m = mark.group(1);
            for (Segment s : segments) {
                String note = text.text(s.block()).strip();
                if (s.block().kind() == Kind.TABLE_ROW
                        || !note.startsWith(m)
                        || note.startsWith(m + m.charAt(0))
                        || note.length() > 600) {
                    continue;
                }
                String said = note.substring(m.length()).strip();
                if (TOOL_DENIED.matcher(said).find()
                        || NOTE_NEGATED.matcher(said).find()) {
                    break; // "* not certified under the Data Privacy Framework": no tool, and no other note
                }
                String type = statedTool(said);
                if (type != null) {
                    give(sp, k, type, span(s));
                    break;
                }
                if (addresses == null) {
                    addresses = ClauseReferences.addresses(text, segments);
                }
                if (toolInReferencedClause(sp, k, said, addresses)) {
                    break;
                }
            }
        }
    }

    /**
     * The transfer tool a sentence states for named or marked recipients: a tool of Art. 46 GDPR or the Data Privacy
     * Framework, not an adequacy decision alone and not where the sentence denies it; or none.
     */
    private static @Nullable String statedTool(String sentence) {
        String type = mechanismType(sentence);
        return type == null
                        || type.equals("ADEQUACY_DECISION")
                        || TOOL_DENIED.matcher(sentence).find()
                ? null
                : type;
    }

    /** Gives entry {@code k} the tool stated in the clause a note refers to; whether one was found. */
    private boolean toolInReferencedClause(ObjectNode sp, int k, String note, List<List<String>> addresses) {
        for (Map.Entry<List<List<String>>, String> ref :
                ClauseReferences.references(note, ClauseReferences.articles(segments))) {
            for (List<String> target : ref.getKey()) {
                for (int j = 0; j < segments.size(); j++) {
                    if (target.isEmpty() || !ClauseReferences.lies(addresses.get(j), target)) {
                        continue;
                    }
                    Block b = segments.get(j).block();
                    String passage = LEGAL_FORM_STOP.matcher(text.text(b)).replaceAll("\u2024");
                    for (String sentence : SENTENCES.split(passage)) {
                        String type = statedTool(sentence);
                        if (type == null) {
                            continue;
                        }
                        int start = passage.indexOf(sentence);
                        give(
                                sp,
                                k,
                                type,
                                span(
                                        b.offset() + Math.max(0, start),
                                        sentence.length(),
                                        segments.get(j).section()));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A negation anywhere in a footnote: a note that short names the tool to deny it ("nicht … zertifiziert"). */
    private static final Pattern NOTE_NEGATED =
            AsciiGerman.compile("\\b(?:not|no|nicht|kein\\w*|without|ohne)\\b", FLAGS);

    /** Records the tool {@code type} for entry {@code k} of the sub-processor list, stated at {@code where}. */
    private void give(ObjectNode sp, int k, String type, SourceSpan where) {
        sp.putObject("transfer").put("type", type);
        fact("subprocessing.subprocessors[" + k + "].transfer", type, where);
    }

    private static final Pattern CERTIFIED = AsciiGerman.compile("\\bcertifi(?:ed|cation)\\b|zertifiziert", FLAGS);

    /**
     * Whether the first word of entry {@code k}'s name names it alone: no other entry of the list and not the
     * processor's own name starts with it ("Orrestel" names both "Orrestel Cloud Inc." and "Orrestel Canada Ltd.",
     * and a processor's affiliates share its name).
     */
    private boolean uniqueFirstWord(JsonNode list, int k, String first) {
        if (root.path("processor").path("name").asString("").startsWith(first)) {
            return false;
        }
        for (int j = 0; j < list.size(); j++) {
            if (j != k && list.get(j).path("name").asString("").startsWith(first)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a sub-processor of the draft is established or processes in a country outside the EEA. */
    private static boolean outsideEea(JsonNode sp) {
        List<String> countries = new ArrayList<>();
        if (sp.path("country").isString()) {
            countries.add(sp.path("country").asString());
        }
        for (JsonNode loc : sp.path("locations")) {
            if (loc.path("country").isString()) {
                countries.add(loc.path("country").asString());
            }
        }
        for (String c : countries) {
            try {
                Optional<dev.dpa4j.model.catalog.Country> country =
                        Catalogs.standard().countries().find(dev.dpa4j.model.CountryCode.of(c));
                // a member of the EU or the EEA is one whose membership has no end in the catalogue: the import has no
                // date of its own, and the day of the run must not change the draft
                boolean member = country.isPresent()
                        && (country.get().euMembership().stream()
                                        .anyMatch(p -> p.until().isEmpty())
                                || country.get().eeaEftaMembership().stream()
                                        .anyMatch(p -> p.until().isEmpty()));
                if (country.isPresent() && !member) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // not a country code the catalogue knows: say nothing about it
            }
        }
        return false;
    }

    /**
     * The module of the clauses for the processor's own transfer, where the draft has the clauses as its tool without a
     * module and the agreement names Module Two among the modules it chooses ("Module Two or Module Three, as
     * applicable"): Module Two is the module between a controller and its processor, the relation of this agreement.
     */
    private void processorTransferModule() {
        JsonNode tool = root.path("transfers").path("processorTransfer");
        if (!tool.isObject() || !"SCC_2021_914".equals(tool.path("type").asString("")) || tool.has("sccModule")) {
            return;
        }
        for (JsonNode m : root.path("transfers").path("scc").path("modules")) {
            if ("MODULE_2".equals(m.asString())) {
                ((ObjectNode) tool).put("sccModule", "MODULE_2");
                facts.stream()
                        .filter(f -> f.path().equals("transfers.scc.modules")
                                && f.value().equals("MODULE_2"))
                        .findFirst()
                        .ifPresent(f -> fact("transfers.processorTransfer.sccModule", "MODULE_2", f.span()));
                return;
            }
        }
    }

    private void finalProvisions() {
        for (int i : passages(Element.FINAL_PROVISIONS)) {
            String s = text.text(segments.get(i).block());
            ObjectNode fp = object("finalProvisions");
            if (!fp.has("governingLaw")) {
                Matcher of = LAW_OF.matcher(s);
                while (of.find() && !fp.has("governingLaw")) {
                    String after = s.substring(of.end(), Math.min(s.length(), of.end() + 80));
                    Optional<Countries.Hit> hit = Countries.first(after);
                    if (hit.isPresent()
                            && STATE_WORDS
                                    .matcher(after.substring(0, hit.get().start()))
                                    .matches()) {
                        fp.put("governingLaw", hit.get().code());
                        fact(
                                "finalProvisions.governingLaw",
                                hit.get().code(),
                                span(
                                        segments.get(i).block().offset() + of.start(),
                                        of.end() + hit.get().end() - of.start(),
                                        segments.get(i).section()));
                    }
                }
                Matcher m = LAW.matcher(s);
                while (!fp.has("governingLaw") && m.find()) {
                    Optional<String> code = Optional.empty();
                    if (m.group(1) != null) {
                        code = Countries.ofAdjective(m.group(1));
                    } else if (m.group(2) != null) {
                        code = Countries.first(m.group(2)).map(Countries.Hit::code);
                    } else if (m.group(3) != null) {
                        code = Countries.ofAdjective(m.group(3));
                    } else if (m.group(4) != null) {
                        code = Countries.first(m.group(4)).map(Countries.Hit::code);
                    }
                    if (code.isPresent()) {
                        fp.put("governingLaw", code.get());
                        fact(
                                "finalProvisions.governingLaw",
                                code.get(),
                                span(
                                        segments.get(i).block().offset() + m.start(),
                                        m.end() - m.start(),
                                        segments.get(i).section()));
                        break;
                    }
                }
            }
            if (!fp.has("jurisdiction")) {
                Matcher m = FORUM_SENTENCE.matcher(s);
                boolean sentence = m.find();
                if (!sentence) {
                    m = FORUM.matcher(s);
                }
                if (sentence || m.find()) {
                    String place = null;
                    for (int g = 1; place == null && g <= m.groupCount(); g++) {
                        place = m.group(g);
                    }
                    place = place == null
                            ? ""
                            : place.replaceFirst("^(?i)the ", "").strip();
                    if (sentence || Countries.first(place).isEmpty() || place.split(" ").length == 1) {
                        fp.put("jurisdiction", place);
                        fact(
                                "finalProvisions.jurisdiction",
                                place,
                                span(
                                        segments.get(i).block().offset() + m.start(),
                                        m.end() - m.start(),
                                        segments.get(i).section()));
                    }
                }
            }
            if (fp.isEmpty()) {
                root.remove("finalProvisions");
            }
        }
    }

    /** Assisting, cooperating with or supporting the controller in a sentence. */
    private static final Pattern ASSISTS = AsciiGerman.compile(
            "\\b(?:assist\\w*|cooperat\\w*|co-operat\\w*|support\\w*|help\\w*|unterstütz\\w*|wirkt?\\b[^.;]{0,60}\\bmit\\b|mitwirk\\w*)",
            FLAGS);
    /** Articles 33 and 34 named together: "Articles 33 and 34 GDPR", „Art. 33, 34 DSGVO“, „Art. 33 und 34“. */
    private static final Pattern ARTICLES_33_34 = AsciiGerman.compile(
            "\\bart(?:ikeln?|icles?|s?\\.|t\\.)?\\s?33\\s*(?:,|and|und|&|sowie)\\s*(?:art(?:ikel|icle|\\.)?\\s?)?34\\b",
            FLAGS);

    /**
     * The assistance with the controller's notice of a breach to the authority and to data subjects (Art. 28(3)(f) with
     * Art. 33 and 34) that a clause on breaches gives: "Signalbay will cooperate with Customer in meeting its
     * obligations under Articles 33 and 34 GDPR", „unterstützt den Verantwortlichen bei der Erfüllung seiner Pflichten
     * aus Art. 33 und 34 DSGVO“. The cues of {@code value-cues.txt} read the assistance clause only, and a list of the
     * two articles names the second without its "Article".
     */
    private void breachAssistance() {
        for (int i : passages(Element.BREACH_NOTIFICATION)) {
            String passage = text.text(segments.get(i).block());
            for (String sentence : SENTENCES.split(passage)) {
                if (!ARTICLES_33_34.matcher(sentence).find()
                        || !ASSISTS.matcher(sentence).find()) {
                    continue;
                }
                ArrayNode values = object("assistance").has("articles")
                        ? (ArrayNode) object("assistance").get("articles")
                        : object("assistance").putArray("articles");
                int start = Math.max(0, passage.indexOf(sentence));
                SourceSpan where = span(
                        segments.get(i).block().offset() + start,
                        sentence.length(),
                        segments.get(i).section());
                for (String article : List.of("ART_33", "ART_34")) {
                    boolean known = false;
                    for (var v : values) {
                        known |= v.asString().equals(article);
                    }
                    if (!known) {
                        values.add(article);
                        fact("assistance.articles", article, where);
                    }
                }
                return;
            }
        }
    }

    // ---- yes/no facts and remaining text

    private void flags() {
        for (Cues.Line cue : VALUE_CUES) {
            String path = cue.fields().get(0);
            String value = cue.fields().get(1);
            boolean set = path.endsWith("[]");
            String field = set ? path.substring(0, path.length() - 2) : path;
            if (!set && root.at("/" + field.replace('.', '/')).isValueNode()) {
                continue; // the first line that matches decides a single value
            }
            Integer where = firstMatch(field, cue.pattern());
            if (where == null) {
                continue;
            }
            int dot = field.lastIndexOf('.');
            ObjectNode parent = dot < 0 ? root : object(field.substring(0, dot));
            String name = field.substring(dot + 1);
            if (set) {
                ArrayNode values = parent.has(name) ? (ArrayNode) parent.get(name) : parent.putArray(name);
                boolean known = false;
                for (var v : values) {
                    known |= v.asString().equals(value);
                }
                if (known) {
                    continue;
                }
                values.add(value);
            } else {
                parent.put(name, value);
            }
            fact(field, value, span(segments.get(where)));
        }
        for (Cues.Line cue : FACT_CUES) {
            String path = cue.fields().get(0);
            Integer where = path.equals("subprocessing.objectionRight")
                    ? firstMatch(path, cue.pattern(), OBJECTION_DENIED)
                    : firstMatch(path, cue.pattern());
            if (where != null) {
                int dot = path.lastIndexOf('.');
                object(path.substring(0, dot)).put(path.substring(dot + 1), true);
                fact(path, "true", span(segments.get(where)));
            }
        }
        // a prior-notice duty read without the law it refers to: the exception itself was not found
        if (root.has("instructions")
                && root.get("instructions").has("legalObligationException")
                && !root.get("instructions").get("legalObligationException").has("scope")) {
            ((ObjectNode) root.get("instructions")).remove("legalObligationException");
            facts.removeIf(f -> f.path().startsWith("instructions.legalObligationException"));
        }
    }

    /** A German signature line's place with its date left blank: „Kiel, den ____“. */
    private static final Pattern PLACE_DATE_BLANK = AsciiGerman.compile(",\\s*den\\s*_{3,}", FLAGS);

    /**
     * Who signs: a party's role, a signature's label or an officer ("Geschäftsführung", „Geschäftsführerin“; letters,
     * not {@code \w}, after a stem, since {@code \w} takes no umlaut).
     */
    private static final Pattern SIGNATORY = AsciiGerman.compile(
            "\\b(?:auftraggeber\\p{L}*|auftragnehmer\\p{L}*|verantwortliche\\p{L}*|auftragsverarbeiter\\p{L}*|kunde|"
                    + "anbieter|unterschrift\\p{L}*|geschäftsf\\p{L}*|vertreten|name)\\b",
            FLAGS);

    /** The start of another section: a numbered heading („§ 6“, "7. Haftung") or an annex. */
    private static final Pattern NEXT_SECTION = AsciiGerman.compile(
            "^\\s*(?:§\\s*\\d|\\d+(?:\\.\\d+)*\\.?\\s+\\p{Lu}|(?:anlage|anhang|annex|appendix|schedule|artikel|article)\\b)",
            FLAGS);

    /**
     * The written form from a German signature line left blank (Art. 28(9) GDPR; {@code value-cues.txt}): „Kiel, den
     * ____“ counts where the parties who sign stand beside it, in the same block or in one of the next two blocks of
     * the same section (a party's role, its name with its legal form, a signature's label, „Geschäftsführung“). A
     * place and a blank date alone, without the parties who sign, is no signature block: the form is not read from
     * it. The blocks of the text are read, not the passages: a short line such as „Kiel, den ____“ is often taken for
     * a heading, and the party block under it is then its passage.
     */
    private void signatureLines() {
        if (root.has("form")) {
            return;
        }
        List<Block> blocks = text.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            String t = text.text(blocks.get(i));
            Matcher m = PLACE_DATE_BLANK.matcher(t);
            if (!m.find()) {
                continue;
            }
            boolean party = signatory(t.substring(m.end()));
            for (int n = i + 1; !party && n <= i + 2 && n < blocks.size(); n++) {
                String next = text.text(blocks.get(n));
                if (blocks.get(n).kind() == Kind.HEADING
                        || NEXT_SECTION.matcher(next).find()) {
                    break;
                }
                party = signatory(next);
            }
            if (party) {
                writtenAt(blocks.get(i));
                return;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (signatureLinesOfBoth(blocks, i)) {
                writtenAt(blocks.get(i));
                return;
            }
        }
    }

    /** The written form, read from the signature block that starts at {@code block}. */
    private void writtenAt(Block block) {
        root.put("form", "WRITTEN");
        fact("form", "WRITTEN", span(block.offset(), block.length(), ""));
    }

    /** A line left blank for a signature: a run of underscores. */
    private static final Pattern BLANK_LINE = AsciiGerman.compile("_{8,}");

    /**
     * A place with the date of signing filled in: „Koblenz, 24.02.2026“, „Graz, am 3. März 2026“, "Dublin, 6 October
     * 2026", "London, March 6, 2026".
     */
    private static final Pattern PLACE_DATE = AsciiGerman.compile(
            "\\b\\p{L}[\\p{L}-]+,\\s*(?:den\\s+|am\\s+|the\\s+)?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}"
                    + "|\\d{1,2}(?:\\.|st|nd|rd|th)?\\s+\\p{L}{3,}\\s+\\d{4}|\\p{L}{3,}\\s+\\d{1,2},?\\s+\\d{4})\\b",
            FLAGS);

    /**
     * (round 24) Signature lines left blank for both parties under a place and a date of signing (Art. 28(9) GDPR: the
     * agreement is concluded in writing): two blank lines side by side in one block, or one in each of two blocks in a
     * row, with a place and date filled in in that block or in one of the two blocks before it. A single blank line
     * is a field of a form (an instruction, a certificate), not the parties' signatures; a clause on amendments
     * („Änderungen bedürfen der Schriftform“) has no blank lines.
     */
    private boolean signatureLinesOfBoth(List<Block> blocks, int i) {
        String t = text.text(blocks.get(i));
        Matcher blank = BLANK_LINE.matcher(t);
        int lines = 0;
        while (blank.find()) {
            lines++;
        }
        if (lines == 0) {
            return false;
        }
        if (lines == 1) {
            if (i + 1 >= blocks.size()) {
                return false;
            }
            Matcher second = BLANK_LINE.matcher(text.text(blocks.get(i + 1)));
            if (!second.find() || second.find()) {
                return false;
            }
        }
        for (int n = i; n >= 0 && n >= i - 2; n--) {
            String before = text.text(blocks.get(n));
            if (n < i
                    && (blocks.get(n).kind() == Kind.HEADING
                            && !PLACE_DATE.matcher(before).find())) {
                return false;
            }
            if (PLACE_DATE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean signatory(String s) {
        return SIGNATORY.matcher(s).find() || legalForm(s).find();
    }

    /**
     * The first passage that states a fact: among the passages of the elements of the fact's part of the model
     * ({@code assistance.*} in those on data subjects' rights and on assistance), or, for a part that has no
     * element of its own ({@code instrument}, {@code form}, {@code controllerTerms}, {@code records}), in the whole
     * document.
     */
    private @Nullable Integer firstMatch(String path, Pattern pattern) {
        return firstMatch(path, pattern, null);
    }

    /**
     * A right the agreement denies in so many words: „Ein Widerspruchsrecht besteht nicht“, „… steht der Praxis nicht
     * zu“, "the Customer has no right to object". Such a sentence names the right only to exclude it (Art. 28(2)
     * second sentence GDPR: the controller's chance to object), so it does not state the yes/no fact.
     */
    private static final Pattern OBJECTION_DENIED = AsciiGerman.compile(
            "\\bwiderspruchsrecht\\w*\\b[^.;]{0,60}\\b(?:besteht|bestehen|steht|stehen)\\b[^.;]{0,40}\\bnicht\\b"
                    + "|\\bkein(?:e[nm]?)? widerspruchsrecht\\w*"
                    + "|\\b(?:has|have) no (?:right to object|objection right)\\b|\\bno right to object\\b",
            FLAGS);

    /** Where a sentence ends: after a full stop or semicolon and the space that follows. */
    private static final Pattern SENTENCE_END = AsciiGerman.compile("(?<=[.;])\\s+");

    /**
     * The first segment of the path's elements whose text matches, leaving out the sentences {@code denied} matches
     * (a right the text names only to exclude it).
     */
    private @Nullable Integer firstMatch(String path, Pattern pattern, @Nullable Pattern denied) {
        List<Element> elements = elementsOf(path);
        for (int i = 0; i < segments.size(); i++) {
            boolean inScope = elements.isEmpty();
            for (Element e : elements) {
                inScope |= is(i, e);
            }
            if (!inScope) {
                continue;
            }
            String segment = roles.normalise(text.text(segments.get(i).block()));
            if (denied != null && denied.matcher(segment).find()) {
                StringBuilder kept = new StringBuilder();
                for (String sentence : SENTENCE_END.split(segment)) {
                    if (!denied.matcher(sentence).find()) {
                        kept.append(sentence).append(' ');
                    }
                }
                segment = kept.toString();
            }
            if (pattern.matcher(segment).find()) {
                return i;
            }
        }
        return null;
    }

    private static List<Element> elementsOf(String path) {
        int dot = path.indexOf('.');
        String top = dot < 0 ? path : path.substring(0, dot);
        List<Element> out = new ArrayList<>();
        for (Element e : Element.values()) {
            if (e.modelPath().equals(top)) {
                out.add(e);
            }
        }
        return out;
    }

    private static final Map<Element, String> TEXT_TARGETS = Map.ofEntries(
            Map.entry(Element.INSTRUCTIONS, "instructions"),
            Map.entry(Element.CONFIDENTIALITY, "confidentiality"),
            Map.entry(Element.SECURITY, "security"),
            Map.entry(Element.SUBPROCESSING, "subprocessing"),
            Map.entry(Element.DATA_SUBJECT_RIGHTS, "assistance"),
            Map.entry(Element.ASSISTANCE, "assistance"),
            Map.entry(Element.BREACH_NOTIFICATION, "breachNotification"),
            Map.entry(Element.DELETION_RETURN, "endOfProcessing"),
            Map.entry(Element.AUDITS, "audits"),
            Map.entry(Element.TRANSFERS, "transfers"),
            Map.entry(Element.LIABILITY, "liability"),
            Map.entry(Element.FINAL_PROVISIONS, "finalProvisions"));

    private void texts() {
        for (Element e : Element.values()) {
            String target = TEXT_TARGETS.get(e);
            if (target == null) {
                continue;
            }
            ArrayNode provisions = null;
            for (int i : passages(e)) {
                Segment s = segments.get(i);
                if (s.block().kind() == Kind.TABLE_ROW || s.annex()) {
                    continue;
                }
                if (provisions == null) {
                    ObjectNode o = object(target);
                    provisions = o.has("additionalProvisions")
                            ? (ArrayNode) o.get("additionalProvisions")
                            : o.putArray("additionalProvisions");
                }
                if (provisions.size() < 40) {
                    provisions.add(localized(text.text(s.block())));
                }
            }
        }
    }

    /** The range of a table cell, for tests and reports. */
    static Range cellRange(Block b, int c) {
        return b.cells().get(c);
    }
}
