/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.notice;

import dev.dpa4j.model.AuthorisationType;
import dev.dpa4j.model.ContactPoint;
import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.DataCategory;
import dev.dpa4j.model.DataProtectionOfficer;
import dev.dpa4j.model.DataSubjectCategory;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.PostalAddress;
import dev.dpa4j.model.Purpose;
import dev.dpa4j.model.Region;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.TechnicalOrganisationalMeasure;
import dev.dpa4j.model.TimeLimit;
import dev.dpa4j.model.TimePeriod;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.diff.ChangeClass;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words of the notice and the sub-processor list in German and English, and how values are spelled out. */
final class Words {

    static final Locale GERMAN = Locale.GERMAN;
    static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final boolean de;

    private Words(Locale locale) {
        this.locale = locale;
        this.de = locale.getLanguage().equals("de");
    }

    static Words of(Locale locale) {
        String language = locale.getLanguage();
        if (!language.equals("de") && !language.equals("en")) {
            throw new IllegalArgumentException(
                    "Unsupported language '" + locale.toLanguageTag() + "'; expected 'de' or 'en'");
        }
        return new Words(language.equals("de") ? GERMAN : ENGLISH);
    }

    Locale locale() {
        return locale;
    }

    boolean german() {
        return de;
    }

    /** German or English. */
    String t(String german, String english) {
        return de ? german : english;
    }

    String text(LocalizedText text) {
        return text.resolve(locale);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(de ? "d. MMMM uuuu" : "d MMMM uuuu", locale)
                .format(date);
    }

    String dateTime(ZonedDateTime time) {
        String clock = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(time);
        return de
                ? date(time.toLocalDate()) + ", " + clock + " Uhr ("
                        + time.getZone().getId() + ")"
                : date(time.toLocalDate()) + ", " + clock + " ("
                        + time.getZone().getId() + ")";
    }

    String country(CountryCode code) {
        String name = new Locale.Builder().setRegion(code.getCode()).build().getDisplayCountry(locale);
        return name.isEmpty() || name.equals(code.getCode()) ? code.getCode() : name;
    }

    String region(Region region) {
        return switch (region) {
            case EU -> "EU";
            case EEA -> t("EWR", "EEA");
            case THIRD_COUNTRIES -> t("Drittländer", "third countries");
            case WORLDWIDE -> t("weltweit", "worldwide");
        };
    }

    String kind(dev.dpa4j.model.LocationKind kind) {
        return switch (kind) {
            case PROCESSING -> t("Verarbeitung", "processing");
            case STORAGE -> t("Speicherung", "storage");
            case BACKUP -> t("Datensicherung", "backup");
            case REMOTE_ACCESS -> t("Fernzugriff", "remote access");
            case SUPPORT -> t("Support", "support");
        };
    }

    String location(Location l) {
        List<String> parts = new ArrayList<>();
        l.getCountry().map(this::country).ifPresent(parts::add);
        l.getRegion().map(this::region).ifPresent(parts::add);
        l.getDescription().map(this::text).ifPresent(parts::add);
        String where = String.join(", ", parts);
        String result = where + " (" + kind(l.getKind()) + ")";
        return l.isConditional() ? result + t(", nur in bestimmten Fällen", ", in some cases only") : result;
    }

    String locations(List<Location> locations) {
        return String.join("; ", locations.stream().map(this::location).toList());
    }

    String unit(TimePeriod p) {
        boolean one = p.getAmount() == 1;
        return switch (p.getUnit()) {
            case HOURS -> one ? t("Stunde", "hour") : t("Stunden", "hours");
            case CALENDAR_DAYS -> one ? t("Kalendertag", "calendar day") : t("Kalendertage", "calendar days");
            case BUSINESS_DAYS -> one ? t("Arbeitstag", "business day") : t("Arbeitstage", "business days");
            case WEEKS -> one ? t("Woche", "week") : t("Wochen", "weeks");
            case MONTHS -> one ? t("Monat", "month") : t("Monate", "months");
        };
    }

    String period(TimePeriod p) {
        return p.getAmount() + " " + unit(p);
    }

    /** A period in the dative after "von" / "of": "von 14 Kalendertagen". */
    String periodDative(TimePeriod p) {
        if (!de || p.getAmount() == 1) {
            return period(p);
        }
        return switch (p.getUnit()) {
            case CALENDAR_DAYS -> p.getAmount() + " Kalendertagen";
            case BUSINESS_DAYS -> p.getAmount() + " Arbeitstagen";
            case MONTHS -> p.getAmount() + " Monaten";
            default -> period(p);
        };
    }

