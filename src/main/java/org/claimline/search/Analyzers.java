package org.claimline.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * One text field per language, each with Lucene's analyser for it (stemming and stopwords of that language; CJK
 * bigrams for Japanese, Chinese and Korean); text in another or an unknown language goes to the standard field.
 */
final class Analyzers {
    static final String STANDARD = "std";
    private static final Map<String, Analyzer> BY_LANGUAGE = new LinkedHashMap<>();

    static {
        BY_LANGUAGE.put(STANDARD, new StandardAnalyzer());
        BY_LANGUAGE.put("en", new EnglishAnalyzer());
        BY_LANGUAGE.put("de", new GermanAnalyzer());
        BY_LANGUAGE.put("fr", new FrenchAnalyzer());
        BY_LANGUAGE.put("es", new SpanishAnalyzer());
        BY_LANGUAGE.put("it", new ItalianAnalyzer());
        BY_LANGUAGE.put("pt", new PortugueseAnalyzer());
        BY_LANGUAGE.put("nl", new DutchAnalyzer());
        BY_LANGUAGE.put("ru", new RussianAnalyzer());
        BY_LANGUAGE.put("sv", new SwedishAnalyzer());
        Analyzer cjk = new CJKAnalyzer();
        BY_LANGUAGE.put("ja", cjk);
        BY_LANGUAGE.put("zh", cjk);
        BY_LANGUAGE.put("ko", cjk);
    }

    private Analyzers() {
    }

    /** The language key of a cleaner language tag ({@code en}, {@code en-GB}, null…). */
    static String key(String language) {
        if (language == null || language.isBlank()) {
            return STANDARD;
        }
        String k = language.toLowerCase(Locale.ROOT);
        int dash = k.indexOf('-');
        k = dash > 0 ? k.substring(0, dash) : k;
        return BY_LANGUAGE.containsKey(k) ? k : STANDARD;
    }

    /** The text field of a language key. */
    static String field(String key) {
        return "text_" + key;
    }

    static List<String> fields() {
        return BY_LANGUAGE.keySet().stream().map(Analyzers::field).toList();
    }

    static Analyzer forKey(String key) {
        return BY_LANGUAGE.get(key);
    }

    /** Each text field with its language's analyser; others (ids, paths) with the standard one. */
    static Analyzer perField() {
        Map<String, Analyzer> m = new LinkedHashMap<>();
        BY_LANGUAGE.forEach((k, a) -> m.put(field(k), a));
        return new PerFieldAnalyzerWrapper(BY_LANGUAGE.get(STANDARD), m);
    }
}
