package org.claimline.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimline.files.BoundedRead;
import org.claimline.model.Claim;
import org.claimline.storage.DocumentInfo;
import org.claimline.storage.LoadResult;
import org.claimline.storage.SidecarStore;

/** {@code validate SIDECAR...}: checks sidecars against the format; exit 1 if any has a problem. */
final class ValidateCommand implements CliCommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "SIDECAR...               check annotation sidecars and print their problems";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Args.UsageException {
        Args parsed = Args.parse(name(), List.of(), argv);
        if (parsed.help()) {
            out.print(Args.helpText(name(), "SIDECAR...", List.of()));
            return 0;
        }
        List<String> args = parsed.positional();
        if (args.isEmpty()) {
            err.println("claimline validate: name one or more sidecars to check (claimline validate --help)");
            return 2;
        }
        int bad = 0;
        for (String a : args) {
            Path p = Path.of(a);
            List<String> problems = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            String summary = check(p, problems, warnings);
            for (String w : warnings) {
                out.println(p + ": warning: " + w);
            }
            for (String e : problems) {
                out.println(p + ": error: " + e);
            }
            if (problems.isEmpty()) {
                out.println(p + ": ok, " + summary);
            } else {
                bad++;
            }
        }
        if (args.size() > 1) {
            out.printf("%d of %d sidecars have problems%n", bad, args.size());
        }
        return bad == 0 ? 0 : 1;
    }

    /** Fills the lists and returns a one-line summary of a valid file. */
    private static String check(Path p, List<String> problems, List<String> warnings) {
        try {
            BoundedRead.requireRegularFile(p, "a sidecar");
        } catch (BoundedRead.RefusedException e) {
            problems.add(e.getMessage());
            return null;
        }
        // no article text: offsets stay in code points, as written in the file
        LoadResult r = SidecarStore.read(p, null);
        switch (r.status()) {
            case CORRUPT -> {
                problems.addAll(r.warnings().isEmpty() ? List.of(r.message()) : r.warnings());
                return null;
            }
            case NEWER_SCHEMA -> {
                // the loader's words are for the reader ("open read-only"); here the file is only checked
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(format \\d+; this version writes format \\d+\\)")
                        .matcher(r.message());
                warnings.add(m.find() ? "written by a newer version of Claimline " + m.group() + ": checked as far as "
                        + "this version knows the format; the reader opens it read-only" : r.message());
            }
            default -> {
            }
        }
        warnings.addAll(r.warnings());
        DocumentInfo d = r.file().document();
        List<Claim> claims = r.file().annotations().claims();
        if (d.sourceName() == null) {
            warnings.add("the document's source file name is missing");
        }
        if (d.textSha256() == null) {
            warnings.add("the cleaned text's hash is missing, so a changed article will not be noticed");
        }
        long orphans = claims.stream().filter(c -> c.anchor().isOrphan()).count();
        return claims.size() + " annotations (" + orphans + " orphaned), "
                + r.file().annotations().taxonomy().issues().size() + " issues, "
                + r.file().annotations().taxonomy().actors().size() + " actors";
    }
}
