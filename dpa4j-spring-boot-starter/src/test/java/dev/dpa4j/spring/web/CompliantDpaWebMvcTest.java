/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.spring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.dpa4j.model.json.DpaJson;
import dev.dpa4j.validate.Finding;
import dev.dpa4j.validate.Severity;
import dev.dpa4j.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code @Valid @CompliantDpa} in Spring MVC request validation, with Spring Boot's MVC test slice: the
 * body is read by dpa4j's strict reader, a non-compliant agreement gets a 400 listing its findings.
 */
@WebMvcTest(controllers = AgreementController.class)
class CompliantDpaWebMvcTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void should_accept_a_compliant_agreement() throws Exception {
        // given the example agreement written to satisfy every rule
        String body = Files.readString(Path.of("..", "examples", "larkspur-dpa-en.json"), StandardCharsets.UTF_8);
        // when
        MvcResult result = mvc.perform(post("/agreements")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
        // then
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .isEqualTo("accepted " + DpaJson.read(body).getId());
    }

    @Test
    void should_answer_400_with_the_findings_when_the_agreement_does_not_comply() throws Exception {
        // given
        String body = "{\"schemaVersion\": \"1.0\", \"id\": \"draft-1\"}";
        List<Finding> expected = Validator.builder()
                .asOf(LocalDate.of(2026, 11, 23))
                .build()
                .validate(DpaJson.read(body))
                .getFindingsAtOrAbove(Severity.ERROR);
        // when
        MvcResult result = mvc.perform(post("/agreements")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
        // then
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(result.getResponse().getContentAsString());
        assertThat(problem.get("title").asString()).isEqualTo("Non-compliant data processing agreement");
        JsonNode findings = problem.get("findings");
        assertThat(expected).isNotEmpty();
        assertThat(findings.size()).isEqualTo(expected.size());
        assertThat(findings.valueStream()
                        .map(f -> f.get("ruleId").asString())
                        .sorted()
                        .toList())
                .isEqualTo(expected.stream().map(Finding::getRuleId).sorted().toList());
        assertThat(findings.get(0).get("severity").asString()).isEqualTo("ERROR");
        assertThat(findings.get(0).get("legalReferences").size()).isPositive();
    }

    @Test
    void should_answer_400_with_the_json_problems_when_the_body_is_not_an_agreement() throws Exception {
        // given an unknown property, which dpa4j's strict reader refuses
        String body = "{\"schemaVersion\": \"1.0\", \"id\": \"x\", \"colour\": \"red\"}";
        // when
        MvcResult result = mvc.perform(post("/agreements")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
        // then
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        JsonNode problem = JSON.readTree(result.getResponse().getContentAsString());
        assertThat(problem.get("problems").get(0).get("pointer").asString()).isEqualTo("/colour");
        assertThat(problem.get("problems").get(0).get("line").asInt()).isEqualTo(1);
    }

    @Test
    void should_write_agreements_in_the_dpa4j_format() throws Exception {
        String body = Files.readString(Path.of("..", "examples", "just-avv-de.json"), StandardCharsets.UTF_8);
        MvcResult result = mvc.perform(post("/agreements/echo")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(DpaJson.write(DpaJson.read(body)));
    }

    @Test
    void should_leave_other_validation_errors_to_spring() throws Exception {
        MvcResult result = mvc.perform(
                        post("/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"\"}"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("findings");
    }
}
