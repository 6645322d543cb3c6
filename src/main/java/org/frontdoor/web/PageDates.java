package org.frontdoor.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Times as a person at the front door reads them: in the council's zone, "Mon 30 November 2026 at 4:00pm". */
@Component("dates")
public class PageDates {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMMM yyyy 'at' h:mma", Locale.UK);
    private final ZoneId zone;

    PageDates(@Value("${frontdoor.calendar.zone:Europe/London}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public String format(Instant at) {
        return at == null ? "" : FORMAT.format(at.atZone(zone)).replace("AM", "am").replace("PM", "pm");
    }
}
