package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The classes a CMS derives from a post's tags and categories name its topics, not what the block is. */
class TaxonomyClassTest {
    @Test
    void tagAndCategoryClassesSayNothingOfTheBlocksRole() {
        assertEquals("hentry post", ClassWeights.roleNames("hentry post tag-social-media s-category-share_tips"));
        assertEquals("entry", ClassWeights.roleNames("entry-category-social_media entry"));
        assertEquals("share-bar", ClassWeights.roleNames("share-bar"));
    }

    @Test
    void aPostTaggedSocialMediaIsNoShareBar() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='hentry post tag-social-media category-sharing'>"
                + HtmlPages.TWO_PARAGRAPHS + "</div><div class='share-bar'><a href='/fb'>Share on the network</a></div>",
                "The council met for three hours", "Share on the network");
    }
}
