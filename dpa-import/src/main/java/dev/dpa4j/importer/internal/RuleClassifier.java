/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer.internal;

import dev.dpa4j.importer.Element;
import dev.dpa4j.importer.spi.Classification;
import dev.dpa4j.importer.spi.Passage;
import dev.dpa4j.importer.spi.PassageClassifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in classifier, id {@code dpa4j-rules}: cues from {@code element-cues.txt}. A heading cue on the
 * innermost heading scores 0.7, on an outer heading 0.5; each distinct text cue scores 0.35 (two make 0.7); the
 * scores of one element combine as independent evidence, {@code 1 - (1 - a)(1 - b)}.
 */
public final class RuleClassifier implements PassageClassifier {

    /** The id in reports. */
    public static final String ID = "dpa4j-rules";

    private static final List<Cues.Line> CUES = Cues.load("element-cues.txt", 2);

    /** Creates the classifier. */
    public RuleClassifier() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Classification> classify(Passage passage) {
        Map<Element, double[]> scores = new EnumMap<>(Element.class);
        Map<Element, String> cues = new EnumMap<>(Element.class);
        String[] headings =
                passage.heading().isEmpty() ? new String[0] : passage.heading().split(" > ");
        String inner = headings.length == 0 ? "" : headings[headings.length - 1];
        String outer =
                headings.length <= 1 ? "" : String.join(" ", List.of(headings).subList(0, headings.length - 1));
        for (Cues.Line line : CUES) {
            Element element = Element.valueOf(line.fields().get(0));
            double[] s = scores.computeIfAbsent(element, e -> new double[2]);
            if (line.fields().get(1).equals("heading")) {
                if (!inner.isEmpty() && line.pattern().matcher(inner).find()) {
                    s[0] = Math.max(s[0], 0.7);
                    cues.putIfAbsent(element, "heading: " + inner);
                } else if (!outer.isEmpty() && line.pattern().matcher(outer).find()) {
                    s[0] = Math.max(s[0], 0.5);
                    cues.putIfAbsent(element, "heading: " + outer);
                }
            } else {
                var m = line.pattern().matcher(passage.text());
                int hits = 0;
                while (m.find() && hits < 2) {
                    hits++;
                }
                if (hits > 0) {
                    s[1] = Math.min(0.7, s[1] + 0.35 * hits);
                    cues.putIfAbsent(element, "text: " + line.pattern().pattern());
                }
            }
        }
        List<Classification> out = new ArrayList<>();
        scores.forEach((element, s) -> {
            double score = 1 - (1 - s[0]) * (1 - s[1]);
            if (score > 0) {
                out.add(new Classification(element, Math.round(score * 100) / 100.0, cues.getOrDefault(element, "")));
            }
        });
        return out;
    }
}
