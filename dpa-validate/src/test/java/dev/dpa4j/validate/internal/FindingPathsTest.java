/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dpa4j.model.ModelPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FindingPaths} reads every text as {@link ModelPath#parse(String)} does, sharing the parents. */
class FindingPathsTest {

    private static final List<String> VALID = List.of(
            "",
            "subprocessing",
            "subprocessing.subprocessors[12].transfer",
            "subprocessing.subprocessors[12].locations[0]",
            "subprocessing.subprocessors[12].subprocessors[3].country",
            "security.categoryObjectives[ACCESS_CONTROL]",
            "subprocessing.subprocessors[aws-eu].transfer",
            "a[1a]",
            "a[x.y].b",
            "a[x[y].b",
            "a[\"12\"]",
            "a[\"0\"].b",
            "a[2147483647]",
            "clause9Option.x_y");

    private static final List<String> INVALID = List.of(
            "a..b",
            "a.",
            ".a",
            ".a.b",
            "a.[0]",
            "a[0].",
            "x.y[p.q[b]",
            "a[]",
            "a[01]",
            "[0]",
            "a[2147483648]",
            "a.12",
            "a[x",
            "a]b",
            "a[1]b");

    @Test
    void should_read_every_path_as_the_parser_does_when_reading_paths_of_a_run() {
        // given
        FindingPaths paths = new FindingPaths();

        // when / then
        for (String text : VALID) {
            ModelPath read = paths.parse(text);
            assertThat(read).as(text).isEqualTo(ModelPath.parse(text));
            assertThat(read.segments()).as(text).isEqualTo(ModelPath.parse(text).segments());
            assertThat(read.toString()).as(text).isEqualTo(ModelPath.parse(text).toString());
        }
    }

    @Test
    void should_share_the_parents_when_reading_paths_below_one_element() {
        // given
        FindingPaths paths = new FindingPaths();

        // when
        ModelPath transfer = paths.parse("subprocessing.subprocessors[12].transfer");
        ModelPath country = paths.parse("subprocessing.subprocessors[12].country");

        // then
        assertThat(transfer.parent()).isSameAs(country.parent());
        assertThat(transfer.parent().parent())
                .isSameAs(paths.parse("subprocessing.subprocessors[13]").parent());
    }

    @Test
    void should_throw_the_parsers_error_when_reading_a_malformed_path() {
        // given
        FindingPaths paths = new FindingPaths();

        // when / then
        for (String text : INVALID) {
            Throwable expected = catchThrowable(() -> ModelPath.parse(text));
            if (expected == null) {
                assertThat(paths.parse(text)).as(text).isEqualTo(ModelPath.parse(text));
            } else {
                assertThatThrownBy(() -> paths.parse(text))
                        .as(text)
                        .isInstanceOf(expected.getClass())
                        .hasMessage(expected.getMessage());
            }
        }
    }
}
