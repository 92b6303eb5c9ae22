package org.claimline.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User and file text for Markdown, escaped per the CommonMark spec for the context it goes into, so a
 * CommonMark or GitHub-flavoured reader shows exactly the characters the analyst typed and nothing of it
 * becomes structure:
 * <ul>
 *   <li><b>inline</b> (a heading, a list item, a line of a note): every character that can open an inline
 *   construct is backslash-escaped (spec §2.4: any ASCII punctuation may be): emphasis, code, links and images,
 *   raw HTML and autolinks ({@code <}), GFM tables and strikethrough ({@code | ~}), heading closers ({@code #}),
 *   and {@code &} where it would start an entity or numeric character reference, so a typed {@code &amp;}
 *   stays {@code &amp;};</li>
 *   <li>a <b>link-like word</b> (a URL, {@code www.…}, an e-mail address), which GFM's extended autolinks would
 *   turn into a link however its characters are escaped, becomes a code span: shown verbatim, never a link;</li>
 *   <li><b>line start</b>: a character that would open a block there (heading, quote, list, thematic break,
 *   setext underline, fence, HTML block) is escaped too, and leading indentation (a code block) is dropped;</li>
 *   <li><b>single-line</b> contexts (headings, names, the file name) take line breaks as spaces, so a name
 *   with a newline cannot start a heading or an HTML block; other control characters become U+FFFD, or for
 *   a file name the visible Control Pictures ({@code ␊}, {@code ␇}), so the reader sees they are there.</li>
 * </ul>
 */
final class MarkdownText {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    /** A whitespace-free run GFM (cmark-gfm, commonmark-java) would autolink: scheme URL, www., e-mail. */
    private static final Pattern LINKISH = Pattern.compile("(?i)://|www\\.|mailto:|xmpp:|[a-z0-9._+-]@[a-z0-9_-]+\\.");
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** What a CommonMark reader would take as an entity or numeric character reference after {@code &}. */
    private static final Pattern ENTITY_START = Pattern.compile("&(?=#|[A-Za-z0-9]+;)");
    private static final String ALWAYS = "\\`*_[]<>|~#";

    private MarkdownText() {
    }

    /** Text for one line (heading, list item, name): line breaks become spaces. */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        return escapeLine(LINE_BREAK.matcher(controls(s, false)).replaceAll(" "));
    }

    /** A file name: control characters, line breaks included, shown as Control Pictures, then escaped. */
    static String fileName(String s) {
        return s == null ? "" : escapeLine(controls(s, true));
    }

    /** One line of multi-line text (a note or quote line) that starts a Markdown line. */
    static String lineStart(String line) {
        String s = inline(line).stripLeading();
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        if ("-+=".indexOf(c) >= 0) {
            // list item, thematic break, setext underline
            return "\\" + s;
        }
        if (Character.isDigit(c)) {
            // an ordered list marker is 1–9 digits and "." or ")": escape that character
            int i = 0;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')')) {
                return s.substring(0, i) + "\\" + s.substring(i);
            }
        }
        // '#', '>', '*', '_', '`', '~' and '<' are escaped inline already
        return s;
    }

    /** Backslash-escapes the active characters of one line; link-like words become code spans. */
    private static String escapeLine(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        Matcher w = WORD.matcher(s);
        int last = 0;
        while (w.find()) {
            out.append(s, last, w.start());
            String word = w.group();
            if (LINKISH.matcher(word).find()) {
                codeSpan(word, out);
            } else {
                escapeWord(word, out);
            }
            last = w.end();
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    private static void escapeWord(String word, StringBuilder out) {
        Matcher entity = ENTITY_START.matcher(word);
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ALWAYS.indexOf(ch) >= 0 || ch == '&' && entity.find(i) && entity.start() == i) {
                out.append('\\');
            }
            out.append(ch);
        }
    }

    /** A code span holding {@code word} verbatim: a fence longer than any backtick run inside it. */
    private static void codeSpan(String word, StringBuilder out) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            run = word.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = word.startsWith("`") || word.endsWith("`");
        out.append(fence).append(pad ? " " : "").append(word).append(pad ? " " : "").append(fence);
    }

    /**
     * Control characters other than line breaks and tab: U+FFFD, or as Control Pictures when
     * {@code visible} (then line breaks and tab too). NUL is never passed on (CommonMark replaces it anyway).
     */
    private static String controls(String s, boolean visible) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean control = ch < 0x20 || ch == 0x7F;
            boolean keep = !visible && (ch == '\n' || ch == '\r' || ch == '\t');
            boolean lone = Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)) || Character.isLowSurrogate(ch) && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1)));
            if ((control && !keep) || lone) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                    sb.append(s, 0, i);
                }
                sb.append(lone ? '\uFFFD' : visible ? (char) (ch == 0x7F ? 0x2421 : 0x2400 + ch) : '\uFFFD');
            } else if (sb != null) {
                sb.append(ch);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
