/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Statutory figures with the day from which they apply, read from {@code legal-data.properties}. Rules ask
 * for a figure at the validator's as-of date, so a change in the law is a change of data with its date.
 */
final class LegalData {

    /** Art. 33(1) GDPR: hours the controller has to notify the supervisory authority. */
    static final String CONTROLLER_BREACH_HOURS = "art33.1.controllerHours";

    private static final Map<String, NavigableMap<LocalDate, Long>> VALUES = load();

    private LegalData() {}

    /**
     * Returns the figure that applies on a day.
     *
     * @param name the name of the figure
     * @param asOf the day
     * @return the value
     * @throws IllegalStateException if the data has no value for the name on that day
     */
    static long value(String name, LocalDate asOf) {
        NavigableMap<LocalDate, Long> byDay = VALUES.get(name);
        Entry<LocalDate, Long> entry = byDay == null ? null : byDay.floorEntry(asOf);
        if (entry == null) {
            throw new IllegalStateException("No legal figure '" + name + "' applies on " + asOf);
        }
        return entry.getValue();
    }

    private static Map<String, NavigableMap<LocalDate, Long>> load() {
        Properties properties = new Properties();
        try (InputStream in = LegalData.class.getResourceAsStream("legal-data.properties")) {
            if (in == null) {
                throw new IllegalStateException("legal-data.properties is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, NavigableMap<LocalDate, Long>> values = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            int at = key.indexOf('@');
            if (at < 0) {
                throw new IllegalStateException("legal-data.properties: key without '@date': " + key);
            }
            values.computeIfAbsent(key.substring(0, at), k -> new TreeMap<>())
                    .put(
                            LocalDate.parse(key.substring(at + 1)),
                            Long.parseLong(properties.getProperty(key).strip()));
        }
        return values;
    }
}
