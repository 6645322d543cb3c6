package org.frontdoor.web.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The guidance's indicators and routes in an in-memory Lucene index (one rule set's worth: built again when the rule
 * set in force changes). A search finds the entries holding every word of the query, each word or any of its
 * synonyms, in any form ("bruises", "Bruising"), or whose code is the query. Holds no one's data: only the tables' words.
 */
final class GuidanceIndex {
    private static final String KEY = "key";
    private static final String TEXT = "text";
    private static final String CODE = "code";
    private static final String SPELL = "spell";

    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final Analyzer spellingAnalyzer;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();

    /**
     * @param entries      what the page lists
     * @param extraWords   words a search should be able to suggest although no entry holds them (the synonyms' words)
     */
    GuidanceIndex(List<GuidanceEntry> entries, CharArraySet stopWords, SynonymMap synonyms, String extraWords) {
        this.queryAnalyzer = GuidanceAnalysis.query(stopWords, synonyms);
        this.spellingAnalyzer = GuidanceAnalysis.spelling(stopWords);
        spellChecker.setMinQueryLength(3);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Analyzer perField = new PerFieldAnalyzerWrapper(GuidanceAnalysis.index(), java.util.Map.of(SPELL, spellingAnalyzer));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (GuidanceEntry e : entries) {
                Document doc = new Document();
                doc.add(new StoredField(KEY, e.key()));
                doc.add(new StringField(CODE, e.code().toLowerCase(Locale.ROOT), Field.Store.NO));
                doc.add(new TextField(TEXT, e.text(), Field.Store.NO));
                doc.add(new TextField(SPELL, e.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
            Document words = new Document();   // no key and no text: never a result, only a source of spellings
            words.add(new TextField(SPELL, extraWords, Field.Store.NO));
            writer.addDocument(words);
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys ({@link GuidanceEntry#key()}) of every entry the query finds; none for a blank query. */
    Set<String> search(String query) {
        Set<String> keys = new LinkedHashSet<>();
        Query q = parse(query);
        if (q == null) {
            return keys;
        }
        try {
            int n = Math.max(1, searcher.getIndexReader().numDocs());
            for (ScoreDoc hit : searcher.search(q, n).scoreDocs) {
                String key = searcher.storedFields().document(hit.doc).get(KEY);
                if (key != null) {
                    keys.add(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private Query parse(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        Query words = new QueryBuilder(queryAnalyzer).createBooleanQuery(TEXT, text, Occur.MUST);
        if (words != null) {
            either.add(words, Occur.SHOULD);
        }
        either.add(new TermQuery(new Term(CODE, text.toLowerCase(Locale.ROOT))), Occur.SHOULD);
        return either.build();
    }

    /**
     * The query with each word the index does not know replaced by the closest word it does ("bruse" by "bruise"),
     * if any word was replaced; the caller decides whether the corrected query is worth offering.
     */
    Optional<String> spellingCorrection(String query) {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String word : words(query)) {
            String best = word;
            try {
                SuggestWord[] similar = spellChecker.suggestSimilar(new Term(SPELL, word), 1, searcher.getIndexReader(),
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (similar.length > 0) {
                    best = similar[0].string;
                    changed = true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.add(best);
        }
        return changed ? Optional.of(String.join(" ", out)) : Optional.empty();
    }

    /** The query's words as the spelling field holds them (lower case, split at hyphens, small words left out). */
    private List<String> words(String query) {
        List<String> words = new ArrayList<>();
        try (TokenStream s = spellingAnalyzer.tokenStream(SPELL, query == null ? "" : query)) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                words.add(term.toString());
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
