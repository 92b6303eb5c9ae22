package org.claimline.cleaning.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The cleaner reads Lucene's stopword files itself (Lucene is a build-time dependency only): every set must equal
 * what Lucene's own loaders make of the same lists, word for word.
 */
class StopwordsTest {
    private static final Map<String, String> SNOWBALL = Map.ofEntries(Map.entry("en", "english"),
            Map.entry("de", "german"), Map.entry("fr", "french"), Map.entry("es", "spanish"),
            Map.entry("it", "italian"), Map.entry("pt", "portuguese"), Map.entry("nl", "dutch"),
            Map.entry("sv", "swedish"), Map.entry("da", "danish"), Map.entry("no", "norwegian"),
            Map.entry("fi", "finnish"), Map.entry("ru", "russian"), Map.entry("hu", "hungarian"),
            Map.entry("id", "indonesian"));
    private static final Map<String, Supplier<CharArraySet>> ANALYZERS = Map.of(
            "ar", ArabicAnalyzer::getDefaultStopSet, "bg", BulgarianAnalyzer::getDefaultStopSet,
            "ca", CatalanAnalyzer::getDefaultStopSet, "cs", CzechAnalyzer::getDefaultStopSet,
            "el", GreekAnalyzer::getDefaultStopSet, "fa", PersianAnalyzer::getDefaultStopSet,
            "ro", RomanianAnalyzer::getDefaultStopSet, "tr", TurkishAnalyzer::getDefaultStopSet);

    @Test
    void everyLanguageIsThereEnglishFirst() {
        assertEquals(SNOWBALL.size() + ANALYZERS.size(), Stopwords.all().size());
        assertEquals("en", Stopwords.all().keySet().iterator().next());
    }

    @Test
    void snowballSetsEqualLucenesOwn() throws Exception {
        for (var e : SNOWBALL.entrySet()) {
            CharArraySet lucene;
            try (InputStream in = WordlistLoader.class.getResourceAsStream(
                    "/org/apache/lucene/analysis/snowball/" + e.getValue() + "_stop.txt")) {
                lucene = WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertSameWords(e.getKey(), lucene);
        }
    }

    @Test
    void analyzerSetsEqualLucenesOwn() {
        ANALYZERS.forEach((code, set) -> assertSameWords(code, set.get()));
    }

    @Test
    void lookupsMatchWholeWordsInASliceOnly() {
        Stopwords en = Stopwords.forLanguage("en");
        char[] buf = "xxthe andyy".toCharArray();
        assertTrue(en.contains(buf, 2, 3));
        assertTrue(en.contains(buf, 6, 3));
        assertFalse(en.contains(buf, 1, 3));
        assertFalse(en.contains(buf, 2, 2));
        assertFalse(en.contains("The"), "sets hold lower-case words");
        assertNotNull(Stopwords.forLanguage("cs"));
    }

    private static void assertSameWords(String code, CharArraySet lucene) {
        Stopwords ours = Stopwords.forLanguage(code);
        assertNotNull(ours, code);
        assertEquals(lucene.size(), ours.size(), code + ": size");
        for (Object o : lucene) {
            char[] w = (char[]) o;
            assertTrue(ours.contains(w, 0, w.length), code + " lacks " + new String(w));
        }
        for (String probe : List.of("zzzz", "claimline")) {
            assertFalse(ours.contains(probe), code + " " + probe);
        }
    }
}
