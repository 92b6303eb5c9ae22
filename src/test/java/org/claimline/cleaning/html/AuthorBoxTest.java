package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The box about a post's writer under the post ("About Jane", "View all posts by Jane") is not the post's text. */
class AuthorBoxTest {
    private static Element element(String markup) {
        return Jsoup.parseBodyFragment(markup).body().child(0);
    }

    @Test
    void aBoxIsNamedForTheWriterByWholeWords() {
        assertTrue(ClassWeights.authorBox(element("<div class='better-author-bio-div'></div>")));
        assertTrue(ClassWeights.authorBox(element("<div class='author_info'></div>")));
        assertTrue(ClassWeights.authorBox(element("<div id='authorBox'></div>")));
        assertFalse(ClassWeights.authorBox(element("<span class='author'></span>")));
        assertFalse(ClassWeights.authorBox(element("<span class='author-name'></span>")));
        assertFalse(ClassWeights.authorBox(element("<div class='authority-info'></div>")));
        // a biography names the box alone, and so does the article's author as one whole class name
        assertTrue(ClassWeights.authorBox(element("<div class='mini-bio'></div>")));
        assertTrue(ClassWeights.authorBox(element("<section class='article-author clearfix'></section>")));
        assertFalse(ClassWeights.authorBox(element("<div class='entry-author-jane_roe entry-type-post'></div>")));
        assertFalse(ClassWeights.authorBox(element("<div class='biology-notes'></div>")));
    }

    @Test
    void aBioBoxUnderThePostLeavesTheText() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='post'>" + HtmlPages.TWO_PARAGRAPHS
                + "<div class='bio'><p>Jane Roe is a reporter for the paper. She lives by the sea and writes about the"
                + " council every week.</p><a href='/author/jane'>Read more by Jane Roe</a></div></div>",
                "The council met for three hours", "She lives by the sea");
    }

    @Test
    void theWritersBoxUnderThePostLeavesTheText() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='post'>" + HtmlPages.TWO_PARAGRAPHS
                + "<div class='author-bio'><h4>About Jane</h4><p>Hi, I'm Jane. I live by the sea and write about"
                + " the council here every week, when I am not sailing.</p><a href='/author/jane'>View all posts by"
                + " Jane</a></div></div>", "The council met for three hours", "I live by the sea", "View all posts");
    }

    @Test
    void aProfileWithoutLinksIsThePagesSubject() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='post'>" + HtmlPages.TWO_PARAGRAPHS
                + "<div class='author-profile'><h4>About the speaker</h4><p>Jane Roe is a biologist known for her"
                + " work on the behaviour of primates, and she has written four books about them.</p></div></div>",
                "Jane Roe is a biologist");
    }
}
