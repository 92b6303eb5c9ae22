package org.claimline.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;

/**
 * A generator that writes only well-formed UTF-16 text: a lone surrogate (half of a pair, as a hand-edited
 * {@code "\ud800"} escape or a broken paste can leave) is written as U+FFFD. Without this, a lone high
 * surrogate followed by any character was combined with it into one bogus code point (U+D800 + space became
 * U+10020) by the UTF-8 writer that keeps emoji unescaped.
 */
final class WellFormedStrings extends JsonGeneratorDelegate {

    WellFormedStrings(JsonGenerator d) {
        super(d, false);
    }

    /** {@code s} with every unpaired surrogate replaced by U+FFFD (the same string when there is none). */
    static String repair(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean paired = Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (sb != null) {
                    sb.append(ch).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(ch)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(ch);
            }
        }
        return sb == null ? s : sb.toString();
    }

    @Override
    public void writeString(String text) throws IOException {
        delegate.writeString(text == null ? null : repair(text));
    }

    @Override
    public void writeString(char[] text, int offset, int len) throws IOException {
        delegate.writeString(repair(new String(text, offset, len)));
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        delegate.writeFieldName(repair(name));
    }
}
