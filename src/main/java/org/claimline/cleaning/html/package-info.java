/**
 * The steps of {@link org.claimline.cleaning.HtmlExtractor}, each small and testable alone: {@link
 * org.claimline.cleaning.html.MetadataStep} (JSON-LD, meta tags, title), {@link
 * org.claimline.cleaning.html.BoilerplateRemovalStep}, {@link org.claimline.cleaning.html.ContentScoringStep}
 * (Readability-style scoring and conditional cleaning) and {@link org.claimline.cleaning.html.BlockBuilderStep}.
 * Every walk over the tree is iterative, so deeply nested pages cannot overflow the stack. Depends on jsoup
 * and the model only.
 */
package org.claimline.cleaning.html;
