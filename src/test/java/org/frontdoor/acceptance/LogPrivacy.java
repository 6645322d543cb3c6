package org.frontdoor.acceptance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import org.frontdoor.scenarios.ScenarioTarget;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No personal data in logs: every log event of the whole scenario run (the service, its scenario-gate instances and
 * the engine, with the service's own loggers at DEBUG) is captured, and after the last scenario it is searched for
 * every child identifier (NHS number, local id), child reference and piece of free text (consent reasons, decision
 * reasons, who a family was handed to) that the scenarios stored. Any found fails the build, naming the logger.
 */
public class LogPrivacy {
    /** Fields of a stored contact that identify a child or are free text. */
    static final Set<String> PERSONAL_FIELDS = Set.of("ref", "nhsNumber", "localId", "reason", "givenName", "familyName", "address",
            "household", "school", "views", "account", "name", "role", "organisation", "phone", "email", "note", "sentBackReason");
    /** Shorter values ("a", "P2") would match ordinary words; nothing personal the scenarios send is this short. */
    static final int SHORTEST = 5;

    private static final ConcurrentLinkedQueue<String> captured = new ConcurrentLinkedQueue<>();
    private static Capture capture;
    private static Level ownLevel;

    static final class Capture extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder text = new StringBuilder(event.getLoggerName()).append(": ").append(event.getFormattedMessage());
            event.getMDCPropertyMap().forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
            if (event.getThrowableProxy() != null) {
                text.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            captured.add(text.toString());
        }
    }

    @BeforeAll
    public static void captureEveryLogEvent() {
        OneInstanceForTheRun.startNow();   // its start resets Logback; capture from then on
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        capture = new Capture();
        capture.setContext(context);
        capture.setName("log-privacy");
        capture.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(capture);
        Logger own = context.getLogger("org.frontdoor");
        ownLevel = own.getLevel();
        own.setLevel(Level.DEBUG);
    }

    @AfterAll
    public static void noPersonalDataWasLogged() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(capture);
        context.getLogger("org.frontdoor").setLevel(ownLevel);
        ScenarioTarget target = OneInstanceForTheRun.started().orElse(null);
        if (target == null) {
            return;   // no scenario recorded anything
        }
        Set<String> personal = storedPersonalData(target.context().getBean(JdbcClient.class));
        boolean partial = System.getProperty("cucumber.filter.tags") != null || System.getProperty("cucumber.filter.name") != null
                || System.getProperty("cucumber.features") != null;
        if (!partial && (personal.size() < 10 || captured.size() < 100)) {
            throw new AssertionError("The log-privacy check saw too little to judge: " + personal.size() + " personal values, "
                    + captured.size() + " log events");
        }
        List<String> leaks = leaks(captured, personal);
        System.out.println("Log privacy: " + captured.size() + " log events of the scenario run searched for " + personal.size()
                + " stored identifiers, child references and free texts: " + leaks.size() + " found");
        if (!leaks.isEmpty()) {
            throw new AssertionError("Personal data in the logs (" + leaks.size() + " events):\n  " + String.join("\n  ", leaks.stream().limit(20).toList()));
        }
    }

    /** Every identifier, child reference and free text the scenarios stored. */
    static Set<String> storedPersonalData(JdbcClient jdbc) {
        Set<String> values = new LinkedHashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String contact : jdbc.sql("SELECT contact_json FROM referral").query(String.class).list()) {
            try {
                collect(json.readTree(contact), null, values);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        jdbc.sql("SELECT child_identity FROM referral_child WHERE child_identity IS NOT NULL").query(String.class).list()
                .forEach(id -> values.add(id.substring(id.indexOf(':') + 1)));
        values.addAll(jdbc.sql("SELECT reason FROM referral_child_decision WHERE reason IS NOT NULL").query(String.class).list());
        values.addAll(jdbc.sql("SELECT handed_to FROM referral_follow_up").query(String.class).list());
        values.removeIf(v -> v.strip().length() < SHORTEST);
        return values;
    }

    private static void collect(JsonNode node, String field, Set<String> into) {
        if (node.isTextual() && field != null && PERSONAL_FIELDS.contains(field)) {
            into.add(node.asText());
        }
        node.fields().forEachRemaining(e -> collect(e.getValue(), e.getKey(), into));
        if (node.isArray()) {
            node.forEach(n -> collect(n, field, into));
        }
    }

    /** The log events that contain any of the values, each with the value found. */
    static List<String> leaks(Collection<String> events, Set<String> personal) {
        List<String> found = new ArrayList<>();
        for (String event : events) {
            for (String value : personal) {
                if (event.contains(value)) {
                    found.add("\"" + value + "\" in " + event.lines().findFirst().orElse(""));
                    break;
                }
            }
        }
        return found;
    }
}
