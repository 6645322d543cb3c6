package org.frontdoor.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.frontdoor.rules.RuleRow;
import org.frontdoor.rules.RuleSet;

/**
 * A record of the tool in the spirit of the UK Algorithmic Transparency Recording Standard (ATRS): the tier 1
 * overview and the key tier 2 sections (owner and responsibility, description and rationale, decision-making
 * process, data, risks and mitigations), plus the published rule set's identity. Section names follow ATRS v3.0;
 * bracketed text is a placeholder for the council to fill in.
 *
 * @param standard               which standard this follows, and how far
 * @param tier1Overview          ATRS tier 1: for the general public
 * @param ownerAndResponsibility ATRS tier 2 section 1
 * @param descriptionAndRationale ATRS tier 2 section 2
 * @param decisionMakingProcess  ATRS tier 2 section 3
 * @param data                   ATRS tier 2 section 4
 * @param risks                  ATRS tier 2 section 5 (risks, mitigations and impact assessments)
 * @param ruleSet                the exact version of the decision tables this record describes
 */
public record TransparencyRecord(String standard, Overview tier1Overview, OwnerAndResponsibility ownerAndResponsibility,
                                 DescriptionAndRationale descriptionAndRationale,
                                 DecisionMakingProcess decisionMakingProcess, Data data, List<Risk> risks,
                                 RuleSetIdentity ruleSet) {

    public static final String STANDARD = "Algorithmic Transparency Recording Standard (ATRS) v3.0:"
            + " tier 1 and key tier 2 fields";
    public static final String NAME = "Front Door Thresholds: levels of need decision support";
    public static final String ORGANISATION_PLACEHOLDER = "[Council name], Children's Services";
    public static final String CONTACT_PLACEHOLDER = "[front door team email address]";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    /** Tier 1 – Overview. */
    public record Overview(String name, String description, String website, String contactEmail) {
    }

    /** Tier 2 – Owner and Responsibility. */
    public record OwnerAndResponsibility(String organisation, String team, String seniorResponsibleOwner,
                                         String approvedBy, String externalSupplier) {
    }

    /** Tier 2 – Description and Rationale. */
    public record DescriptionAndRationale(String detailedDescription, String scope, String howItWorks,
                                          String algorithmType, String benefits) {
    }

    /** Tier 2 – Decision-Making Process. */
    public record DecisionMakingProcess(String processIntegration, String providedInformation,
                                        String decisionSubject, String humanDecisionsAndReview,
                                        String appealsAndReview) {
    }

    /** Tier 2 – Data. */
    public record Data(List<String> dataUsed, String dataNotUsed, String trainingData, String dataSources) {
    }

    /** Tier 2 – Risks, Mitigations and Impact Assessments: one risk and how it is handled. */
    public record Risk(String risk, String mitigation) {
    }

    /** The published rule set: what exactly this record describes. */
    public record RuleSetIdentity(String version, String hash, Instant publishedAt, String publishedAtText,
                                  int tables, int rules, int indicators, int mandatoryEscalations) {
    }

    public static TransparencyRecord of(RuleSet published, Instant publishedAt, String approvedBy) {
        return of(published, publishedAt, approvedBy, ORGANISATION_PLACEHOLDER, CONTACT_PLACEHOLDER);
    }

    /**
     * @param approvedBy   who approved publishing this version (null or blank: not recorded)
     * @param organisation the council and service (null: a placeholder)
     * @param contact      public contact address (null: a placeholder)
     */
    public static TransparencyRecord of(RuleSet published, Instant publishedAt, String approvedBy,
                                        String organisation, String contact) {
        List<RuleRow> rows = published.rows();
        Set<String> tables = new LinkedHashSet<>();
        rows.forEach(r -> tables.add(r.model() + "/" + r.table()));
        int mandatory = (int) rows.stream()
                .filter(r -> "yes".equalsIgnoreCase(r.annotations().getOrDefault(RuleRow.MANDATORY, "").trim()))
                .count();
        String org = blank(organisation) ? ORGANISATION_PLACEHOLDER : organisation.trim();
        String mail = blank(contact) ? CONTACT_PLACEHOLDER : contact.trim();
        String when = WHEN.format(publishedAt.atZone(ZoneId.of("Europe/London"))) + " (UK time)";

        Overview overview = new Overview(NAME,
                "When a professional or member of the public contacts the council's children's services front door"
                + " with a concern about a child, this tool recommends a level of need (1 Universal, 2 Additional,"
                + " 3 Intensive, 4 Specialist), how urgent the response should be and which services could help,"
                + " and explains why by pointing to the council's threshold guidance. It only recommends: a"
                + " qualified practitioner decides every contact, and a manager must ratify any decision that does"
                + " not follow a mandatory escalation. It does not decide anything on its own, does not score or"
                + " predict the behaviour of families, and does not use machine learning.",
                "The council's threshold guidance, generated from the decision tables in force, on this service's public"
                + " guidance page (/guidance)", mail);
        OwnerAndResponsibility owner = new OwnerAndResponsibility(org,
                "Front door (single point of contact / multi-agency safeguarding hub)",
                "The Director of Children's Services",
                blank(approvedBy) ? "Not recorded" : approvedBy.trim(),
                "None: the tool and its decision tables are written and maintained by the council.");
        DescriptionAndRationale description = new DescriptionAndRationale(
                "The tool applies the council's published levels of need guidance consistently to the facts of"
                + " each contact. Concerns are chosen from an indicator catalogue, each indicator having a level"
                + " taken from the guidance; decision tables then consider the child's age, circumstances, history"
                + " and specific risks (for example domestic abuse, injuries to non-mobile babies, missing"
                + " episodes) to recommend a level, urgency and routes such as early help, a social care"
                + " assessment or a strategy discussion. Every recommendation lists the rules that led to it, each"
                + " with its reason and guidance reference.",
                "Contacts about children to the council's front door in England. It does not assess adults, does"
                + " not replace a statutory assessment, and does not make referrals to other agencies itself.",
                "Decision tables (DMN) written by the council's policy leads from its threshold guidance and"
                + " published as numbered versions. The same facts always give the same recommendation under the"
                + " same version. The current version has " + tables.size() + " tables holding " + rows.size()
                + " rules, including an indicator catalogue of " + published.indicators().size() + " indicators.",
                "Rule-based (deterministic decision tables). No machine learning, no statistical model, no"
                + " generative AI.",
                "Consistent thresholds across practitioners and shifts; recommendations that can be explained line"
                + " by line; changes to the guidance that are versioned, reviewed and announced to partners.");
        DecisionMakingProcess process = new DecisionMakingProcess(
                "A front door practitioner records the contact's facts; the tool gives its recommendation and"
                + " rationale alongside them within the same screen. The practitioner makes and records the"
                + " decision, which may differ from the recommendation with a recorded reason.",
                "A recommended level of need, urgency and pathways, with the rules applied (reason and guidance"
                + " reference for each) and any mandatory escalations.",
                "Children (including unborn children) who are the subject of a contact to the front door, and"
                + " their families.",
                "Human oversight: a qualified practitioner decides every contact. Where a rule marks a mandatory"
                + " escalation, a decision not to follow it needs a manager's ratification, with reasons recorded."
                + " Each new version of the rules is approved before publication and announced to partner agencies;"
                + " the version used is recorded with every decision.",
                "Anyone affected can ask the front door for the rationale of a decision: the rules applied under"
                + " the recorded version and the practitioner's reasons. Decisions can be challenged through the"
                + " council's children's services complaints procedure, and professionals can use the local"
                + " safeguarding partnership's escalation (resolving professional disagreements) procedure.");
        Data data = new Data(List.of(
                        "The concerns raised in the contact, chosen from the indicator catalogue",
                        "The child's age (or weeks of pregnancy for an unborn child) and relevant circumstances",
                        "History: previous contacts and referrals in the last 12 months, open cases, previous child"
                        + " protection plans or removal of children",
                        "Specific risk information provided by the referrer, for example a domestic abuse risk level",
                        "Consent status and whether the referrer asks to stay anonymous"),
                "Ethnicity, religion, nationality and other protected characteristics are not inputs to the rules.",
                "None. No personal data is used to train anything: the rules are written by people from the"
                + " published guidance.",
                "Facts recorded by the front door practitioner from the contact and the council's own case records.");
        List<Risk> risks = List.of(
                new Risk("Over-intervention: recommending a higher level or a more intrusive response than a family"
                        + " needs.",
                        "Levels follow the published guidance and are a guide to professional judgement, not a score;"
                        + " the practitioner decides and can step down with reasons; outcomes are monitored by"
                        + " level."),
                new Risk("Inconsistency: different practitioners or versions treating similar contacts differently.",
                        "Every recommendation and decision records the rule-set version; changes are compared rule"
                        + " by rule before publication, tested, and announced to partners with the date they take"
                        + " effect."),
                new Risk("Bias: rules or the facts recorded disadvantaging some groups of children or families.",
                        "Protected characteristics are not inputs; rules cite the guidance they come from; overrides"
                        + " and outcomes are reviewed for patterns; partners and families can challenge decisions."),
                new Risk("Automation bias: practitioners relying on the recommendation instead of their judgement.",
                        "The tool shows its reasons rather than a bare answer; practitioners must record their own"
                        + " decision; managers ratify departures from mandatory escalations."));
        RuleSetIdentity identity = new RuleSetIdentity(published.version(), published.hash(), publishedAt, when,
                tables.size(), rows.size(), published.indicators().size(), mandatory);
        return new TransparencyRecord(STANDARD, overview, owner, description, process, data, risks, identity);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
