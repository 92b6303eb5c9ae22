package org.claimline.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;
import org.junit.jupiter.api.Test;

/** A text dump's headline that shares no word with the article gives way to the line above it that does. */
class DumpHeadlineCheckTest {
    private static final List<String> ARTICLE = List.of(
            "Officials are watching a large piece of possible tsunami debris that looks like a barge floating about"
                    + " twenty miles off the coast, the county's emergency manager said on Monday.",
            "The object is about twenty feet long and could have been torn away by the tsunami last year, he said,"
                    + " and boats have been told to keep clear of the debris until it comes ashore.");

    private static Article dump(String title, Block... above) {
        List<Block> blocks = new ArrayList<>(List.of(above));
        ARTICLE.forEach(p -> blocks.add(Block.kept(BlockKind.PARAGRAPH, p)));
        return new Article(Article.Metadata.empty().withTitle(title), blocks);
    }

    @Test
    void aFramesLabelGivesWayToTheHeadlineAboveTheArticle() {
        Article a = dump("In The News", Block.removed(BlockKind.PARAGRAPH, "In The News", "title"),
                Block.removed(BlockKind.PARAGRAPH, "Officials eyeing possible tsunami debris off the coast", "boilerplate"),
                Block.removed(BlockKind.PARAGRAPH, "Share this", "boilerplate"));
        assertEquals("Officials eyeing possible tsunami debris off the coast", DumpHeadlineCheck.apply(a).title());
    }

    @Test
    void aHeadlineSharingAWordStaysAndListItemsOrRowsAreNeverTaken() {
        assertEquals("Tsunami debris", DumpHeadlineCheck.apply(dump("Tsunami debris",
                Block.removed(BlockKind.PARAGRAPH, "Officials eyeing possible tsunami debris off the coast", "x")))
                .title());
        Article a = dump("In The News",
                Block.removed(BlockKind.LIST_ITEM, "Officials eyeing possible tsunami debris off the coast", "navigation"),
                Block.removed(BlockKind.PARAGRAPH, "Home | Coast | Tsunami debris watch | Officials", "navigation"));
        assertEquals("In The News", DumpHeadlineCheck.apply(a).title());
    }
}
