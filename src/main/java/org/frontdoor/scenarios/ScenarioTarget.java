package org.frontdoor.scenarios;

import org.springframework.context.ApplicationContext;

/**
 * The instance of the service the scenarios run against: its Spring context (for beans such as {@code JdbcClient},
 * {@code WorkingDayCalendar} or {@code FollowUps}) and the base URL its web server answers on.
 */
public record ScenarioTarget(ApplicationContext context, String baseUrl) {

    /** The password of the instance's demo users (demo or scenario-gate profile), which the scenarios sign in as. */
    public String demoPassword() {
        return context.getEnvironment().getProperty("frontdoor.security.demo-password", "front-door-demo");
    }
}
