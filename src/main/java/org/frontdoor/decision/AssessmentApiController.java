package org.frontdoor.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Assessments", description = "Check a contact against the threshold guidance without recording it")
class AssessmentApiController {
    private final ThresholdDecisions decisions;

    AssessmentApiController(ThresholdDecisions decisions) {
        this.decisions = decisions;
    }

    @Operation(summary = "Evaluate a contact and store nothing",
            description = "For partners' checks and what-if questions. Returns the recommended level, pathways with due times, "
                    + "consent advice, rationale and missing information for each child, with the rule-set version.")
    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Assessment assess(@Valid @RequestBody Contact contact) {
        return decisions.assess(contact);
    }
}
