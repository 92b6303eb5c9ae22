package org.claimline.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.claimline.workspace.ArticleInfo;
import org.claimline.workspace.ProbedArticle;

/**
 * A workspace's Lucene index: one document per article (its cleaned text) and one per claim (quote, summary and
 * note), each text in its language's field. Lives in a folder of the user's cache; an index that is damaged, of an
 * older format or from another version is deleted and built again without a word (it is only a cache). When
 * another window holds the folder, this one keeps its index in memory. Thread-safe.
 */
public final class SearchIndex implements Closeable {
    /** Bumped whenever the fields change: an index of another format is rebuilt. */
    static final String FORMAT = "claimline-search-3";
    static final String FORMAT_KEY = "claimline.format";

    static final String PATH = "path";
    static final String KIND = "kind";
    static final String KEY = "key";
    /**
     * An article's path and key again as doc values: {@link #keys} reads them column-wise, without decompressing
     * the stored fields (whose blocks hold the articles' whole texts; reading the keys through them took about half
     * a second of every warm open at 5,000 articles).
     */
    static final String PATH_DV = "path_dv";
    static final String KEY_DV = "key_dv";
    static final String TITLE = "title";
    /** A claim's article title: stored only (a field's schema must be the same in every document). */
    static final String CLAIM_TITLE = "ctitle";
    static final String LANG = "lang";
    static final String CLAIM = "claim";
    static final String START = "start";
    private static final FieldType TEXT = textType();

    private final Directory dir;
    private final IndexWriter writer;
    private final boolean inMemory;
    private DirectoryReader reader;

    private SearchIndex(Directory dir, IndexWriter writer, boolean inMemory) throws IOException {
        this.dir = dir;
        this.writer = writer;
        this.inMemory = inMemory;
        this.reader = DirectoryReader.open(writer);
    }

