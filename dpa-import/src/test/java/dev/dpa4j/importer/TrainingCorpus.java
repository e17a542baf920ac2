/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.importer;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agreements of {@code fixtures} and {@code fixtures/unseen}, each imported once per test JVM (#16, ci32): a
 * dozen corpus test classes read all training documents, and reading them again in every class took most of the
 * module's build time. Surefire runs all classes of the module in one forked JVM (forkCount 1, reuseForks true), so
 * this cache serves every class. The results are immutable ({@link ImportResult} copies its lists, the draft is an
 * immutable model), so handing the same one to every class changes no test. Each document is imported lazily, on its
 * first use, exactly as {@code DpaImporter.standard().importFile(file)} imports it (same bytes, format and source
 * name); a document the importer refuses is refused again on every call, as before. Only those two folders are
 * cached: any other file, such as a held-out set given with {@code -Ddpa.heldout.dir}, is imported anew on every
 * call and never mixed into the training cache. A test that needs another reading (other options, other bytes) does
 * its own import.
 */
final class TrainingCorpus {

    private static final Path FIXTURES =
            Path.of("src", "test", "resources", "fixtures").toAbsolutePath().normalize();
    private static final Path UNSEEN = FIXTURES.resolve("unseen");

    /** The results by the path as the caller wrote it (the source name importFile gives), filled on first use. */
    private static final Map<String, ImportResult> RESULTS = new ConcurrentHashMap<>();

    private TrainingCorpus() {}

    /**
     * Imports a file as {@code DpaImporter.standard().importFile(file)} does, once per JVM for the documents of
     * {@code fixtures} and {@code fixtures/unseen}.
     *
     * @param file the document
     * @return the result, the same instance on every call for a training document
     * @throws ImportException as the importer throws it, on every call
     */
    static ImportResult importFile(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (!FIXTURES.equals(parent) && !UNSEEN.equals(parent)) {
            return DpaImporter.standard().importFile(file);
        }
        // keyed by the path as written, which importFile makes the result's source name: a caller that writes the
        // path otherwise gets a result of its own with its own name, never another caller's
        String key = file.toString();
        ImportResult cached = RESULTS.get(key);
        if (cached != null) {
            return cached;
        }
        ImportResult result = DpaImporter.standard().importFile(file);
        ImportResult raced = RESULTS.putIfAbsent(key, result);
        return raced == null ? result : raced;
    }
}
