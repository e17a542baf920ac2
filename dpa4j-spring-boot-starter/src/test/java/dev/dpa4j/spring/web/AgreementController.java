/* SPDX-License-Identifier: Apache-2.0 */
package dev.dpa4j.spring.web;

import dev.dpa4j.model.DataProcessingAgreement;
import dev.dpa4j.validate.constraints.CompliantDpa;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An application endpoint that accepts only compliant agreements, as the README shows. */
@RestController
public class AgreementController {

    /** A request type that has nothing to do with dpa4j. */
    public record Note(@NotBlank String text) {}

    @PostMapping("/agreements")
    public String accept(@Valid @CompliantDpa(asOf = "2026-11-23") @RequestBody DataProcessingAgreement agreement) {
        return "accepted " + agreement.getId();
    }

    @PostMapping("/agreements/echo")
    public DataProcessingAgreement echo(@RequestBody DataProcessingAgreement agreement) {
        return agreement;
    }

    @PostMapping("/notes")
    public String note(@Valid @RequestBody Note note) {
        return note.text();
    }
}
