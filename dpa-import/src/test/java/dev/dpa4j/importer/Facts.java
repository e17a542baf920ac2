/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.LocalizedText;
import dev.dpa4j.model.TimeLimit;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The comparable facts of an agreement, per field, as normalised strings: what the round trip, the fixtures and
 * the seed comparison score. Both the original and the imported draft go through the same function.
 */
final class Facts {

    static final String[] FIELDS = {
        "processor.name",
        "controllers.name",
        "processor.dpo.email",
        "controllers.dpo.email",
        "subprocessors.name",
        "subprocessors.country",
        "measures.description",
        "measures.category",
        "dataCategories.name",
        "dataSubjects.name",
        "breach.deadline",
        "subprocessing.objectionPeriod",
        "subprocessing.authorisation",
        "finalProvisions.governingLaw",
        "finalProvisions.jurisdiction"
    };

    private Facts() {}

    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        t = t.replaceAll("[„“”\"'‚‘’]", "").replaceAll("[\\s\\u00a0]+", " ").strip();
        return t.replaceAll("[.;,:]$", "");
    }

    private static String text(LocalizedText t, String lang) {
        return norm(t.get(lang)
                .orElseGet(() -> t.getTranslations().values().iterator().next()));
    }

    private static Optional<String> limit(Optional<TimeLimit> limit) {
        return limit.map(
                l -> l.getPeriod().map(p -> p.getAmount() + " " + p.getUnit()).orElse("prompt"));
    }

    /**
     * A party's name as a document shows it: our renderers print the legal form after the name unless the name holds
     * it, and a reader cannot tell a legal form that is no known one (the generator draws random words) from the
     * name, so name and form are compared together. A blank to fill in ("[[Firma]]") is no name to find.
     */
    private static Optional<String> shownName(dev.dpa4j.model.Party p) {
        return p.getName()
                .filter(n -> !n.contains("[["))
                .map(n -> p.getLegalForm()
                        .filter(form -> !n.contains(form))
                        .map(form -> n + " " + form)
                        .orElse(n));
    }

    /** No facts at all: what a document that could not be imported yields. */
    static Map<String, Set<String>> none() {
        Map<String, Set<String>> f = new LinkedHashMap<>();
        for (String field : FIELDS) {
            f.put(field, new TreeSet<>());
        }
        return f;
    }

    static Map<String, Set<String>> of(DataProcessingAgreement a, String lang) {
        Map<String, Set<String>> f = new LinkedHashMap<>();
        for (String field : FIELDS) {
            f.put(field, new TreeSet<>());
        }
        a.getControllers().forEach(c -> {
            shownName(c).ifPresent(n -> f.get("controllers.name").add(norm(n)));
            c.getDataProtectionOfficer()
                    .flatMap(d -> d.getEmail())
                    .ifPresent(e -> f.get("controllers.dpo.email").add(norm(e)));
        });
        a.getProcessor().ifPresent(p -> {
            shownName(p).ifPresent(n -> f.get("processor.name").add(norm(n)));
            p.getDataProtectionOfficer()
                    .flatMap(d -> d.getEmail())
                    .ifPresent(e -> f.get("processor.dpo.email").add(norm(e)));
        });
        a.getSubprocessing()
                .ifPresent(s -> s.getSubprocessors().forEach(sp -> {
                    f.get("subprocessors.name").add(norm(sp.getName()));
                    sp.getCountry()
                            .ifPresent(c -> f.get("subprocessors.country").add(norm(sp.getName()) + "|" + c));
                }));
        a.getSecurity()
                .ifPresent(s -> s.getMeasures().forEach(m -> {
                    String d = text(m.getDescription(), lang);
                    f.get("measures.description").add(d);
                    m.getCategory().ifPresent(c -> f.get("measures.category").add(d + "|" + c));
                }));
        a.getProcessing().ifPresent(p -> {
            p.getDataCategories().forEach(c -> f.get("dataCategories.name").add(text(c.getName(), lang)));
            p.getDataSubjects().forEach(c -> f.get("dataSubjects.name").add(text(c.getName(), lang)));
        });
        a.getBreachNotification().ifPresent(b -> limit(b.getDeadline()).ifPresent(f.get("breach.deadline")::add));
        a.getSubprocessing().ifPresent(s -> {
            // only a typed period: our renderers print an objection period given as wording only when the wording
            // names a period, and the importer types it then; other wording never reaches the document
            s.getObjectionPeriod()
                    .flatMap(TimeLimit::getPeriod)
                    .ifPresent(p -> f.get("subprocessing.objectionPeriod").add(p.getAmount() + " " + p.getUnit()));
            s.getAuthorisation()
                    .ifPresent(x -> f.get("subprocessing.authorisation").add(x.name()));
        });
        a.getFinalProvisions().ifPresent(p -> {
            p.getGoverningLaw()
                    .ifPresent(c -> f.get("finalProvisions.governingLaw").add(c.getCode()));
            p.getJurisdiction()
                    .ifPresent(j -> f.get("finalProvisions.jurisdiction").add(norm(j.resolve(Locale.ROOT))));
        });
        return f;
    }

    /** True positives, false positives and false negatives per field, added up over documents. */
    static final class Score {
        final Map<String, int[]> counts = new TreeMap<>();
        /** The first false positives per field, to read in the report. */
        final Map<String, Set<String>> extra = new TreeMap<>();

        void add(Map<String, Set<String>> expected, Map<String, Set<String>> actual) {
            for (String field : FIELDS) {
                Set<String> e = expected.get(field);
                Set<String> a = actual.get(field);
                int[] c = counts.computeIfAbsent(field, k -> new int[3]);
                for (String x : a) {
                    if (e.contains(x)) {
                        c[0]++;
                    } else {
                        c[1]++;
                        Set<String> x0 = extra.computeIfAbsent(field, k -> new java.util.TreeSet<>());
                        if (x0.size() < 12) {
                            x0.add(x);
                        }
                    }
                }
                for (String x : e) {
                    if (!a.contains(x)) {
                        c[2]++;
                    }
                }
            }
        }

        /** Precision, or 1 when nothing was extracted and nothing expected. */
        double precision(String field) {
            int[] c = counts.getOrDefault(field, new int[3]);
            return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        }

        double recall(String field) {
            int[] c = counts.getOrDefault(field, new int[3]);
            return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        }

        int expected(String field) {
            int[] c = counts.getOrDefault(field, new int[3]);
            return c[0] + c[2];
        }

        String table() {
            StringBuilder out =
                    new StringBuilder("| field | expected | found | precision | recall |\n|---|---:|---:|---:|---:|\n");
            for (String field : FIELDS) {
                int[] c = counts.getOrDefault(field, new int[3]);
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %.2f | %.2f |\n",
                        field,
                        c[0] + c[2],
                        c[0] + c[1],
                        precision(field),
                        recall(field)));
            }
            return out.toString();
        }
    }
}