    String limit(TimeLimit l) {
        if (l.getPeriod().isPresent() && l.getWording().isPresent()) {
            return period(l.getPeriod().get()) + " („" + text(l.getWording().get()) + "“)";
        }
        return l.getPeriod()
                .map(this::period)
                .orElseGet(() -> quote(text(l.getWording().orElseThrow())));
    }

    String quote(String text) {
        return de ? "„" + text + "“" : "“" + text + "”";
    }

    String transfer(TransferMechanism m) {
        String type = switch (m.getType()) {
            case ADEQUACY_DECISION -> t("Angemessenheitsbeschluss (Art. 45 DSGVO)", "adequacy decision (Art. 45 GDPR)");
            case EU_US_DATA_PRIVACY_FRAMEWORK ->
                t("EU-US Data Privacy Framework (Art. 45 DSGVO)", "EU-US Data Privacy Framework (Art. 45 GDPR)");
            case SCC_2021_914 ->
                t(
                        "Standardvertragsklauseln 2021/914 (Art. 46 Abs. 2 lit. c DSGVO)",
                        "standard contractual clauses 2021/914 (Art. 46(2)(c) GDPR)");
            case SUPERVISORY_AUTHORITY_SCC ->
                t(
                        "Standarddatenschutzklauseln einer Aufsichtsbehörde (Art. 46 Abs. 2 lit. d DSGVO)",
                        "standard data protection clauses of a supervisory authority (Art. 46(2)(d) GDPR)");
            case BINDING_CORPORATE_RULES_CONTROLLER, BINDING_CORPORATE_RULES_PROCESSOR ->
                t(
                        "verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)",
                        "binding corporate rules (Art. 47 GDPR)");
            case CODE_OF_CONDUCT ->
                t(
                        "genehmigte Verhaltensregeln (Art. 46 Abs. 2 lit. e DSGVO)",
                        "approved code of conduct (Art. 46(2)(e) GDPR)");
            case CERTIFICATION ->
                t(
                        "genehmigter Zertifizierungsmechanismus (Art. 46 Abs. 2 lit. f DSGVO)",
                        "approved certification mechanism (Art. 46(2)(f) GDPR)");
            case PUBLIC_AUTHORITY_INSTRUMENT ->
                t(
                        "Übereinkunft zwischen Behörden (Art. 46 Abs. 2 lit. a DSGVO)",
                        "instrument between public authorities (Art. 46(2)(a) GDPR)");
            case AD_HOC_CLAUSES ->
                t(
                        "genehmigte Vertragsklauseln (Art. 46 Abs. 3 lit. a DSGVO)",
                        "authorised contractual clauses (Art. 46(3)(a) GDPR)");
            case ADMINISTRATIVE_ARRANGEMENT ->
                t(
                        "Verwaltungsvereinbarung (Art. 46 Abs. 3 lit. b DSGVO)",
                        "administrative arrangement (Art. 46(3)(b) GDPR)");
            case DEROGATION_ART_49 ->
                t("Ausnahme für bestimmte Fälle (Art. 49 DSGVO)", "derogation for specific situations (Art. 49 GDPR)");
            case SCC_2001_497 ->
                t(
                        "aufgehobene Standardvertragsklauseln (Entscheidung 2001/497/EG)",
                        "repealed standard contractual clauses (Decision 2001/497/EC)");
            case SCC_2004_915 ->
                t(
                        "aufgehobene Standardvertragsklauseln (Entscheidung 2004/915/EG)",
                        "repealed standard contractual clauses (Decision 2004/915/EC)");
            case SCC_2010_87 ->
                t(
                        "aufgehobene Standardvertragsklauseln (Beschluss 2010/87/EU)",
                        "repealed standard contractual clauses (Decision 2010/87/EU)");
            case SAFE_HARBOR ->
                t("Safe Harbor (vom EuGH für ungültig erklärt)", "Safe Harbor (invalidated by the CJEU)");
            case PRIVACY_SHIELD ->
                t(
                        "EU-US Privacy Shield (vom EuGH für ungültig erklärt)",
                        "EU-US Privacy Shield (invalidated by the CJEU)");
        };
        String module = m.getSccModule()
                .map(s ->
                        t(", Modul ", ", module ") + s.name().substring(s.name().length() - 1))
                .orElse("");
        return type + module;
    }

    String authorisation(AuthorisationType type) {
        return switch (type) {
            case PROHIBITED -> t("keine Unterauftragsverarbeitung", "no sub-processing");
            case SPECIFIC -> t("gesonderte Genehmigung", "specific authorisation");
            case GENERAL -> t("allgemeine Genehmigung", "general authorisation");
        };
    }

