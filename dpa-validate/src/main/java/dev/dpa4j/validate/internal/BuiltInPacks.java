/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.Regime;
import dev.dpa4j.validate.spi.Rule;
import dev.dpa4j.validate.spi.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The packs shipped with dpa4j: {@code structure}, {@code gdpr}, {@code de} and {@code change}. */
public final class BuiltInPacks {

    /** The version of the built-in rule texts and checks. */
    public static final String VERSION = "0.1.0";

    private static final List<RulePack> ALL = List.of(
            new Pack("structure", def -> StructureRules.define(def), a -> true),
            new Pack(
                    "gdpr",
                    def -> {
                        GdprRules.define(def);
                        TransferRules.define(def);
                        DocumentRules.define(def);
                    },
                    a -> a.getRegime() == Regime.GDPR),
            new Pack("de", GermanRules::define, a -> true),
            new Pack(BuiltInPacks.CHANGE, ChangeRules::define, a -> true));

    /** The id of the pack whose rules judge intended changes ({@code Validator.validateChange}). */
    static final String CHANGE = "change";

    private static final Set<String> IDS = Set.of("structure", "gdpr", "de", CHANGE);

    private BuiltInPacks() {}

    /**
     * Returns the built-in packs.
     *
     * @return structure, gdpr, de and change, in that order
     */
    public static List<RulePack> all() {
        return ALL;
    }

    static boolean isBuiltIn(RulePack pack) {
        return pack instanceof Pack;
    }

    static boolean isReserved(String id) {
        return IDS.contains(id) || id.startsWith("dpa");
    }

    private static final class Pack implements RulePack {
        private final String id;
        private final List<Rule> rules;

        Pack(
                String id,
                java.util.function.Consumer<SimpleRule.Definitions> definer,
                java.util.function.Predicate<dev.dpa4j.model.DataProcessingAgreement> applies) {
            this.id = id;
            List<Rule> list = new ArrayList<>();
            definer.accept(new SimpleRule.Definitions(applies, list));
            this.rules = List.copyOf(list);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String version() {
            return VERSION;
        }

        @Override
        public List<Rule> rules() {
            return rules;
        }
    }
}
