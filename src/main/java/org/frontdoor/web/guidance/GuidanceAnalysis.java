package org.frontdoor.web.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * How the guidance search reads words, all from Lucene's analyzers: split on spaces and on hyphens and other
 * punctuation ("self-harm" is "self harm"; the index also holds "selfharm"), "child's" as "child", lower case and
 * accents folded, English stems (Porter: "attendance" and "attend", "bruises" and "bruise" are one word). A query
 * also drops the small words in {@code stopwords.txt} and adds the synonyms in {@code synonyms.txt} (Solr format),
 * which are read by the same chain so that they stem alike.
 */
final class GuidanceAnalysis {
    /** Index: every word part, and the hyphenated word joined up ("selfharm", "nonmobile"). */
    private static final int INDEX_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.CATENATE_WORDS | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
    /** Queries and synonyms: word parts only, so the stream stays linear for the synonym filter. */
    private static final int QUERY_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

    private GuidanceAnalysis() {
    }

    /** What the index holds for the searchable text. */
    static Analyzer index() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new WhitespaceTokenizer();
                TokenStream s = new FlattenGraphFilter(new WordDelimiterGraphFilter(words, INDEX_FLAGS, null));
                return new TokenStreamComponents(words, new PorterStemFilter(normalised(s)));
            }
        };
    }

    /** Whole words as written (not stemmed), for "did you mean". */
    static Analyzer spelling(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new WhitespaceTokenizer();
                TokenStream s = normalised(new WordDelimiterGraphFilter(words, QUERY_FLAGS, null));
                return new TokenStreamComponents(words, new StopFilter(s, stopWords));
            }
        };
    }

    /** What a synonym entry, and a query before its synonyms are added, become. */
    static Analyzer terms(CharArraySet stopWords) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new WhitespaceTokenizer();
                return new TokenStreamComponents(words, stemmed(words, stopWords));
            }
        };
    }

    /** A query: its terms, with every synonym as another way through. */
    static Analyzer query(CharArraySet stopWords, SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new WhitespaceTokenizer();
                return new TokenStreamComponents(words, new SynonymGraphFilter(stemmed(words, stopWords), synonyms, true));
            }
        };
    }

    private static TokenStream stemmed(Tokenizer words, CharArraySet stopWords) {
        TokenStream s = normalised(new WordDelimiterGraphFilter(words, QUERY_FLAGS, null));
        return new PorterStemFilter(new CloseGapsFilter(new StopFilter(s, stopWords)));
    }

    private static TokenStream normalised(TokenStream s) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(s));
    }

    static CharArraySet stopWords(InputStream in) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(reader, "#"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Synonyms in Solr format ("a, b, c" all alike; "a, b => c, d" one way), read by {@link #terms}. */
    static SynonymMap synonyms(InputStream in, CharArraySet stopWords) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8); Analyzer analyzer = terms(stopWords)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("The guidance synonyms cannot be read at line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }
}
