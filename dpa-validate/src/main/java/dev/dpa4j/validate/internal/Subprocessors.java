/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.model.ModelPath;
import dev.dpa4j.model.Subprocessor;
import dev.dpa4j.validate.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Walks the sub-processors of an agreement, including the chain below each, with their model paths. */
final class Subprocessors {
    private Subprocessors() {}

    static void each(DataProcessingAgreement a, BiConsumer<String, Subprocessor> action) {
        a.getSubprocessing().ifPresent(s -> walk("subprocessing.subprocessors", s.getSubprocessors(), action));
    }

    /**
     * {@link #each(DataProcessingAgreement, BiConsumer)} of the run's agreement from the run's list ({@link
     * RunMemo#subprocessors}): the walk and its paths are made once per run instead of once for each rule that walks
     * (issue #14).
     */
    static void each(RuleContext c, BiConsumer<String, Subprocessor> action) {
        for (Entry e : RunMemo.of(c).subprocessors()) {
            action.accept(e.path(), e.subprocessor());
        }
    }

    /** One sub-processor of the walk with its path as text and as a {@link ModelPath}. */
    record Entry(String path, ModelPath modelPath, Subprocessor subprocessor) {}

    /** The sub-processors in the order of {@link #each(DataProcessingAgreement, BiConsumer)}, with their paths. */
    static List<Entry> list(DataProcessingAgreement a) {
        List<Entry> entries = new ArrayList<>();
        each(a, (Visitor) (path, modelPath, sp) -> entries.add(new Entry(path, modelPath, sp)));
        return List.copyOf(entries);
    }

    private static void walk(String prefix, List<Subprocessor> list, BiConsumer<String, Subprocessor> action) {
        for (int i = 0; i < list.size(); i++) {
            String path = prefix + "[" + i + "]";
            Subprocessor sp = list.get(i);
            action.accept(path, sp);
            if (!sp.getSubprocessors().isEmpty()) { // most have none: no path for their list (issue #14)
                walk(path + ".subprocessors", sp.getSubprocessors(), action);
            }
        }
    }

    /** What {@link #each(DataProcessingAgreement, Visitor)} calls for each sub-processor. */
    @FunctionalInterface
    interface Visitor {
        /**
         * One sub-processor.
         *
         * @param path its model path as text, as {@link #each(DataProcessingAgreement, BiConsumer)} gives it
         * @param modelPath the same path as a {@link ModelPath}
         * @param sp the sub-processor
         */
        void accept(String path, ModelPath modelPath, Subprocessor sp);
    }

    /**
     * {@link #each(DataProcessingAgreement, BiConsumer)} with each path also as a {@link ModelPath}, built segment by
     * segment with the walk (the paths of one list share their parent) instead of read from the text when a finding
     * is reported (issue #14).
     */
    static void each(DataProcessingAgreement a, Visitor action) {
        a.getSubprocessing()
                .ifPresent(s -> walk(
                        "subprocessing.subprocessors",
                        ModelPath.root().property("subprocessing").property("subprocessors"),
                        s.getSubprocessors(),
                        action));
    }

    private static void walk(String prefix, ModelPath list, List<Subprocessor> subprocessors, Visitor action) {
        for (int i = 0; i < subprocessors.size(); i++) {
            String path = prefix + "[" + i + "]";
            ModelPath modelPath = list.index(i);
            Subprocessor sp = subprocessors.get(i);
            action.accept(path, modelPath, sp);
            if (!sp.getSubprocessors().isEmpty()) {
                walk(path + ".subprocessors", modelPath.property("subprocessors"), sp.getSubprocessors(), action);
            }
        }
    }

    /** The name to show in messages: the legal name, with the product where one is stated. */
    static String label(Subprocessor sp) {
        String name = sp.getName().strip();
        // without a chain of Optional and two capturing lambdas: asked for every sub-processor of a run (issue #14)
        if (sp.getProduct().isPresent()) {
            String product = sp.getProduct().get();
            if (!product.isBlank() && !sp.getName().contains(product)) {
                return name + " (" + product.strip() + ")";
            }
        }
        return name;
    }
}
