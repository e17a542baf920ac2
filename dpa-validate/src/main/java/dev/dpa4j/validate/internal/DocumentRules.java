/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static dev.dpa4j.validate.LegalReference.gdpr;
import static dev.dpa4j.validate.Severity.ERROR;
import static dev.dpa4j.validate.Severity.INFO;
import static dev.dpa4j.validate.Severity.WARNING;

import dev.dpa4j.model.AgreementStatus;
import dev.dpa4j.model.CustomClause;
import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.FinalProvisions;
import dev.dpa4j.model.FreeTexts;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.Party;
import dev.dpa4j.model.SecurityTerms;
import dev.dpa4j.model.SubprocessingTerms;
import dev.dpa4j.validate.Profile;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.spi.RuleContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rules on the agreement as a document that is rendered and sent: every declared language is complete
 * ({@code DOC_LANGUAGE}), references in free text resolve in the rendered document
 * ({@code DOC_REFERENCE}), no placeholder of the starter is left ({@code DOC_PLACEHOLDER}), and the free texts
 * call a party by its role, not by a short name taken from its own name ({@code DOC_PARTY_NAME}).
 */
final class DocumentRules {

    /** The sections of the built-in library, which {@code {section:<id>}} may name. */
    static final Set<String> SECTIONS = Set.of(
            "definitions",
            "subject",
            "duration",
            "nature",
            "data",
            "controller",
            "instructions",
            "confidentiality",
            "security",
            "subprocessing",
            "transfers",
            "assistance",
            "breach",
            "end",
            "audits",
            "dpo",
            "records",
            "ownUse",
            "liability",
            "termination",
            "final");

    /** The annexes that {@code {annex:<kind>}} may name. */
    static final Set<String> ANNEXES = Set.of("description", "measures", "subprocessors", "parties");

    private static final Pattern REFERENCE = Pattern.compile("\\{(annex|section):([^{}\\s]*)}|\\{mainContract}");

    /** Annex references: our words (Anlage, Annex) and those a rendered document never uses. */
    private static final Pattern ANNEX = Pattern.compile(
            "\\b(Anlage|Anhang|Anl\\.|Annex|Appendix|Schedule|Exhibit|Attachment)\\s+([A-Z]|[IVX]{1,4}|\\d{1,3})\\b");

    /** Section references: "§ 3 Nr. 2", "Ziffer 4", "Section 6.3", "Clause 8 (Audits)". */
    private static final Pattern SECTION = Pattern.compile(
            "(§§?\\s*\\d+[a-z]?(?:\\s*(?:Abs\\.|Absatz|Nr\\.|Satz|S\\.|lit\\.|Buchst\\.)\\s*\\d*[a-z]?)*"
                    + "|\\b(?:Ziffer|Ziff\\.|Section|Clause|Paragraph)\\s+\\d+(?:\\.\\d+)*(?:\\s*\\([a-z0-9]+\\))?)"
                    + "(?=(\\s+\\S+(?:\\s+\\S+)?)?)");

    /** A token after a section number that makes it a citation of a statute or another instrument. */
    private static final Pattern CITATION =
            Pattern.compile("\\s+(?:of\\s+(?!this\\b|the\\s+Agreement\\b)\\S+|der\\s.*|des\\s.*|German\\b.*"
                    + "|[A-Z][A-Za-z]*[A-Z][A-Za-z-]*\\b.*|UAbs\\..*)");

    static final Pattern PLACEHOLDER = Pattern.compile("\\[\\[[^\\]]*]]");

    /** The words of {@link #ANNEX} and {@link #SECTION}, for a cheap test before the expressions run. */
    static final List<String> ANNEX_WORDS =
            List.of("Anlage", "Anhang", "Anl.", "Annex", "Appendix", "Schedule", "Exhibit", "Attachment");

    static final List<String> SECTION_WORDS = List.of("Ziffer", "Ziff.", "Section", "Clause", "Paragraph");

    private DocumentRules() {}

