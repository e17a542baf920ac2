/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dpa4j.model.AgreementGenerator;
import dev.dpa4j.model.DataProcessingAgreement;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class DpaJsonModuleTest {

    private final DataProcessingAgreement agreement = AgreementGenerator.agreement(7);

    @Test
    void should_round_trip_when_foreign_mapper_registers_the_module() {
        // given
        JsonMapper foreign = JsonMapper.builder().addModule(new DpaJsonModule()).build();

        // when
        String json = foreign.writeValueAsString(agreement);
        DataProcessingAgreement read = foreign.readValue(json, DataProcessingAgreement.class);

        // then
        assertThat(read).isEqualTo(agreement);
        assertThat(foreign.readTree(json)).isEqualTo(foreign.readTree(DpaJson.write(agreement)));
        assertThat(json).doesNotContain("null").doesNotContain("[]");
    }

    @Test
    void should_write_empty_values_when_foreign_mapper_lacks_the_module() {
        // given
        JsonMapper foreign = JsonMapper.builder().build();

        // when
        String json = foreign.writeValueAsString(
                DataProcessingAgreement.builder().id("x").build());

        // then
        assertThat(json).contains("\"title\":null").contains("\"controllers\":[]");
    }

    @Test
    void should_reject_null_when_foreign_mapper_with_module_reads_it() {
        // given
        JsonMapper foreign = JsonMapper.builder().addModule(new DpaJsonModule()).build();

        // when / then
        assertThatThrownBy(() -> foreign.readValue("{\"id\": \"x\", \"title\": null}", DataProcessingAgreement.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("title");
    }

    @Test
    void should_leave_other_types_alone_when_module_is_registered() {
        // given
        JsonMapper foreign = JsonMapper.builder().addModule(new DpaJsonModule()).build();

        // when
        String json = foreign.writeValueAsString(new Holder(null, List.of()));

        // then
        assertThat(json).contains("\"items\":[]").contains("\"name\":null");
    }

    @Test
    void should_be_discovered_when_mapper_finds_modules() {
        // given
        List<JacksonModule> modules =
                tools.jackson.databind.cfg.MapperBuilder.findModules(DpaJsonModule.class.getClassLoader());

        // when
        JsonMapper discovered = JsonMapper.builder().findAndAddModules().build();

        // then
        assertThat(modules).anyMatch(m -> m instanceof DpaJsonModule);
        assertThat(discovered.registeredModules()).anyMatch(m -> m instanceof DpaJsonModule);
    }

    @Test
    void should_carry_name_and_project_version_when_module_is_asked() {
        // given
        DpaJsonModule module = new DpaJsonModule();
        String projectVersion = System.getProperty("dpa.project.version");

        // when
        String version = module.version().toString();

        // then
        assertThat(module.getModuleName()).isEqualTo("dpa4j-model");
        assertThat(module.version().getGroupId()).isEqualTo("dev.dpa4j");
        assertThat(module.version().getArtifactId()).isEqualTo("dpa-model");
        assertThat(projectVersion).as("set by the dpa-model pom for this test").isNotBlank();
        assertThat(version).isEqualTo(projectVersion);
    }

    record Holder(String name, List<String> items) {}
}
