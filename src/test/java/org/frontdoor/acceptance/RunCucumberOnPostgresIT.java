package org.frontdoor.acceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.OBJECT_FACTORY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Every scenario again, with the same glue and gates, against an instance of the service on PostgreSQL 17 (the
 * postgres profile, zonky's embedded server): the same behaviour on both databases. Run by failsafe in mvn verify.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.frontdoor.scenarios,org.frontdoor.acceptance")
@ConfigurationParameter(key = OBJECT_FACTORY_PROPERTY_NAME, value = "org.frontdoor.acceptance.OneInstanceOnPostgres")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary, html:target/cucumber-report-postgres.html, org.frontdoor.acceptance.OneInstanceOnPostgres")
public class RunCucumberOnPostgresIT {
}
