package org.frontdoor.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

class WorkingDayCalendarTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final WorkingDayCalendar calendar = calendar(new ClassPathResource("calendar/bank-holidays.json"), "england-and-wales");

    @Test
    void oneWorkingDayFromFridayAfternoonIsMondayAfternoon() {
        assertThat(calendar.due(london("2026-11-27T16:00"), 1, "working-days")).isEqualTo(london("2026-11-30T16:00"));
    }

    @Test
    void oneWorkingDayFromChristmasEveSkipsChristmasTheWeekendAndTheSubstituteBoxingDay() {
        // 25 Dec 2026 is a Friday; Boxing Day falls on Saturday, so Monday 28 Dec is the substitute bank holiday
        assertThat(calendar.isWorkingDay(london("2026-12-25T12:00").atZone(LONDON).toLocalDate())).isFalse();
        assertThat(calendar.isWorkingDay(london("2026-12-28T12:00").atZone(LONDON).toLocalDate())).isFalse();

        assertThat(calendar.due(london("2026-12-24T16:00"), 1, "working-days")).isEqualTo(london("2026-12-29T16:00"));
    }

    @Test
    void aSaturdayContactCountsFromTheStartOfMondaySoOneWorkingDayIsTheEndOfMonday() {
        Instant saturday = london("2026-11-28T10:00");

        Instant due = calendar.due(saturday, 1, "working-days");

        assertThat(due).isEqualTo(london("2026-12-01T00:00"));
        // a contact received later is never due earlier than one received before it
        assertThat(due).isAfterOrEqualTo(calendar.due(london("2026-11-27T16:00"), 1, "working-days"));
    }

    @Test
    void aSundayContactIsNotDueBeforeMondayMorningHasBegun() {
        assertThat(calendar.due(london("2026-11-29T06:30"), 1, "working-days")).isEqualTo(london("2026-12-01T00:00"));
    }

    @Test
    void fortyFiveWorkingDaysAreNineWeeksWhenNoBankHolidayFalls() {
        assertThat(calendar.due(london("2026-09-07T09:30"), 45, "working-days")).isEqualTo(london("2026-11-09T09:30"));
    }

    @Test
    void fortyFiveWorkingDaysOverChristmasAndNewYearTakeThreeDaysLonger() {
        // 25 Dec, 28 Dec 2026 and 1 Jan 2027 are bank holidays
        assertThat(calendar.due(london("2026-11-02T09:30"), 45, "working-days")).isEqualTo(london("2027-01-07T09:30"));
    }

    @Test
    void sameDayMeansByTheEndOfThatLondonDay() {
        Instant due = calendar.due(london("2026-11-27T16:00"), 0, "same-day");

        assertThat(due).isAfterOrEqualTo(london("2026-11-27T23:59:59")).isBefore(london("2026-11-28T00:00"));
    }

    @Test
    void sameDayInSummerEndsAtLondonMidnightNotUtcMidnight() {
        Instant due = calendar.due(Instant.parse("2026-07-15T22:30:00Z"), 0, "same-day");   // 23:30 London

        assertThat(due).isAfterOrEqualTo(Instant.parse("2026-07-15T22:59:59Z")).isBefore(Instant.parse("2026-07-15T23:00:00Z"));
    }

    @Test
    void immediatelyIsTheMomentTheContactWasReceived() {
        Instant received = Instant.parse("2026-11-28T03:17:42.5Z");

        assertThat(calendar.due(received, 0, "immediately")).isEqualTo(received);
    }

    @Test
    void hoursAreElapsedHoursWhateverTheDay() {
        assertThat(calendar.due(london("2026-11-27T16:00"), 72, "hours")).isEqualTo(london("2026-11-30T16:00"));
        assertThat(calendar.due(london("2026-12-24T16:00"), 24, "hours")).isEqualTo(london("2026-12-25T16:00"));
    }

    @Test
    void daysAreCalendarDaysIncludingWeekendsAndBankHolidays() {
        assertThat(calendar.due(london("2026-12-18T11:00"), 14, "days")).isEqualTo(london("2027-01-01T11:00"));
    }

    @Test
    void startOfNextWorkingDayIsThatHourOnTheNextWorkingDay() {
        assertThat(calendar.due(london("2026-11-27T16:00"), 9, "start-of-next-working-day")).isEqualTo(london("2026-11-30T09:00"));
        assertThat(calendar.due(london("2026-11-25T20:00"), 9, "start-of-next-working-day")).isEqualTo(london("2026-11-26T09:00"));
        assertThat(calendar.due(london("2026-12-24T16:00"), 9, "start-of-next-working-day")).isEqualTo(london("2026-12-29T09:00"));
        // a contact in the small hours of a school day is told to the school before that day starts
        assertThat(calendar.due(london("2026-11-26T02:00"), 9, "start-of-next-working-day")).isEqualTo(london("2026-11-26T09:00"));
        assertThat(calendar.due(london("2026-11-28T02:00"), 9, "start-of-next-working-day")).isEqualTo(london("2026-11-30T09:00"));
    }

    @Test
    void endOfTheNextWorkingDayIsFivePmOnTheNextWorkingDay() {
        assertThat(calendar.due(london("2026-11-27T16:00"), 1, "end-of-working-day")).isEqualTo(london("2026-11-30T17:00"));
        assertThat(calendar.due(london("2026-11-28T10:00"), 1, "end-of-working-day")).isEqualTo(london("2026-11-30T17:00"));
    }

    @Test
    void inBritishSummerTimeLondonWorkingHoursAreAnHourAheadOfUtc() {
        // Thursday 16 July 2026 16:00 London is 15:00 UTC
        Instant received = Instant.parse("2026-07-16T15:00:00Z");
        assertThat(received).isEqualTo(london("2026-07-16T16:00"));

        assertThat(calendar.due(received, 1, "working-days")).isEqualTo(Instant.parse("2026-07-17T15:00:00Z"));
        assertThat(calendar.due(received, 1, "end-of-working-day")).isEqualTo(Instant.parse("2026-07-17T16:00:00Z"));
        assertThat(calendar.due(received, 9, "start-of-next-working-day")).isEqualTo(Instant.parse("2026-07-17T08:00:00Z"));
    }

    @Test
    void aWorkingDayAcrossTheEndOfSummerTimeKeepsTheLondonClockTime() {
        // clocks go back on Sunday 25 October 2026: Friday 16:00 BST to Monday 16:00 GMT is 73 hours
        assertThat(calendar.due(Instant.parse("2026-10-23T15:00:00Z"), 1, "working-days")).isEqualTo(Instant.parse("2026-10-26T16:00:00Z"));
    }

    @Test
    void aUnitTheServiceDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> calendar.due(london("2026-11-27T16:00"), 1, "fortnights"))
                .isInstanceOf(WorkingDayCalendar.UnknownTimescaleUnit.class)
                .hasMessageContaining("fortnights");
    }

    @Test
    void theBankHolidayListIsConfigurableData(@TempDir Path dir) throws IOException {
        // a council closed on Monday 30 November 2026 (St Andrew's Day, as in Scotland) and on nothing else
        Path file = dir.resolve("holidays.json");
        Files.writeString(file, """
                {"scotland": {"division": "scotland", "events": [
                  {"title": "St Andrew's Day", "date": "2026-11-30"}
                ]}}""");
        WorkingDayCalendar custom = calendar(new FileSystemResource(file), "scotland");

        assertThat(custom.due(london("2026-11-27T16:00"), 1, "working-days")).isEqualTo(london("2026-12-01T16:00"));
        // England's 25 December is an ordinary working day in this list
        assertThat(custom.due(london("2026-12-24T16:00"), 1, "working-days")).isEqualTo(london("2026-12-25T16:00"));
    }

    @Test
    void aBankHolidayListWithoutTheConfiguredDivisionIsRefused() {
        assertThatThrownBy(() -> calendar(new ClassPathResource("calendar/bank-holidays.json"), "narnia"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("narnia");
    }

    private static WorkingDayCalendar calendar(Resource bankHolidays, String division) {
        return new WorkingDayCalendar(new CalendarProperties(LONDON, bankHolidays, division, LocalTime.of(17, 0)), new ObjectMapper());
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }
}
