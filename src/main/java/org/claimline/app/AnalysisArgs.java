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
final class AnalysisArgs {
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

    /** Parses {@code args}; on a mistake {@link #error} says what, in the command's words. */
    static AnalysisArgs parse(String command, List<String> args, List<String> formats) {
        AnalysisArgs a = new AnalysisArgs();
        a.command = command;
        for (int i = 0; i < args.size() && a.error == null; i++) {
            String opt = args.get(i);
            if (!opt.startsWith("--")) {
                if (a.folder != null) {
                    a.error = "one folder only (got " + a.folder + " and " + opt + ")";
                }
                a.folder = Path.of(opt);
                continue;
            }
            if (opt.equals("--stance-split")) {
                a.stances = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                a.error = opt + " needs a value";
                break;
            }
            String v = args.get(++i);
            Dimension d = Dimension.parse(opt.substring(2));
            switch (opt) {
                case "--issue", "--actor", "--outlet", "--stance", "--coder", "--month" -> a.filter = a.filter.with(d, v);
                case "--from" -> a.filter = a.filter.withRange(a.date(opt, v), a.filter.to());
                case "--to" -> a.filter = a.filter.withRange(a.filter.from(), a.date(opt, v));
                case "--text" -> a.filter = a.filter.withText(v);
                case "--rows" -> a.rows = a.dimension(opt, v);
                case "--cols", "--columns" -> a.cols = a.dimension(opt, v);
                case "--count" -> {
                    a.count = Count.parse(v);
                    if (a.count == null) {
                        a.error = "--count takes claims or articles, not " + v;
                    }
                }
                case "--format" -> {
                    a.format = v.toLowerCase(java.util.Locale.ROOT);
                    if (!formats.contains(a.format)) {
                        a.error = "--format takes " + String.join(", ", formats) + ", not " + v;
                    }
                }
                case "--out", "-o" -> a.out = Path.of(v);
                default -> a.error = "unknown option " + opt;
            }
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

    static void writeAtomically(Path target, String text) throws IOException {
        String why = refusal(target);
        if (why != null) {
            throw new IOException(why);
        }
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        org.claimline.files.AtomicFiles.write(abs, text.getBytes(StandardCharsets.UTF_8), false);
    }
}
