package org.frontdoor.referral;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.frontdoor.decision.CalendarProperties;
import org.frontdoor.security.ActingUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Casework", description = "Find referrals again, and allocate them to practitioners")
class CaseworkApiController {
    private final Casework casework;
    private final CalendarProperties calendar;

    CaseworkApiController(Casework casework, CalendarProperties calendar) {
        this.casework = casework;
        this.calendar = calendar;
    }

    @Operation(summary = "Referrals, newest first, 25 a page: search by reference, child's name, date of birth or NHS number, and filter",
            description = "`q` is a reference (FD-2026-000123), a date of birth (27/3/2019 or 2019-03-27), an NHS number, or part of a "
                    + "child's name (case and accents ignored). Level and pathway filter by what was decided, else by what was recommended. "
                    + "`allocatedTo` is a username, `me`, or `nobody`. Dates are days in the council's zone, both inclusive.")
    @GetMapping(path = "/api/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
    Casework.Page list(@RequestParam(required = false) String q,
                       @Parameter(schema = @Schema(allowableValues = {"awaiting-decision", "sent-back", "awaiting-authorisation",
                               "awaiting-ratification", "ratified"})) @RequestParam(required = false) String status,
                       @RequestParam(required = false) LocalDate receivedFrom, @RequestParam(required = false) LocalDate receivedTo,
                       @RequestParam(required = false) String allocatedTo, @RequestParam(required = false) Integer level,
                       @RequestParam(required = false) String pathway, @RequestParam(defaultValue = "1") int page,
                       @Parameter(hidden = true) ActingUser user) {
        Casework.requireReader(user);
        String who = "me".equals(allocatedTo) ? user.name() : allocatedTo;
        return casework.find(new Casework.Search(q, status, receivedFrom, receivedTo, who, level, pathway, page), calendar.zone());
    }

    @Operation(summary = "Earlier referrals about a child of this one with the same name and date of birth, not yet known to be the same child",
            description = "They count as the child's history only once a practitioner confirms one (`POST .../same-child`).")
    @GetMapping(path = "/api/referrals/{id}/possible-earlier-contacts", produces = MediaType.APPLICATION_JSON_VALUE)
    java.util.List<Casework.PossibleMatch> possibleEarlier(@PathVariable("id") ReferralRef ref, @Parameter(hidden = true) ActingUser user) {
        Casework.requireReader(user);
        return casework.possibleEarlierContacts(ref.id());
    }

    /** Which possible earlier contact is about the same child. */
    record SameChild(@Schema(description = "The child's position in this referral, from 0") int position,
                     @Schema(description = "The earlier referral's id") String earlierId,
                     @Schema(description = "The child's position in the earlier referral") int earlierPosition) {
    }

    @Operation(summary = "A practitioner confirms an earlier referral is about the same child: from then on the front door's history counts it",
            description = "400 naming `earlier` when it is not one of the possible earlier contacts, or carries a different NHS number or council id.")
    @PostMapping(path = "/api/referrals/{id}/same-child", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> sameChild(@PathVariable("id") ReferralRef ref, @RequestBody SameChild request, @Parameter(hidden = true) ActingUser user) {
        casework.confirmSameChild(ref.id(), request.position(), request.earlierId(), request.earlierPosition(), user);
        return ResponseEntity.noContent().build();
    }

    /** Who to allocate to. */
    record AllocationRequest(@Schema(description = "The practitioner's username", example = "pat.practitioner") String practitioner) {
    }

    @Operation(summary = "A manager allocates a referral to a practitioner, or reallocates it",
            description = "400 naming `practitioner` when it is not a practitioner's username. On the referral's audit trail.")
    @PostMapping(path = "/api/referrals/{id}/allocation", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Casework.Allocation> allocate(@PathVariable("id") ReferralRef ref, @RequestBody AllocationRequest request,
                                                 @Parameter(hidden = true) ActingUser user) {
        Casework.Allocation a = casework.allocate(ref.id(), request == null ? null : request.practitioner(), user);
        return ResponseEntity.created(URI.create("/api/referrals/" + ref.id())).body(a);
    }
}
