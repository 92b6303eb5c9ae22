package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        List<Element> got = StructuredEvidence.byTitleAnchor(List.of(body.getElementById("about")), body, stats, TITLE, null);
        assertSame(body.selectFirst("div.post"), got.get(0));
    }

    @Test
    void aRegionHoldingOrCloselyFollowingTheHeadingStays() {
        Element body = Jsoup.parse(PAGE).body();
        NodeStats stats = NodeStats.of(body);
        Element post = body.selectFirst("div.post-body");
        assertSame(post, StructuredEvidence.byTitleAnchor(List.of(post), body, stats, TITLE, null).get(0));
        Element main = body.selectFirst("div.col-main");
        assertSame(main, StructuredEvidence.byTitleAnchor(List.of(main), body, stats, TITLE, null).get(0));
    }

    @Test
    void withoutAHeadingRepeatingTheTitleNothingChanges() {
        Element body = Jsoup.parse(PAGE).body();
        NodeStats stats = NodeStats.of(body);
        Element about = body.getElementById("about");
        assertSame(about, StructuredEvidence.byTitleAnchor(List.of(about), body, stats, "Something else entirely", null).get(0));
    }

    private static final String ROUNDUP = """
            <div id="content"><div class="post"><p class="meta"><a href="/author/sam">Sam</a> &middot; Links</p>
            <h2><a href="/2012/10/links">Monday links</a></h2>
            <div class="entry"><p>On this day in 1863 the Red Cross was founded. If the storm is heading your way, stay
            indoors and keep your phone charged!</p>
            <ul><li><a href="/x1">Why the city buses run late</a> - It is not the traffic, it seems.</li>
            <li><a href="/x2">A museum of broken things</a> - I would go twice.</li>
            <li><a href="/x3">The oldest tree in the valley turns out to be younger than the church</a></li>
            <li><a href="/x4">How to fold a fitted sheet, with diagrams</a> - Finally.</li></ul></div></div>
            <div class="author-box"><h3>About the author</h3><div id="bio">Sam is a chemist who works on paints you have
            never heard of. Sam enjoys baking to loud music, arguing with the cat, and hosting the quiz night at the
            local pub, which Sam has lost every single time so far, to the great delight of the regulars.</div></div></div>
            """;

    @Test
    void aLinkRoundupUnderTheHeadingIsTheArticleRatherThanTheAuthorBox() {
        Element body = Jsoup.parse(ROUNDUP).body();
        NodeStats stats = NodeStats.of(body);
        double ld = stats.get(body.selectFirst("div.post")).linkDensity();
        assertTrue(ld > 0.3 && ld < 0.6, "link density " + ld);
        List<Element> got = StructuredEvidence.byTitleAnchor(List.of(body.getElementById("bio")), body, stats,
                "Monday links", null);
        assertSame(body.selectFirst("div.post"), got.get(0));
    }
}
