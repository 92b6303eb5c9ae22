package org.claimline.cleaning;

import java.nio.charset.Charset;

/** Text decoded from bytes, with the charset used and whether the bytes looked binary. */
public record DecodedText(String text, Charset charset, boolean looksBinary) {
}
