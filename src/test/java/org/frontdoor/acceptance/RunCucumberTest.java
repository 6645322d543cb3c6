package org.frontdoor.acceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.OBJECT_FACTORY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every scenario in the top-level features/ folder inside mvn verify, with the product glue
 * (org.frontdoor.scenarios, which the scenario gate also runs) against one instance of the service for the whole run,
 * plus the rule-coverage gate (org.frontdoor.acceptance).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.frontdoor.scenarios,org.frontdoor.acceptance")
@ConfigurationParameter(key = OBJECT_FACTORY_PROPERTY_NAME, value = "org.frontdoor.acceptance.OneInstanceForTheRun")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary, html:target/cucumber-report.html, org.frontdoor.acceptance.OneInstanceForTheRun")
public class RunCucumberTest {
}
