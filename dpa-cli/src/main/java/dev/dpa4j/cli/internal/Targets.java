/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The files a command line names: a file as given (or {@code -}), a directory as every {@code *.json}
 * regular file in it and below, in a fixed order (by path, compared as text with {@code /} between
 * the names, so the order is the same on every machine). Symbolic links to directories are not
 * followed, so a link cycle cannot make the walk endless.
 */
final class Targets {
    private Targets() {}

    /** One file to read, or the reason a named directory yields none. */
    record Target(Path file, @Nullable InputException error) {}

    static List<Target> expand(List<Path> arguments, Messages messages) {
        List<Target> targets = new ArrayList<>();
        for (Path argument : arguments) {
            if (Inputs.isStdin(argument) || !Files.isDirectory(argument)) {
                targets.add(new Target(argument, null));
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(argument)) {
                found = walk.filter(p -> p.getFileName() != null
                                && p.getFileName().toString().endsWith(".json")
                                && Files.isRegularFile(p))
                        .sorted(Comparator.comparing(p -> key(argument, p)))
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                String problem = messages.get("input.unreadable", String.valueOf(e.getMessage()));
                targets.add(new Target(
                        argument, new InputException(argument, argument + ": " + problem, problem, null, 0, 0, e)));
                continue;
            }
            if (found.isEmpty()) {
                String problem = messages.get("input.noAgreements");
                targets.add(new Target(
                        argument, new InputException(argument, argument + ": " + problem, problem, null, 0, 0, null)));
            }
            found.forEach(file -> targets.add(new Target(file, null)));
        }
        return targets;
    }

    /** The path below the directory as text with {@code /} separators, whatever the platform. */
    private static String key(Path directory, Path file) {
        StringBuilder key = new StringBuilder();
        for (Path name : directory.relativize(file)) {
            if (key.length() > 0) {
                key.append('/');
            }
            key.append(name);
        }
        return key.toString();
    }
}
