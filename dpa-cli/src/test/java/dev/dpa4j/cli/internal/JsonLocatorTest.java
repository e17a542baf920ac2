/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dpa4j.model.ModelPath;
import org.junit.jupiter.api.Test;

class JsonLocatorTest {

    private static final String JSON = String.join(
            "\n",
            "{",
            "  \"id\": \"x\",",
            "  \"subprocessing\": {",
            "    \"subprocessors\": [",
            "      {",
            "        \"name\": \"A\"",
            "      },",
            "      {",
            "        \"name\": \"B\",",
            "        \"country\": \"US\"",
            "      }",
            "    ]",
            "  }",
            "}");

    @Test
    void should_find_the_line_of_a_present_element() {
        // when
        JsonLocator.Position at =
                new JsonLocator(JSON).locate(ModelPath.parse("subprocessing.subprocessors[1].country"));

        // then
        assertThat(at).isEqualTo(new JsonLocator.Position(10, 9));
    }

    @Test
    void should_fall_back_to_the_nearest_ancestor_when_the_element_is_absent() {
        // when
        JsonLocator.Position at =
                new JsonLocator(JSON).locate(ModelPath.parse("subprocessing.subprocessors[1].transfer"));

        // then: the second array element starts on line 8
        assertThat(at.line()).isEqualTo(8);
    }

    @Test
    void should_point_at_the_start_when_nothing_matches() {
        // when
        JsonLocator.Position at = new JsonLocator(JSON).locate(ModelPath.parse("breachNotification.deadline"));

        // then
        assertThat(at).isEqualTo(new JsonLocator.Position(1, 1));
    }
}
