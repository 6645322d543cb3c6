package org.frontdoor.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Times as GOV.UK style writes them, in the council's zone: "Mon 30 November 2026 at 4pm", "at 9:30am", "at midnight". */
@Component("dates")
public class PageDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("ha", Locale.UK);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    /** The audit trail's times: to the second, 24-hour, so two entries in one minute can be told apart and ordered by eye. */
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK);
    private final ZoneId zone;

    PageDates(@Value("${frontdoor.calendar.zone:Europe/London}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public String format(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime t = at.atZone(zone);
        String time;
        if (t.getHour() == 0 && t.getMinute() == 0) {
            time = "midnight";
        } else if (t.getHour() == 12 && t.getMinute() == 0) {
            time = "midday";
        } else {
            time = (t.getMinute() == 0 ? HOUR : MINUTE).format(t).toLowerCase(Locale.UK);
        }
        return DAY.format(t) + " at " + time;
    }

    /** To the second in the council's zone (British Summer Time when it applies): "3 December 2026, 17:04:09". */
    public String toTheSecond(Instant at) {
        return at == null ? "" : SECOND.format(at.atZone(zone));
    }
}
