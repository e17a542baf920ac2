/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A country, identified by its ISO 3166-1 alpha-2 code, such as {@code DE} or {@code US}.
 *
 * <p>Only the 249 officially assigned codes are accepted. The code says nothing about membership of
 * the EU or the EEA; the reference catalogue in {@code dev.dpa4j.model.catalog} answers that.
 *
 * <p>Instances are immutable, thread-safe and interned: two equal codes are the same instance.
 *
 * @since 0.1
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class CountryCode implements Comparable<CountryCode> {

    private static final String ASSIGNED_CODES =
            "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    private static final Map<String, CountryCode> CODES = Arrays.stream(ASSIGNED_CODES.split(" "))
            .collect(Collectors.toUnmodifiableMap(Function.identity(), CountryCode::new));

    private final String code;

    private CountryCode(String code) {
        this.code = code;
    }

    /**
     * Obtains the country with the given ISO 3166-1 alpha-2 code.
     *
     * @param code the code of two capital letters, not null
     * @return the country
     * @throws IllegalArgumentException if the code is not an assigned ISO 3166-1 alpha-2 code
     */
    @JsonCreator
    public static CountryCode of(String code) {
        Objects.requireNonNull(code, "code");
        CountryCode country = CODES.get(code);
        if (country == null) {
            throw new IllegalArgumentException(
                    "'" + code
                            + "' is not an assigned ISO 3166-1 alpha-2 country code (two capital letters, for example DE or US)");
        }
        return country;
    }

    /**
     * Returns whether the given text is an assigned ISO 3166-1 alpha-2 code.
     *
     * @param code the text to test, may be null
     * @return true if {@link #of(String)} accepts the text
     */
    public static boolean isValid(@Nullable String code) {
        return code != null && CODES.containsKey(code);
    }

    /**
     * Returns the code of two capital letters.
     *
     * @return the code, for example {@code DE}
     */
    @JsonValue
    public String getCode() {
        return code;
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountryCode that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the code.
     *
     * @return the code, for example {@code DE}
     */
    @Override
    public String toString() {
        return code;
    }
}
