package org.frontdoor.policy;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.frontdoor.rules.Indicator;
import org.frontdoor.rules.RuleSet;
import org.frontdoor.rules.RuleSetCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The threshold guidance's indicator catalogue as data, for partners' systems (public, like the guidance page): every
 * indicator of the version in force, in table order, with its level, domain and category.
 */
@RestController
@Tag(name = "Threshold guidance")
class GuidanceApiController {
    private final RuleSetCatalog ruleSets;

    GuidanceApiController(RuleSetCatalog ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The version in force and its indicators. */
    record Catalogue(String version, List<Indicator> indicators) {
    }

    @GetMapping("/api/guidance/indicators")
    @Operation(summary = "Every indicator of the threshold guidance in force: code, level, domain, category, significant harm, text "
            + "and guidance reference, in table order")
    Catalogue indicators() {
        RuleSet inForce = ruleSets.active();
        return new Catalogue(inForce.version(), List.copyOf(inForce.indicators().values()));
    }
}
