package org.claimline.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Downloads a web page for the workspace with Java's {@link HttpClient}: redirects followed (within the client's
 * limit), a time limit for connecting and for the whole answer, a size limit on the body, and a message in the
 * user's words for every way it can fail (an error status, a PDF or image instead of a page, a secure connection
 * that fails, no network, a server that never answers).
 */
public final class LinkFetcher {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** Made on the first fetch: building an {@link HttpClient} costs a noticeable part of the app's start-up. */
    private HttpClient client;
    private final Duration connect;
    private final Duration timeout;
    private final long maxBytes;

    /** A page fetched: its bytes, the address it was finally served from, and its content type. */
    public record Page(byte[] body, String finalUrl, String contentType) {
        public boolean isHtml() {
            return contentType == null || contentType.contains("html");
        }
    }

    /** A failure to fetch, with a message for the user. */
    public static final class FetchException extends IOException {
        public FetchException(String message) {
            super(message);
        }
    }

    public LinkFetcher() {
        this(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES);
    }

    public LinkFetcher(Duration connect, Duration timeout, long maxBytes) {
        this.connect = connect;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(connect)
                    .build();
        }
        return client;
    }

    public static URI parse(String link) throws FetchException {
        String s = link == null ? "" : link.strip();
        if (!s.contains("://")) {
            s = "https://" + s;
        }
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new FetchException("“" + link + "” is not a web address (http:// or https://)");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new FetchException("“" + link + "” is not a web address");
        }
    }

    public Page fetch(String link) throws FetchException, InterruptedException {
        URI uri = parse(link);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "Claimline (article reader)")
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1").GET().build();
        HttpResponse<InputStream> r;
        try {
            r = client().send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException(uri.getHost() + " did not accept a connection within the time limit");
        } catch (HttpTimeoutException e) {
            throw new FetchException(uri.getHost() + " did not answer within " + timeout.toSeconds() + " seconds");
        } catch (SSLException e) {
            throw new FetchException("the secure connection to " + uri.getHost() + " failed (" + e.getMessage() + ")");
        } catch (UnknownHostException e) {
            throw new FetchException(uri.getHost() + " cannot be found: check the address, or whether this computer is online");
        } catch (ConnectException e) {
            throw new FetchException(uri.getHost() + " cannot be reached: the computer may be offline, or the site down");
        } catch (IOException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (m.toLowerCase(Locale.ROOT).contains("redirect")) {
                throw new FetchException("the address redirects too many times (a redirect loop)");
            }
            throw new FetchException("the page could not be downloaded (" + (m.isBlank() ? "connection lost" : m) + ")");
        }
        try (InputStream in = r.body()) {
            // the request's time limit ends with the headers: a server that stalls in the body is cut off here
            java.util.concurrent.CompletableFuture.runAsync(() -> quietlyClose(in), java.util.concurrent.CompletableFuture
                    .delayedExecutor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
            int status = r.statusCode();
            if (status >= 300 && status < 400) {
                throw new FetchException("the address redirects too many times (a redirect loop)");
            }
            if (status >= 400) {
                throw new FetchException("the server answered " + status + " (" + reason(status) + ")");
            }
            String type = r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.contains("pdf")) {
                throw new FetchException("the link leads to a PDF, not a web page; save the article's text instead");
            }
            if (type.startsWith("image/") || type.startsWith("video/") || type.startsWith("audio/")) {
                throw new FetchException("the link leads to " + (type.startsWith("image/") ? "an image" : "a media file")
                        + ", not a web page");
            }
            if (!type.isEmpty() && !type.contains("html") && !type.startsWith("text/")) {
                throw new FetchException("the link leads to a file of type " + type.split(";")[0] + ", not a web page");
            }
            long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new FetchException("the page is " + (declared >> 20) + " MB; pages up to " + (maxBytes >> 20)
                        + " MB are saved");
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new FetchException("the page is larger than the " + (maxBytes >> 20) + " MB that are saved");
            }
            if (body.length == 0) {
                throw new FetchException("the server sent an empty page");
            }
            return new Page(body, r.uri().toString(), type.isEmpty() ? null : type);
        } catch (FetchException e) {
            throw e;
        } catch (HttpTimeoutException e) {
            throw new FetchException(uri.getHost() + " did not finish sending the page within " + timeout.toSeconds() + " seconds");
        } catch (IOException e) {
            throw new FetchException("the download was cut off (" + e.getMessage() + ")");
        }
    }

    private static void quietlyClose(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closed already
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 401, 403 -> "access denied: the page may need a subscription or a login";
            case 404, 410 -> "no such page";
            case 429 -> "too many requests; try again later";
            default -> status >= 500 ? "the site has a problem; try again later" : "the request was refused";
        };
    }
}
