package org.frontdoor.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.frontdoor.audit.AuditTrail;
import org.frontdoor.decision.NhsNumber;
import org.frontdoor.security.ActingUser;
import org.frontdoor.security.ActingUser.ActionForbidden;
import org.frontdoor.security.ActingUser.Role;
import org.frontdoor.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding referrals again, and who works on them: a paged list with filters (status, received between, allocated to,
 * level, pathway) and a search by reference, child's name, date of birth or NHS number; a manager allocates a referral
 * to a practitioner and can reallocate it. Levels and pathways filter by what was decided where there is a decision,
 * else by what was recommended. Every allocation is on the audit trail; a list never is (it shows no case facts beyond
 * the children's names and dates of birth, to roles that may read referrals).
 */
@Service
public class Casework {
    public static final int PAGE_SIZE = 25;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d M uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final UserAccounts users;
    private final java.time.Clock clock;

    Casework(JdbcClient jdbc, AuditTrail audit, TransactionTemplate tx, UserAccounts users, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
        this.users = users;
        this.clock = clock;
    }

    /**
     * What to find. Every part is optional.
     *
     * @param query       a reference (FD-2026-000123), a date of birth (27/3/2019), an NHS number, or part of a child's name
     * @param status      awaiting-decision, awaiting-authorisation, awaiting-ratification, ratified or sent-back
     * @param allocatedTo a username; {@link #UNALLOCATED} for referrals nobody has
     */
    public record Search(String query, String status, LocalDate receivedFrom, LocalDate receivedTo, String allocatedTo, Integer level,
                         String pathway, int page) {
    }

    public static final String UNALLOCATED = "nobody";

    /** One referral in a list. */
    public record Listed(@Schema(example = "FD-2026-000123") String reference, String id, Instant receivedAt, String status,
                         String allocatedTo, List<ListedChild> children) {
    }

    /** A child in a list: name and date of birth where recorded, else the reference; level and primary pathway as decided, else recommended. */
    public record ListedChild(String name, LocalDate dateOfBirth, String ref, int level, String primaryPathway, boolean decided) {
    }

    public record Page(List<Listed> referrals, int page, boolean hasNext, Search search) {
    }

    public Page find(Search search, java.time.ZoneId zone) {
        StringBuilder where = new StringBuilder(" WHERE r.purging = FALSE");
        List<Object> params = new ArrayList<>();
        if (search.status() != null && !search.status().isBlank()) {
            where.append(" AND COALESCE(d.status, 'awaiting-decision') = ?");
            params.add(search.status());
        }
        if (search.receivedFrom() != null) {
            where.append(" AND r.received_at >= ?");
            params.add(Timestamp.from(search.receivedFrom().atStartOfDay(zone).toInstant()));
        }
        if (search.receivedTo() != null) {
            where.append(" AND r.received_at < ?");
            params.add(Timestamp.from(search.receivedTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (UNALLOCATED.equals(search.allocatedTo())) {
            where.append(" AND a.allocated_to IS NULL");
        } else if (search.allocatedTo() != null && !search.allocatedTo().isBlank()) {
            where.append(" AND a.allocated_to = ?");
            params.add(search.allocatedTo());
        }
        String outcome = """
                 AND EXISTS (SELECT 1 FROM referral_child c LEFT JOIN referral_child_decision cd
                             ON cd.referral_id = c.referral_id AND cd.position = c.position
                             WHERE c.referral_id = r.id AND %s)""";
        if (search.level() != null) {
            where.append(outcome.formatted("COALESCE(cd.final_level, c.level) = ?"));
            params.add(search.level());
        }
        if (search.pathway() != null && !search.pathway().isBlank()) {
            where.append(outcome.formatted("COALESCE(cd.final_primary, c.primary_pathway) = ?"));
            params.add(search.pathway());
        }
        query(search.query(), where, params);
        int page = Math.max(1, search.page());
        List<Object> all = new ArrayList<>(params);
        List<Listed> rows = jdbc.sql("""
                        SELECT r.id, r.reference, r.received_at, COALESCE(d.status, 'awaiting-decision') AS status, a.allocated_to
                        FROM referral r LEFT JOIN referral_decision d ON d.referral_id = r.id
                        LEFT JOIN referral_allocation a ON a.referral_id = r.id""" + where
                        + " ORDER BY r.received_at DESC, r.id LIMIT " + (PAGE_SIZE + 1) + " OFFSET " + ((page - 1) * PAGE_SIZE))
                .params(all)
                .query((rs, n) -> new Listed(rs.getString("reference"), rs.getString("id"), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("status"), rs.getString("allocated_to"), List.of()))
                .list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        List<Listed> shown = hasNext ? rows.subList(0, PAGE_SIZE) : rows;
        Map<String, List<ListedChild>> children = children(shown.stream().map(Listed::id).toList());
        return new Page(shown.stream().map(l -> new Listed(l.reference(), l.id(), l.receivedAt(), l.status(), l.allocatedTo(),
                children.getOrDefault(l.id(), List.of()))).toList(), page, hasNext, search);
    }

    /** The search box: a reference, a date of birth, an NHS number, or part of a name (any word order is not tried). */
    private static void query(String query, StringBuilder where, List<Object> params) {
        if (query == null || query.isBlank()) {
            return;
        }
        String q = query.strip();
        if (ChildNames.isReference(q)) {
            where.append(" AND r.reference = ?");
            params.add(q.toUpperCase(Locale.ROOT));
            return;
        }
        Optional<LocalDate> date = parseDate(q);
        String child = " AND EXISTS (SELECT 1 FROM referral_child c WHERE c.referral_id = r.id AND %s)";
        if (date.isPresent()) {
            where.append(child.formatted("c.date_of_birth = ?"));
            params.add(date.get());
            return;
        }
        String digits = q.replaceAll("[\\s-]", "");
        if (digits.matches("\\d{10}") && NhsNumber.isValid(digits)) {
            where.append(child.formatted("c.child_identity = ?"));
            params.add("nhs:" + digits);
            return;
        }
        String key = ChildNames.key(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        where.append(child.formatted("c.name_key LIKE ? ESCAPE '\\'"));
        params.add("%" + key + "%");
    }

    public static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private Map<String, List<ListedChild>> children(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        Map<String, List<ListedChild>> out = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT c.referral_id, c.position, c.given_name, c.family_name, c.date_of_birth, c.child_ref,
                               COALESCE(cd.final_level, c.level) AS level, COALESCE(cd.final_primary, c.primary_pathway) AS primary_pathway,
                               cd.referral_id AS decided
                        FROM referral_child c LEFT JOIN referral_child_decision cd ON cd.referral_id = c.referral_id AND cd.position = c.position
                        WHERE c.referral_id IN (""" + in + ") ORDER BY c.referral_id, c.position")
                .params(new ArrayList<Object>(ids))
                .query((rs, n) -> {
                    String name = ((rs.getString("given_name") == null ? "" : rs.getString("given_name")) + " "
                            + (rs.getString("family_name") == null ? "" : rs.getString("family_name"))).strip();
                    java.sql.Date dob = rs.getDate("date_of_birth");
                    out.computeIfAbsent(rs.getString("referral_id"), k -> new ArrayList<>()).add(new ListedChild(name.isEmpty() ? null : name,
                            dob == null ? null : dob.toLocalDate(), rs.getString("child_ref"), rs.getInt("level"), rs.getString("primary_pathway"),
                            rs.getString("decided") != null));
                    return null;
                }).list();
        return out;
    }

    /** Who a referral is allocated to, if anyone. */
    public Optional<Allocation> allocation(String referralId) {
        return jdbc.sql("SELECT allocated_to, allocated_by, allocated_at FROM referral_allocation WHERE referral_id = ?").param(referralId)
                .query((rs, n) -> new Allocation(rs.getString("allocated_to"), rs.getString("allocated_by"), rs.getTimestamp("allocated_at").toInstant()))
                .optional();
    }

    public record Allocation(String allocatedTo, String allocatedBy, Instant allocatedAt) {
    }

    /** Practitioners a manager may allocate to. */
    public List<UserAccounts.Person> practitioners() {
        return users.withRole(Role.PRACTITIONER);
    }

    /**
     * A manager allocates (or reallocates) a referral to a practitioner; on the audit trail.
     *
     * @throws InvalidRequest naming {@code practitioner} when it is not a practitioner's username
     */
    public Allocation allocate(String referralId, String practitioner, ActingUser manager) {
        manager.require(Role.MANAGER, "allocate a referral");
        String version = jdbc.sql("SELECT rule_set_version FROM referral WHERE id = ?").param(referralId).query(String.class).optional()
                .orElseThrow(() -> new ReferralNotFound(referralId));
        if (practitioner == null || practitioners().stream().noneMatch(p -> p.username().equals(practitioner))) {
            throw new InvalidRequest(List.of(new InvalidDecision.Problem("practitioner", "must be the username of a practitioner")));
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        tx.executeWithoutResult(s -> {
            int changed = jdbc.sql("UPDATE referral_allocation SET allocated_to = ?, allocated_by = ?, allocated_at = ? WHERE referral_id = ?")
                    .params(practitioner, manager.name(), Timestamp.from(now), referralId).update();
            if (changed == 0) {
                jdbc.sql("INSERT INTO referral_allocation (referral_id, allocated_to, allocated_by, allocated_at) VALUES (?, ?, ?, ?)")
                        .params(referralId, practitioner, manager.name(), Timestamp.from(now)).update();
            }
            audit.record(referralId, AuditTrail.ALLOCATED, manager.name(), version);
        });
        return new Allocation(practitioner, manager.name(), now);
    }

    /**
     * An earlier referral about a child of this one with the same name and date of birth, not yet known to be the same
     * child (no shared NHS number, council id or earlier confirmation).
     */
    public record PossibleMatch(int position, String childName, String earlierReference, String earlierId, int earlierPosition,
                                Instant earlierReceivedAt) {
    }

    /** Earlier referrals that may be about the same children (same name and date of birth), newest first. */
    public List<PossibleMatch> possibleEarlierContacts(String referralId) {
        return jdbc.sql("""
                        SELECT c.position, c.given_name, c.family_name, e.referral_id AS earlier_id, e.position AS earlier_position,
                               r.reference, r.received_at
                        FROM referral_child c
                        JOIN referral_child e ON e.name_key = c.name_key AND e.date_of_birth = c.date_of_birth AND e.referral_id <> c.referral_id
                        JOIN referral r ON r.id = e.referral_id
                        JOIN referral me ON me.id = c.referral_id
                        WHERE c.referral_id = ? AND c.name_key IS NOT NULL AND c.date_of_birth IS NOT NULL AND r.received_at < me.received_at
                          AND (c.child_identity IS NULL OR e.child_identity IS NULL OR c.child_identity <> e.child_identity)
                        ORDER BY c.position, r.received_at DESC""")
                .param(referralId)
                .query((rs, n) -> new PossibleMatch(rs.getInt("position"),
                        (rs.getString("given_name") + " " + rs.getString("family_name")).strip(), rs.getString("reference"),
                        rs.getString("earlier_id"), rs.getInt("earlier_position"), rs.getTimestamp("received_at").toInstant()))
                .list();
    }

    /**
     * A practitioner confirms a possible earlier contact is about the same child: the two records share one identity
     * from then on (the earlier one's NHS number or council id, else this one's, else a new one), so the front door's
     * history counts it for the contacts that follow. Refused when they carry different NHS numbers or council ids.
     */
    public void confirmSameChild(String referralId, int position, String earlierId, int earlierPosition, ActingUser practitioner) {
        practitioner.require(Role.PRACTITIONER, "confirm an earlier contact is about the same child");
        PossibleMatch match = possibleEarlierContacts(referralId).stream()
                .filter(m -> m.position() == position && m.earlierId().equals(earlierId) && m.earlierPosition() == earlierPosition)
                .findFirst().orElseThrow(() -> new InvalidRequest(List.of(new InvalidDecision.Problem("earlier",
                        "is not a possible earlier contact for this child (same name and date of birth, not already linked)"))));
        String mine = identity(referralId, position);
        String theirs = identity(earlierId, earlierPosition);
        if (mine != null && theirs != null && !mine.equals(theirs)) {
            throw new InvalidRequest(List.of(new InvalidDecision.Problem("earlier",
                    "has a different NHS number or council id, so it is not the same child")));
        }
        String shared = theirs != null ? theirs : mine != null ? mine : "person:" + java.util.UUID.randomUUID();
        String version = jdbc.sql("SELECT rule_set_version FROM referral WHERE id = ?").param(referralId).query(String.class).single();
        tx.executeWithoutResult(s -> {
            jdbc.sql("UPDATE referral_child SET child_identity = ? WHERE (referral_id = ? AND position = ?) OR (referral_id = ? AND position = ?)")
                    .params(shared, referralId, position, earlierId, earlierPosition).update();
            audit.record(referralId, AuditTrail.SAME_CHILD_CONFIRMED, practitioner.name(), version);
        });
        log(match);
    }

    private static void log(PossibleMatch match) {
        org.slf4j.LoggerFactory.getLogger(Casework.class).info("An earlier contact was confirmed as about the same child (position {})", match.position());
    }

    private String identity(String referralId, int position) {
        return jdbc.sql("SELECT child_identity FROM referral_child WHERE referral_id = ? AND position = ?").params(referralId, position)
                .query((rs, n) -> rs.getString(1)).optional().orElse(null);
    }

    /** Refuses a role that may not read referrals (used by the list's API and page). */
    static void requireReader(ActingUser user) {
        if (!user.roles().contains(Role.PRACTITIONER) && !user.roles().contains(Role.MANAGER) && !user.roles().contains(Role.AUDITOR)) {
            throw new ActionForbidden("Only practitioners, managers and auditors may list referrals.");
        }
    }
}
