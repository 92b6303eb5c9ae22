package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TitleAnchorTest {
    private static final String TITLE = "A pencil drawing of a glass of water";
    private static final String PAGE = """
            <div class="col-main"><div class="post">
            <h3 class="post-title">A pencil drawing of a glass of water</h3>
            <div class="post-body"><p>However long I look at it, I cannot believe this is drawn in pencil. The light on
            the rim is perfect. Drawing and photos by the artist.</p></div></div>
            <div class="thread"><p><a href="/u/1">Kim</a> said: Wow, I had to zoom in twice before I believed it.</p>
            <p><a href="/u/2">Lee</a> said: Stunning work, I would never have guessed that it was a drawing at all,
            not even from up close, and I have drawn a few glasses of water myself over the years, badly.</p></div>
            </div>
            <div class="col-side"><div class="box"><h2>Who we are</h2><div id="about">We are a shared notebook of
            makers, carvers, welders, painters, and tinkerers, who post what they find, build, and break.</div></div></div>
            """;

    @Test
    void aRegionFarFromTheTitleHeadingGivesWayToTheProseAfterIt() {
        Element body = Jsoup.parse(PAGE).body();
        NodeStats stats = NodeStats.of(body);
        List<Element> got = StructuredEvidence.byTitleAnchor(List.of(body.getElementById("about")), body, stats, TITLE);
        assertSame(body.selectFirst("div.post"), got.get(0));
    }

    @Test
    void aRegionHoldingOrCloselyFollowingTheHeadingStays() {
        Element body = Jsoup.parse(PAGE).body();
        NodeStats stats = NodeStats.of(body);
        Element post = body.selectFirst("div.post-body");
        assertSame(post, StructuredEvidence.byTitleAnchor(List.of(post), body, stats, TITLE).get(0));
        Element main = body.selectFirst("div.col-main");
        assertSame(main, StructuredEvidence.byTitleAnchor(List.of(main), body, stats, TITLE).get(0));
    }

    @Test
    void withoutAHeadingRepeatingTheTitleNothingChanges() {
        Element body = Jsoup.parse(PAGE).body();
        NodeStats stats = NodeStats.of(body);
        Element about = body.getElementById("about");
        assertSame(about, StructuredEvidence.byTitleAnchor(List.of(about), body, stats, "Something else entirely").get(0));
    }
}
