package org.claimline.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    @Test
    void aPassageThatQuotesSomeoneIsSetInSingleMarksSoDoubleMarksNeverStandTogether() {
        assertEquals("\u201CTokyo hardened its stance.\u201D", QuoteMarks.around("Tokyo hardened its stance."));
        assertEquals("\u2018\"It's not like a flick,\" he said.\u2019",
                QuoteMarks.around("\"It's not like a flick,\" he said."));
        assertEquals("\u2018\u201CMaybe she won't suffer,\u201D\u2019", QuoteMarks.around("\u201CMaybe she won't suffer,\u201D"));
        assertEquals("\u2018He said \u201Cno\u201D\u2019", QuoteMarks.around("He said \u201Cno\u201D"));
        assertEquals("\u2018\u201CMaybe she\u2026\u2019", QuoteMarks.around("\u201CMaybe she\u2026"));
        // a quote mark inside the passage changes nothing
        assertEquals("\u201CThe \u201Cwhitelist\u201D went.\u201D", QuoteMarks.around("The \u201Cwhitelist\u201D went."));
        assertEquals("\u201CCut short\u2026\u201D", QuoteMarks.around("Cut short\u2026"));
        assertEquals("", QuoteMarks.around(""));
    }
}
