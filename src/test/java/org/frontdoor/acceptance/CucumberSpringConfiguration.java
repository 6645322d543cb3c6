package org.frontdoor.acceptance;

import io.cucumber.spring.CucumberContextConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.frontdoor.coverage.RuleHitsSeen;
import org.springframework.context.annotation.Import;

@CucumberContextConfiguration
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:cucumber;DB_CLOSE_DELAY=-1;MODE=PostgreSQL")
@Import(RuleHitsSeen.class)
public class CucumberSpringConfiguration {
}
