/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.SpecialCategory;
import dev.dpa4j.model.catalog.AdequacyDecision;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.model.catalog.Country;
import dev.dpa4j.model.catalog.DataCategoryEntry;
import dev.dpa4j.model.catalog.DataSubjectEntry;
import dev.dpa4j.model.catalog.MeasureEntry;
import dev.dpa4j.model.catalog.TransferMechanismEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code dpa catalog}: lists a reference catalogue shipped with dpa4j. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "List a reference catalogue.",
            "",
            "The catalogues dpa4j judges agreements with: countries (EU/EEA membership), adequacy decisions,"
                    + " transfer mechanisms, categories of measures, data categories and data subjects.",
            ""
        })
final class CatalogCommand extends BaseCommand {

    /** The catalogues, spelt as on the command line. */
    enum Name {
        countries,
        adequacy,
        @SuppressWarnings("java:S115")
        transfer_mechanisms,
        measures,
        data_categories,
        data_subjects
    }

    /** The output formats of catalog. */
    enum Format {
        text,
        json
    }

    @Parameters(
            arity = "1",
            paramLabel = "CATALOGUE",
            converter = NameConverter.class,
            description = "countries, adequacy, transfer-mechanisms, measures, data-categories or data-subjects.")
    Name name = Name.countries;

    @Option(
            names = "--lang",
            defaultValue = "en",
            paramLabel = "de|en",
            description = "Language of names and notes (default: ${DEFAULT-VALUE}).")
    Lang lang = Lang.en;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "text|json",
            description = "A table for people or a JSON array for programs (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Mixin
    SharedOptions.AsOf asOfOption = new SharedOptions.AsOf();

    @Override
    int run() {
        LocalDate date = asOfOption.orToday(env);
        Locale locale = lang.locale();
        Messages m = Messages.of(lang);
        List<List<String>> rows = new ArrayList<>();
        ArrayNode json = JsonOut.array();
        Catalogs catalogs = Catalogs.standard();
        switch (name) {
            case countries -> {
                rows.add(List.of(m.get("catalog.code"), m.get("catalog.name"), "EU", m.get("catalog.eea")));
                for (Country c : catalogs.countries().all()) {
                    boolean eu = c.isEu(date);
                    boolean eea = c.isEea(date);
                    rows.add(List.of(c.code().getCode(), c.labels().resolve(locale), yes(eu, m), yes(eea, m)));
                    ObjectNode o = json.addObject();
                    o.put("code", c.code().getCode());
                    o.put("name", c.labels().resolve(locale));
                    o.put("eu", eu);
                    o.put("eea", eea);
                }
            }
            case adequacy -> {
                rows.add(List.of(
                        m.get("catalog.code"),
                        m.get("catalog.name"),
                        m.get("catalog.reference"),
                        m.get("catalog.inForce"),
                        m.get("catalog.scope")));
                for (AdequacyDecision d : catalogs.adequacyDecisions().all()) {
                    boolean inForce = d.isInForce(date);
                    rows.add(List.of(
                            d.code(),
                            d.labels().resolve(locale),
                            d.reference(),
                            yes(inForce, m),
                            m.get("catalog.scope." + d.scope().name())));
                    ObjectNode o = json.addObject();
                    o.put("code", d.code());
                    o.put("name", d.labels().resolve(locale));
                    o.put("country", d.country().map(c -> c.getCode()).orElse(null));
                    o.put("reference", d.reference());
                    o.put("adopted", d.adopted().toString());
                    o.put("inForce", inForce);
                    o.put("scope", d.scope().name());
                    o.put("scopeNote", text(d.scopeNote(), locale));
                    o.put("source", d.source());
                }
            }
            case transfer_mechanisms -> {
                rows.add(List.of(
                        m.get("catalog.code"),
                        m.get("catalog.name"),
                        m.get("catalog.legalBasis"),
                        m.get("catalog.valid")));
                for (TransferMechanismEntry t : catalogs.transferMechanisms().all()) {
                    boolean valid = t.isValid(date);
                    rows.add(List.of(
                            t.code().name(),
                            t.labels().resolve(locale),
                            t.legalBasis().resolve(locale),
                            yes(valid, m)));
                    ObjectNode o = json.addObject();
                    o.put("code", t.code().name());
                    o.put("name", t.labels().resolve(locale));
                    o.put("legalBasis", t.legalBasis().resolve(locale));
                    o.put("valid", valid);
                    o.put("outdated", t.isOutdated());
                    o.put(
                            "concludableUntil",
                            t.concludableUntil().map(LocalDate::toString).orElse(null));
                }
            }
            case measures -> {
                rows.add(List.of(m.get("catalog.code"), m.get("catalog.name"), m.get("catalog.category")));
                for (MeasureEntry e : catalogs.measures().all()) {
                    rows.add(List.of(
                            e.code(), e.labels().resolve(locale), e.category().name()));
                    ObjectNode o = json.addObject();
                    o.put("code", e.code());
                    o.put("name", e.labels().resolve(locale));
                    o.put("category", e.category().name());
                    ArrayNode goals = o.putArray("protectionGoals");
                    e.protectionGoals().forEach(g -> goals.add(g.name()));
                    o.put("dpv", e.dpvIri().orElse(null));
                }
            }
            case data_categories -> {
                rows.add(List.of(
                        m.get("catalog.code"),
                        m.get("catalog.name"),
                        m.get("catalog.special"),
                        m.get("catalog.criminal")));
                for (DataCategoryEntry e : catalogs.dataCategories().all()) {
                    String special = e.specialCategory() == SpecialCategory.NONE
                            ? ""
                            : e.specialCategory().name();
                    rows.add(List.of(
                            e.code(),
                            e.labels().resolve(locale),
                            special,
                            e.criminalOffenceData() ? m.get("catalog.yes") : ""));
                    ObjectNode o = json.addObject();
                    o.put("code", e.code());
                    o.put("name", e.labels().resolve(locale));
                    o.put("specialCategory", e.specialCategory().name());
                    o.put("criminalOffenceData", e.criminalOffenceData());
                    o.put("dpv", e.dpvIri().orElse(null));
                }
            }
            case data_subjects -> {
                rows.add(List.of(m.get("catalog.code"), m.get("catalog.name"), m.get("catalog.vulnerable")));
                for (DataSubjectEntry e : catalogs.dataSubjects().all()) {
                    rows.add(List.of(e.code(), e.labels().resolve(locale), e.vulnerable() ? m.get("catalog.yes") : ""));
                    ObjectNode o = json.addObject();
                    o.put("code", e.code());
                    o.put("name", e.labels().resolve(locale));
                    o.put("vulnerable", e.vulnerable());
                    o.put("dpv", e.dpvIri().orElse(null));
                }
            }
        }
        env.print(format == Format.json ? JsonOut.write(json) : Table.format(rows));
        return Cli.OK;
    }

    private static String yes(boolean value, Messages m) {
        return m.get(value ? "catalog.yes" : "catalog.no");
    }

    private static @Nullable String text(Optional<LocalizedText> text, Locale locale) {
        return text.map(t -> t.resolve(locale)).orElse(null);
    }

    /** Accepts the catalogue names with hyphens, as documented. */
    static final class NameConverter implements picocli.CommandLine.ITypeConverter<Name> {
        @Override
        public Name convert(String value) {
            for (Name n : Name.values()) {
                if (n.name().replace('_', '-').equals(value)) {
                    return n;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "expected one of countries, adequacy, transfer-mechanisms, measures, data-categories, data-subjects but was '"
                            + value + "'");
        }
    }
}
