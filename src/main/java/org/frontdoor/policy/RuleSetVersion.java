package org.frontdoor.policy;

import java.time.Instant;
import java.util.List;

/**
 * One version of the decision tables and where it stands in the policy cycle.
 *
 * @param status        draft, approved, published or retired
 * @param contributors  everyone who created or changed the draft: none of them may approve it
 * @param supersedes    the version that was in force when this one was published
 * @param gateHash      the content the last scenario gate ran on (the gate counts only if it equals {@code hash})
 */
public record RuleSetVersion(String version, int seq, String status, String basedOn, String hash, String author,
                             List<String> contributors, Instant createdAt, String changeNote,
                             String approvedBy, Instant approvedAt, String approvalNote,
                             Instant effectiveFrom, String publishedBy, Instant publishedAt, String supersedes,
                             Instant retiredAt, String gateHash, List<Model> models, List<IntendedChange> intendedChanges,
                             List<Event> events, int rowVersion) {

    public static final String DRAFT = "draft";
    public static final String APPROVED = "approved";
    public static final String PUBLISHED = "published";
    public static final String RETIRED = "retired";

    /** One DMN file of the version: its name, size and SHA-256. */
    public record Model(String fileName, int bytes, String hash) {
    }

    /** A scenario the author means the draft to change, and why. */
    public record IntendedChange(String scenario, String reason, String markedBy, Instant markedAt) {
    }

    /** A step in the version's life: created, model-replaced, gate-run, approved, published, retired, rolled-back-to. */
    public record Event(String action, String actor, Instant at, String note) {
    }

    /** Only a draft can be changed: an approved version is what its approver checked, and stays so. */
    public boolean editable() {
        return DRAFT.equals(status);
    }

    /** Whether this version is or was in force, so a roll-back may return to it. */
    public boolean everPublished() {
        return publishedAt != null;
    }
}
