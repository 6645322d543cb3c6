package org.frontdoor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

@RestController
@Tag(name = "Reports", description = "Outcomes, overrides, timeliness and re-referrals for a date range")
class ReportApiController {
    private static final String CSV = "text/csv";
    private final FrontDoorReports reports;
    private final ObjectMapper json;
    private final CsvMapper csv = new CsvMapper();

    ReportApiController(FrontDoorReports reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @Operation(summary = "The front door's report for a date range (inclusive), as JSON")
    @GetMapping(path = "/api/reports", produces = "application/json")
    FrontDoorReport report(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new BadRange();
        }
        return reports.report(from, to);
    }

    @Operation(summary = "The same report as CSV: one row per figure (section, item, value)")
    @GetMapping(path = "/api/reports", produces = CSV)
    String reportCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<Map<String, String>> rows = new ArrayList<>();
        flatten("", json.valueToTree(report(from, to)), rows);
        CsvSchema schema = CsvSchema.builder().addColumn("section").addColumn("item").addColumn("value").setUseHeader(true).build();
        try {
            return csv.writer(schema).writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cell a spreadsheet would not run: text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
     * carriage return (a rule id such as {@code =HYPERLINK(...)} from an uploaded rule set) gets a leading single
     * quote, so it is shown as text. Plain numbers (a negative one too) are left as they are.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Every leaf of the report as (section, item, value): "overrides.byRule[0]", "ruleId", "R-01". */
    private static void flatten(String path, JsonNode node, List<Map<String, String>> rows) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) {
                    rows.add(Map.of("section", cell(path.isEmpty() ? "report" : path), "item", cell(e.getKey()), "value", cell(e.getValue().asText())));
                } else {
                    flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), rows);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), rows);
            }
        }
    }

    static class BadRange extends RuntimeException {
    }

    @ExceptionHandler(BadRange.class)
    ProblemDetail badRange() {
        return problem("to", "must be on or after from");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badDate(MethodArgumentTypeMismatchException e) {
        return problem(e.getName(), "must be a date like 2026-11-27");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return problem(e.getParameterName(), "is required (a date like 2026-11-27)");
    }

    private static ProblemDetail problem(String field, String message) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The report period is not valid.");
        p.setType(URI.create("https://frontdoor.example.org/problems/invalid-report-period"));
        p.setTitle("Invalid report period");
        p.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return p;
    }
}
