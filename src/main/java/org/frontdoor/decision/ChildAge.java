package org.frontdoor.decision;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.frontdoor.decision.InvalidContact.FieldProblem;

/**
 * The age the tables read for a child, from what the front door recorded: a date of birth gives the age in years on
 * the day the contact came, an expected date of delivery gives the weeks of pregnancy that day (40 weeks at the
 * expected date). A child has either a birth (date of birth or age) or a pregnancy (expected date or weeks), not both
 * and not neither. The ranges the tables allow (0-17 years, 4-42 weeks) are checked by the rule set's input types.
 */
record ChildAge(Integer ageYears, Integer unbornWeeks) {
    private static final int FULL_TERM_WEEKS = 40;

    static ChildAge of(Contact.Child child, LocalDate onTheDay, String at, Set<FieldProblem> problems) {
        boolean born = child.dateOfBirth() != null || child.ageYears() != null;
        boolean unborn = child.expectedDate() != null || child.unbornWeeks() != null;
        if (born == unborn) {
            problems.add(new FieldProblem(at + ".ageYears", born
                    ? "give exactly one of: a date of birth or age in years, or for an unborn child an expected date or weeks of pregnancy - not both"
                    : "give exactly one of: a date of birth or age in years (0 to 17), or for an unborn child an expected date or weeks of pregnancy (4 to 42)"));
            return new ChildAge(child.ageYears(), child.unbornWeeks());
        }
        if (child.dateOfBirth() != null) {
            if (child.dateOfBirth().isAfter(onTheDay)) {
                problems.add(new FieldProblem(at + ".dateOfBirth", "must not be after the day the contact came; for an unborn child give the expected date"));
                return new ChildAge(null, null);
            }
            int years = Period.between(child.dateOfBirth(), onTheDay).getYears();
            if (child.ageYears() != null && child.ageYears() != years) {
                problems.add(new FieldProblem(at + ".ageYears", "is " + child.ageYears() + " but the date of birth makes the child " + years
                        + "; give one or make them agree"));
            }
            return new ChildAge(years, null);
        }
        if (child.expectedDate() != null) {
            long daysToGo = ChronoUnit.DAYS.between(onTheDay, child.expectedDate());
            if (daysToGo < 0) {
                problems.add(new FieldProblem(at + ".expectedDate", "is before the day the contact came; if the baby has been born, give the date of birth"));
                return new ChildAge(null, null);
            }
            int weeks = (int) (FULL_TERM_WEEKS - (daysToGo + 6) / 7);
            if (child.unbornWeeks() != null && child.unbornWeeks() != weeks) {
                problems.add(new FieldProblem(at + ".unbornWeeks", "is " + child.unbornWeeks() + " but the expected date makes it " + weeks
                        + " weeks; give one or make them agree"));
            }
            return new ChildAge(null, weeks);
        }
        return new ChildAge(child.ageYears(), child.unbornWeeks());
    }

    void put(Map<String, Object> child) {
        child.put("ageYears", ageYears);
        child.put("unbornWeeks", unbornWeeks);
    }
}
