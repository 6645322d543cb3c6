package org.frontdoor.queue;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Work queue", description = "What is waiting at the front door, most urgent first")
class QueueApiController {
    private final WorkQueue queue;

    QueueApiController(WorkQueue queue) {
        this.queue = queue;
    }

    @Operation(summary = "Contacts awaiting decision, authorisation or ratification (and follow-ups due), ordered by due time, with red/amber/green")
    @GetMapping(path = "/api/queue", produces = MediaType.APPLICATION_JSON_VALUE)
    List<QueueItem> queue() {
        return queue.items();
    }
}
