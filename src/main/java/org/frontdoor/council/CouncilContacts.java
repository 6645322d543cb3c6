package org.frontdoor.council;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How partners and families reach the council's children's services, configured once ({@code frontdoor.council.contacts.*},
 * environment variables {@code FRONTDOOR_COUNCIL_FRONT_DOOR_PHONE} and so on in application.yml) and shown wherever
 * someone has to act: check-a-concern results, the threshold guidance, feedback letters and change notices.
 * A blank value is unset: it is left out of the pages and named in the warning at start ({@link CouncilContactsCheck}).
 * The defaults ({@link #SAMPLE}) are invented: numbers in Ofcom's 01632 96xxxx drama range, addresses under example.org.
 *
 * @param frontDoorPhone      the front door (MASH / single point of contact) in working hours
 * @param frontDoorHours      when the front door answers, e.g. "Monday to Friday, 9am to 5pm"
 * @param outOfHoursPhone     the emergency duty team, evenings, weekends and bank holidays
 * @param email               the front door's email address (not for urgent concerns)
 * @param referralFormUrl     the online form for a referral or a request for early help
 * @param consultationPhone   the professional consultation (advice) line, to talk a concern through
 * @param escalationPolicyUrl the escalation (professional disagreement / resolution) policy
 */
@ConfigurationProperties("frontdoor.council.contacts")
public record CouncilContacts(String frontDoorPhone, String frontDoorHours, String outOfHoursPhone, String email,
                              String referralFormUrl, String consultationPhone, String escalationPolicyUrl) {

    /** The invented values application.yml gives when nothing is configured (Thamesbridge Borough Council is invented too). */
    public static final CouncilContacts SAMPLE = new CouncilContacts("01632 960123", "Monday to Friday, 9am to 5pm",
            "01632 960456", "childrens.frontdoor@thamesbridge.example.org", "https://thamesbridge.example.org/refer-a-child",
            "01632 960789", "https://thamesbridge.example.org/safeguarding/escalation-policy");

    public CouncilContacts {
        frontDoorPhone = clean(frontDoorPhone);
        frontDoorHours = clean(frontDoorHours);
        outOfHoursPhone = clean(outOfHoursPhone);
        email = clean(email);
        referralFormUrl = clean(referralFormUrl);
        consultationPhone = clean(consultationPhone);
        escalationPolicyUrl = clean(escalationPolicyUrl);
    }

    /** Each detail by the words the start-up warning uses, in order. */
    Map<String, String> byName() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("front door phone (FRONTDOOR_COUNCIL_FRONT_DOOR_PHONE)", frontDoorPhone);
        out.put("front door hours (FRONTDOOR_COUNCIL_FRONT_DOOR_HOURS)", frontDoorHours);
        out.put("out-of-hours phone (FRONTDOOR_COUNCIL_OUT_OF_HOURS_PHONE)", outOfHoursPhone);
        out.put("email (FRONTDOOR_COUNCIL_EMAIL)", email);
        out.put("online referral form (FRONTDOOR_COUNCIL_REFERRAL_FORM_URL)", referralFormUrl);
        out.put("consultation line (FRONTDOOR_COUNCIL_CONSULTATION_PHONE)", consultationPhone);
        out.put("escalation policy (FRONTDOOR_COUNCIL_ESCALATION_POLICY_URL)", escalationPolicyUrl);
        return out;
    }

    /** The details that are unset, and those still the invented sample values: what the start-up warning names. */
    public List<String> unsetOrSample() {
        List<String> out = new ArrayList<>();
        Map<String, String> sample = SAMPLE.byName();
        byName().forEach((name, value) -> {
            if (value.isEmpty()) {
                out.add(name + " is unset");
            } else if (Objects.equals(value, sample.get(name))) {
                out.add(name + " is the invented sample value");
            }
        });
        return out;
    }

    /**
     * A phone number as a {@code tel:} link: digits only, and a UK number starting 0 in international form
     * ({@code 01632 960123} is {@code tel:+441632960123}); short numbers such as 999 stay as they are.
     */
    public static String tel(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("0") && !digits.startsWith("00") && digits.length() >= 10) {
            digits = "+44" + digits.substring(1);
        }
        return "tel:" + digits;
    }

    public static String mailto(String address) {
        return "mailto:" + (address == null ? "" : address);
    }

    /** The links the pages use: {@code tel:} for each phone, {@code mailto:} for the email. */
    public String frontDoorTel() {
        return tel(frontDoorPhone);
    }

    public String outOfHoursTel() {
        return tel(outOfHoursPhone);
    }

    public String consultationTel() {
        return tel(consultationPhone);
    }

    public String emailHref() {
        return mailto(email);
    }

    public boolean has(String value) {
        return value != null && !value.isEmpty();
    }

    /** The contacts as plain-text lines, for a letter or a notice sent by email: only those that are set. */
    public List<String> asLines() {
        List<String> lines = new ArrayList<>();
        if (has(frontDoorPhone)) {
            lines.add("Front door: " + frontDoorPhone + (has(frontDoorHours) ? " (" + frontDoorHours + ")" : ""));
        }
        if (has(outOfHoursPhone)) {
            lines.add("Out of hours (emergency duty team): " + outOfHoursPhone);
        }
        if (has(consultationPhone)) {
            lines.add("Professional consultation line, to talk a concern through: " + consultationPhone);
        }
        if (has(email)) {
            lines.add("Email (not for urgent concerns): " + email);
        }
        if (has(referralFormUrl)) {
            lines.add("Online referral form: " + referralFormUrl);
        }
        if (has(escalationPolicyUrl)) {
            lines.add("If you disagree with a decision, the escalation (professional disagreement) policy: " + escalationPolicyUrl);
        }
        return lines;
    }

    /** One sentence for a change notice or letter: where to ask questions. */
    public String questionsSentence() {
        List<String> ways = new ArrayList<>();
        if (has(frontDoorPhone)) {
            ways.add("ring " + frontDoorPhone);
        }
        if (has(email)) {
            ways.add("email " + email);
        }
        String sentence = "For questions about these changes, contact the children's services front door"
                + (ways.isEmpty() ? "" : ": " + String.join(" or ", ways)) + ".";
        if (has(consultationPhone)) {
            sentence += " To talk a particular child through, use the professional consultation line on " + consultationPhone + ".";
        }
        return sentence;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
