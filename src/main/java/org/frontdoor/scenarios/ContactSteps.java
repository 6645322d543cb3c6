package org.frontdoor.scenarios;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;

/** What the practitioner knows about a contact, in their words. */
public class ContactSteps {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final Pattern CODE = Pattern.compile("\\bL\\d+-[A-Z]{2}-\\d+\\b");
    private static final Map<String, String> REFERRERS = Map.ofEntries(
            Map.entry("the police", "police"), Map.entry("a school", "school"), Map.entry("a nursery", "early-years"),
            Map.entry("a health visitor", "health"), Map.entry("a GP", "gp"), Map.entry("a hospital", "hospital"),
            Map.entry("mental health services", "mental-health"), Map.entry("probation", "probation"),
            Map.entry("housing", "housing"), Map.entry("a voluntary organisation", "voluntary"),
            Map.entry("another council", "other-la"), Map.entry("a parent", "parent"), Map.entry("a relative", "family"),
            Map.entry("a member of the public", "public"), Map.entry("the young person", "self"));
    private static final Map<String, String> OPEN_CASES = Map.of("early help", "early-help", "child in need", "child-in-need",
            "child protection", "child-protection", "looked after", "looked-after");
    private static final Map<String, String> RELATIONSHIPS = Map.of("family friend", "family-friend", "grandparent", "grandparent",
            "aunt", "aunt-or-uncle", "uncle", "aunt-or-uncle", "step-parent", "step-parent", "older sibling", "sibling",
            "cousin", "other-relative", "neighbour", "other");

    private final FrontDoorContact contact;
    private final ScenarioHttp http;

    public ContactSteps(FrontDoorContact contact, ScenarioHttp http) {
        this.http = http;
        this.contact = contact;
    }

    @ParameterType("the police|a school|a nursery|a health visitor|a GP|a hospital|mental health services|probation|housing|a voluntary organisation|another council|a parent|a relative|a member of the public|the young person")
    public String referrer(String words) {
        return REFERRERS.get(words);
    }

    @Given("a contact from {referrer} about a/an {int}-year-old")
    public void aContactAboutAChild(String referrer, int age) {
        contact.object("referrer").put("type", referrer);
        contact.addChild().put("ageYears", age);
    }

    @Given("a contact from {referrer} about a baby of {int} months")
    public void aContactAboutABaby(String referrer, int months) {
        contact.object("referrer").put("type", referrer);
        contact.addChild().put("ageYears", months / 12);
    }

    @Given("a contact from {referrer} about an unborn baby at {int} weeks")
    public void aContactAboutAnUnbornBaby(String referrer, int weeks) {
        contact.object("referrer").put("type", referrer);
        contact.addChild().put("unbornWeeks", weeks);
    }

    @Given("a contact from {referrer} about children aged {ages}")
    public void aContactAboutSiblings(String referrer, List<Integer> ages) {
        contact.object("referrer").put("type", referrer);
        ages.forEach(age -> contact.addChild().put("ageYears", age));
    }

