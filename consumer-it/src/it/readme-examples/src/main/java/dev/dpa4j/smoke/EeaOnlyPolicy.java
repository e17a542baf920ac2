/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.smoke;

import dev.dpa4j.model.CountryCode;
import dev.dpa4j.model.Location;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.model.catalog.Catalogs;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.spi.FindingSink;
import dev.dpa4j.validate.spi.Rule;
import dev.dpa4j.validate.spi.RuleContext;
import dev.dpa4j.validate.spi.RuleDescriptor;
import dev.dpa4j.validate.spi.RulePack;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * A company policy as a rule pack: no sub-processor may process outside the EEA. This is the custom pack
 * of the README; it is also listed in {@code META-INF/services} of the test class path to show discovery.
 */
public final class EeaOnlyPolicy implements RulePack {

    private static final RuleDescriptor EEA_ONLY = RuleDescriptor.builder("acme-policy:EEA_ONLY")
            .defaultSeverity(Severity.ERROR)
            .messageKeys("acme-policy:EEA_ONLY.outside")
            .bundles(locale -> ResourceBundle.getBundle("dev.dpa4j.smoke.EeaOnlyPolicy", locale))
            .build();

    /** Creates the pack; public and without arguments for {@link java.util.ServiceLoader}. */
    public EeaOnlyPolicy() {}

    @Override
    public String id() {
        return "acme-policy";
    }

    @Override
    public String version() {
        return "2026.11";
    }

    @Override
    public List<Rule> rules() {
        return List.of(new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return EEA_ONLY;
            }

            @Override
            public void check(RuleContext context, FindingSink sink) {
                List<Subprocessor> list = context.agreement()
                        .getSubprocessing()
                        .map(s -> s.getSubprocessors())
                        .orElse(List.of());
                for (int i = 0; i < list.size(); i++) {
                    Subprocessor sp = list.get(i);
                    TreeSet<CountryCode> countries = new TreeSet<>();
                    sp.getCountry().ifPresent(countries::add);
                    sp.getLocations().stream()
                            .map(Location::getCountry)
                            .flatMap(o -> o.stream())
                            .forEach(countries::add);
                    for (CountryCode country : countries) {
                        if (!Catalogs.standard().countries().isEea(country, context.asOf())) {
                            sink.report(
                                    "subprocessing.subprocessors[" + i + "]",
                                    "acme-policy:EEA_ONLY.outside",
                                    Map.of("name", sp.getName(), "country", country.getCode()));
                        }
                    }
                }
            }
        });
    }
}
