package org.claimline.cleaning.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stopword sets by ISO 639-1 language code: Lucene's lists (Snowball lists where Lucene ships them, because they
 * are several times larger than the analyzers' defaults and jusText-style density needs broad lists). The build
 * copies the list files out of Lucene's analysis jar into the classes at their Lucene paths (pom.xml,
 * "stopword-lists"); this reads them in Lucene's two formats, so the sets equal Lucene's own
 * ({@code StopwordsTest} compares them) without Lucene's classes at run time, where loading them through the
 * analyzers cost ~0.2 s of every start. Loaded once, lazily; lookups in a char buffer allocate nothing.
 */
public final class Stopwords {

    private static final String LUCENE = "/org/apache/lucene/analysis/";

    private final String language;
    private final WordSet set;

    private Stopwords(String language, WordSet set) {
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
        return set.contains(WordSet.hash(buf, off, len), buf, off, len);
    }

    /**
     * As {@link #contains(char[], int, int)}, with the word's {@link #hash} computed once by the caller: a word
     * looked up in every language's set is hashed once, not once per language.
     */
    public boolean contains(int hash, char[] buf, int off, int len) {
        return set.contains(hash, buf, off, len);
    }

    /** The hash {@link #contains(int, char[], int, int)} takes, of {@code len} lower-case chars at {@code off}. */
    public static int hash(char[] buf, int off, int len) {
        return WordSet.hash(buf, off, len);
    }

    /** As {@link #contains(char[], int, int)}, for a whole word (copies it: not for hot loops). */
    public boolean contains(String lowerCaseWord) {
        char[] w = lowerCaseWord.toCharArray();
        return set.contains(WordSet.hash(w, 0, w.length), w, 0, w.length);
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
            // the analyzers' own lists where Lucene has no Snowball list (folders are Lucene's, "cz" included)
            wordList(m, "ar", "ar");
            wordList(m, "bg", "bg");
            wordList(m, "ca", "ca");
            wordList(m, "cs", "cz");
            wordList(m, "el", "el");
            wordList(m, "fa", "fa");
            wordList(m, "ro", "ro");
            wordList(m, "tr", "tr");
            return Collections.unmodifiableMap(m);
        }

        /** Snowball format: words separated by white space, '|' starts a comment (Lucene's getSnowballWordSet). */
        private static void snowball(Map<String, Stopwords> m, String code, String name) {
            String text = read(LUCENE + "snowball/" + name + "_stop.txt");
            if (text == null) {
                return;
            }
            // plain loops: this runs cold at every start, where a regular expression per line costs tens of ms
            List<String> words = new ArrayList<>();
            boolean comment = false;
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : '\n';
                boolean space = Character.isWhitespace(c);
                if (start >= 0 && (space || c == '|')) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
                if (c == '\n' || c == '\r') {
                    comment = false;
                } else if (c == '|') {
                    comment = true;
                } else if (!space && !comment && start < 0) {
                    start = i;
                }
            }
            m.put(code, new Stopwords(code, new WordSet(words)));
        }

        /** One word per line, lines starting with '#' skipped (Lucene's getWordSet with comment "#"). */
        private static void wordList(Map<String, Stopwords> m, String code, String folder) {
            String text = read(LUCENE + folder + "/stopwords.txt");
            if (text == null) {
                return;
            }
            List<String> words = new ArrayList<>();
            int lineStart = 0;
            while (lineStart < text.length()) {
                int end = text.indexOf('\n', lineStart);
                int next = end < 0 ? text.length() : end + 1;
                String line = text.substring(lineStart, end < 0 ? text.length() : end);
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (!line.startsWith("#")) {
                    words.add(line.trim());
                }
                lineStart = next;
            }
            m.put(code, new Stopwords(code, new WordSet(words)));
        }

        /** A list's text, or null when it is missing (fewer languages, never a failure). */
        private static String read(String resource) {
            try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** An open-addressing set of words probed with a slice of a char array, so lookups allocate nothing. */
    static final class WordSet {
        private final String[] table;
        private final int size;

        WordSet(List<String> words) {
            int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
            table = new String[capacity];
            int n = 0;
            for (String w : words) {
                int i = hash(w.toCharArray(), 0, w.length()) & (capacity - 1);
                while (table[i] != null && !table[i].equals(w)) {
                    i = (i + 1) & (capacity - 1);
                }
                if (table[i] == null) {
                    table[i] = w;
                    n++;
                }
            }
            size = n;
        }

        int size() {
            return size;
        }

        boolean contains(int hash, char[] buf, int off, int len) {
            int mask = table.length - 1;
            for (int i = hash & mask; table[i] != null; i = (i + 1) & mask) {
                if (matches(table[i], buf, off, len)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean matches(String word, char[] buf, int off, int len) {
            if (word.length() != len) {
                return false;
            }
            for (int k = 0; k < len; k++) {
                if (word.charAt(k) != buf[off + k]) {
                    return false;
                }
            }
            return true;
        }

        static int hash(char[] buf, int off, int len) {
            int h = 0;
            for (int k = off; k < off + len; k++) {
                h = 31 * h + buf[k];
            }
            return h ^ (h >>> 16);
        }
    }
}
