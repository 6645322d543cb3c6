package org.frontdoor.retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For auditors: the retention setting, the cut-off it gives today, and the last purges with their counts. */
@RestController
@Tag(name = "Retention")
class RetentionApiController {
    private final RetentionPurge purge;

    RetentionApiController(RetentionPurge purge) {
        this.purge = purge;
    }

    record Retention(String period, String schedule, Instant cutOffNow, List<Map<String, Object>> lastPurges) {
    }

    @Operation(summary = "How long referrals are kept, when the purge runs, and what the last purges removed (counts only)")
    @GetMapping("/api/retention")
    Retention retention() {
        RetentionProperties p = purge.properties();
        return new Retention(p.period().toString(), p.schedule(), purge.cutOff(), purge.lastPurges(20));
    }
}
