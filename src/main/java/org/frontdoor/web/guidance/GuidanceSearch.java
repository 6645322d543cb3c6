package org.frontdoor.web.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Searches the threshold guidance as a school, a GP or a police officer would type: any case, with or without hyphens,
 * any form of a word, and the words they use rather than the guidance's ({@code guidance/synonyms.txt}: "cuts" finds
 * self-harm, "gangs" criminal exploitation). When nothing matches it offers a spelling the guidance knows ("Did you
 * mean") and the common topics that do find something ({@code guidance/topics.txt}). The index is built from the rows
 * the page shows and built again when the rule set in force changes. Queries are never logged.
 */
@Component
public class GuidanceSearch {
    static final String SYNONYMS = "guidance/synonyms.txt";
    static final String STOP_WORDS = "guidance/stopwords.txt";
    static final String TOPICS = "guidance/topics.txt";

    /** A topic to offer, with how many entries it finds. */
    public record Topic(String query, int matches) {
    }

    /**
     * What a search found.
     *
     * @param keys       the entries found ({@link #has})
     * @param didYouMean a corrected query that finds something, when this one found nothing
     * @param topics     common topics that find something, when this query found nothing
     */
    public record Result(Set<String> keys, Optional<String> didYouMean, List<Topic> topics) {
        public boolean has(GuidanceEntry.Kind kind, String code) {
            return keys.contains(GuidanceEntry.key(kind, code));
        }

        public boolean empty() {
            return keys.isEmpty();
        }
    }

    private record Built(String version, GuidanceIndex index, List<Topic> topics) {
    }

    private final CharArraySet stopWords;
    private final SynonymMap synonyms;
    private final String synonymWords;
    private final List<String> topics;
    private volatile Built built;

    public GuidanceSearch() {
        this(read(SYNONYMS), read(STOP_WORDS), read(TOPICS));
    }

    GuidanceSearch(String synonymsText, String stopWordsText, String topicsText) {
        this.stopWords = GuidanceAnalysis.stopWords(stream(stopWordsText));
        this.synonyms = GuidanceAnalysis.synonyms(stream(keepingOriginals(synonymsText)), stopWords);
        this.synonymWords = synonymsText.lines().filter(l -> !l.strip().startsWith("#")).map(l -> l.replaceAll("=>|,", " "))
                .collect(java.util.stream.Collectors.joining(" "));
        this.topics = topicsText.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * Searches the entries of one rule set.
     *
     * @param version the rule set's identity (version and content hash): a different one builds the index again
     * @param entries what the page lists for that rule set, asked for only when the index is built
     */
    public Result search(String version, Supplier<List<GuidanceEntry>> entries, String query) {
        Built current = current(version, entries);
        Set<String> keys = current.index().search(query);
        if (!keys.isEmpty()) {
            return new Result(keys, Optional.empty(), List.of());
        }
        Optional<String> corrected = current.index().spellingCorrection(query)
                .filter(c -> !current.index().search(c).isEmpty());
        return new Result(keys, corrected, current.topics());
    }

    private Built current(String version, Supplier<List<GuidanceEntry>> entries) {
        Built b = built;
        if (b != null && b.version().equals(version)) {
            return b;
        }
        synchronized (this) {
            if (built == null || !built.version().equals(version)) {
                GuidanceIndex index = new GuidanceIndex(entries.get(), stopWords, synonyms, synonymWords);
                List<Topic> found = new ArrayList<>();
                for (String topic : topics) {
                    int n = index.search(topic).size();
                    if (n > 0) {
                        found.add(new Topic(topic, n));
                    }
                }
                built = new Built(version, index, List.copyOf(found));   // the old index is in memory only: left to the collector
            }
            return built;
        }
    }

    /**
     * "a, b => c" as "a => a, c" and "b => b, c": Solr's format drops the words on the left of a mapping, but here a
     * word a partner types should still find itself ("police" also finds "Police protection").
     */
    static String keepingOriginals(String synonymsText) {
        StringBuilder out = new StringBuilder();
        for (String line : synonymsText.lines().toList()) {
            int arrow = line.indexOf("=>");
            if (line.strip().startsWith("#") || arrow < 0) {
                out.append(line).append('\n');
                continue;
            }
            String right = line.substring(arrow + 2).strip();
            for (String left : line.substring(0, arrow).split(",")) {
                if (!left.isBlank()) {
                    out.append(left.strip()).append(" => ").append(left.strip()).append(", ").append(right).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The guidance search needs " + resource, e);
        }
    }

    private static InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
