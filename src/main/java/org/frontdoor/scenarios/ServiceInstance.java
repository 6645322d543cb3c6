package org.frontdoor.scenarios;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ch.qos.logback.classic.LoggerContext;
import org.frontdoor.FrontDoorApplication;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * A separate instance of the service in this JVM (its own Spring context, web server, datasource and rule set), for
 * running scenarios against. Properties are passed as command-line arguments, so they win over application.yml
 * and the environment.
 */
public final class ServiceInstance implements AutoCloseable {
    private static final String AUTOCONFIGURE_EXCLUDE = "spring.autoconfigure.exclude";
    /**
     * Logback has one LoggerContext per JVM, shared with the hosting service. Micrometer's LogbackMetrics adds a
     * LoggerContextListener to it that its close() never removes, and that listener holds the instance's meter
     * registry and every meter in it: each instance started and closed in a long-lived JVM would leave them behind.
     * The instance's registry is thrown away with it anyway, so it does without Logback metrics.
     */
    static final String LOGBACK_METRICS = "org.springframework.boot.actuate.autoconfigure.metrics.LogbackMetricsAutoConfiguration";
    /**
     * Spring Boot caches each DataSource's pool metadata in a static map (soft references keyed by the DataSource), and
     * Hikari's metrics tracker keeps the instance's meter registry: a closed instance's registry and meters would stay
     * on the heap until memory ran short. The instance's connection-pool metrics are never read, so it does without.
     */
    static final String DATA_SOURCE_POOL_METRICS = "org.springframework.boot.actuate.autoconfigure.metrics.jdbc.DataSourcePoolMetricsAutoConfiguration";

    private final ConfigurableApplicationContext context;
    private final ScenarioTarget target;

    private ServiceInstance(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String address = context.getEnvironment().getProperty("server.address", "localhost");
        this.target = new ScenarioTarget(context, "http://" + address + ":" + port);
    }

    /**
     * Starts an instance.
     *
     * @param properties    e.g. {@code server.port=0}, {@code spring.datasource.url=...}
     * @param leaveLogging  true when logging is already set up by a hosting service in this JVM: the instance then
     *                      neither reconfigures nor cleans up the logging system (levels, JUL bridge)
     * @param extraSources  further configuration or component classes
     */
    public static ServiceInstance start(Map<String, String> properties, boolean leaveLogging, Class<?>... extraSources) {
        Class<?>[] sources = Stream.concat(Stream.of(FrontDoorApplication.class), Stream.of(extraSources)).toArray(Class<?>[]::new);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(sources)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("scenarioInstanceExcludesTestComponents", new ExcludeTestComponents()));
        if (leaveLogging) {
            List<ApplicationListener<?>> listeners = new ArrayList<>(builder.application().getListeners());
            listeners.removeIf(LoggingApplicationListener.class::isInstance);
            builder.application().setListeners(listeners);
        }
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.merge(AUTOCONFIGURE_EXCLUDE, LOGBACK_METRICS + "," + DATA_SOURCE_POOL_METRICS, (given, ours) -> given.isBlank() ? ours : given + "," + ours);
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new ServiceInstance(builder.run(args));
    }

    /** True when a service already set up Logback in this JVM (Spring Boot marks the logger context it initialised). */
    public static boolean loggingIsSetUp() {
        return LoggerFactory.getILoggerFactory() instanceof LoggerContext context && context.getObject(LoggingSystem.class.getName()) != null;
    }

    public ScenarioTarget target() {
        return target;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /**
     * Closes the instance and lets it be garbage collected. Spring Boot keeps some per-{@link
     * org.springframework.core.env.Environment} caches in statics (e.g. {@code OnAvailableEndpointCondition}'s access
     * resolvers and exposure contributors, soft references keyed by the instance's environment). The environment
     * reaches the whole instance through its servlet-context property sources (Tomcat's ServletContext, the embedded
     * Tomcat context, its initializers and so the application context, its beans, datasource and DMN runtime), so
     * after closing, the environment is emptied: what those caches hold on to is then an empty shell.
     */
    @Override
    public void close() {
        try {
            context.close();
        } finally {
            detachEnvironment(context);
        }
    }

    static void detachEnvironment(ConfigurableApplicationContext closed) {
        MutablePropertySources sources = closed.getEnvironment().getPropertySources();
        sources.stream().map(PropertySource::getName).toList().forEach(sources::remove);
    }

    /**
     * Test-only components ({@code @TestComponent}, {@code @TestConfiguration}) on a test classpath stay out of the
     * instance's component scan, as they do in a {@code @SpringBootTest}; one passed as a source is still registered.
     */
    static final class ExcludeTestComponents extends TypeExcludeFilter {
        private static final String TEST_COMPONENT = "org.springframework.boot.test.context.TestComponent";
        private static final String TEST_CONFIGURATION = "org.springframework.boot.test.context.TestConfiguration";

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            var annotations = reader.getAnnotationMetadata();
            return annotations.hasAnnotation(TEST_COMPONENT) || annotations.hasMetaAnnotation(TEST_COMPONENT)
                    || annotations.hasAnnotation(TEST_CONFIGURATION) || annotations.hasMetaAnnotation(TEST_CONFIGURATION);
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
