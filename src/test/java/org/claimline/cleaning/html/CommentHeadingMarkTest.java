package org.claimline.cleaning.html;

import org.junit.jupiter.api.Test;

/**
 * A comment section's heading named for the comments ({@code <h2 id="comments">Comments</h2>}) over readers' posts that
 * carry no such name still marks where the article ends.
 */
class CommentHeadingMarkTest {
    private static final String POST = "<p>The council met for three hours on Tuesday and could not agree on the"
            + " province's future, its members said afterwards, although the talks would go on next month, and the"
            + " mayor said she was not worried about the delay at all.</p>"
            + "<p>Diplomats from both sides said they expected a new proposal before the end of the year, and that the"
            + " mission on the ground would keep its mandate until then, whatever the council decided in between.</p>"
            + "<p>Observers were less sure. Several of them pointed out that the same promise had been made twice"
            + " before, in the spring and in the autumn, and that neither proposal had ever reached the council.</p>"
            + "<p>The next meeting is planned for the first week of the new year, in the town hall by the harbour,"
            + " and it will be open to the public for the first time since the talks began, the council said.</p>";

    @Test
    void theReadersPostsUnderANamedCommentHeadingLeaveTheText() {
        HtmlPages.assertCleans("Talks end without agreement", "<div class='main'>" + POST
                + "<h2 id='comments'>Comments</h2>"
                + "<div id='c1'><p>I was at the meeting myself, and I can tell you that nobody in the room expected"
                + " anything else, whatever the papers say, so this is hardly news to anyone living here.</p></div>"
                + "<p class='posted'>Posted by: Kim at October 29, 2012 05:23 PM</p>"
                + "<div id='c2'><p>Three hours for nothing, again. I wonder how much these meetings cost us, the"
                + " people who pay for them, every single time they fail to agree on anything at all.</p></div>"
                + "<p class='posted'>Posted by: Lee at October 29, 2012 06:10 PM</p></div>",
                "The next meeting is planned", "I was at the meeting myself", "Three hours for nothing");
    }
}
