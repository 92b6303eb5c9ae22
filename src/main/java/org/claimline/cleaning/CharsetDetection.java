package org.claimline.cleaning;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes input bytes: a byte-order mark wins; then bytes that are valid UTF-8 with non-ASCII content (legacy
 * encodings practically never validate); then an HTML {@code <meta charset>}; then statistical detection
 * (juniversalchardet: EUC-KR, Shift_JIS, GB18030, Big5, windows-125x…); windows-1252 as the last resort,
 * as browsers do.
 */
public final class CharsetDetection {

    private static final int SNIFF = 8192;
    private static final int DETECT_LIMIT = 256 * 1024;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetDetection() {
    }

    public static DecodedText decode(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            return new DecodedText("", StandardCharsets.UTF_8, false);
        }
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            String s = new String(bytes, skip, bytes.length - skip, bom);
            return new DecodedText(s, bom, controlShare(s) > 0.1);
        }
        boolean binary = looksBinary(bytes);
        String utf8 = strictUtf8(bytes);
        if (utf8 != null && (hasNonAscii(bytes) || binary)) {
            return new DecodedText(utf8, StandardCharsets.UTF_8, binary);
        }
        Charset cs = metaCharset(bytes);
        if (cs == null && utf8 == null) {
            cs = detect(bytes);
        }
        if (cs == null) {
            cs = utf8 != null ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        if (cs == StandardCharsets.UTF_8 && utf8 != null) {
            return new DecodedText(utf8, cs, binary);
        }
        return new DecodedText(new String(bytes, cs), cs, binary);
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset an HTML meta tag in the first 8 KB declares, mapped as browsers map it; null if none or unknown. */
    static Charset metaCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1" -> name = "windows-1252";
            case "gb2312", "gbk", "x-gbk" -> name = "GB18030";
            case "utf-16", "utf-16le", "utf-16be" -> name = "utf-8"; // a meta tag readable as ASCII cannot be UTF-16
            default -> { }
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Charset detect(byte[] b) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(b, 0, Math.min(b.length, DETECT_LIMIT));
        d.dataEnd();
        String name = d.getDetectedCharset();
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String strictUtf8(byte[] b) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(b));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    /** NUL bytes or many control bytes near the start: an image, an archive, a PDF… */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        return controls > n / 20;
    }

    private static double controlShare(String s) {
        int n = Math.min(s.length(), SNIFF);
        if (n == 0) {
            return 0;
        }
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls / (double) n;
    }
}
