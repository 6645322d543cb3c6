package org.frontdoor.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The guidance documents the tables' rows cite, by the key a row's "Guidance" annotation names in brackets
 * ({@code [STRAT-TEES]}): title and link, read from a CSV file ({@code key,title,url}). The service ships the public
 * documents the brief drew on ({@code classpath:guidance/references.csv}); a council points
 * {@code frontdoor.council.references} at its own list. Partners and families see the documents' titles, linked;
 * the keys and section numbers stay on the pages for policy leads.
 */
@Component
public class GuidanceReferences {
    private static final Pattern KEY = Pattern.compile("\\[([A-Z][A-Z0-9-]*)\\]");

    /** One document a row cites. */
    public record Reference(String key, String title, String url) {
    }

    private final Map<String, Reference> byKey = new LinkedHashMap<>();

    GuidanceReferences(@Value("${frontdoor.council.references:classpath:guidance/references.csv}") Resource file) throws IOException {
        CsvMapper csv = new CsvMapper();
        try (InputStream in = file.getInputStream();
             MappingIterator<Reference> rows = csv.readerFor(Reference.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (rows.hasNext()) {
                Reference r = rows.next();
                if (r.key() != null && !r.key().isBlank()) {
                    byKey.putIfAbsent(r.key().strip(), r);
                }
            }
        }
    }

    /** The documents a "Guidance" annotation cites, in order, once each; keys the list does not have are left out. */
    public List<Reference> cited(String guidance) {
        List<Reference> out = new ArrayList<>();
        if (guidance == null) {
            return out;
        }
        Matcher m = KEY.matcher(guidance);
        while (m.find()) {
            Reference r = byKey.get(m.group(1));
            if (r != null && !out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Every key the list knows. */
    public java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(byKey.keySet());
    }
}
