package org.claimline.cleaning.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.claimline.model.Article;
import org.junit.jupiter.api.Test;

/** The site's name in a dump that does not open with it: the logo's alt text, or the footer's copyright holder. */
class SiteNamesTest {

    private static final String TITLE = HeaderMetadataTest.TITLE;

    private static Article clean(List<String> head, List<String> tail) {
        return HeaderMetadataTest.clean(head, tail);
    }

    @Test
    void theLogosAltTextNamesTheSite() {
        assertEquals("Harbour Herald", SiteNames.fromLogo("Harbour Herald logo"));
        assertEquals("Harbour Herald", SiteNames.fromLogo("Harbour Herald Logo Discover"));
        assertEquals("Harbour Herald", SiteNames.fromLogo("Harbour Herald logo. Harbour Herald home"));
        assertEquals("heraldly", SiteNames.fromLogo("heraldly heraldly logo"));
        assertEquals("The Harbour Herald", SiteNames.fromLogo("The Harbour Herald - Back to home"));
        assertNull(SiteNames.fromLogo("site_logo_2x-fb53a8d4.png logo"));
        assertNull(SiteNames.fromLogo("Our new logo was unveiled on Monday by the mayor and the council"));
        assertNull(SiteNames.fromLogo("Harbour Herald"));
    }

    @Test
    void theFootersCopyrightHolderNamesTheSite() {
        assertEquals("The Harbour Herald", SiteNames.fromCopyright("Copyright © 2019 The Harbour Herald | Privacy statement"));
        assertEquals("Harbour Herald", SiteNames.fromCopyright("© 2014 Harbour Herald, Inc"));
        assertEquals("Harbour Herald", SiteNames.fromCopyright("  • © Copyright 2006 - 2024 Harbour Herald Inc."));
        assertEquals("Harbour Herald", SiteNames.fromCopyright("Harbour Herald® © 2024"));
        assertEquals("The Harbour Herald", SiteNames.fromCopyright("harbourherald.com © 1996-2015 The Harbour Herald"));
        assertEquals("Diário do Porto", SiteNames.fromCopyright(
                "Copyright Diário do Porto. Todos os direitos reservados. É proibida a reprodução do conteúdo."));
        assertEquals("harbourherald.co.nz", SiteNames.fromCopyright("Copyright © harbourherald.co.nz. All rights reserved."));
        // a link or a heading, not a notice; a notice that names no one
        assertNull(SiteNames.fromCopyright("  • Copyright Policy"));
        assertNull(SiteNames.fromCopyright("Copyright Notice"));
        assertNull(SiteNames.fromCopyright("All Rights Reserved © 2020"));
    }

    @Test
    void aPageThatDoesNotOpenWithItsNameGetsItFromTheLogoOrTheFooter() {
        Article logo = clean(List.of("Harbour Herald logo", TITLE, "By Jane Roe"), List.of());
        assertEquals("Harbour Herald", logo.metadata().siteName());

        // the footer's holder, named in the header's menu too
        Article footer = clean(List.of("Subscribe to the Harbour Herald", TITLE, "By Jane Roe"),
                List.of("Copyright © 2019 The Harbour Herald | Privacy statement | Terms of service"));
        assertEquals("The Harbour Herald", footer.metadata().siteName());

        // the group that owns the site is not its name
        Article group = clean(List.of(TITLE, "By Jane Roe"),
                List.of("© 2020 Coastal Media Group. All rights reserved."));
        assertNull(group.metadata().siteName());
    }
}