    @ParameterType("\\d+(?:(?:, | and )\\d+)*")
    public List<Integer> ages(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(", | and ")) {
            out.add(Integer.parseInt(part.trim()));
        }
        return out;
    }

    @Given("the contact was received on {string}")
    public void receivedOn(String when) {
        contact.body().put("receivedAt", LocalDateTime.parse(when, WHEN).atZone(LONDON).toInstant().toString());
    }

    @Given("the referrer asks to stay anonymous")
    public void anonymous() {
        contact.object("referrer").put("anonymous", true);
    }

    @Given("the child is not yet mobile")
    public void notMobile() {
        contact.eachChild().forEach(c -> c.put("nonMobile", true));
    }

    @Given("the child is mobile")
    public void mobile() {
        contact.eachChild().forEach(c -> c.put("nonMobile", false));
    }

    @Given("the child has a {word} disability")
    public void disability(String degree) {
        contact.eachChild().forEach(c -> c.put("disability", degree));
    }

    @Given("the child has no disability")
    public void noDisability() {
        contact.eachChild().forEach(c -> c.put("disability", "none"));
    }

    /** Indicator codes as they appear in the threshold guidance, e.g. "L2-CD-01 (occasional absence) and L2-FE-04". */
    @Given("^the (?:concern is|concerns are|referrer also reports) (.*\\bL\\d.*)$")
    public void concerns(String text) {
        Matcher m = CODE.matcher(text);
        boolean any = false;
        while (m.find()) {
            contact.array("concerns").add(m.group());
            any = true;
        }
        if (!any) {
            throw new IllegalArgumentException("No indicator code (like L2-CD-01) in: " + text);
        }
    }

    /**
     * For a scenario about something other than one indicator (working days, consent, storage, the queue): "a level 2
     * education concern" is the first indicator of the rule set under test, in table order, at that level and of that
     * category, short of significant harm. A draft that moves one indicator to another level so fails only the
     * scenarios that name that indicator by its code.
     */
    @Given("^the concern is an? level (\\d) ([a-z-]+) concern$")
    public void concernAtLevel(String level, String category) {
        contact.array("concerns").add(IndicatorPicker.pick(http, Integer.parseInt(level), category));
    }

    @Given("police graded the domestic abuse as {word} risk")
    public void riskLevel(String level) {
        contact.object("domesticAbuse").put("riskLevel", level);
    }

    @Given("{int} DASH questions were answered yes")
    public void dash(int count) {
        contact.object("domesticAbuse").put("dashYesCount", count);
    }

    @Given("there have been {int} domestic abuse incidents in the last 12 months")
    public void incidents(int count) {
        contact.object("domesticAbuse").put("incidentsLast12Months", count);
    }

    @Given("the children were present at the incident")
    public void childrenPresent() {
        contact.object("domesticAbuse").put("childrenPresent", true);
    }

    @Given("the children were not present at the incident")
    public void childrenNotPresent() {
        contact.object("domesticAbuse").put("childrenPresent", false);
    }

    @Given("the mother is pregnant")
    public void pregnant() {
        contact.object("domesticAbuse").put("pregnancy", true);
    }

    @Given("no one in the household is pregnant")
    public void notPregnant() {
        contact.object("domesticAbuse").put("pregnancy", false);
    }

    @Given("the family has given consent")
    public void consentGiven() {
        contact.object("consent").put("status", "given");
    }

    @Given("the family refused consent")
    public void consentRefused() {
        contact.object("consent").put("status", "refused").put("reason", "The family does not want help at the moment");
    }

    @Given("consent was not sought because asking would put the child at risk")
    public void consentNotSoughtRisk() {
        contact.object("consent").put("status", "not-sought-risk").put("reason", "Telling the carer could put the child at risk");
    }

    @Given("consent was not sought for another reason")
    public void consentNotSoughtOther() {
        contact.object("consent").put("status", "not-sought-other").put("reason", "The referrer could not reach the family");
    }

    @Given("the referrer says consent is not required")
    public void consentNotRequired() {
        contact.object("consent").put("status", "not-required");
    }

    @Given("the child's case is open to {openCase}")
    public void caseIsOpen(String openCase) {
        contact.body().put("openCase", openCase);
    }

    @ParameterType("early help|child in need|child protection|looked after")
    public String openCase(String words) {
        return OPEN_CASES.get(words);
    }

    @Given("the child's case is not open")
    public void noOpenCase() {
        contact.body().put("openCase", "none");
    }

    @Given("the front door has had {int} contacts about the child in the last 12 months")
    public void contacts(int count) {
        contact.object("history").put("contactsLast12Months", count);
    }

    @Given("the child was previously on a child protection plan")
    public void previousPlan() {
        contact.object("history").put("previousCpPlan", true);
    }

    @Given("the parents have had children removed from their care")
    public void previousRemoval() {
        contact.object("history").put("previousRemoval", true);
    }

    @Given("the family has no previous involvement")
    public void noHistory() {
        contact.object("history").put("contactsLast12Months", 0).put("previousCpPlan", false).put("previousRemoval", false);
        contact.body().put("openCase", "none");
    }

    @Given("^(?:the child is in immediate danger|the referrer says the child is in immediate danger)$")
    public void immediateDanger() {
        circumstance("immediate-danger");
    }

    @Given("the concern is about someone who works with children")
    public void allegation() {
        circumstance("allegation-against-person-working-with-children");
    }

    @Given("the young person has nowhere to live")
    public void homeless() {
        circumstance("homeless-16-17");
    }

    @Given("the child has been offending")
    public void offending() {
        circumstance("offending");
    }

    @Given("the parents refuse help")
    public void parentsRefuse() {
        circumstance("parent-refuses-help");
    }

    @Given("the contact came in out of hours")
    public void outOfHours() {
        circumstance("out-of-hours");
    }

    @Given("the child is staying with a {relationship} for {int} days")
    public void privateFostering(String relationship, int days) {
        circumstance("private-fostering");
        contact.object("privateFostering").put("carerRelationship", relationship).put("intendedDays", days);
    }

    @ParameterType("family friend|grandparent|aunt|uncle|step-parent|older sibling|cousin|neighbour")
    public String relationship(String words) {
        return RELATIONSHIPS.get(words);
    }

    @Given("the child is staying with someone outside the family")
    public void privateFosteringUnknown() {
        circumstance("private-fostering");
    }

    @Given("the child has been missing for {int} hours, {int} times in the last 12 months")
    public void missing(int hours, int episodes) {
        circumstance("missing-episode");
        contact.object("missingEpisode").put("hoursMissing", hours).put("episodesLast12Months", episodes);
    }

    @Given("the child has been reported missing")
    public void missingUnknown() {
        circumstance("missing-episode");
    }

    @Given("the Graded Care Profile 2 highest grade is {int}")
    public void gcp2(int grade) {
        contact.body().put("gcp2MaxGrade", grade);
    }

    private void circumstance(String code) {
        contact.array("circumstances").add(code);
    }

}
