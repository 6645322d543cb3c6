package org.frontdoor.scenarios;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.TestStepFinished;
import org.frontdoor.scenarios.ScenarioGate.ScenarioResult;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.ValueWrapper;

/** Collects one {@link ScenarioResult} per finished scenario of a gate run (nothing is logged). */
final class GateResults implements ConcurrentEventListener {
    static final int MAX_TEXT = 500;
    private static final Pattern FEATURE = Pattern.compile("(?m)^\\s*Feature:\\s*(.*?)\\s*$");
    private static final Pattern EXPECTED_BUT_WAS = Pattern.compile("(?s)expected:\\s*(.*?)\\s*but was:\\s*(.*?)\\s*$");

    private final Path featuresDirectory;
    private final Map<URI, String> featureNames = new ConcurrentHashMap<>();
    private final Map<UUID, String> failedSteps = new ConcurrentHashMap<>();
    private final List<ScenarioResult> results = new ArrayList<>();

    /** @param featuresDirectory the folder the feature files were read from, or null for the classpath copy */
    GateResults(Path featuresDirectory) {
        this.featuresDirectory = featuresDirectory == null ? null : featuresDirectory.toAbsolutePath().normalize();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestSourceRead.class, this::sourceRead);
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
    }

    synchronized List<ScenarioResult> results() {
        return List.copyOf(results);
    }

    private void sourceRead(TestSourceRead event) {
        Matcher m = FEATURE.matcher(event.getSource());
        featureNames.put(event.getUri(), m.find() ? m.group(1) : "");
    }

    private void stepFinished(TestStepFinished event) {
        Status status = event.getResult().getStatus();
        if (event.getTestStep() instanceof PickleStepTestStep step && status != Status.PASSED && status != Status.SKIPPED) {
            failedSteps.putIfAbsent(event.getTestCase().getId(), step.getStep().getKeyword() + step.getStep().getText());
        }
    }

    private void caseFinished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        Result result = event.getResult();
        String status = status(result.getStatus());
        String failedStep = "passed".equals(status) ? null : failedSteps.remove(testCase.getId());
        String expected = null;
        String actual = null;
        String message = null;
        Throwable error = result.getError();
        if (error != null) {
            message = trim(String.valueOf(error.getMessage()).strip());
            if (error instanceof AssertionFailedError failure && failure.isExpectedDefined() && failure.isActualDefined()) {
                expected = trim(text(failure.getExpected()));
                actual = trim(text(failure.getActual()));
            } else if (error instanceof AssertionError && error.getMessage() != null) {
                Matcher m = EXPECTED_BUT_WAS.matcher(error.getMessage());
                if (m.find()) {
                    expected = trim(m.group(1));
                    actual = trim(m.group(2));
                }
            }
        }
        ScenarioResult scenario = new ScenarioResult(featureNames.getOrDefault(testCase.getUri(), ""), testCase.getName(),
                location(testCase.getUri()) + ":" + testCase.getLocation().getLine(), status, failedStep, expected, actual, message,
                "passed".equals(status) ? List.of() : names(testCase));
        synchronized (this) {
            results.add(scenario);
        }
    }

    /** Rule ids and indicator codes as the tables write them: L2-CD-01, R-06a, LV-2, PP-13. */
    private static final Pattern NAME = Pattern.compile("\\b[A-Z]{1,3}[0-9]?-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\\b");

    /** What the scenario's steps (and their tables) name, in order, once each. */
    private static List<String> names(TestCase testCase) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (io.cucumber.plugin.event.TestStep step : testCase.getTestSteps()) {
            if (step instanceof PickleStepTestStep pickle) {
                StringBuilder text = new StringBuilder(pickle.getStep().getText());
                if (pickle.getStep().getArgument() instanceof io.cucumber.plugin.event.DataTableArgument table) {
                    table.cells().forEach(row -> text.append(' ').append(String.join(" ", row)));
                }
                Matcher m = NAME.matcher(text);
                while (m.find()) {
                    found.add(m.group());
                }
            }
        }
        return List.copyOf(found);
    }

    /** features/decision/levels.feature, wherever the file was read from. */
    private String location(URI uri) {
        if ("file".equals(uri.getScheme()) && featuresDirectory != null) {
            Path file = Path.of(uri).toAbsolutePath().normalize();
            if (file.startsWith(featuresDirectory)) {
                return "features/" + featuresDirectory.relativize(file).toString().replace('\\', '/');
            }
            return file.toString();
        }
        if ("classpath".equals(uri.getScheme())) {
            return uri.getSchemeSpecificPart().replaceFirst("^/", "");
        }
        return uri.toString();
    }

    private static String status(Status status) {
        return switch (status) {
            case PASSED -> "passed";
            case FAILED, AMBIGUOUS -> "failed";
            case UNDEFINED, PENDING -> "undefined";
            case SKIPPED, UNUSED -> "skipped";
        };
    }

    private static String text(ValueWrapper value) {
        return value.getValue() != null ? String.valueOf(value.getValue()) : value.getStringRepresentation();
    }

    static String trim(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
