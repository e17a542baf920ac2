/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import java.util.Locale;

/** The languages of the command's messages and documents; constants are spelt as on the command line. */
@SuppressWarnings("java:S115") // lower-case constants are the values users type
enum Lang {
    de(Locale.GERMAN),
    en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String tag() {
        return name();
    }
}
