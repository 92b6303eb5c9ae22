package org.claimline.cleaning.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** An article's tool bar (e-mail, print, search, most read) is not its text, though its class says "article". */
class ArticleToolsTest {
    @Test
    void aToolBarIsBoilerplateByItsName() {
        assertEquals("tools", ClassWeights.boilerplateWord("articleTools"));
        assertEquals("toolbar", ClassWeights.boilerplateWord("story-toolbar"));
        assertNull(ClassWeights.boilerplateWord("article-body"));
        assertNull(ClassWeights.boilerplateWord("toolkit-review"));
    }

    @Test
    void theToolBarOfASavedPageLeavesTheText() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='article'><h1>Talks end without agreement</h1>"
                + "<div class='articleTools'><ul><li><a href='/email'>Email Article</a></li><li><a href='/print'>Print"
                + " Version</a></li></ul></div>" + HtmlPages.TWO_PARAGRAPHS + "</div>", "The council met for three hours",
                "Email Article", "Print Version");
    }
}
