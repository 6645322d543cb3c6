package org.frontdoor.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.frontdoor.decision.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The notice partners are given of a change to the thresholds: a version takes effect no sooner than
 * {@code frontdoor.policy.notice-working-days} working days (the council's calendar, bank holidays excluded) after it
 * is published, unless the policy lead says why it cannot wait (a threshold found unsafe for children, say); that
 * reason is kept on the version's history. A time in the past is refused, never read as "now".
 */
@Component
public class PublicationNotice {
    private final WorkingDayCalendar calendar;
    private final int workingDays;

    PublicationNotice(WorkingDayCalendar calendar, @Value("${frontdoor.policy.notice-working-days:10}") int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("frontdoor.policy.notice-working-days cannot be negative");
        }
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    /** Working days of notice partners are given. */
    public int workingDays() {
        return workingDays;
    }

    /** The first day a version published at {@code now} may take effect without a reason for urgency. */
    public LocalDate earliestDay(Instant now) {
        return calendar.due(now, workingDays, "working-days").atZone(zone()).toLocalDate();
    }

    public ZoneId zone() {
        return calendar.zone();
    }

    /**
     * When a version published at {@code now} takes effect: {@code effectiveFrom}, or now when it is null.
     *
     * @throws PolicyProblem naming {@code effectiveFrom} when it is past, or {@code urgentReason} when the time is
     *                       inside the notice period and no reason (1 to 2,000 characters) is given
     */
    Instant takesEffect(Instant effectiveFrom, String urgentReason, Instant now) {
        if (effectiveFrom != null && effectiveFrom.isBefore(now)) {
            throw PolicyProblem.invalid("effectiveFrom", "must be in the future; leave it out to publish now");
        }
        Instant from = effectiveFrom == null ? now : effectiveFrom;
        boolean urgent = urgentReason != null && !urgentReason.isBlank();
        if (urgentReason != null && urgentReason.length() > 2000) {
            throw PolicyProblem.invalid("urgentReason", "must be at most 2,000 characters");
        }
        LocalDate earliest = earliestDay(now);
        if (!urgent && from.atZone(zone()).toLocalDate().isBefore(earliest)) {
            throw PolicyProblem.invalid("urgentReason", "partners are given " + workingDays + " working days' notice: choose "
                    + earliest.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                    + " or later, or say why this change cannot wait");
        }
        return from;
    }
}