    static void define(SimpleRule.Definitions d) {
        d.rule("DOC_LANGUAGE", WARNING)
                .refs(gdpr("28", 9))
                .variants("missing", "plain")
                .note("Every free text that is rendered must exist in each language listed in 'languages'; a"
                        + " rendering in a language with a missing text fails unless fallback is allowed. Notes"
                        + " that are metadata (conclusion.note, a sub-processor's note) are not checked. A"
                        + " designation given as a plain string (a function, a contact's name, the place of"
                        + " jurisdiction or of signature, the SCC's competent authority or redress body) has no language and is printed unchanged in every document:"
                        + " where 'languages' lists two or more languages it is reported once (plain), since the"
                        + " document in the other language would show it in its source language.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (a.getLanguages().size() >= 2) {
                        for (Map.Entry<ModelPath, LocalizedText> e : texts(c)) {
                            if (e.getValue().isPlain()) {
                                r.add("plain", e.getKey(), "languages", String.join(", ", a.getLanguages()));
                            }
                        }
                    }
                    for (String language : a.getLanguages()) {
                        for (Map.Entry<ModelPath, LocalizedText> e : texts(c)) {
                            if (e.getValue().isPlain()) {
                                continue; // printed as it is; reported above where several languages are declared
                            }
                            if (!e.getValue().hasLanguage(language)) {
                                r.add("missing", e.getKey(), "language", language);
                            }
                        }
                    }
                });
        d.rule("DOC_PREVAILING_LANGUAGE", INFO)
                .refs(gdpr("28", 9))
                .variants("missing", "notAmongLanguages")
                .note("An agreement in parallel language versions should say which version prevails where they"
                        + " differ; without it, a discrepancy between the versions leaves the parties' documented"
                        + " agreement (Art. 28(9)) unclear. The law does not require the clause, so its absence is"
                        + " information; a prevailing language that is not one of the agreement's languages"
                        + " contradicts the agreement itself and is a warning.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    Optional<String> prevailing =
                            a.getFinalProvisions().flatMap(FinalProvisions::getPrevailingLanguage);
                    if (prevailing.isPresent()) {
                        if (!a.getLanguages().isEmpty()
                                && a.getLanguages().stream().noneMatch(l -> l.equalsIgnoreCase(prevailing.get()))) {
                            r.add(
                                    WARNING,
                                    "notAmongLanguages",
                                    "finalProvisions.prevailingLanguage",
                                    "language",
                                    prevailing.get(),
                                    "languages",
                                    String.join(", ", a.getLanguages()));
                        }
                    } else if (a.getLanguages().size() > 1) {
                        r.add(
                                "missing",
                                "finalProvisions.prevailingLanguage",
                                "languages",
                                String.join(", ", a.getLanguages()));
                    }
                });
        d.rule("DOC_REFERENCE", ERROR)
                .refs(gdpr("28", 3))
                .variants("literal", "unknown")
                .note("Literal references to annexes or sections in free text are checked against the rendered"
                        + " document (annexes 'Anlage n'/'Annex n' in the default layout, numbered in the order"
                        + " description, measures, sub-processors as present; sections numbered by the renderer)."
                        + " Section numbers are the renderer's, so a literal section reference is always reported;"
                        + " use {section:<id>}, {annex:<kind>} or {mainContract} instead. Citations of statutes"
                        + " (§ 203 StGB, Section 203 German Criminal Code) are not references.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    int annexes = annexCount(a);
                    @Nullable Set<String> sections = null; // built at the first section reference: most texts have none
                    List<Map.Entry<ModelPath, LocalizedText>> texts = texts(c);
                    for (int i = 0; i < texts.size(); i++) {
                        ModelPath path = texts.get(i).getKey();
                        LocalizedText text = texts.get(i).getValue();
                        // what is reported for this text, made at its first reference: most texts have none (issue #14)
                        @Nullable Set<String> reported = null;
                        // each text is scanned once per run, with its company names where SUBPROC_NAMED_UNLISTED
                        // searches it; that rule and DOC_PLACEHOLDER read the same scans
                        TextScan[] scans = RunMemo.of(c).scans(texts, i);
                        List<String> translations = Text.translations(text);
                        for (int n = 0; n < translations.size(); n++) { // by position: no iterators (issue #14)
                            String translation = translations.get(n);
                            TextScan scan = scans[n];
                            List<String> literals =
                                    literalReferences(translation, annexes, scan.annexWord(), scan.sectionWord());
                            for (int k = 0; k < literals.size(); k++) { // mostly empty
                                String literal = literals.get(k);
                                if (reported == null) {
                                    reported = new HashSet<>();
                                }
                                if (reported.add(literal)) {
                                    r.add("literal", path, "reference", literal);
                                }
                            }
                            if (!scan.brace()) {
                                continue;
                            }
                            Matcher m = REFERENCE.matcher(translation);
                            while (m.find()) {
                                if (m.group(1) == null) {
                                    continue; // {mainContract}
                                }
                                Set<String> known;
                                if (m.group(1).equals("annex")) {
                                    known = ANNEXES;
                                } else {
                                    if (sections == null) {
                                        sections = sections(a);
                                    }
                                    known = sections;
                                }
                                String name = m.group(1) + ":" + m.group(2);
                                if (reported == null) {
                                    reported = new HashSet<>();
                                }
                                if (!known.contains(m.group(2)) && reported.add(name)) {
                                    r.add("unknown", path, "reference", name);
                                }
                            }
                        }
                    }
                });
        d.rule("DOC_PLACEHOLDER", WARNING)
                .refs(gdpr("28", 3))
                .variants("left", "note")
                .note("A placeholder left where the document needs a fact: a [[...]] placeholder of the starter"
                        + " (dpa init) anywhere in a free text or a printed string; a free text that is nothing but"
                        + " a mark (\"[Name]\", \"{{name}}\", \"<name>\", \"…\", \"TODO\", \"TBD\", \"n/a\") or"
                        + " that holds TODO, TBD, TBA or XXX in capitals; and in a name, address, e-mail address,"
                        + " telephone number, reference or web address (the persons who give or receive"
                        + " instructions, representatives, contacts, officers, sub-processors, signatories) any such"
                        + " mark or word. Identifiers and codes are not read, nor a party that is a placeholder as a"
                        + " whole (PARTY_CONTROLLER_ID and PARTY_PROCESSOR_ID judge it). ERROR in the EXECUTED profile; the guidance"
                        + " for each placeholder of the starter lives in 'placeholders' and is never rendered."
                        + " Reported once per text. A drafter's note left in a free text (note) is reported the same"
                        + " way: a note addressed to the user of a template (\"Hinweis für den Verwender\","
                        + " \"Bearbeitungshinweis\", \"Anm.:\", \"Note to draft\", \"Drafting note\"), a"
                        + " bracket that tells the drafter what to do (\"[ggf. anpassen]\", \"[insert date]\","
                        + " \"[Option 2: ...]\") or \"optional:\" opening a text, a line or a bracket. A"
                        + " send-ready agreement holds none (drafting checklist item 34), but the law does not make"
                        + " the note an error: it stays a warning in every profile.")
                .check((c, r) -> {
                    Severity severity = c.profile() == Profile.EXECUTED ? ERROR : WARNING;
                    List<Map.Entry<ModelPath, LocalizedText>> texts = texts(c);
                    RunMemo memo = RunMemo.of(c);
                    // the texts that may hold a drafter's note: a word of one, a bracket or "optional" (issue #14)
                    int[] noted = memo.textsWith(
                            texts,
                            ClauseWording.DRAFTERS_NOTE_WORDS.any() | ClauseWording.BRACKET | ClauseWording.OPTIONAL);
                    int nextNoted = 0;
                    for (int i = 0; i < texts.size(); i++) {
                        Map.Entry<ModelPath, LocalizedText> e = texts.get(i);
                        boolean mayHoldNote = nextNoted < noted.length && noted[nextNoted] == i;
                        if (mayHoldNote) {
                            nextNoted++;
                        }
                        // the scans of the run, where DOC_REFERENCE or SUBPROC_NAMED_UNLISTED made them, say whether
                        // a translation holds "[[" or a mark word: one pass over the text for all three rules
                        TextScan @Nullable [] scans = memo.scanned(texts, i);
                        List<String> translations = Text.translations(e.getValue());
                        boolean left = false;
                        for (int n = 0; n < translations.size(); n++) { // by position: no iterator (issue #14)
                            String mark = placeholderInText(translations.get(n), scans == null ? null : scans[n]);
                            if (mark != null) {
                                r.add(severity, "left", e.getKey(), "placeholder", mark);
                                left = true;
                                break;
                            }
                        }
                        for (int n = 0; !left && mayHoldNote && n < translations.size(); n++) {
                            String translation = translations.get(n);
                            String note = draftersNote(translation, memo.wording(texts, i, n));
                            if (note != null) {
                                r.add(WARNING, "note", e.getKey(), "note", note);
                                left = true;
                            }
                        }
                    }
                    PlainTexts.walk(c.agreement(), (path, value) -> {
                        String mark = placeholderInString(value);
                        if (mark != null) {
                            r.add(severity, "left", path.toString(), "placeholder", mark);
                        }
                    });
                });
        d.rule("DOC_PARTY_NAME", INFO)
                .refs(gdpr("28", 9))
                .variants("controller", "processor")
                .note("A free text outside the party block that calls a party by a short name taken from its own"
                        + " name (a designation such as \"Larkspur\" for Larkspur Software Ltd) where the clauses"
                        + " of the document call it by its role (\"the Processor\", \"der Auftragsverarbeiter\"):"
                        + " the document defines both, so it is not wrong, but a clause that mixes them reads as if"
                        + " two parties were meant, and the company's short name also names its teams, products and"
                        + " group. The renderer does not rewrite the parties' words; a role designation (\"Customer\")"
                        + " and a longer proper name that begins with the short name (\"Larkspur Privacy Team\") are"
                        + " not reported. Reported once per text. Not checked on an imported agreement (status"
                        + " IMPORTED): its clauses are the other party's words, which name the parties as they"
                        + " choose, not our clauses by role.")
                .check((c, r) -> {
                    DataProcessingAgreement a = c.agreement();
                    if (a.getStatus() == AgreementStatus.IMPORTED) {
                        // the texts of an imported draft are the vendor's clauses: "Veldhaven processes …" is how its
                        // own clauses name it, and no clause of the document calls it "the Processor"
                        return;
                    }
                    List<Map.Entry<String, String>> shortNames = shortNames(a);
                    if (shortNames.isEmpty()) {
                        return;
                    }
                    for (Map.Entry<ModelPath, LocalizedText> e : texts(c)) {
                        if (inPartyBlock(e.getKey())) {
                            // the party block: names, designations, contacts and functions; asked of the path's first
                            // segment, without writing out the path of each of the agreement's texts (issue #14)
                            continue;
                        }
                        found:
                        for (String translation : e.getValue().getTranslations().values()) {
                            for (Map.Entry<String, String> shortName : shortNames) {
                                if (namesParty(translation, shortName.getKey())) {
                                    r.add(shortName.getValue(), e.getKey(), "name", shortName.getKey());
                                    break found;
                                }
                            }
                        }
                    }
                });
        d.rule("DOC_UNDEFINED_TERM", INFO)
                .refs(gdpr("28", 3))
                .variants("document", "party")
                .note("A clause that uses a capitalised term as if it were defined (\"the Service Agreement\","
                        + " \"the Customer\", \"der Leistungsvereinbarung\", \"des Auftraggebers\") while no"
                        + " text defines it, no party is designated by it and the main contract's title does not"
                        + " contain it leaves the reader to guess which document or party is meant; an agreement that"
                        + " calls its parties Controller and Processor and then a Customer reads as if a third party"
                        + " were involved (drafting checklist item 14). Only two kinds of words are read, since"
                        + " German capitalises every noun: a reference to another document with a definite article"
                        + " (English: capitalised words ending in Agreement, Contract, Terms, Order Form or Statement"
                        + " of Work, not this Agreement or the Main Contract, which the document defines; German: a"
                        + " compound ending in -vertrag, -vereinbarung or -bedingungen, not the Hauptvertrag or the"
                        + " Auftragsverarbeitungsvertrag itself and not an employee's Arbeitsvertrag) and the usual"
                        + " other names of a party (Customer, Client, Supplier, Vendor, Provider, Contractor, Company;"
                        + " Auftraggeber, Auftragnehmer, der Kunde). A term counts as defined where any text puts"
                        + " it in quotation marks, where it is a party's designation or a word of a party's name,"
                        + " trade name or description (\"der jeweilige Kunde\"), or a word of the main contract's"
                        + " title. The party block itself is not read, nor a term with a word in capitals (\"the EEA"
                        + " Agreement\" names a treaty). Information, reported once per term. Not checked on an"
                        + " imported agreement (status IMPORTED): the importer keeps the vendor's clauses but not its"
                        + " definitions clause, so what the vendor defined cannot be seen.")
                .check((c, r) -> {
                    if (c.agreement().getStatus() == AgreementStatus.IMPORTED) {
                        // the importer keeps the vendor's clauses, not its definitions clause: what the vendor
                        // defines there ("Master Subscription Agreement", „Hauptvertrag“) is not in the model
                        return;
                    }
                    List<Map.Entry<ModelPath, LocalizedText>> texts = texts(c);
                    RunMemo memo = RunMemo.of(c);
                    Set<String> defined = definedTerms(c.agreement(), texts, memo);
                    Map<String, Boolean> definedAnswers = new HashMap<>(); // a term is asked about again and again
                    Set<String> reported = new HashSet<>();
                    // a term needs "the"/"The" or a word of a German term: the texts without them are not read
                    // (issue #14)
                    for (int i : memo.textsWith(texts, ClauseWording.THE | ClauseWording.GERMAN_TERM_WORDS.any())) {
                        Map.Entry<ModelPath, LocalizedText> e = texts.get(i);
                        if (inPartyBlock(e.getKey())) {
                            continue; // the party block describes the party: its words name it
                        }
                        List<String> translations = Text.translations(e.getValue());
                        for (int n = 0; n < translations.size(); n++) {
                            String translation = translations.get(n);
                            for (String[] term :
                                    undefinedTerms(translation, memo.wording(texts, i, n), defined, definedAnswers)) {
                                if (reported.add(term[0].toLowerCase(Locale.ROOT))) {
                                    r.add(term[1], e.getKey(), "term", term[0]);
                                }
                            }
                        }
                    }
                });
        d.rule("DOC_TERM_VARIANTS", INFO)
                .refs(gdpr("28", 2), gdpr("28", 4))
                .variants("subprocessor")
                .note("The document calls the other processors the processor engages \"Unterauftragsverarbeiter\" or"
                        + " \"sub-processors\", the terms it defines. A free text that calls them"
                        + " \"Subunternehmer\", \"Subdienstleister\", \"Unterauftragnehmer\" or \"subcontractors\""
                        + " leaves the reader unable to tell whether a different class of recipients is meant, for"
                        + " which the authorisation, notice and objection of Art. 28(2) and the flow-down of"
                        + " Art. 28(4) would not hold (drafting checklist item 12). Not reported where the text puts"
                        + " the other word in quotation marks (a definition) or relates the two words in one sentence"
                        + " (\"Subunternehmer ohne Zugriff auf personenbezogene Daten sind keine"
                        + " Unterauftragsverarbeiter\"). Spellings of one word (sub-processor, subprocessor) are one"
                        + " term, and so are its inflected forms and compounds (Subunternehmer, Subunternehmern;"
                        + " weitere, weiteren Auftragsverarbeiter); the company, Subunternehmen, is a word of its own."
                        + " Information, reported once per word and at most once per text. On an imported agreement"
                        + " (status IMPORTED) the rendered clauses are not the vendor's, so the other word is reported"
                        + " only where the vendor's clauses also use the agreement's term.")
                .check((c, r) -> {
                    List<Map.Entry<ModelPath, LocalizedText>> texts = texts(c);
                    RunMemo memo = RunMemo.of(c);
                    Set<String> related = new HashSet<>();
                    boolean ownTermUsed = false;
                    // whether the agreement's own term is used matters only on an imported agreement (below)
                    boolean imported = c.agreement().getStatus() == AgreementStatus.IMPORTED;
                    Map<String, Map.Entry<ModelPath, String>> used = new java.util.LinkedHashMap<>();
                    // on an agreement that is not imported, only the texts that hold a part of the other words
                    // (subprocessorWords reads no other): found by the run's scans (issue #14)
                    int @Nullable [] candidates =
                            imported ? null : memo.textsWith(texts, ClauseWording.SUBPROCESSOR_PARTS);
                    int count = candidates == null ? texts.size() : candidates.length;
                    for (int k = 0; k < count; k++) {
                        int i = candidates == null ? k : candidates[k];
                        Map.Entry<ModelPath, LocalizedText> e = texts.get(i);
                        List<String> translations = Text.translations(e.getValue());
                        for (int n = 0; n < translations.size(); n++) {
                            String translation = translations.get(n);
                            ClauseWording wording = memo.wording(texts, i, n);
                            int words = subprocessorWords(translation, wording, imported && !ownTermUsed);
                            ownTermUsed |= (words & OWN_TERM) != 0;
                            if ((words & OTHER_WORD) == 0) {
                                continue; // most texts: none of the other words
                            }
                            for (String sentence : ClauseWording.sentences(translation, true)) {
                                String s = sentence.toLowerCase(Locale.ROOT);
                                for (String variant : SUBPROCESSOR_VARIANTS) {
                                    int at = s.indexOf(variant);
                                    if (at < 0) {
                                        continue;
                                    }
                                    String word = wordAt(sentence, at);
                                    if (Text.containsAny(s, SUBPROCESSOR_TERMS) || quoted(sentence, at)) {
                                        related.add(variant);
                                    } else {
                                        used.putIfAbsent(variant, Map.entry(e.getKey(), word));
                                    }
                                }
                            }
                        }
                    }
                    if (c.agreement().getStatus() == AgreementStatus.IMPORTED && !ownTermUsed) {
                        return; // the vendor's clauses may use one other word throughout, and our clauses are not there
                    }
                    Set<String> reported = new HashSet<>();
                    for (Map.Entry<String, Map.Entry<ModelPath, String>> u : used.entrySet()) {
                        // once per word, and once per text: its translations use the other word of their language
                        if (!related.contains(u.getKey())
                                && reported.add(u.getValue().getKey().toString())) {
                            r.add(
                                    "subprocessor",
                                    u.getValue().getKey(),
                                    "term",
                                    u.getValue().getValue());
                        }
                    }
                });
    }

    /** What separates the words of a party's name for {@link #shortNames}. */
    static final Pattern NAME_WORD_BREAK = Pattern.compile("[\\s,.()]+");

    /**
     * The designations of a party that are taken from its own name ("Larkspur" for Larkspur Software Ltd), each with
     * the party's role: the short names that DOC_PARTY_NAME looks for. A designation such as "Customer" names a role,
     * not the company, and is left to the party block that defines it.
     */
    private static List<Map.Entry<String, String>> shortNames(DataProcessingAgreement a) {
        List<Map.Entry<String, String>> names = new ArrayList<>();
        List<Party> parties = new ArrayList<>(a.getControllers());
        a.getProcessor().ifPresent(parties::add);
        for (Party party : parties) {
            String role = a.getProcessor().filter(p -> p == party).isPresent() ? "processor" : "controller";
            String name = party.getName().orElse("");
            Set<String> words = new HashSet<>(List.of(NAME_WORD_BREAK.split(name)));
            for (LocalizedText designation : party.getDesignations()) {
                for (String text : designation.getTranslations().values()) {
                    String term = text.strip();
                    if (!term.isEmpty() && (words.contains(term) || name.startsWith(term + " "))) {
                        names.add(Map.entry(term, role));
                    }
                }
            }
        }
        return names;
    }

    /**
     * Whether the text names the company by its short name as a word of its own: not where the short name begins a
     * longer proper name ("Larkspur Security Operations", "Larkspur-Abonnementvertrag"), which names a team, a
     * product or a document of the company rather than the party.
     */
    static boolean namesParty(String text, String shortName) {
        int from = 0;
        while (true) {
            int at = text.indexOf(shortName, from);
            if (at < 0) {
                return false;
            }
            int end = at + shortName.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean possessive = text.startsWith("'s", end) || text.startsWith("’s", end);
            boolean endsWord =
                    end == text.length() || (!Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '-');
            boolean longerName = endsWord
                    && !possessive
                    && end + 1 < text.length()
                    && text.charAt(end) == ' '
                    && Character.isUpperCase(text.charAt(end + 1));
            if (startsWord && (endsWord || possessive) && !longerName) {
                return true;
            }
            from = end;
        }
    }

    /**
     * Whether a path's text form begins with "controllers" or "processor": the party block. Read from the path's
     * first segment, which the texts below one parent share, instead of writing out each text's path (issue #14); the
     * rest of the path begins with "." or "[", which neither word holds.
     */
    static boolean inPartyBlock(ModelPath path) {
        if (path.isRoot()) {
            return false;
        }
        ModelPath first = path;
        while (!first.parent().isRoot()) {
            first = first.parent();
        }
        String name = first.toString();
        return name.startsWith("controllers") || name.startsWith("processor");
    }

    /** The section ids that a reference may name: the renderer's and each custom clause's, also as "custom-" id. */
    private static Set<String> sections(DataProcessingAgreement a) {
        Set<String> sections = new HashSet<>(SECTIONS);
        for (CustomClause custom : a.getCustomClauses()) {
            custom.getId().ifPresent(id -> {
                sections.add(id);
                sections.add("custom-" + id);
            });
        }
        return sections;
    }

    /** A mark written in place of a fact: "[Name]", "{{name}}", "<name>" (not an e-mail address in brackets). */
    static final Pattern MARK = Pattern.compile("\\[[^\\[\\]]*]|\\{\\{[^{}]*}}|<[^<>@]*>");

    /**
     * The words written in place of a fact, in capitals: {@link #MARK_WORD} looks for them as words of their own, and
     * {@link #hasMarkWord} and {@link TextScan#markWord()} for them anywhere, as the cheap test before it. The last,
     * XXX, also stands for a longer run of X ("XXXX").
     */
    static final List<String> MARK_WORDS = List.of("TODO", "TBD", "TBA", "XXX");

    /**
     * A word of {@link #MARK_WORDS} as a word of its own; the "+" after the last alternative, XXX, takes a longer run
     * of its X.
     */
    static final Pattern MARK_WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", MARK_WORDS) + "+)(?![\\p{L}\\p{N}])");

    /** XXX in any case, as a word of its own ("xxx@example.com"); "Todo" may be a name, "xxx" is not. */
    static final Pattern MARK_X =
            Pattern.compile("(?<![\\p{L}\\p{N}])xxx+(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    /** Whole texts that stand for a missing fact. */
    private static final Set<String> MARK_TEXTS = Set.of("…", "...", "todo", "tbd", "tba", "n/a", "-", "?");

    /** Whether a stripped text is one of {@link #MARK_TEXTS} in any case (none is longer than four characters). */
    static boolean isMarkText(String stripped) {
        return stripped.length() <= 4 && MARK_TEXTS.contains(stripped.toLowerCase(Locale.ROOT));
    }

    /**
     * The placeholder in a translation of a free text, or null: a [[...]] placeholder anywhere, a text that is
     * nothing but a mark or a placeholder word, or TODO, TBD, TBA or XXX in capitals anywhere. A sentence that
     * only contains brackets or an ellipsis is not a placeholder.
     *
     * @param scan the run's scan of this translation ({@link RunMemo#scanned}), which says whether it holds "[[" or
     *     one of {@link #MARK_WORDS}; null to search the text for them
     */
    static @Nullable String placeholderInText(String text, @Nullable TextScan scan) {
        boolean doubleBracket = scan == null ? text.contains("[[") : scan.doubleBracket();
        if (doubleBracket) {
            Matcher m = PLACEHOLDER.matcher(text);
            if (m.find()) {
                return m.group();
            }
        }
        String stripped = text.strip();
        if (!stripped.isEmpty() && stripped.length() <= 40) {
            char c = stripped.charAt(0); // a whole-text mark starts with its bracket or its x
            if (isMarkText(stripped)
                    || ((c == '[' || c == '{' || c == '<')
                            && MARK.matcher(stripped).matches())
                    || ((c == 'x' || c == 'X') && MARK_X.matcher(stripped).matches())) {
                return stripped;
            }
        }
        if (scan == null ? !hasMarkWord(text) : !scan.markWord()) {
            return null;
        }
        Matcher word = MARK_WORD.matcher(text);
        return word.find() ? word.group() : null;
    }

    /**
     * Whether the text contains one of {@link #MARK_WORDS} anywhere, without which {@link #MARK_WORD} cannot match; the
     * expression, with its look-behind tried at every character, costs far more than these searches. The free texts
     * of a run take the answer from their {@link TextScan} instead.
     */
    static boolean hasMarkWord(String text) {
        for (String word : MARK_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The placeholder in a printed plain string (a name, an address line, an e-mail address, a reference), or
     * null: a [[...]] placeholder, a bracketed mark, an ellipsis, TODO, TBD, TBA or XXX in capitals or xxx in any
     * case as a word of its own ("XXX GmbH", "xxx@example.com"), or a string that is nothing but such a word in
     * any case, "n/a", "-" or "?".
     */
    static @Nullable String placeholderInString(String value) {
        // which of the characters the marks need the string holds, in one pass: most names, addresses and e-mail
        // addresses hold few of them, and are not searched a dozen times each (issue #14)
        int held = 0;
        for (int i = 0; i < value.length(); i++) {
            switch (value.charAt(i)) {
                case '[' -> held |= HOLDS_BRACKET;
                case '<' -> held |= HOLDS_ANGLE;
                case '{' -> held |= HOLDS_BRACE;
                case '…' -> held |= HOLDS_ELLIPSIS;
                case '.' -> held |= HOLDS_DOT;
                case 'T' -> held |= HOLDS_T;
                case 'X' -> held |= HOLDS_CAPITAL_X;
                case 'x' -> held |= HOLDS_X;
                default -> {}
            }
        }
        if ((held & HOLDS_BRACKET) != 0 && value.contains("[[")) {
            Matcher m = PLACEHOLDER.matcher(value);
            if (m.find()) {
                return m.group();
            }
        }
        if ((held & (HOLDS_BRACKET | HOLDS_ANGLE)) != 0 || ((held & HOLDS_BRACE) != 0 && value.contains("{{"))) {
            Matcher mark = MARK.matcher(value);
            if (mark.find()) {
                return mark.group();
            }
        }
        if ((held & HOLDS_ELLIPSIS) != 0) {
            return "…";
        }
        if ((held & HOLDS_DOT) != 0 && value.contains("...")) {
            return "...";
        }
        if ((held & (HOLDS_T | HOLDS_CAPITAL_X)) != 0 && hasMarkWord(value)) { // TODO, TBD, TBA, XXX
            Matcher word = MARK_WORD.matcher(value);
            if (word.find()) {
                return word.group();
            }
        }
        if ((held & (HOLDS_X | HOLDS_CAPITAL_X)) != 0) {
            Matcher x = MARK_X.matcher(value);
            if (x.find()) {
                return x.group();
            }
        }
        String stripped = value.strip();
        return isMarkText(stripped) ? stripped : null;
    }

    // what placeholderInString's pass found: the characters without which a test cannot succeed
    private static final int HOLDS_BRACKET = 1;
    private static final int HOLDS_ANGLE = 2;
    private static final int HOLDS_BRACE = 4;
    private static final int HOLDS_ELLIPSIS = 8;
    private static final int HOLDS_DOT = 16;
    private static final int HOLDS_T = 32;
    private static final int HOLDS_CAPITAL_X = 64;
    private static final int HOLDS_X = 128;

    /** The operative free texts of the agreement, listed once per validation run. */
    static List<Map.Entry<ModelPath, LocalizedText>> texts(RuleContext c) {
        if (c instanceof DefaultRuleContext context) {
            return context.operativeTexts();
        }
        List<Map.Entry<ModelPath, LocalizedText>> texts = new ArrayList<>();
        FreeTexts.operative(c.agreement(), (path, text) -> texts.add(Map.entry(path, text)));
        return texts;
    }

    /** The number of annexes of the default layout: description, measures, sub-processors as present. */
    static int annexCount(DataProcessingAgreement a) {
        int n = 0;
        if (a.getProcessing().isPresent()) {
            n++;
        }
        if (a.getSecurity()
                .map(SecurityTerms::getMeasures)
                .map(m -> !m.isEmpty())
                .orElse(false)) {
            n++;
        }
        if (a.getSubprocessing()
                .map(SubprocessingTerms::getSubprocessors)
                .map(s -> !s.isEmpty())
                .orElse(false)) {
            n++;
        }
        return n;
    }

    /**
     * The literal references in a text that the rendered document does not resolve.
     *
     * @param text one translation
     * @param annexes the number of annexes of the default layout
     * @param annexWords whether one of {@link #ANNEX_WORDS} occurs in the text ({@link TextScan}): if not, the
     *     annex expression is not run
     * @param sectionWords whether "§" or one of {@link #SECTION_WORDS} occurs in the text: if not, the section
     *     expression is not run
     * @return the references as written
     */
    static List<String> literalReferences(String text, int annexes, boolean annexWords, boolean sectionWords) {
        if (!annexWords && !sectionWords) {
            return List.of(); // most texts: no matcher, no set
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher annex = ANNEX.matcher(text);
        while (annexWords && annex.find()) {
            String word = annex.group(1);
            String number = annex.group(2);
            boolean ours = word.equals("Anlage") || word.equals("Annex");
            boolean resolves = ours
                    && number.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(number) <= annexes
                    && Integer.parseInt(number) >= 1;
            if (!resolves) {
                found.add(annex.group().strip());
            }
        }
        Matcher section = SECTION.matcher(text);
        while (sectionWords && section.find()) {
            String next = section.group(2) == null ? "" : section.group(2);
            if (CITATION.matcher(next).matches() || next.startsWith(" Art")) {
                continue;
            }
            found.add(section.group(1).strip());
        }
        return List.copyOf(found);
    }

    /**
     * A note to the drafter: addressed to the user of a template, an editing label, or an abbreviation of "note"
     * with its colon. Case is ignored; each alternative is a phrase no agreement uses for its own content.
     */
    static final Pattern DRAFTERS_NOTE = Pattern.compile(
            "(?:Hinweis|Anmerkung|Erläuterung)(?:en)?\\s+(?:für|an)\\s+(?:den\\s+|die\\s+)?(?:Verwender|Bearbeiter|Nutzer\\s+(?:der|dieser)\\s+Vorlage)"
                    + "|(?:Bearbeitungs|Ausfüll|Redaktions|Verwendungs)hinweis"
                    + "|(?<![\\p{L}\\p{N}])Anm\\.\\s*(?:d\\.\\s*(?:Verf|Red)\\.\\s*)?:"
                    + "|(?<![\\p{L}\\p{N}])(?:Note|Notes)\\s+to\\s+(?:the\\s+)?(?:draft|drafter|drafters|user)(?![\\p{L}])"
                    + "|Drafting\\s+note|Drafter'?s\\s+note|(?<![\\p{L}\\p{N}])NTD\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What every alternative of {@link #DRAFTERS_NOTE} holds, in lower case. */
    static final List<String> DRAFTERS_NOTE_WORDS =
            List.of("hinweis", "note", "anmerkung", "erläuterung", "anm.", "ntd");

    /** A part of each of {@link #DRAFTERS_NOTE_WORDS} with a rare first pair of letters ({@link ClauseWording}). */
    static final List<String> DRAFTERS_NOTE_PARTS = List.of("nweis", "note", "nm", "rläuterung", "td");

    /**
     * What each alternative of {@link #DRAFTERS_NOTE} begins with, in lower case: the places where it is tried in a
     * text ({@link ClauseWording#matchesAt}).
     */
    static final List<String> DRAFTERS_NOTE_BEGINNINGS = List.of(
            "hinweis",
            "anmerkung",
            "erläuterung",
            "bearbeitungs",
            "ausfüll",
            "redaktions",
            "verwendungs",
            "anm.",
            "note",
            "drafting",
            "drafter",
            "ntd");

    static final List<String> OPENING_BRACKET = List.of("[");

    /**
     * A bracket that tells the drafter what to do: "[ggf. anpassen]", "[insert date]", "[Option 2: …]". The verbs are
     * instructions to the one who fills in the template, not words of a clause.
     */
    static final Pattern EDITING_BRACKET = Pattern.compile(
            "\\[[^\\[\\]]{0,80}?(?<![\\p{L}])(?:anpassen|ergänzen|einfügen|einsetzen|streichen|auswählen|ausfüllen|löschen"
                    + "|insert|adapt|adjust|delete|select|complete|fill\\s+in|drafting|option(?:al)?\\b|alternative\\b"
                    + "|variante\\b|ggf\\.|if\\s+applicable)[^\\[\\]]{0,80}]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "optional:" at the start of a text, of a line or inside an opening bracket: the drafter's choice left open. */
    private static final Pattern OPTIONAL_LABEL =
            Pattern.compile("(?:^|\\n|[\\[(])\\s*optional\\s*:", Pattern.CASE_INSENSITIVE);

    /**
     * The drafter's note left in a translation of a free text (DOC_PLACEHOLDER, variant note), or null. A cheap test
     * for the characters and words every alternative needs comes first: most texts have none of them.
     */
    static @Nullable String draftersNote(String text, ClauseWording wording) {
        // every alternative of DRAFTERS_NOTE holds one of these words: most texts are not searched with it (issue #14)
        if (wording.holdsAny(ClauseWording.DRAFTERS_NOTE_WORDS)) {
            String lower = wording.lower();
            if (ClauseWording.lowerFindsEveryMatch(text, lower)) {
                // tried only where an alternative begins (issue #14)
                String note = ClauseWording.firstMatchAt(
                        DRAFTERS_NOTE, text, ClauseWording.occurrences(lower, DRAFTERS_NOTE_BEGINNINGS));
                if (note != null) {
                    return note;
                }
            } else {
                Matcher m = DRAFTERS_NOTE.matcher(text);
                if (m.find()) {
                    return m.group();
                }
            }
        }
        if (wording.hasAny(ClauseWording.BRACKET)) {
            // a match begins at its "[" (issue #14)
            String b =
                    ClauseWording.firstMatchAt(EDITING_BRACKET, text, ClauseWording.occurrences(text, OPENING_BRACKET));
            if (b != null) {
                return b;
            }
        }
        if (wording.hasAny(ClauseWording.COLON)
                && wording.hasAny(ClauseWording.OPTIONAL)
                && wording.lower().contains("optional")) {
            Matcher o = OPTIONAL_LABEL.matcher(text);
            if (o.find()) {
                return o.group().strip();
            }
        }
        return null;
    }

    // ---- DOC_UNDEFINED_TERM and DOC_TERM_VARIANTS ---------------------------------------------------------------

    /**
     * The document's own words for a sub-processor, in lower case, in every spelling, each as the stem its inflected
     * forms begin with: "unterauftragsverarbeit" (-er, -ern, -ers, -ung), and the statute's "weiteren
     * Auftragsverarbeiter" (Art. 28(2), (4) DSGVO) as well as "weitere" and "weiterer".
     */
    static final List<String> SUBPROCESSOR_TERMS = List.of(
            "unterauftragsverarbeit",
            "weitere auftragsverarbeiter",
            "weiterer auftragsverarbeiter",
            "weiteren auftragsverarbeiter",
            "sub-processor",
            "subprocessor",
            "sub processor");

    /**
     * What every word of {@link #SUBPROCESSOR_VARIANTS} holds, in lower case ({@link ClauseWording#SUBPROCESSOR_PARTS}): on
     * an agreement that is not imported, a text without one of them is not read. Parts with first pairs of letters
     * that are rare in agreements: "unterauftrag" and "weitere", which the agreement's own terms hold, stopped the
     * scan about 300 times in Jomoco and are searched only on an imported agreement (issue #14).
     */
    static final List<String> SUBPROCESSOR_PARTS = List.of("sub", "gnehm", "hunternehm");

    /**
     * What every word of {@link #SUBPROCESSOR_TERMS} and {@link #SUBPROCESSOR_VARIANTS} holds, in lower case: a text
     * without one of them is not read.
     */
    static final List<String> SUBPROCESSOR_WORD_PARTS = List.of("sub", "rauftrag", "weitere", "hunternehm");

    /**
     * Other words for a sub-processor, in lower case, that a reader cannot tell from a different class. Each is the
     * stem that its inflected forms and compounds begin with ("subunternehmer": -s, -n, "Subunternehmervertrag"), and
     * each word of its own is listed: the company, "Subunternehmen" (-s, "Subunternehmensvertrag"), is a second word
     * beside the contractor, "Subunternehmer", not one of its forms; "subdienstleister" stops before "-leistung", the
     * service rather than the one who renders it.
     */
    static final List<String> SUBPROCESSOR_VARIANTS = List.of(
            "subunternehmer",
            "subunternehmen",
            "sub-unternehmer",
            "sub-unternehmen",
            "subdienstleister",
            "sub-dienstleister",
            "unterauftragnehmer",
            "subauftragnehmer",
            "nachunternehmer",
            "nachunternehmen",
            "subcontractor",
            "sub-contractor",
            "sub contractor",
            "sub-service provider",
            "subservice provider");

    /** {@link #subprocessorWords}: the text uses the agreement's own term for a sub-processor. */
    static final int OWN_TERM = 1;

    /** {@link #subprocessorWords}: the text uses one of {@link #SUBPROCESSOR_VARIANTS}. */
    static final int OTHER_WORD = 2;

    /**
     * What DOC_TERM_VARIANTS reads of a translation: {@link #OWN_TERM} (only where {@code askOwnTerm}) and
     * {@link #OTHER_WORD}, each where the text passes the test before them: it holds a part of the words
     * ({@link #SUBPROCESSOR_WORD_PARTS}, in lower case) and, as written, "nterauftrag", "ub", "UB" or "achunternehm".
     * The other words are searched only where the text's pass found their parts, the own term only where asked: on an
     * imported agreement, until a text has it (issue #14).
     */
    static int subprocessorWords(String translation, ClauseWording wording, boolean askOwnTerm) {
        if ((!askOwnTerm && !wording.hasAny(ClauseWording.SUBPROCESSOR_PARTS))
                || (!translation.contains("nterauftrag")
                        && !translation.contains("ub")
                        && !translation.contains("UB")
                        && !translation.contains("achunternehm"))) {
            return 0; // every word holds one of these: no lower-case copy
        }
        int words = 0;
        if (askOwnTerm) {
            String lower = wording.lower();
            if (Text.containsAny(lower, SUBPROCESSOR_WORD_PARTS) && Text.containsAny(lower, SUBPROCESSOR_TERMS)) {
                words |= OWN_TERM;
            }
        }
        // each word searched only where the text's pass found its parts (issue #14)
        if (wording.holdsAny(ClauseWording.SUBPROCESSOR_VARIANTS)) {
            words |= OTHER_WORD;
        }
        return words;
    }

    /** The word of a text that begins or contains the character at {@code at}, as written. */
    private static String wordAt(String text, int at) {
        int start = at;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        int end = at;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(start, end);
    }

    /** Whether the word at {@code at} stands in quotation marks: a definition of it. */
    private static boolean quoted(String text, int at) {
        int start = at;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        return start > 0 && "\"„“”‘’'«»".indexOf(text.charAt(start - 1)) >= 0;
    }

    /** A term in quotation marks: what a definition clause or a "(the \"X\")" defines. */
    static final Pattern QUOTED = Pattern.compile("[\"„“”‘«]([^\"„“”‘’«»]{2,60})[\"“”’»‘]");

    /** The characters {@link #QUOTED} does not allow inside a term: every closing mark is one of them. */
    private static final String NOT_IN_QUOTED_TERM = "\"„“”‘’«»";

    /** The closing marks of {@link #QUOTED}. */
    private static final String CLOSING_QUOTES = "\"“”’»‘";

    /**
     * Group 1 of each match of {@link #QUOTED} that {@link ClauseWording#matchesAt} finds at {@code starts}, read by
     * hand: after the opening mark, the characters (code points, as the expression counts them) up to the first one
     * that may not stand in a term; they are the term where there are 2 to 60 of them and that character closes it.
     * Every closing mark is such a character, so a shorter term cannot end anywhere else, and the expression has
     * nothing to go back to (issue #14).
     *
     * @param starts increasing places of opening marks ({@link #OPENING_QUOTES}), among them every place where a
     *     match begins
     */
    static List<String> quotedTerms(String text, int[] starts) {
        List<String> terms = new ArrayList<>(0);
        int length = text.length();
        int next = 0;
        for (int start : starts) {
            if (start < next) {
                continue; // inside the term before, where find() does not look
            }
            int end = start + 1;
            int count = 0;
            while (end < length && count <= 60 && NOT_IN_QUOTED_TERM.indexOf(text.charAt(end)) < 0) {
                end += Character.charCount(text.codePointAt(end));
                count++;
            }
            if (count >= 2 && count <= 60 && end < length && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0) {
                terms.add(text.substring(start + 1, end));
                next = end + 1;
            }
        }
        return terms;
    }

    /**
     * An English reference to another document or party, used like a defined term: capitalised after "the". Group 1
     * is the term, group 2 its last word, which says whether it is a document or a party.
     */
    static final Pattern ENGLISH_TERM = Pattern.compile(
            "\\b[Tt]he\\s+((?:[A-Z][\\p{L}-]*\\s+){0,3}?(Agreement|Contract|Terms|Order\\s+Form|Statement\\s+of\\s+Work"
                    + "|Customer|Client|Supplier|Vendor|Provider|Contractor|Company))(?![\\p{L}])");

    /**
     * A German reference to another document or a party's other name, with its definite article: group 1 is the
     * term. Documents are compounds ending in -vertrag, -vereinbarung or -bedingungen (with a first part of three
     * letters or more); party names are Auftraggeber, Auftragnehmer and the singular Kunde.
     */
    static final Pattern GERMAN_TERM = Pattern.compile(
            "(?<![\\p{L}])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\\s+(?:[a-zäöü]+(?:e|en|er|es)\\s+)?"
                    + "(\\p{Lu}\\p{L}{2,}(?:vertrag|vertrags|vertrages|vereinbarung|bedingungen)"
                    + "|Auftraggeber|Auftraggebers|Auftragnehmer|Auftragnehmers|Kunde(?!n))"
                    + "(?![\\p{L}])");

    /** A word in capitals in a term: the name of a treaty or public instrument ("the EEA Agreement"), not a draft's. */
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}])\\p{Lu}{2,}(?![\\p{L}])");

    /** English documents the rendered agreement defines itself. */
    private static final Set<String> ENGLISH_OWN = Set.of(
            "agreement",
            "main contract",
            "main agreement",
            "data processing agreement",
            "data protection agreement",
            "dpa");

    /** German compounds that are the agreement itself, its main contract, or a contract of each employee. */
    private static final List<String> GERMAN_OWN = List.of(
            "hauptvertrag",
            "auftragsverarbeitung",
            "datenschutzvereinbarung",
            "arbeitsvertrag",
            "unterauftrag",
            "standardvertrag");

    /**
     * The terms the agreement defines, in lower case: everything a text puts in quotation marks, each party's
     * designations, names and trade names, and the words of the main contract's title.
     */
    private static Set<String> definedTerms(
            DataProcessingAgreement a, List<Map.Entry<ModelPath, LocalizedText>> texts, RunMemo memo) {
        Set<String> defined = new HashSet<>();
        // the texts that hold an opening quotation mark, which a quoted term needs (issue #14)
        for (int i : memo.textsWith(texts, ClauseWording.OPENING_QUOTE)) {
            List<String> translations = Text.translations(texts.get(i).getValue());
            for (int n = 0; n < translations.size(); n++) {
                String translation = translations.get(n);
                if (!memo.wording(texts, i, n).hasAny(ClauseWording.OPENING_QUOTE)) {
                    continue; // most texts quote nothing: no search with the pattern (issue #14)
                }
                // a term begins at its opening quotation mark, and is read there by hand (issue #14)
                for (String term :
                        quotedTerms(translation, memo.wording(texts, i, n).occurrences(ClauseWording.OPENING_QUOTES))) {
                    defined.add(term.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Party> parties = new ArrayList<>(a.getControllers());
        a.getProcessor().ifPresent(parties::add);
        for (Party party : parties) {
            for (LocalizedText designation : party.getDesignations()) {
                for (String text : Text.translations(designation)) {
                    defined.add(text.strip().toLowerCase(Locale.ROOT));
                }
            }
            party.getName().ifPresent(n -> addNameWords(n.toLowerCase(Locale.ROOT), defined));
            party.getDescription().ifPresent(description -> {
                for (String text : Text.translations(description)) { // "der jeweilige Kunde": a name of the party
                    addNameWords(text.toLowerCase(Locale.ROOT), defined);
                }
            });
            for (String trade : party.getTradeNames()) {
                addNameWords(trade.toLowerCase(Locale.ROOT), defined);
            }
        }
        a.getMainContract().flatMap(mc -> mc.getTitle()).ifPresent(title -> {
            for (String text : Text.translations(title)) {
                String lower = text.toLowerCase(Locale.ROOT);
                defined.add(lower.strip());
                addNameWords(lower, defined);
            }
        });
        defined.remove("");
        return defined;
    }

    /**
     * Adds the words of a text to a set: what {@link #NAME_WORD_BREAK}'s {@code split} gives, without the empty
     * string, cut by hand (issue #14).
     */
    static void addNameWords(String text, Set<String> words) {
        int length = text.length();
        int start = -1; // where the current word began, or -1 between words
        for (int i = 0; i <= length; i++) {
            boolean breaks = i == length || isNameWordBreak(text.charAt(i));
            if (!breaks && start < 0) {
                start = i;
            } else if (breaks && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
    }

    /** Whether a character is one of {@link #NAME_WORD_BREAK}'s: white space, ",", ".", "(" or ")". */
    private static boolean isNameWordBreak(char c) {
        return ClauseWording.isSpace(c) || c == ',' || c == '.' || c == '(' || c == ')';
    }

    /** The characters that may open a {@link #QUOTED} term. */
    static final List<String> OPENING_QUOTES = List.of("\"", "„", "“", "”", "‘", "«");

    /** {@link #isDefined(String, Set)}, each term answered once per run. */
    private static boolean isDefined(String term, Set<String> defined, Map<String, Boolean> answers) {
        Boolean known = answers.get(term);
        if (known == null) {
            known = isDefined(term, defined);
            answers.put(term, known);
        }
        return known;
    }

    /** Whether a term, or the term without its German inflection, is among the defined ones or part of one. */
    private static boolean isDefined(String term, Set<String> defined) {
        String lower = term.toLowerCase(Locale.ROOT);
        for (String d : defined) {
            if (d.equals(lower)
                    || (lower.startsWith(d) && lower.length() - d.length() <= 2 && d.length() >= 4)
                    || (d.length() > lower.length() && d.contains(lower))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The terms of a translation used as defined that the agreement does not define, each as the term and the variant
     * (document or party).
     */
    private static List<String[]> undefinedTerms(
            String text, ClauseWording wording, Set<String> defined, Map<String, Boolean> definedAnswers) {
        List<String[]> found = new ArrayList<>(0);
        if (wording.hasAny(ClauseWording.THE)) {
            // the places the run's scan found at its stops on "th" and "Th" (issue #14)
            for (MatchResult m : ClauseWording.matchesAt(ENGLISH_TERM, text, wording.englishTermStarts())) {
                String term = ClauseWording.collapseSpaces(m.group(1));
                String lower = term.toLowerCase(Locale.ROOT);
                if (ENGLISH_OWN.contains(lower)
                        || isDefined(term, defined, definedAnswers)
                        || namesAParty(lower, defined)
                        || ACRONYM.matcher(term).find()) {
                    continue;
                }
                String last = m.group(2);
                boolean party = !(last.equals("Agreement")
                        || last.equals("Contract")
                        || last.equals("Terms")
                        || last.startsWith("Order")
                        || last.startsWith("Statement"));
                found.add(new String[] {term, party ? "party" : "document"});
            }
        }
        int[] words = wording.occurrences(ClauseWording.GERMAN_TERM_WORDS);
        if (words.length == 0) {
            return found; // the German expression needs one of these
        }
        for (MatchResult g : ClauseWording.matchesAt(GERMAN_TERM, text, germanTermStarts(text, words))) {
            String term = g.group(1);
            String lower = term.toLowerCase(Locale.ROOT);
            if (Text.containsAny(lower, GERMAN_OWN) || isDefined(term, defined, definedAnswers)) {
                continue;
            }
            boolean party = lower.startsWith("auftrag") || lower.startsWith("kunde");
            found.add(new String[] {term, party ? "party" : "document"});
        }
        return found;
    }

    /**
     * The last words of {@link #ENGLISH_TERM}'s terms, each as far as its first space: a match has one of them within
     * the four words after "the".
     */
    private static final List<String> ENGLISH_LAST_WORDS = List.of(
            "Agreement",
            "Contract",
            "Terms",
            "Order",
            "Statement",
            "Customer",
            "Client",
            "Supplier",
            "Vendor",
            "Provider",
            "Contractor",
            "Company");

    /**
     * The places where {@link #ENGLISH_TERM} may match: a "the" or "The" followed by white space and at most three
     * words that begin with a capital, then one of {@link #ENGLISH_LAST_WORDS}. Most "the" of a text are followed by
     * a word in lower case or by a capitalised word and a word in lower case, and are not tried (issue #14).
     */
    static int[] englishTermStarts(String text) {
        int[] starts = new int[4];
        int n = 0;
        // "the" and "The" searched for themselves: "he" alone is in most German words (issue #14)
        for (String the : THE) {
            for (int at = text.indexOf(the); at >= 0; at = text.indexOf(the, at + 3)) {
                if (mayFollowThe(text, at + 3)) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = at;
                }
            }
        }
        return ClauseWording.sorted(starts, n);
    }

    /** The article of {@link #ENGLISH_TERM}. */
    private static final List<String> THE = List.of("the", "The");

    /** Whether white space and up to three capitalised words at {@code at} come to one of the last words. */
    static boolean mayFollowThe(String text, int at) {
        int length = text.length();
        int i = at;
        for (int word = 0; word < 4; word++) {
            int start = i;
            while (start < length && ClauseWording.isSpace(text.charAt(start))) {
                start++;
            }
            if (start == i || start == length) {
                return false; // \s+ before each word
            }
            char first = text.charAt(start);
            if (first < 'A' || first > 'Z') {
                return false; // neither a capitalised word of the term nor its last word
            }
            for (int w = 0; w < ENGLISH_LAST_WORDS.size(); w++) {
                if (text.startsWith(ENGLISH_LAST_WORDS.get(w), start)) {
                    return true;
                }
            }
            i = start;
            while (i < length && !ClauseWording.isSpace(text.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    /** What every term of {@link #GERMAN_TERM} holds. */
    static final List<String> GERMAN_TERM_WORDS =
            List.of("vertrag", "vereinbarung", "bedingungen", "Auftraggeber", "Auftragnehmer", "Kunde");

    /** A part of each of {@link #GERMAN_TERM_WORDS} with a rare first pair of letters ({@link ClauseWording}). */
    static final List<String> GERMAN_TERM_PARTS = List.of("rtrag", "nbarung", "gungen", "ggeber", "gnehmer", "Kunde");

    /**
     * The places where {@link #GERMAN_TERM} may match: its term holds one of {@link #GERMAN_TERM_WORDS} and begins
     * after white space; before that white space stands its article of three letters, or an adjective and white space
     * before that. Tried there only, instead of its look-behind at every character of a text (issue #14).
     */
    static int[] germanTermStarts(String text) {
        return germanTermStarts(text, ClauseWording.occurrences(text, GERMAN_TERM_WORDS));
    }

    /** {@link #germanTermStarts(String)}, from the places of {@link #GERMAN_TERM_WORDS} in the text. */
    static int[] germanTermStarts(String text, int[] words) {
        int[] starts = new int[2 * words.length];
        int n = 0;
        for (int word : words) {
            int term = word;
            while (term > 0 && !ClauseWording.isSpace(text.charAt(term - 1))) {
                term--;
            }
            int space = term; // the white space before the term: the article or the adjective ends there
            while (space > 0 && ClauseWording.isSpace(text.charAt(space - 1))) {
                space--;
            }
            if (space == term) {
                continue; // the term does not follow white space
            }
            if (space >= 3 && isArticle(text, space - 3)) {
                starts[n++] = space - 3;
            }
            int adjective = space;
            while (adjective > 0 && !ClauseWording.isSpace(text.charAt(adjective - 1))) {
                adjective--;
            }
            int before = adjective;
            while (before > 0 && ClauseWording.isSpace(text.charAt(before - 1))) {
                before--;
            }
            if (adjective < space && before < adjective && before >= 3 && isArticle(text, before - 3)) {
                starts[n++] = before - 3;
            }
        }
        return ClauseWording.sorted(starts, n);
    }

    /**
     * Whether one of {@link #GERMAN_TERM}'s articles (der, die, das, dem, den, des, each with "D" or "d") begins at
     * {@code at}: where none does, the expression is not tried (issue #14).
     */
    private static boolean isArticle(String text, int at) {
        char d = text.charAt(at);
        if (d != 'D' && d != 'd') {
            return false;
        }
        char second = text.charAt(at + 1);
        char third = text.charAt(at + 2);
        return second == 'e'
                ? third == 'r' || third == 'm' || third == 'n' || third == 's'
                : (second == 'i' && third == 'e') || (second == 'a' && third == 's');
    }

    /** Whether a multi-word English term begins with a word of a party's name: the proper name of a document. */
    private static boolean namesAParty(String lowerTerm, Set<String> defined) {
        int space = lowerTerm.indexOf(' ');
        return space > 0 && defined.contains(lowerTerm.substring(0, space));
    }
}
