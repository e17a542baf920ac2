/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.notice;

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
import dev.dpa4j.model.TransferImpactAssessment;
import dev.dpa4j.model.TransferMechanism;
import dev.dpa4j.model.diff.ChangeClass;
import dev.dpa4j.render.document.Run;
import dev.dpa4j.render.internal.Addresses;
import dev.dpa4j.render.internal.Countries;
import dev.dpa4j.render.internal.Wording;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of the notice and the sub-processor list, and how values are spelled out. The wording itself
 * is in the built-in bundles ({@link Wording}); this class picks and combines it.
 */
public final class Words {

    static final Locale GERMAN = Locale.GERMAN;
    static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final boolean de;

    private Words(Locale locale) {
        this.locale = locale;
        this.de = locale.getLanguage().equals("de");
    }

    public static Words of(Locale locale) {
        String language = locale.getLanguage();
        if (!language.equals("de") && !language.equals("en")) {
            throw new IllegalArgumentException(
                    "Unsupported language '" + locale.toLanguageTag() + "'; expected 'de' or 'en'");
        }
        return new Words(language.equals("de") ? GERMAN : ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public boolean german() {
        return de;
    }

    /**
     * The built-in text under the key, from {@code dev/dpa4j/render/words/words_<language>.properties}
     * (see {@link Wording}).
     */
    public String t(String key) {
        return Wording.text(locale, key)
                .orElseThrow(() -> new IllegalStateException(
                        "The built-in wording has no text '" + key + "' in language '" + locale.getLanguage() + "'"));
    }

    /**
     * A sentence of the wording with its placeholders {@code {0}}, {@code {1}}, … replaced by {@code args}.
     *
     * @param key the wording's key
     * @param args the values, in placeholder order
     * @return the sentence
     */
    public String format(String key, String... args) {
        StringBuilder out = new StringBuilder();
        for (Run r : NoticeDocument.line().pattern(t(key), (Object[]) args).runs()) {
            out.append(r.text());
        }
        return out.toString();
    }

    public String text(LocalizedText text) {
        return text.resolve(locale);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(de ? "d. MMMM uuuu" : "d MMMM uuuu", locale)
                .format(date);
    }

    public String dateTime(ZonedDateTime time) {
        String clock = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(time);
        return de
                ? date(time.toLocalDate()) + ", " + clock + " Uhr ("
                        + time.getZone().getId() + ")"
                : date(time.toLocalDate()) + ", " + clock + " ("
                        + time.getZone().getId() + ")";
    }

    public String country(CountryCode code) {
        return Countries.name(code, locale);
    }

    public String region(Region region) {
        return switch (region) {
            case EU -> "EU";
            case EEA -> t("notice.eea");
            case THIRD_COUNTRIES -> t("notice.thirdCountries");
            case WORLDWIDE -> t("notice.worldwide");
        };
    }

    public String kind(dev.dpa4j.model.LocationKind kind) {
        return switch (kind) {
            case PROCESSING -> t("notice.processing");
            case STORAGE -> t("notice.storage");
            case BACKUP -> t("notice.backup");
            case REMOTE_ACCESS -> t("notice.remoteAccess");
            case SUPPORT -> t("notice.support");
        };
    }

    public String location(Location l) {
        List<String> parts = new ArrayList<>();
        l.getCountry().map(this::country).ifPresent(parts::add);
        l.getRegion().map(this::region).ifPresent(parts::add);
        l.getDescription().map(this::text).ifPresent(parts::add);
        String where = String.join(", ", parts);
        String result = where + " (" + kind(l.getKind()) + ")";
        return l.isConditional() ? result + t("notice.inSomeCasesOnly") : result;
    }

    public String locations(List<Location> locations) {
        return String.join("; ", locations.stream().map(this::location).toList());
    }

    public String unit(TimePeriod p) {
        boolean one = p.getAmount() == 1;
        return switch (p.getUnit()) {
            case HOURS -> one ? t("notice.hour") : t("notice.hours");
            case CALENDAR_DAYS -> one ? t("notice.calendarDay") : t("notice.calendarDays");
            case BUSINESS_DAYS -> one ? t("notice.businessDay") : t("notice.businessDays");
            case WEEKS -> one ? t("notice.week") : t("notice.weeks");
            case MONTHS -> one ? t("notice.month") : t("notice.months");
        };
    }

    public String period(TimePeriod p) {
        return p.getAmount() + " " + unit(p);
    }

    /** A period in the dative after "von" / "of": "von 14 Kalendertagen". */
    public String periodDative(TimePeriod p) {
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

    public String limit(TimeLimit l) {
        if (l.getPeriod().isPresent() && l.getWording().isPresent()) {
            return period(l.getPeriod().get()) + " („" + text(l.getWording().get()) + "“)";
        }
        return l.getPeriod()
                .map(this::period)
                .orElseGet(() -> quote(text(l.getWording().orElseThrow())));
    }

    public String quote(String text) {
        return de ? "„" + text + "“" : "“" + text + "”";
    }

    public String transfer(TransferMechanism m) {
        String type = switch (m.getType()) {
            case ADEQUACY_DECISION -> t("notice.adequacyDecisionArt45Gdpr");
            case EU_US_DATA_PRIVACY_FRAMEWORK -> t("notice.euUsDataPrivacyFramework");
            case SCC_2021_914 -> t("notice.standardContractualClauses2021914");
            case SUPERVISORY_AUTHORITY_SCC -> t("notice.standardDataProtectionClausesOf");
            case BINDING_CORPORATE_RULES_CONTROLLER, BINDING_CORPORATE_RULES_PROCESSOR ->
                t("notice.bindingCorporateRulesArt47");
            case CODE_OF_CONDUCT -> t("notice.approvedCodeOfConductArt");
            case CERTIFICATION -> t("notice.approvedCertificationMechanismArt46");
            case PUBLIC_AUTHORITY_INSTRUMENT -> t("notice.instrumentBetweenPublicAuthoritiesArt");
            case AD_HOC_CLAUSES -> t("notice.authorisedContractualClausesArt46");
            case ADMINISTRATIVE_ARRANGEMENT -> t("notice.administrativeArrangementArt463");
            case DEROGATION_ART_49 -> t("notice.derogationForSpecificSituationsArt");
            case SCC_2001_497 -> t("notice.repealedStandardContractualClausesDecision");
            case SCC_2004_915 -> t("notice.repealedStandardContractualClausesDecision2");
            case SCC_2010_87 -> t("notice.repealedStandardContractualClausesDecision3");
            case SAFE_HARBOR -> t("notice.safeHarborInvalidatedByThe");
            case PRIVACY_SHIELD -> t("notice.euUsPrivacyShieldInvalidated");
        };
        String module = m.getSccModule()
                .map(s -> t("notice.module") + s.name().substring(s.name().length() - 1))
                .orElse("");
        StringBuilder text = new StringBuilder(type + module);
        // where the tool is the framework itself, its name is not repeated: "..., certified"
        String dpf = m.getType() == dev.dpa4j.model.TransferMechanismType.EU_US_DATA_PRIVACY_FRAMEWORK
                ? "notice.dpf.tool."
                : "notice.dpf.";
        m.getDpf()
                .ifPresentOrElse(
                        d -> {
                            text.append(t(dpf + d.getStatus().name()));
                            d.getHrCovered().ifPresent(hr -> text.append(t("notice.dpf.hr." + hr)));
                            d.getCheckedOn()
                                    .ifPresent(day -> text.append(t("notice.dpf.checkedOn"))
                                            .append(date(day)));
                        },
                        () -> m.getDpfCertified()
                                .ifPresent(c -> text.append(t(dpf + (c ? "CERTIFIED" : "NOT_CERTIFIED")))));
        m.getImpactAssessment()
                .filter(TransferImpactAssessment::isDone)
                .ifPresent(a -> text.append(
                        a.getDate().map(d -> format("notice.tiaOf", date(d))).orElse(t("notice.tia"))));
        return text.toString();
    }

    /**
     * The tools of a sub-processor per exporting regime, as the public list shows them: the GDPR tool alone, or each
     * regime's tool after its name where the sub-processor has a UK or Swiss tool.
     */
    public String transfers(Subprocessor s) {
        if (s.getUkTransfer().isEmpty() && s.getSwissTransfer().isEmpty()) {
            return s.getTransfer().map(this::transfer).orElse("");
        }
        List<String> parts = new ArrayList<>();
        s.getTransfer().ifPresent(m -> parts.add(t("notice.regime.EU") + transfer(m)));
        s.getUkTransfer().ifPresent(m -> parts.add(t("notice.regime.UK") + transfer(m)));
        s.getSwissTransfer().ifPresent(m -> parts.add(t("notice.regime.CH") + transfer(m)));
        return String.join("; ", parts);
    }

    public String authorisation(AuthorisationType type) {
        return switch (type) {
            case PROHIBITED -> t("notice.noSubProcessing");
            case SPECIFIC -> t("notice.specificAuthorisation");
            case GENERAL -> t("notice.generalAuthorisation");
        };
    }

    public String address(PostalAddress a) {
        return String.join(", ", Addresses.lines(a, a.getCountry().map(this::country)));
    }

    public String contact(ContactPoint c) {
        List<String> parts = new ArrayList<>();
        c.getName().map(this::text).ifPresent(parts::add);
        c.getFunction().map(this::text).ifPresent(parts::add);
        c.getEmail().map(e -> t("notice.eMail") + e).ifPresent(parts::add);
        c.getPhone().map(p -> t("notice.phone") + p).ifPresent(parts::add);
        c.getUrl().ifPresent(parts::add);
        return String.join(", ", parts);
    }

    public String dataProtectionOfficer(DataProtectionOfficer d) {
        List<String> parts = new ArrayList<>();
        d.getName().ifPresent(parts::add);
        d.getOrganisation().ifPresent(parts::add);
        d.getAddress().map(this::address).ifPresent(parts::add);
        d.getEmail().map(e -> t("notice.eMail") + e).ifPresent(parts::add);
        d.getPhone().map(p -> t("notice.phone") + p).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    public String subprocessorName(Subprocessor s) {
        return s.getProduct().map(p -> s.getName() + " (" + p + ")").orElse(s.getName());
    }

    public String yesNo(boolean value) {
        return value ? t("notice.yes") : t("notice.no");
    }

    /** Spells out a value of a change. */
    public String value(Object value) {
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
        return t("notice.changed");
    }

    public String changeClass(ChangeClass c) {
        return switch (c) {
            case NOTICE_REQUIRED -> t("notice.openToObjection");
            case AUTHORISATION_REQUIRED -> t("notice.needsYourConsent");
            case LOWERS_PROTECTION -> t("notice.lowersTheLevelOfProtection");
            case EDITORIAL -> t("notice.forInformation");
        };
    }

    public String clause(String name) {
        return Wording.text(locale, "notice.clause." + name).orElse(name);
    }

    public String parameter(String path) {
        Optional<String> words = Wording.text(locale, "notice.parameter." + path);
        if (words.isPresent()) {
            return words.get();
        }
        int dot = path.indexOf('.');
        String clause = dot < 0 ? path : path.substring(0, dot);
        return clause(clause) + ": " + (dot < 0 ? "" : path.substring(dot + 1));
    }
}
