package org.claimline.app;

import org.claimline.storage.SidecarNames;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.claimline.analysis.ClaimsTable;
import org.claimline.analysis.Count;
import org.claimline.analysis.CorpusSource;
import org.claimline.analysis.Dimension;
import org.claimline.analysis.Filter;

/**
 * The options the analysis commands share: the folder, the filter ({@code --issue X} and friends, repeatable:
 * values of one option are alternatives), the matrix axes, the output format and file. Parsing stops at the
 * first mistake with a message naming it. Output goes to standard output, or to {@code --out} atomically
 * (temporary file beside it, then a rename), never over an article or a sidecar.
 */
public final class AnalysisArgs {
    String command;
    Path folder;
    Filter filter = Filter.NONE;
    Dimension rows;
    Dimension cols;
    Count count = Count.CLAIMS;
    String format;
    Path out;
    boolean stances;
    String error;

    /** The options every analysis command takes (the matrix axes only mean something to matrix and report). */
    static final List<Args.Option> OPTIONS = List.of(
            Args.Option.valued("X", "claims about this issue (repeat for alternatives)", "--issue"),
            Args.Option.valued("Y", "claims naming this actor", "--actor"),
            Args.Option.valued("Z", "articles from this outlet", "--outlet"),
            Args.Option.valued("S", "claims with this stance", "--stance"),
            Args.Option.valued("C", "claims recorded by this coder", "--coder"),
            Args.Option.valued("YYYY-MM", "articles of this month", "--month"),
            Args.Option.valued("D", "articles published on or after (2020-01-31 or 2020-01)", "--from"),
            Args.Option.valued("D", "articles published on or before", "--to"),
            Args.Option.valued("T", "claims whose quote, summary or note holds this text", "--text"),
            Args.Option.valued("D", "matrix rows: " + Dimension.choices(), "--rows"),
            Args.Option.valued("D", "matrix columns", "--cols", "--columns"),
            Args.Option.valued("claims|articles", "what a matrix cell counts", "--count"),
            Args.Option.flag("split each matrix cell by stance", "--stance-split"),
            Args.Option.valued("FORMAT", "the output format", "--format"),
            Args.Option.valued("FILE", "write here (atomically) instead of standard output", "--out", "-o"));

    /** Whether {@code --help} was asked for: the command prints its help and does nothing else. */
    boolean help;

    /** Parses {@code args} with the shared {@link Args}; on a mistake {@link #error} says what, in the command's words. */
    static AnalysisArgs parse(String command, List<String> args, List<String> formats) {
        AnalysisArgs a = new AnalysisArgs();
        a.command = command;
        Args p;
        try {
            p = Args.parse(command, OPTIONS, args);
        } catch (Args.UsageException e) {
            a.error = e.getMessage();
            return a;
        }
        if (p.help()) {
            a.help = true;
            return a;
        }
        if (p.positional().size() > 1) {
            a.error = "one folder only (got " + p.positional().get(0) + " and " + p.positional().get(1) + ")";
            return a;
        }
        a.folder = p.positional().isEmpty() ? null : Path.of(p.positional().get(0));
        a.stances = p.flag("--stance-split");
        for (String opt : List.of("--issue", "--actor", "--outlet", "--stance", "--coder", "--month")) {
            Dimension d = Dimension.parse(opt.substring(2));
            for (String v : p.values(opt)) {
                a.filter = a.filter.with(d, v);
            }
        }
        if (p.value("--from") != null) {
            a.filter = a.filter.withRange(a.date("--from", p.value("--from")), a.filter.to());
        }
        if (a.error == null && p.value("--to") != null) {
            a.filter = a.filter.withRange(a.filter.from(), a.date("--to", p.value("--to")));
        }
        if (p.value("--text") != null) {
            a.filter = a.filter.withText(p.value("--text"));
        }
        if (a.error == null && p.value("--rows") != null) {
            a.rows = a.dimension("--rows", p.value("--rows"));
        }
        if (a.error == null && p.value("--cols") != null) {
            a.cols = a.dimension("--cols", p.value("--cols"));
        }
        if (a.error == null && p.value("--count") != null) {
            a.count = Count.parse(p.value("--count"));
            if (a.count == null) {
                a.error = "--count takes claims or articles, not " + p.value("--count");
            }
        }
        if (a.error == null && p.value("--format") != null) {
            a.format = p.value("--format").toLowerCase(java.util.Locale.ROOT);
            if (!formats.contains(a.format)) {
                a.error = "--format takes " + String.join(", ", formats) + ", not " + p.value("--format");
            }
        }
        if (p.value("--out") != null) {
            a.out = Path.of(p.value("--out"));
        }
        if (a.error == null && a.folder == null) {
            a.error = "give the folder of articles to analyse";
        }
        if (a.error == null && !Files.isDirectory(a.folder)) {
            a.error = a.folder + " is not a folder";
        }
        if (a.error == null && a.format == null && !formats.isEmpty()) {
            a.format = formats.get(0);
        }
        return a;
    }

    private LocalDate date(String opt, String v) {
        try {
            return LocalDate.parse(v.length() == 7 ? v + "-01" : v);
        } catch (DateTimeParseException e) {
            error = opt + " takes a date as 2020-01-31 or a month as 2020-01, not " + v;
            return null;
        }
    }

    private Dimension dimension(String opt, String v) {
        Dimension d = Dimension.parse(v);
        if (d == null) {
            error = opt + " takes " + Dimension.choices() + ", not " + v;
        }
        return d;
    }

    /** Reads the folder, saying on {@code err} how far it got when it takes a while. */
    ClaimsTable read(Function<Path, CorpusSource> sources, PrintStream err) throws IOException {
        ClaimsTable t = ClaimsTable.read(sources.apply(folder));
        for (ClaimsTable.Problem p : t.problems()) {
            err.println("claimline " + command + ": skipped " + p.where() + ": " + p.message());
        }
        if (t.articles().isEmpty()) {
            err.println("claimline " + command + ": no article with claims found under " + folder);
        }
        return t;
    }

    /** Writes {@code text} to {@link #out} (atomically) or to {@code stdout}. */
    void emit(String text, PrintStream stdout, PrintStream err) throws IOException {
        if (out == null) {
            stdout.write(text.getBytes(StandardCharsets.UTF_8));
            stdout.flush();
            return;
        }
        writeAtomically(out, text);
        err.println("wrote " + out);
    }

    /** Refuses a target that is an article with claims or a sidecar: outputs never replace inputs. */
    static String refusal(Path given) {
        Path target;
        try {
            target = org.claimline.files.AtomicFiles.resolveLinks(given);
        } catch (IOException e) {
            return given + ": " + org.claimline.files.IoText.describe(e);
        }
        Path name = target.getFileName();
        if (name == null) {
            return target + " is not a file name";
        }
        if (Files.isDirectory(target)) {
            return target + " is a folder; give a file name";
        }
        if (name.toString().endsWith(SidecarNames.SUFFIX)) {
            return target + " is a claims file; choose another name";
        }
        if (Files.exists(target) && Files.exists(SidecarNames.sidecarFor(target))) {
            return target + " is an annotated article; choose another name";
        }
        return null;
    }

    public static void writeAtomically(Path target, String text) throws IOException {
        String why = refusal(target);
        if (why != null) {
            throw new IOException(why);
        }
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        org.claimline.files.AtomicFiles.write(abs, text.getBytes(StandardCharsets.UTF_8), false);
    }
}
