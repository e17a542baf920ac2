/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Pairs the elements of two versions of a list by identity, level by level, and never guesses.
 *
 * <p>Level 0 pairs elements that are equal in every attribute (in list order, so duplicates pair up). Each further
 * level computes a key per still unpaired element; a key that exactly one old and exactly one new element share
 * pairs those two, provided the compatibility predicate accepts them. A key shared by more elements on either side
 * is ambiguous and pairs nothing; such elements end up removed and added.
 *
 * @param <T> the element type
 */
final class Matching<T> {

    /** A pair of an old and a new element judged to be the same thing. */
    record Pair<T>(T oldItem, T newItem) {}

    private final List<Pair<T>> pairs;
    private final List<T> removed;
    private final List<T> added;

    private Matching(List<Pair<T>> pairs, List<T> removed, List<T> added) {
        this.pairs = pairs;
        this.removed = removed;
        this.added = added;
    }

    static <T> Matching<T> of(
            List<T> olds, List<T> news, List<Function<T, Optional<?>>> keys, BiPredicate<T, T> compatible) {
        @SuppressWarnings("unchecked")
        T[] oldSlots = (T[]) olds.toArray();
        @SuppressWarnings("unchecked")
        T[] newSlots = (T[]) news.toArray();
        int[] partnerOfOld = new int[oldSlots.length];
        java.util.Arrays.fill(partnerOfOld, -1);
        boolean[] newTaken = new boolean[newSlots.length];

        for (int i = 0; i < oldSlots.length; i++) {
            for (int j = 0; j < newSlots.length; j++) {
                if (!newTaken[j] && oldSlots[i].equals(newSlots[j])) {
                    partnerOfOld[i] = j;
                    newTaken[j] = true;
                    break;
                }
            }
        }
        for (Function<T, Optional<?>> key : keys) {
            Map<Object, List<Integer>> oldByKey = new LinkedHashMap<>();
            Map<Object, List<Integer>> newByKey = new LinkedHashMap<>();
            for (int i = 0; i < oldSlots.length; i++) {
                if (partnerOfOld[i] < 0) {
                    int index = i;
                    key.apply(oldSlots[i])
                            .ifPresent(k -> oldByKey.computeIfAbsent(k, x -> new ArrayList<>())
                                    .add(index));
                }
            }
            for (int j = 0; j < newSlots.length; j++) {
                if (!newTaken[j]) {
                    int index = j;
                    key.apply(newSlots[j])
                            .ifPresent(k -> newByKey.computeIfAbsent(k, x -> new ArrayList<>())
                                    .add(index));
                }
            }
            for (Map.Entry<Object, List<Integer>> entry : oldByKey.entrySet()) {
                List<Integer> candidates = newByKey.get(entry.getKey());
                if (entry.getValue().size() == 1 && candidates != null && candidates.size() == 1) {
                    int i = entry.getValue().get(0);
                    int j = candidates.get(0);
                    if (compatible.test(oldSlots[i], newSlots[j])) {
                        partnerOfOld[i] = j;
                        newTaken[j] = true;
                    }
                }
            }
        }
        List<Pair<T>> pairs = new ArrayList<>();
        List<T> removed = new ArrayList<>();
        for (int i = 0; i < oldSlots.length; i++) {
            if (partnerOfOld[i] >= 0) {
                pairs.add(new Pair<>(oldSlots[i], newSlots[partnerOfOld[i]]));
            } else {
                removed.add(oldSlots[i]);
            }
        }
        List<T> added = new ArrayList<>();
        for (int j = 0; j < newSlots.length; j++) {
            if (!newTaken[j]) {
                added.add(newSlots[j]);
            }
        }
        return new Matching<>(List.copyOf(pairs), List.copyOf(removed), List.copyOf(added));
    }

    List<Pair<T>> pairs() {
        return pairs;
    }

    List<T> removed() {
        return removed;
    }

    List<T> added() {
        return added;
    }
}
