package org.frontdoor.scenarios;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.cucumber.core.backend.ObjectFactory;
import org.springframework.context.ApplicationContext;

/**
 * Creates the step-definition (glue) classes of {@code org.frontdoor.scenarios} for Cucumber, one set per scenario,
 * through their constructors. A constructor parameter receives
 * <ul>
 *   <li>{@link FrontDoorContact}: the scenario's single contact, fresh for each scenario and shared by all its step classes;</li>
 *   <li>{@link ScenarioHttp}: the HTTP client bound to the target instance's base URL;</li>
 *   <li>{@link ApplicationContext}: the target instance's context;</li>
 *   <li>any other type: the bean of that type from the target instance's context (JdbcClient, WorkingDayCalendar, FollowUps...).</li>
 * </ul>
 * The target instance is the one given to the constructor or, for the no-argument constructor Cucumber uses when the
 * factory is chosen by name ({@code cucumber.object-factory}), the one in the static holder set by
 * {@link #useTarget(ScenarioTarget)}. There is one holder per JVM, so only one run of scenarios at a time may use it:
 * {@link ScenarioGate} sets it for the duration of a gate run and allows one gate run at a time.
 */
public class ScenarioObjectFactory implements ObjectFactory {
    private static volatile ScenarioTarget current;

    private final ScenarioTarget bound;
    private final Map<Class<?>, Object> glue = new HashMap<>();
    private ScenarioTarget scenarioTarget;
    private ScenarioHttp http;
    private FrontDoorContact contact;

    /** For Cucumber's SPI: the target comes from the static holder (or from {@link #target()} in a subclass). */
    public ScenarioObjectFactory() {
        this(null);
    }

    public ScenarioObjectFactory(ScenarioTarget target) {
        this.bound = target;
    }

    /** Sets the instance that factories created by Cucumber run scenarios against; one run at a time. */
    public static void useTarget(ScenarioTarget target) {
        current = target;
    }

    /** Clears the holder, at the end of a run. */
    public static void clearTarget() {
        current = null;
    }

    /** The instance the scenarios run against; subclasses may supply their own. */
    protected ScenarioTarget target() {
        ScenarioTarget target = bound != null ? bound : current;
        if (target == null) {
            throw new IllegalStateException("No instance of the service to run the scenarios against: call ScenarioObjectFactory.useTarget first");
        }
        return target;
    }

    @Override
    public void start() {
        ScenarioTarget target = target();
        if (target != scenarioTarget) {
            scenarioTarget = target;
            http = new ScenarioHttp(target.baseUrl(), target.demoPassword());
        }
        contact = new FrontDoorContact();
        glue.clear();
    }

    @Override
    public void stop() {
        glue.clear();
        contact = null;
    }

    @Override
    public boolean addClass(Class<?> glueClass) {
        return true;
    }

    @Override
    public <T> T getInstance(Class<T> glueClass) {
        Object instance = glue.get(glueClass);
        if (instance == null) {
            instance = create(glueClass);
            glue.put(glueClass, instance);
        }
        return glueClass.cast(instance);
    }

    private Object create(Class<?> type) {
        if (contact == null) {
            throw new IllegalStateException("A glue instance was asked for outside a scenario: " + type.getName());
        }
        Constructor<?> constructor = Stream.of(type.getDeclaredConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow(() -> new IllegalStateException("No constructor on " + type.getName()));
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = argument(parameters[i]);
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    private Object argument(Class<?> type) {
        if (type == FrontDoorContact.class) {
            return contact;
        }
        if (type == ScenarioHttp.class) {
            return http;
        }
        if (type.isInstance(scenarioTarget.context())) {
            return scenarioTarget.context();
        }
        return scenarioTarget.context().getBean(type);
    }
}
