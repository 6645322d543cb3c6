package org.frontdoor.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as the forms type them: GOV.UK day, month and year boxes, and a 24-hour time. */
final class FormDates {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private FormDates() {
    }

    /** The day, month, year and time boxes as an instant in the council's zone; null when all are blank. */
    static Instant receivedAt(Map<String, String> values, FormErrors errors, ZoneId zone) {
        return dateTime(values, errors, zone, "receivedAt", "Time received");
    }

    /**
     * Boxes {@code <field>.day}, {@code .month}, {@code .year} and {@code .time} (24-hour, midnight when blank) as an
     * instant in {@code zone}; null when all are blank. Problems go to {@code errors} under {@code field} (the date) or
     * {@code <field>-time}, the time worded with {@code timeLabel}.
     */
    static Instant dateTime(Map<String, String> values, FormErrors errors, ZoneId zone, String field, String timeLabel) {
        LocalDate day = date(errors, field, values, field);
        String time = values.getOrDefault(field + ".time", "").strip();
        if (day == null) {
            if (!time.isEmpty() && !errors.has(field)) {
                errors.addApi(field, "enter the date as well as the time");
            }
            return null;
        }
        LocalTime at = LocalTime.MIDNIGHT;
        if (!time.isEmpty()) {
            Matcher m = TIME.matcher(time);
            try {
                if (!m.matches()) {
                    throw new DateTimeException(time);
                }
                at = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                errors.add(field + "-time", timeLabel + ": enter a time on the 24-hour clock, like 14:30");
                return null;
            }
        }
        return day.atTime(at).atZone(zone).toInstant();
    }

    static LocalDate date(FormErrors errors, String field, Map<String, String> child) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        return date(errors, field, child, name);
    }

    /** Day, month and year boxes ({@code <prefix>.day} ...) as a date; null when all three are blank. */
    private static LocalDate date(FormErrors errors, String field, Map<String, String> from, String prefix) {
        String d = from.getOrDefault(prefix + ".day", "").strip();
        String m = from.getOrDefault(prefix + ".month", "").strip();
        String y = from.getOrDefault(prefix + ".year", "").strip();
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        try {
            if (y.length() != 4) {
                throw new NumberFormatException(y);
            }
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            errors.addApi(field, "must be a real date, with the day, month and year as numbers, like 27 3 2019");
            return null;
        }
    }
}
