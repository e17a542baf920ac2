/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The translations of a {@link LocalizedText}: an unmodifiable map from language tag to text in the natural order of
 * the tags, held in two arrays. A text has one to three languages, and the rules of a validation read the values of
 * every text many times over: iterating an unmodifiable {@link TreeMap} made two objects and walked its tree on each
 * read, here it is a plain list (issue #14). Equality, hash code and text are those of any {@link Map} with the same
 * entries, as {@link AbstractMap} defines them; every change throws {@link UnsupportedOperationException}. The
 * views of a range ({@link #subMap}, {@link #headMap}, {@link #tailMap}), which nothing here reads, are unmodifiable
 * copies.
 */
@SuppressWarnings("JdkObsolete") // LocalizedText.getTranslations() has returned a SortedMap since 0.1
final class Translations extends AbstractMap<String, String> implements SortedMap<String, String> {

    private final String[] languages;
    private final List<String> texts;
    private final Set<Entry<String, String>> entries;

    /**
     * Copies a sorted map.
     *
     * @param sorted the translations in the natural order of their tags, at least one, no null key or value
     * @throws IllegalArgumentException if the map is sorted by a comparator of its own
     */
    Translations(SortedMap<String, String> sorted) {
        if (sorted.comparator() != null) {
            throw new IllegalArgumentException("Translations are sorted by the natural order of their tags");
        }
        this.languages = sorted.keySet().toArray(new String[0]);
        this.texts = List.copyOf(sorted.values());
        this.entries = new EntrySet();
    }

    private int indexOf(@Nullable Object language) {
        for (int i = 0; i < languages.length; i++) {
            if (languages[i].equals(language)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return languages.length;
    }

    @Override
    public boolean containsKey(@Nullable Object language) {
        return indexOf(language) >= 0;
    }

    @Override
    public @Nullable String get(@Nullable Object language) {
        int i = indexOf(language);
        return i < 0 ? null : texts.get(i);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return entries;
    }

    @Override
    public @Nullable String remove(@Nullable Object language) {
        throw new UnsupportedOperationException("The translations of a LocalizedText cannot be changed");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("The translations of a LocalizedText cannot be changed");
    }

    /** The texts in the order of their language tags, as an unmodifiable list. */
    @Override
    public Collection<String> values() {
        return texts;
    }

    @Override
    public @Nullable Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public String firstKey() {
        return languages[0];
    }

    @Override
    public String lastKey() {
        return languages[languages.length - 1];
    }

    @Override
    public SortedMap<String, String> subMap(String fromKey, String toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
    }

    @Override
    public SortedMap<String, String> headMap(String toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
    }

    @Override
    public SortedMap<String, String> tailMap(String fromKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
    }

    /** The entries in order; its iterator removes nothing. */
    private final class EntrySet extends AbstractSet<Entry<String, String>> {
        @Override
        public int size() {
            return languages.length;
        }

        @Override
        public Iterator<Entry<String, String>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < languages.length;
                }

                @Override
                public Entry<String, String> next() {
                    if (next >= languages.length) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    return Map.entry(languages[i], texts.get(i));
                }
            };
        }
    }
}
