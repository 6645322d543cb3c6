package org.frontdoor.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.frontdoor.decision.Contact;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A contact's coded facts in the words the record page uses ({@code @caseworkWords} in templates). */
@Component("caseworkWords")
public class CaseworkWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final MessageSource messages;

    CaseworkWords(MessageSource messages) {
        this.messages = messages;
    }

    /** ", seen by the referrer" after a concern, or nothing when its source was not recorded. */
    public String source(Contact contact, String code) {
        if (contact.concernSources() == null) {
            return "";
        }
        return contact.concernSources().stream().filter(s -> code.equals(s.concern())).findFirst()
                .map(s -> " - " + word("source." + s.source()).toLowerCase(Locale.UK)).orElse("");
    }

    public String age(Contact.Child child) {
        if (child.dateOfBirth() != null) {
            return "Born " + DAY.format(child.dateOfBirth());
        }
        if (child.expectedDate() != null) {
            return "Unborn: expected " + DAY.format(child.expectedDate());
        }
        if (child.unbornWeeks() != null) {
            return "Unborn: " + child.unbornWeeks() + " weeks of pregnancy";
        }
        return child.ageYears() == null ? "Not recorded" : child.ageYears() + (child.ageYears() == 1 ? " year old" : " years old");
    }

    public String domesticAbuse(Contact.DomesticAbuse da) {
        List<String> parts = new ArrayList<>();
        if (da.riskLevel() != null) {
            parts.add(word("risk." + da.riskLevel()));
        }
        if (da.dashYesCount() != null) {
            parts.add(da.dashYesCount() + " DASH questions answered yes");
        }
        if (da.incidentsLast12Months() != null) {
            parts.add(da.incidentsLast12Months() + " incidents in the last 12 months");
        }
        if (da.childrenPresent() != null) {
            parts.add(da.childrenPresent() ? "children present" : "children not present");
        }
        if (Boolean.TRUE.equals(da.pregnancy())) {
            parts.add("someone in the household is pregnant");
        }
        return String.join("; ", parts);
    }

    public String history(Contact.History h) {
        List<String> parts = new ArrayList<>();
        if (h.contactsLast12Months() != null) {
            parts.add(h.contactsLast12Months() + " contacts in the last 12 months");
        }
        if (h.referralsLast12Months() != null) {
            parts.add(h.referralsLast12Months() + " referrals to social care in the last 12 months");
        }
        if (Boolean.TRUE.equals(h.previousCpPlan())) {
            parts.add("a child has been on a child protection plan");
        }
        if (Boolean.TRUE.equals(h.previousRemoval())) {
            parts.add("children have been removed before");
        }
        return parts.isEmpty() ? "Nothing given" : String.join("; ", parts);
    }

    /** "27 March 2019" */
    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, Locale.UK);
    }
}
