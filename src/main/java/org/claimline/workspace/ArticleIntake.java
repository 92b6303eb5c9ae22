package org.claimline.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimline.cleaning.ArticleCleaner;
import org.claimline.cleaning.CleaningException;
import org.claimline.model.Article;
import org.claimline.storage.AtomicFiles;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.SidecarRewrite;
import org.claimline.storage.SidecarStore;

/**
 * Adds an article to a workspace: a page fetched from a link or text pasted from the clipboard is saved as it came
 * (raw HTML, or plain text) under a readable file name that takes nothing over, with the address it came from
 * written into the file (an HTML comment) and into a new sidecar's document section. The page must clean into an
 * article, else nothing is saved and the reason is given.
 */
public final class ArticleIntake {
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private final ArticleCleaner cleaner;
    private final Clock clock;

    public ArticleIntake(ArticleCleaner cleaner, Clock clock) {
        this.cleaner = cleaner;
        this.clock = clock;
    }

    /** Saves a fetched page into {@code folder}; returns the new file. */
    public Path saveFetched(Path folder, LinkFetcher.Page page) throws IOException {
        boolean html = page.isHtml();
        String url = page.finalUrl();
        byte[] body = page.body();
        if (html) {
            String note = "<!-- saved by Claimline from " + url.replace("--", "%2D%2D") + " on " + Instant.now(clock) + " -->\n";
            byte[] prefix = note.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[prefix.length + body.length];
            System.arraycopy(prefix, 0, all, 0, prefix.length);
            System.arraycopy(body, 0, all, prefix.length, body.length);
            body = all;
        }
        String head = new String(page.body(), 0, Math.min(page.body().length, 65536), StandardCharsets.UTF_8);
        String name = slug(titleOf(head), url);
        return save(folder, name, html ? ".html" : ".txt", body, url);
    }

    /** Saves pasted text (HTML when it looks like a page or fragment) into {@code folder}; returns the new file. */
    public Path savePasted(Path folder, String content) throws IOException {
        if (content == null || content.isBlank()) {
            throw new IOException("the clipboard holds no text");
        }
        String trimmed = content.stripLeading();
        boolean html = trimmed.startsWith("<") && trimmed.toLowerCase(Locale.ROOT).matches("(?s)^<(!doctype|html|head|body|article|div|p|h\\d|section)[\\s>].*");
        String firstLine = html ? titleOf(content) : trimmed.lines().findFirst().orElse("");
        String name = slug(firstLine, null);
        return save(folder, name.isEmpty() ? "pasted" : name, html ? ".html" : ".txt",
                content.getBytes(StandardCharsets.UTF_8), null);
    }

    private Path save(Path folder, String base, String ext, byte[] bytes, String url) throws IOException {
        Article article;
        try {
            article = cleaner.clean(bytes, base + ext);
        } catch (CleaningException e) {
            throw new IOException("nothing was saved: " + ArticleProbe.userWords(e.getMessage(), base + ext));
        }
        Path target = unique(folder, base, ext);
        AtomicFiles.write(target, bytes, new byte[0]);
        if (url != null) {
            SidecarRewrite.createWithSource(SidecarStore.sidecarFor(target),
                    DocumentInfo.of(target.getFileName().toString(), bytes, article, ArticleCleaner.version()), article.text(), url);
        }
        return target;
    }

    static Path unique(Path folder, String base, String ext) {
        Path p = folder.resolve(base + ext);
        for (int n = 2; Files.exists(p) || Files.exists(SidecarStore.sidecarFor(p)); n++) {
            p = folder.resolve(base + "-" + n + ext);
        }
        return p;
    }

    static String titleOf(String html) {
        Matcher m = TITLE.matcher(html);
        return m.find() ? m.group(1).replaceAll("<[^>]*>", " ").replace("&amp;", "&").replace("&#39;", "'") : "";
    }

    /** A readable file name: lower-case words joined by hyphens, at most 60 characters, from the title or the address. */
    static String slug(String title, String url) {
        String s = title == null ? "" : title;
        if (s.isBlank() && url != null) {
            String path = url.replaceFirst("^[a-z]+://", "").replaceFirst("[?#].*$", "");
            String[] parts = path.split("/");
            s = parts[parts.length - 1].replaceFirst("\\.[a-z]{2,5}$", "");
            if (s.isBlank() || parts.length == 1) {
                s = path.replace('/', ' ');
            }
        }
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        if (n.length() > 60) {
            n = n.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return n.isEmpty() ? "article" : n;
    }
}
