package org.claimline.cleaning.html;

import org.junit.jupiter.api.Test;

class FilingLineTest {
    private static final String POST = """
            <div class="post"><h2>A week on the canal</h2>
            <p>We hired a narrow boat for a week in May and went slowly up the canal towards the hills, stopping at every
            lock to help the families behind us, who were as new to the gates and the paddles as we were.</p>
            <p>The best evening was at a pub by the third tunnel, where the landlord keeps a logbook of every boat that
            has moored outside since the seventies, and ours is now in it, spelled wrongly, but in it.</p>
            <p>Posted in Travel, Boats | 3 Comments</p>
            <p>Tags: canal, narrow boat, locks</p>
            </div>
            """;

    @Test
    void aPostsFilingLinesLeaveTheText() {
        HtmlPages.assertCleans("A week on the canal", POST, "spelled wrongly", "Posted in Travel", "Tags:");
    }
}
