/**
 * The article view: the RichTextFX reader area, its pure {@link org.claimline.ui.reader.DocumentLayout}
 * (area text, offset mapping, style runs) and find. Views here use the toolkit; DocumentLayout and the
 * view-models do not.
 */
package org.claimline.ui.reader;
