package org.frontdoor.acceptance;

import java.util.Map;

import io.cucumber.plugin.EventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import org.frontdoor.coverage.RuleHitsSeen;
import org.frontdoor.scenarios.ScenarioObjectFactory;
import org.frontdoor.scenarios.ScenarioTarget;
import org.frontdoor.scenarios.ServiceInstance;

/**
 * The object factory of {@code mvn verify}'s scenario run: the glue runs against one instance of the service, started
 * lazily for the first scenario (with {@link RuleHitsSeen} for the rule-coverage gate) and shared by the whole run.
 * Registered as a Cucumber plugin too, it closes that instance when the run finishes.
 */
public class OneInstanceForTheRun extends ScenarioObjectFactory implements EventListener {
    static final String DATABASE = "jdbc:h2:mem:cucumber;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static ServiceInstance instance;
    /** Where the run's instance keeps its data: the in-memory H2 unless a subclass (the PostgreSQL run) says otherwise. */
    private static volatile Map<String, String> database = Map.of("spring.datasource.url", DATABASE);

    /** For a run against another database: call before the first scenario (from the subclass's constructor). */
    protected static synchronized void useDatabase(Map<String, String> properties) {
        if (instance == null) {
            database = Map.copyOf(properties);
        }
    }

    @Override
    protected ScenarioTarget target() {
        return shared().target();
    }

    /** Starts the run's instance now (starting it sets up logging afresh, so a log capture must come after). */
    static ScenarioTarget startNow() {
        return shared().target();
    }

    /** The run's instance, if it has started (the log-privacy check reads what the scenarios stored). */
    static synchronized java.util.Optional<ScenarioTarget> started() {
        return java.util.Optional.ofNullable(instance).map(ServiceInstance::target);
    }

    private static synchronized ServiceInstance shared() {
        if (instance == null) {
            // other test contexts of this JVM may have set up logging already: then this instance leaves it alone
            Map<String, String> properties = new java.util.LinkedHashMap<>(database);
            properties.put("server.port", "0");
            // the scenarios record contacts received years ago (history, late decisions)
            properties.put("frontdoor.referral.received-at-window", "P36500D");
            instance = ServiceInstance.start(properties, ServiceInstance.loggingIsSetUp(), RuleHitsSeen.class);
        }
        return instance;
    }

    private static synchronized void closeShared() {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunFinished.class, event -> closeShared());
    }
}
