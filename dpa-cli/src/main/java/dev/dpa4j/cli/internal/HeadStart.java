/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import dev.dpa4j.model.catalog.Catalogs;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The validator's first use, begun on two more threads while the main thread parses the command line
 * and reads the agreement (issue 14: cold start).
 *
 * <p>A cold {@code dpa validate} spends most of its time on work done once per JVM: picocli's model
 * of the command and the first read on the main thread, and, independent of both, the first
 * validation, which bootstraps Hibernate Validator and initialises the rules, catalogues, lexicons
 * and message bundles. This class does that first validation, on the starter agreement, on daemon
 * threads started before picocli runs: one runs the structure rules (Hibernate Validator's bootstrap,
 * the largest single part), the other every other rule and then reads the catalogues of the transfer
 * rules. On one thread the warm-up took longer than the main thread's reading, which then waited for
 * it; split in two, each half ends about when the reading does. The main thread {@linkplain #await()
 * waits} for both before it creates its own validator; from then on it works exactly as without a
 * head start.
 *
 * <p>Nothing of the warm-up reaches the command's result: its report is dropped, and a failure of
 * any kind (even an error) is swallowed, so that the command meets it again in its own run, on its
 * own thread, with the usual message and exit code. The libraries' static state is caches of fixed
 * content (catalogues, bundles, messages), filled thread-safely, so a validation before the command's
 * own cannot change its findings. Only {@link
 * dev.dpa4j.cli.Dpa#main(String[])} starts one; an in-process {@code Dpa.run} starts no thread.
 */
final class HeadStart {

    /** The options that end the command before anything is validated. */
    private static final Set<String> NO_VALIDATION = Set.of("-h", "--help", "-V", "--version");

    /**
     * The holder of the library's Hibernate Validator (its initialiser bootstraps it), by name: the class
     * is internal to dpa-validate.
     */
    static final String STRUCTURE_FACTORY = "dev.dpa4j.validate.internal.StructuralValidation$Holder";

    /** A fixed date for the warm-up, so that it never asks the clock. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private final List<Thread> threads;

    private HeadStart(List<Thread> threads) {
        this.threads = threads;
    }

    /**
     * Starts the warm-up if the command line will validate an agreement: its command is {@code
     * validate} and it asks for no help or version. The check looks at the words only; a command line
     * that picocli then rejects has merely spent a little of the second core.
     *
     * @return the running warm-up, or null if the command line does not need one
     */
    static @Nullable HeadStart forCommandLine(String... args) {
        if (!worthIt(args)) {
            return null;
        }
        List<Thread> threads = List.of(
                new Thread(HeadStart::warmUpStructure, "dpa-head-start-structure"),
                new Thread(HeadStart::warmUpRules, "dpa-head-start"));
        for (Thread thread : threads) {
            thread.setDaemon(true); // never keeps the JVM alive: the command decides when it ends
            thread.start();
        }
        return new HeadStart(threads);
    }

    /** Whether a command line will validate: {@code validate} is its command, and no help or version is asked for. */
    static boolean worthIt(String... args) {
        if (!"validate".equals(Cli.commandName(args))) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (NO_VALIDATION.contains(arg)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first run of the structure rules, on the starter agreement: Hibernate Validator's bootstrap
     * (its constraint metadata of the model types) and the first use of its validators. The findings are
     * dropped. The bootstrap comes first, through the library's holder class, so that it does not wait
     * for the rule definitions, which the other thread builds meanwhile: the bootstrap is the longest
     * part of the head start, and the command waits for it.
     */
    private static void warmUpStructure() {
        try {
            // Hibernate Validator's bootstrap first, while the other thread defines the rules; its start-up
            // notice quieted before, as Checker's initialiser does for the validation below
            Checker.quietValidationLibrary();
            Class.forName(STRUCTURE_FACTORY, true, HeadStart.class.getClassLoader());
        } catch (Throwable e) {
            // nothing to do: the validation below (and the command's own) starts it as well
        }
        try {
            // Checker first: its initialiser quiets Hibernate Validator's logging before the bootstrap
            Checker.part(Lang.de, AS_OF, true).check(Starter.create(Lang.de));
        } catch (Throwable e) {
            // nothing to do: the command's own run meets any failure again and reports it
        }
    }

    /**
     * The first run of every other rule, on the starter agreement (German, which loads the German
     * messages and their English parent), then the reference catalogues that the transfer rules read and
     * the starter does not reach: the countries and the adequacy decisions, which an agreement with a
     * recipient outside the EEA needs (read on the main thread after the wait, they were about a tenth of
     * a cold {@code validate}'s main thread on the Jomoco example). The findings are dropped.
     */
    private static void warmUpRules() {
        try {
            Checker.part(Lang.de, AS_OF, false).check(Starter.create(Lang.de));
            Catalogs catalogs = Catalogs.standard();
            catalogs.countries();
            catalogs.adequacyDecisions();
        } catch (Throwable e) {
            // nothing to do: the command's own run meets any failure again and reports it
        }
    }

    /**
     * Waits until the warm-up has ended. If the waiting thread is interrupted, it stops waiting and
     * keeps its interrupt status; the command then does the remaining work itself.
     */
    void await() {
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the warm-up has ended, for tests. */
    boolean done() {
        return threads.stream().noneMatch(Thread::isAlive);
    }
}
