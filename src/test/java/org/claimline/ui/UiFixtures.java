package org.claimline.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.claimline.model.DateValue;
import org.claimline.model.TextRange;
import org.claimline.session.AnnotationStore;

/** An article source and store that need no files and no toolkit. */
public final class UiFixtures {
    public static final String P1 = "Japan's growing distrust of Korea has its beginnings in Korea's tilting toward China. "
            + "Seoul disagrees.";
    public static final String P2 = "The trade dispute deepened in 2019. Both sides blamed the other.";

    private UiFixtures() {
    }

    public static Article article() {
        return new Article(Article.Metadata.empty().withTitle("Distrust").withDek("Why the neighbours drift apart")
                .withByline(List.of("A. Writer")).withPublished(DateValue.parseIso("2020-01-04"))
                .withSiteName("The Times"), List.of(
                Block.kept(BlockKind.PARAGRAPH, P1),
                Block.removed(BlockKind.PARAGRAPH, "Home | Politics", "navigation"),
                Block.kept(BlockKind.QUOTE, P2)));
    }

    public static TextRange find(String text, String what) {
        int at = text.indexOf(what);
        return new TextRange(at, at + what.length());
    }

    /** Opens "bad.txt" with an error, anything else as {@link #article()}. */
    public static final class Source implements ArticleSource {
        @Override
        public Article open(Path file) throws Exception {
            if (file.getFileName().toString().startsWith("bad")) {
                throw new Exception("bad.txt does not look like text or HTML (binary content).");
            }
            return article();
        }

        @Override
        public Article sample() {
            return article();
        }

        @Override
        public String sampleName() {
            return "sample.txt";
        }
    }

    /** Keeps sidecars in a map; can be told to fail. */
    public static final class Store implements AnnotationStore {
        public final Map<Path, AnnotationSet> saved = new HashMap<>();
        public boolean fail;

        @Override
        public Optional<AnnotationSet> load(Path articleFile, Article article) {
            return Optional.ofNullable(saved.get(articleFile));
        }

        @Override
        public AnnotationSet save(Path articleFile, Article article, AnnotationSet annotations) throws IOException {
            if (fail) {
                throw new IOException("disk full");
            }
            saved.put(articleFile, annotations);
            return annotations;
        }
    }

    public static ReaderViewModel vm(Store store, UiPreferences prefs) {
        return new ReaderViewModel(new Source(), store, prefs, Runnable::run, Runnable::run);
    }
}
