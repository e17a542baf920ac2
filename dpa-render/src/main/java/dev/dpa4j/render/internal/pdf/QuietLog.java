/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.render.internal.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;

/**
 * Keeps openhtmltopdf quiet while dpa4j renders a PDF, and only then.
 *
 * <p>openhtmltopdf logs through its own static {@link XRLog}, not through the application's logging
 * configuration: its default logger installs a console handler at level INFO and prints several lines
 * for every document ("Using fast-mode renderer", font loading, timings). A library should not write to
 * its users' consoles, yet switching openhtmltopdf's logging off ({@code XRLog.setLoggingEnabled(false)},
 * as the {@code dpa} command does) would also silence an application's own use of openhtmltopdf.
 *
 * <p>So the logger openhtmltopdf has (its default, or one the application installed) is wrapped once:
 * on a thread that is rendering for dpa4j, nothing is logged; on every other thread each call goes to
 * the wrapped logger unchanged. An application that installs its own logger later replaces the wrapper
 * and then also receives the messages of dpa4j's renders, which is what it asked for.
 */
final class QuietLog {

    private static final ThreadLocal<Boolean> RENDERING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private QuietLog() {}

    /** A task that may throw an exception of type {@code E}. */
    @FunctionalInterface
    interface Task<E extends Exception> {
        void run() throws E;
    }

    /** Runs the task with openhtmltopdf's logging off on this thread. */
    static <E extends Exception> void during(Task<E> task) throws E {
        install();
        boolean outer = RENDERING.get();
        RENDERING.set(Boolean.TRUE);
        try {
            task.run();
        } finally {
            if (outer) {
                RENDERING.set(Boolean.TRUE);
            } else {
                RENDERING.remove();
            }
        }
    }

    // XRLog's static getLoggerImpl/setLoggerImpl are synchronized: holding the same lock makes the
    // check-and-wrap atomic also against an application that sets its own logger at the same time
    @SuppressWarnings("LockOnNonEnclosingClassLiteral")
    private static void install() {
        synchronized (XRLog.class) {
            XRLogger current = XRLog.getLoggerImpl();
            if (!(current instanceof Scoped)) {
                XRLog.setLoggerImpl(new Scoped(current));
            }
        }
    }

    /** The wrapper: silent on rendering threads, the wrapped logger elsewhere. */
    private static final class Scoped implements XRLogger {

        private @Nullable XRLogger delegate;

        Scoped(@Nullable XRLogger delegate) {
            this.delegate = delegate;
        }

        /** openhtmltopdf's own default, created as openhtmltopdf would if none was installed yet. */
        private synchronized XRLogger delegate() {
            XRLogger d = delegate;
            if (d == null) {
                d = new JDKXRLogger();
                delegate = d;
            }
            return d;
        }

        @Override
        public void log(String where, Level level, String msg) {
            if (!RENDERING.get()) {
                delegate().log(where, level, msg);
            }
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            if (!RENDERING.get()) {
                delegate().log(where, level, msg, th);
            }
        }

        @Override
        public void log(Diagnostic diagnostic) {
            if (!RENDERING.get()) {
                delegate().log(diagnostic);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
            delegate().setLevel(logger, level);
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return !RENDERING.get() && delegate().isLogLevelEnabled(diagnostic);
        }
    }
}
