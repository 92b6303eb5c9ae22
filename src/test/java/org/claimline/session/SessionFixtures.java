package org.claimline.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.claimline.model.Taxonomy;
import org.claimline.model.TextRange;

final class SessionFixtures {
    static final String P1 = "Japan's growing distrust of Korea has its beginnings in Korea's tilting toward China. "
            + "Seoul disagrees.";
    static final String NAV = "Home | Politics | Sports";
    static final String P2 = "The trade dispute deepened in 2019. Both sides blamed the other.";

    private SessionFixtures() {
    }

    static Article article() {
        return new Article(Article.Metadata.empty().withTitle("Distrust"), List.of(
                Block.kept(BlockKind.PARAGRAPH, P1),
                Block.removed(BlockKind.PARAGRAPH, NAV, "navigation"),
                Block.kept(BlockKind.PARAGRAPH, P2)));
    }

    static ReaderSession session() {
        AtomicInteger n = new AtomicInteger();
        return new ReaderSession(article(), AnnotationSet.empty(Taxonomy.empty()), org.claimline.repository.Reanchoring.standard(),
                () -> "c" + n.incrementAndGet(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), "tester");
    }

    static TextRange find(String text, String what) {
        int at = text.indexOf(what);
        if (at < 0) {
            throw new AssertionError("not found: " + what);
        }
        return new TextRange(at, at + what.length());
    }
}
