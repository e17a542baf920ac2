/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.validate.LegalReference;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.spi.FindingSink;
import dev.dpa4j.validate.spi.Rule;
import dev.dpa4j.validate.spi.RuleContext;
import dev.dpa4j.validate.spi.RuleDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** A built-in rule: a descriptor plus a check written as a lambda. */
final class SimpleRule implements Rule {

    /** The check of a rule. */
    @FunctionalInterface
    interface Check {
        void check(RuleContext context, Reporter reporter);
    }

    /** Reports findings of one rule with short variant names instead of full keys. */
    static final class Reporter {
        private final String id;
        private final FindingSink sink;

        Reporter(String id, FindingSink sink) {
            this.id = id;
            this.sink = sink;
        }

        /**
         * Reports with the default severity.
         *
         * @param variant the message variant, the part of the key after the rule id
         * @param path the model path
         * @param params alternating parameter names and values
         */
        void add(String variant, String path, String... params) {
            sink.report(path, id + "." + variant, map(params));
        }

        /**
         * Reports with a given severity.
         *
         * @param severity the severity
         * @param variant the message variant
         * @param path the model path
         * @param params alternating parameter names and values
         */
        void add(Severity severity, String variant, String path, String... params) {
            sink.report(severity, path, id + "." + variant, map(params));
        }

        /**
         * Reports with the default severity at a model path.
         *
         * @param variant the message variant, the part of the key after the rule id
         * @param path the model path
         * @param params alternating parameter names and values
         */
        void add(String variant, ModelPath path, String... params) {
            sink.report(path, id + "." + variant, map(params));
        }

        /**
         * Reports with a given severity at a model path.
         *
         * @param severity the severity
         * @param variant the message variant
         * @param path the model path
         * @param params alternating parameter names and values
         */
        void add(Severity severity, String variant, ModelPath path, String... params) {
            sink.report(severity, path, id + "." + variant, map(params));
        }

        private static Map<String, String> map(String... params) {
            if (params.length % 2 != 0) {
                throw new IllegalArgumentException(
                        "Parameters must come in name/value pairs: " + Arrays.toString(params));
            }
            if (params.length == 0) {
                return Map.of(); // most findings
            }
            // sorted by name already, as the finding keeps them: its copy then needs no comparison (issue #14)
            Map<String, String> map = new TreeMap<>();
            for (int i = 0; i < params.length; i += 2) {
                map.put(params[i], params[i + 1]);
            }
            return map;
        }
    }

    private final RuleDescriptor descriptor;
    private final Predicate<DataProcessingAgreement> applies;
    private final Check check;

    SimpleRule(RuleDescriptor descriptor, Predicate<DataProcessingAgreement> applies, Check check) {
        this.descriptor = descriptor;
        this.applies = applies;
        this.check = check;
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        if (applies.test(context.agreement())) {
            check.check(context, new Reporter(descriptor.getId(), sink));
        }
    }

    /** Collects the rules of a built-in pack. */
    static final class Definitions {
        private final Predicate<DataProcessingAgreement> applies;
        private final List<Rule> rules;

        Definitions(Predicate<DataProcessingAgreement> applies, List<Rule> rules) {
            this.applies = applies;
            this.rules = rules;
        }

        /** Starts a rule definition. */
        Def rule(String id, Severity severity) {
            return new Def(this, id, severity);
        }

        List<Rule> rules() {
            return rules;
        }
    }

    /** A rule definition in progress. */
    static final class Def {
        private final Definitions owner;
        private final RuleDescriptor.Builder builder;
        private final String id;

        Def(Definitions owner, String id, Severity severity) {
            this.owner = owner;
            this.id = id;
            this.builder = RuleDescriptor.builder(id).defaultSeverity(severity).bundles(Messages::builtIn);
        }

        Def refs(LegalReference... references) {
            builder.legalReferences(references);
            return this;
        }

        Def variants(String... variants) {
            for (String variant : variants) {
                builder.messageKeys(id + "." + variant);
            }
            return this;
        }

        Def note(String note) {
            builder.note(note);
            return this;
        }

        void check(Check check) {
            owner.rules.add(new SimpleRule(builder.build(), owner.applies, check));
        }
    }
}
