package org.claimline.cleaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
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

/**
 * Stopword sets by ISO 639-1 language code, taken from Lucene's analyzers (Snowball lists where Lucene ships
 * them, because they are several times larger than the analyzers' defaults and jusText-style density needs
 * broad lists). Loaded once, lazily; lookups allocate nothing.
 */
public final class Stopwords {

    private static final String SNOWBALL = "/org/apache/lucene/analysis/snowball/";

    private final String language;
    private final CharArraySet set;

    private Stopwords(String language, CharArraySet set) {
        this.language = language;
        this.set = set;
    }

    /** Stopwords of {@code language} (ISO 639-1), or null when Lucene has none for it. */
    public static Stopwords forLanguage(String language) {
        return language == null ? null : Holder.ALL.get(language);
    }

    /** Every language with a stopword set, code → set, in a stable order (English first). */
    public static Map<String, Stopwords> all() {
        return Holder.ALL;
    }

    public String language() {
        return language;
    }

    public int size() {
        return set.size();
    }

    /** Whether the lower-cased word in {@code buf[off, off+len)} is a stopword. */
    public boolean contains(char[] buf, int off, int len) {
        return set.contains(buf, off, len);
    }

    public boolean contains(String lowerCaseWord) {
        return set.contains(lowerCaseWord);
    }

    private static final class Holder {
        static final Map<String, Stopwords> ALL = load();

        private static Map<String, Stopwords> load() {
            Map<String, Stopwords> m = new LinkedHashMap<>();
            snowball(m, "en", "english");
            snowball(m, "de", "german");
            snowball(m, "fr", "french");
            snowball(m, "es", "spanish");
            snowball(m, "it", "italian");
            snowball(m, "pt", "portuguese");
            snowball(m, "nl", "dutch");
            snowball(m, "sv", "swedish");
            snowball(m, "da", "danish");
            snowball(m, "no", "norwegian");
            snowball(m, "fi", "finnish");
            snowball(m, "ru", "russian");
            snowball(m, "hu", "hungarian");
            snowball(m, "id", "indonesian");
            analyzer(m, "ar", ArabicAnalyzer::getDefaultStopSet);
            analyzer(m, "bg", BulgarianAnalyzer::getDefaultStopSet);
            analyzer(m, "ca", CatalanAnalyzer::getDefaultStopSet);
            analyzer(m, "cs", CzechAnalyzer::getDefaultStopSet);
            analyzer(m, "el", GreekAnalyzer::getDefaultStopSet);
            analyzer(m, "fa", PersianAnalyzer::getDefaultStopSet);
            analyzer(m, "ro", RomanianAnalyzer::getDefaultStopSet);
            analyzer(m, "tr", TurkishAnalyzer::getDefaultStopSet);
            return Collections.unmodifiableMap(m);
        }

        private static void snowball(Map<String, Stopwords> m, String code, String name) {
            try (InputStream in = WordlistLoader.class.getResourceAsStream(SNOWBALL + name + "_stop.txt")) {
                if (in == null) {
                    return;
                }
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
                m.put(code, new Stopwords(code, CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(r))));
            } catch (IOException e) {
                // a missing list only narrows language coverage; cleaning still works without it
            }
        }

        private static void analyzer(Map<String, Stopwords> m, String code, Supplier<CharArraySet> set) {
            try {
                m.put(code, new Stopwords(code, set.get()));
            } catch (RuntimeException e) {
                // same as above: fewer languages, never a failure
            }
        }
    }
}
