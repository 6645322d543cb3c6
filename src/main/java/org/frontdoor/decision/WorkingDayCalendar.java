package org.frontdoor.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Working days in the council's zone: weekends and bank holidays excluded. "Within 1 working day" of a Friday
 * 16:00 contact is Monday 16:00; a contact received on a non-working day counts from the next working day.
 */
@Component
public class WorkingDayCalendar {
    private final CalendarProperties properties;
    private final Set<LocalDate> bankHolidays;

    public WorkingDayCalendar(CalendarProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.bankHolidays = read(properties, json);
    }

    private static Set<LocalDate> read(CalendarProperties properties, ObjectMapper json) {
        try (InputStream in = properties.bankHolidays().getInputStream()) {
            JsonNode events = json.readTree(in).path(properties.division()).path("events");
            if (!events.isArray() || events.isEmpty()) {
                throw new IllegalStateException("No bank holidays for division " + properties.division());
            }
            Set<LocalDate> dates = new TreeSet<>();
            events.forEach(e -> dates.add(LocalDate.parse(e.path("date").asText())));
            return Set.copyOf(dates);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bank-holiday list", e);
        }
    }

    public java.time.ZoneId zone() {
        return properties.zone();
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
    }

    /** The due time for a timescale given by the tables as an amount and a unit. */
    public Instant due(Instant from, int amount, String unit) {
        ZonedDateTime start = from.atZone(properties.zone());
        return switch (unit) {
            case "immediately" -> from;
            case "same-day" -> start.toLocalDate().atTime(LocalTime.MAX).atZone(properties.zone()).toInstant();
            case "hours" -> from.plus(Duration.ofHours(amount));
            case "days" -> start.plusDays(amount).toInstant();
            case "working-days" -> addWorkingDays(countFrom(start), amount).toInstant();
            case "start-of-next-working-day" -> startOfNextWorkingDay(start, LocalTime.of(amount, 0)).toInstant();
            case "end-of-working-day" -> addWorkingDays(start, amount).toLocalDate().atTime(properties.endOfDay()).atZone(properties.zone()).toInstant();
            default -> throw new UnknownTimescaleUnit(unit);
        };
    }

    /**
     * A contact received on a non-working day counts from the start of the next working day, so it is never due
     * before one received earlier (Saturday 10:00 would otherwise be due Monday 10:00, before Friday 16:00's Monday 16:00).
     */
    private ZonedDateTime countFrom(ZonedDateTime received) {
        LocalDate date = received.toLocalDate();
        if (isWorkingDay(date)) {
            return received;
        }
        do {
            date = date.plusDays(1);
        } while (!isWorkingDay(date));
        return date.atStartOfDay(properties.zone());
    }

    /** The next working day's start (e.g. the school day): today's, if today is a working day not yet begun. */
    private ZonedDateTime startOfNextWorkingDay(ZonedDateTime start, LocalTime dayStarts) {
        LocalDate date = start.toLocalDate();
        if (!(isWorkingDay(date) && start.toLocalTime().isBefore(dayStarts))) {
            do {
                date = date.plusDays(1);
            } while (!isWorkingDay(date));
        }
        return date.atTime(dayStarts).atZone(properties.zone());
    }

    private ZonedDateTime addWorkingDays(ZonedDateTime start, int days) {
        LocalDate date = start.toLocalDate();
        for (int i = 0; i < days; i++) {
            do {
                date = date.plusDays(1);
            } while (!isWorkingDay(date));
        }
        return date.atTime(start.toLocalTime()).atZone(properties.zone());
    }

    /** The tables named a unit of time the service does not know. */
    public static class UnknownTimescaleUnit extends RuntimeException {
        public UnknownTimescaleUnit(String unit) {
            super("unknown timescale unit '" + unit + "'");
        }
    }
}
