package org.frontdoor.decision;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The working-day calendar used for due times.
 *
 * @param zone          the council's time zone
 * @param bankHolidays  bank holidays in GOV.UK's bank-holidays.json format (England and Wales by default)
 * @param division      which division of that file to use
 * @param endOfDay      when "end of the working day" falls
 */
@ConfigurationProperties("frontdoor.calendar")
public record CalendarProperties(@DefaultValue("Europe/London") ZoneId zone,
                                 @DefaultValue("classpath:calendar/bank-holidays.json") Resource bankHolidays,
                                 @DefaultValue("england-and-wales") String division,
                                 @DefaultValue("17:00") LocalTime endOfDay) {
}