    String address(PostalAddress a) {
        List<String> parts = new ArrayList<>(a.getStreetLines());
        String town = (a.getPostalCode().orElse("") + " " + a.getLocality().orElse("")).trim();
        if (!town.isEmpty()) {
            parts.add(town);
        }
        a.getCountry().map(this::country).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    String contact(ContactPoint c) {
        List<String> parts = new ArrayList<>();
        c.getName().ifPresent(parts::add);
        c.getFunction().ifPresent(parts::add);
        c.getEmail().map(e -> t("E-Mail: ", "e-mail: ") + e).ifPresent(parts::add);
        c.getPhone().map(p -> t("Telefon: ", "phone: ") + p).ifPresent(parts::add);
        c.getUrl().ifPresent(parts::add);
        return String.join(", ", parts);
    }

    String dataProtectionOfficer(DataProtectionOfficer d) {
        List<String> parts = new ArrayList<>();
        d.getName().ifPresent(parts::add);
        d.getOrganisation().ifPresent(parts::add);
        d.getAddress().map(this::address).ifPresent(parts::add);
        d.getEmail().map(e -> t("E-Mail: ", "e-mail: ") + e).ifPresent(parts::add);
        d.getPhone().map(p -> t("Telefon: ", "phone: ") + p).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    String subprocessorName(Subprocessor s) {
        return s.getProduct().map(p -> s.getName() + " (" + p + ")").orElse(s.getName());
    }

    String yesNo(boolean value) {
        return value ? t("ja", "yes") : t("nein", "no");
    }

    /** Spells out a value of a change. */
    String value(Object value) {
        if (value instanceof TimeLimit l) {
            return limit(l);
        }
        if (value instanceof TimePeriod p) {
            return period(p);
        }
        if (value instanceof Boolean b) {
            return yesNo(b);
        }
        if (value instanceof AuthorisationType a) {
            return authorisation(a);
        }
        if (value instanceof CountryCode c) {
            return country(c);
        }
        if (value instanceof LocalizedText l) {
            return quote(text(l));
        }
        if (value instanceof Location l) {
            return location(l);
        }
        if (value instanceof TransferMechanism m) {
            return transfer(m);
        }
        if (value instanceof PostalAddress a) {
            return address(a);
        }
        if (value instanceof ContactPoint c) {
            return contact(c);
        }
        if (value instanceof TechnicalOrganisationalMeasure m) {
            return quote(text(m.getDescription()));
        }
        if (value instanceof DataCategory c) {
            return quote(text(c.getName()));
        }
        if (value instanceof DataSubjectCategory c) {
            return quote(text(c.getName()));
        }
        if (value instanceof Purpose p) {
            return quote(text(p.getDescription()));
        }
        if (value instanceof Subprocessor s) {
            return subprocessorName(s);
        }
        if (value instanceof DataProtectionOfficer d) {
            return dataProtectionOfficer(d);
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return t("(geändert)", "(changed)");
    }

    String changeClass(ChangeClass c) {
        return switch (c) {
            case NOTICE_REQUIRED -> t("Einspruch möglich", "open to objection");
            case AUTHORISATION_REQUIRED -> t("Ihre Zustimmung erforderlich", "needs your consent");
            case LOWERS_PROTECTION -> t("senkt das Schutzniveau", "lowers the level of protection");
            case EDITORIAL -> t("zur Information", "for information");
        };
    }

    private static final Map<String, String[]> CLAUSES = Map.ofEntries(
            Map.entry("controllerTerms", new String[] {
                "Rechte und Pflichten des Verantwortlichen", "rights and obligations of the controller"
            }),
            Map.entry(
                    "instructions",
                    new String[] {"Weisungen (Art. 28 Abs. 3 lit. a DSGVO)", "instructions (Art. 28(3)(a) GDPR)"}),
            Map.entry("confidentiality", new String[] {
                "Vertraulichkeit (Art. 28 Abs. 3 lit. b DSGVO)", "confidentiality (Art. 28(3)(b) GDPR)"
            }),
            Map.entry("security", new String[] {
                "Sicherheit der Verarbeitung (Art. 32 DSGVO)", "security of processing (Art. 32 GDPR)"
            }),
            Map.entry("subprocessing", new String[] {
                "weitere Auftragsverarbeiter (Art. 28 Abs. 2, 4 DSGVO)", "sub-processors (Art. 28(2), (4) GDPR)"
            }),
            Map.entry("transfers", new String[] {
                "Übermittlungen in Drittländer (Art. 44 ff. DSGVO)",
                "transfers to third countries (Art. 44 et seq. GDPR)"
            }),
            Map.entry("assistance", new String[] {
                "Unterstützung des Verantwortlichen (Art. 28 Abs. 3 lit. e, f DSGVO)",
                "assistance to the controller (Art. 28(3)(e), (f) GDPR)"
            }),
            Map.entry("breachNotification", new String[] {
                "Meldung von Datenschutzverletzungen (Art. 33 Abs. 2 DSGVO)",
                "notification of personal data breaches (Art. 33(2) GDPR)"
            }),
            Map.entry("endOfProcessing", new String[] {
                "Löschung und Rückgabe (Art. 28 Abs. 3 lit. g DSGVO)", "deletion and return (Art. 28(3)(g) GDPR)"
            }),
            Map.entry("audits", new String[] {
                "Nachweise und Überprüfungen (Art. 28 Abs. 3 lit. h DSGVO)",
                "information and audits (Art. 28(3)(h) GDPR)"
            }),
            Map.entry("records", new String[] {
                "Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 2 DSGVO)",
                "records of processing (Art. 30(2) GDPR)"
            }),
            Map.entry("ownUse", new String[] {
                "Verwendung für eigene Zwecke (Art. 28 Abs. 10 DSGVO)", "use for own purposes (Art. 28(10) GDPR)"
            }),
            Map.entry("liability", new String[] {"Haftung (Art. 82 DSGVO)", "liability (Art. 82 GDPR)"}),
            Map.entry("termination", new String[] {"Aussetzung und Kündigung", "suspension and termination"}),
            Map.entry("finalProvisions", new String[] {"Schlussbestimmungen", "final provisions"}),
            Map.entry("processing", new String[] {"Beschreibung der Verarbeitung", "description of the processing"}));

    private static final Map<String, String[]> PARAMETERS = Map.ofEntries(
            Map.entry("breachNotification.deadline", new String[] {
                "Frist für die Meldung von Datenschutzverletzungen an Sie",
                "deadline for notifying you of personal data breaches"
            }),
            Map.entry("breachNotification.subprocessorDeadline", new String[] {
                "Meldefrist der Unterauftragsverarbeiter bei Datenschutzverletzungen",
                "deadline for sub-processors to report personal data breaches"
            }),
            Map.entry("breachNotification.notifyController", new String[] {
                "Meldung von Datenschutzverletzungen an Sie", "notification of personal data breaches to you"
            }),
            Map.entry("subprocessing.authorisation", new String[] {
                "Art der Genehmigung für weitere Auftragsverarbeiter", "type of authorisation for sub-processors"
            }),
            Map.entry("subprocessing.noticePeriod", new String[] {
                "Vorlauf der Mitteilung über Änderungen bei weiteren Auftragsverarbeitern",
                "advance notice of changes of sub-processors"
            }),
            Map.entry("subprocessing.objectionPeriod", new String[] {"Einspruchsfrist", "objection period"}),
            Map.entry("subprocessing.objectionRight", new String[] {"Einspruchsrecht", "right to object"}),
            Map.entry(
                    "subprocessing.changeNotification",
                    new String[] {"Mitteilung beabsichtigter Änderungen", "notice of intended changes"}),
            Map.entry(
                    "security.changePolicy",
                    new String[] {"Regelung zur Änderung der Maßnahmen", "rules for changing the measures"}),
            Map.entry(
                    "security.reviewInterval",
                    new String[] {"Überprüfungsintervall der Maßnahmen", "review interval of the measures"}),
            Map.entry(
                    "endOfProcessing.deadline",
                    new String[] {"Frist für Löschung oder Rückgabe", "deadline for deletion or return"}),
            Map.entry("assistance.forwardingDeadline", new String[] {
                "Frist für die Weiterleitung von Anträgen betroffener Personen",
                "deadline for forwarding data subject requests"
            }),
            Map.entry("audits.notice", new String[] {"Vorankündigung von Überprüfungen", "advance notice of audits"}));

    String clause(String name) {
        String[] words = CLAUSES.get(name);
        return words == null ? name : words[de ? 0 : 1];
    }

    String parameter(String path) {
        String[] words = PARAMETERS.get(path);
        if (words != null) {
            return words[de ? 0 : 1];
        }
        int dot = path.indexOf('.');
        String clause = dot < 0 ? path : path.substring(0, dot);
        return clause(clause) + ": " + (dot < 0 ? "" : path.substring(dot + 1));
    }
}
