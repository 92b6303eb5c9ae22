package org.claimline.cleaning;

import java.nio.charset.StandardCharsets;

/** Decodes input bytes: BOM, then HTML meta charset, then statistical detection. */
public final class CharsetDetection {
    private CharsetDetection() {
    }

    public static DecodedText decode(byte[] bytes, String fileName) {
        // initial version: UTF-8 only; replaced by the full detector
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        long controls = s.chars().limit(8192).filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        return new DecodedText(s, StandardCharsets.UTF_8, controls > Math.min(8192, s.length()) / 20);
    }
}