    private static FieldType textType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** Opens (or creates) the index in {@code folder}; see the class comment for what happens to a bad one. */
    public static SearchIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            return openOnDisk(folder);
        } catch (LockObtainFailedException e) {
            return inMemory();
        } catch (IOException | RuntimeException e) {
            wipe(folder);
            try {
                return openOnDisk(folder);
            } catch (LockObtainFailedException e2) {
                return inMemory();
            }
        }
    }

    /** An index held in memory only. */
    public static SearchIndex inMemory() throws IOException {
        ByteBuffersDirectory d = new ByteBuffersDirectory();
        return new SearchIndex(d, newWriter(d, IndexWriterConfig.OpenMode.CREATE), true);
    }

    private static SearchIndex openOnDisk(Path folder) throws IOException {
        FSDirectory d = FSDirectory.open(folder);
        try {
            boolean exists = DirectoryReader.indexExists(d);
            boolean fresh = !exists || !FORMAT.equals(SegmentInfos.readLatestCommit(d).getUserData().get(FORMAT_KEY));
            IndexWriter w = newWriter(d, fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND);
            if (exists && !fresh) {
                // reads every segment's header, so a damaged file shows itself here and not on the first search
                try (DirectoryReader r = DirectoryReader.open(w)) {
                    r.numDocs();
                }
            }
            return new SearchIndex(d, w, false);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private static IndexWriter newWriter(Directory d, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig c = new IndexWriterConfig(Analyzers.perField()).setOpenMode(mode).setRAMBufferSizeMB(32);
        IndexWriter w = new IndexWriter(d, c);
        w.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        return w;
    }

    private static void wipe(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    public boolean isInMemory() {
        return inMemory;
    }

    /** What an article's index entry was built from: its content hash and its sidecar's size and time. */
    public static String key(ArticleInfo a) {
        return a.hash() + "|" + a.sidecarSize() + "|" + a.sidecarMtime();
    }

    /** Path → {@link #key} of every article in the index. */
    public synchronized Map<String, String> keys() throws IOException {
        refresh();
        Map<String, String> out = new HashMap<>();
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.LeafReader r = leaf.reader();
            org.apache.lucene.index.BinaryDocValues paths = r.getBinaryDocValues(PATH_DV);
            org.apache.lucene.index.BinaryDocValues keys = r.getBinaryDocValues(KEY_DV);
            if (paths == null || keys == null) {
                continue;
            }
            org.apache.lucene.util.Bits live = r.getLiveDocs();
            for (int d = paths.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = paths.nextDoc()) {
                if ((live == null || live.get(d)) && keys.advanceExact(d)) {
                    out.put(paths.binaryValue().utf8ToString(), keys.binaryValue().utf8ToString());
                }
            }
        }
        return out;
    }

    /** Replaces what the index holds for this article. Called from several threads at once. */
    public void put(ProbedArticle p) throws IOException {
        ArticleInfo a = p.info();
        String lang = Analyzers.key(a.language());
        String field = Analyzers.field(lang);
        List<Document> docs = new ArrayList<>();
        Document d = new Document();
        d.add(new StringField(PATH, a.rel(), Field.Store.YES));
        d.add(new StringField(KIND, "article", Field.Store.YES));
        d.add(new StoredField(KEY, key(a)));
        d.add(new org.apache.lucene.document.BinaryDocValuesField(PATH_DV, new org.apache.lucene.util.BytesRef(a.rel())));
        d.add(new org.apache.lucene.document.BinaryDocValuesField(KEY_DV, new org.apache.lucene.util.BytesRef(key(a))));
        d.add(new StoredField(LANG, lang));
        d.add(new TextField(TITLE, a.displayTitle(), Field.Store.YES));
        d.add(new Field(field, p.text(), TEXT));
        docs.add(d);
        for (ProbedArticle.ClaimText c : p.claims()) {
            Document cd = new Document();
            cd.add(new StringField(PATH, a.rel(), Field.Store.YES));
            cd.add(new StringField(KIND, "claim", Field.Store.YES));
            cd.add(new StoredField(CLAIM, c.id()));
            cd.add(new StoredField(START, c.start()));
            cd.add(new StoredField(LANG, lang));
            cd.add(new StoredField(CLAIM_TITLE, a.displayTitle()));
            cd.add(new Field(field, join(c), TEXT));
            docs.add(cd);
        }
        writer.updateDocuments(new Term(PATH, a.rel()), docs);
    }

    private static String join(ProbedArticle.ClaimText c) {
        StringBuilder sb = new StringBuilder(c.quote());
        // a summary that only repeats the quote (a claim summarised by its own words) is not shown twice
        if (!c.summary().isBlank() && !c.summary().strip().equals(c.quote().strip())) {
            sb.append(" — ").append(c.summary());
        }
        if (!c.note().isBlank()) {
            sb.append(" — ").append(c.note());
        }
        return sb.toString();
    }

    /** Drops an article (deleted or renamed away). */
    public void remove(String rel) throws IOException {
        writer.deleteDocuments(new Term(PATH, rel));
    }

    /** Makes the changes durable and visible to searches. */
    public synchronized void commit() throws IOException {
        writer.commit();
        refresh();
    }

    private void refresh() throws IOException {
        DirectoryReader r = DirectoryReader.openIfChanged(reader, writer);
        if (r != null) {
            reader.close();
            reader = r;
        }
    }

    /** Number of articles and claims indexed (visible after the last commit). */
    public synchronized int documents() {
        return reader.numDocs();
    }

    /**
     * The best {@code limit} places for {@code query} (words, {@code "a phrase"}, {@code -not}, {@code a | b},
     * {@code prefix*}; all words must match), each with a passage of context.
     */
    public synchronized List<SearchHit> search(String query, int limit) throws IOException {
        refresh();
        if (query == null || query.isBlank()) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        // only the languages the index holds: each field costs a query clause and a highlighting pass
        java.util.Set<String> present = new java.util.HashSet<>();
        org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader).forEach(fi -> present.add(fi.name));
        List<String> fields = new ArrayList<>(Analyzers.fields().stream().filter(present::contains).toList());
        if (fields.isEmpty()) {
            return List.of();
        }
        for (String f : fields) {
            String key = f.substring("text_".length());
            SimpleQueryParser p = new SimpleQueryParser(Analyzers.forKey(key), f);
            p.setDefaultOperator(BooleanClause.Occur.MUST);
            Query q = p.parse(query);
            if (q != null) {
                b.add(q, BooleanClause.Occur.SHOULD);
            }
        }
        SimpleQueryParser titles = new SimpleQueryParser(Analyzers.forKey(Analyzers.STANDARD), TITLE);
        titles.setDefaultOperator(BooleanClause.Occur.MUST);
        Query tq = titles.parse(query);
        if (tq != null) {
            b.add(tq, BooleanClause.Occur.SHOULD);
        }
        Query q = b.build();
        IndexSearcher s = new IndexSearcher(reader);
        TopDocs top = s.search(q, Math.max(1, limit));
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        int[] ids = new int[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = top.scoreDocs[i].doc;
        }
        Highlighter h = new Highlighter(UnifiedHighlighter.builder(s, Analyzers.perField())
                .withFormatter(new SnippetFormatter()).withMaxLength(200_000));
        int[] one = new int[fields.size()];
        java.util.Arrays.fill(one, 1);
        Map<String, Object[]> snippets = h.objects(fields.toArray(String[]::new), q, ids, one);
        StoredFields sf = reader.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Document doc = sf.document(ids[i], Set.of(PATH, KIND, TITLE, CLAIM_TITLE, CLAIM, START, LANG));
            Object[] perDoc = snippets.get(Analyzers.field(doc.get(LANG)));
            Snippet sn = perDoc == null ? null : (Snippet) perDoc[i];
            boolean claim = "claim".equals(doc.get(KIND));
            int offset = claim ? doc.getField(START).numericValue().intValue() : sn == null ? -1 : sn.start;
            hits.add(new SearchHit(doc.get(PATH), claim ? doc.get(CLAIM_TITLE) : doc.get(TITLE), claim ? doc.get(CLAIM) : null,
                    sn == null ? "" : sn.text, sn == null ? List.of() : sn.marks, offset, top.scoreDocs[i].score));
        }
        return hits;
    }

    /** The highlighter's passages as objects (the method is protected). */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder b) {
            super(b);
        }

        Map<String, Object[]> objects(String[] fields, Query q, int[] ids, int[] max) throws IOException {
            return highlightFieldsAsObjects(fields, q, ids, max);
        }
    }

    /** A passage and its marks, as the highlighter gives it. */
    private record Snippet(String text, int start, List<int[]> marks) {
    }

    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage p = passages[0];
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            // a long sentence is cut around its first match
            if (end - start > 300 && p.getNumMatches() > 0) {
                int m = p.getMatchStarts()[0];
                start = Math.max(start, m - 120);
                end = Math.min(end, Math.max(m + 180, start + 300));
            }
            List<int[]> marks = new ArrayList<>();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int ms = p.getMatchStarts()[i];
                int me = p.getMatchEnds()[i];
                if (ms >= start && me <= end && (marks.isEmpty() || ms >= marks.get(marks.size() - 1)[1])) {
                    marks.add(new int[] {ms - start, me - start});
                }
            }
            return new Snippet(content.substring(start, end).replace('\n', ' '), start, marks);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            reader.close();
            writer.close();
        } finally {
            dir.close();
        }
    }
}
