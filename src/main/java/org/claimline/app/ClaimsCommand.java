package org.claimline.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.claimline.analysis.ClaimRow;
import org.claimline.analysis.ClaimsTable;
import org.claimline.analysis.CorpusSource;
import org.claimline.export.AnalysisTables;

/** {@code claims DIR [filters] [--format csv|md|json] [--out FILE]}: every claim of a folder, one row each. */
final class ClaimsCommand implements CliCommand {
    static final String FILTERS = "[--issue X] [--actor Y] [--outlet Z] [--stance S] [--coder C] [--from D] [--to D] "
            + "[--text T]";
    private final Function<Path, CorpusSource> sources;

    ClaimsCommand(Function<Path, CorpusSource> sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public String summary() {
        return "DIR " + FILTERS + " [--format csv|md|json] [--out FILE]   every claim of a folder's articles";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        AnalysisArgs a = AnalysisArgs.parse(name(), args, List.of("csv", "md", "json"));
        if (a.help) {
            out.print(Args.helpText(name(), summary(), AnalysisArgs.OPTIONS));
            return 0;
        }
        if (a.error != null) {
            err.println("claimline claims: " + a.error);
            err.println("usage: claimline claims " + summary());
            return 2;
        }
        ClaimsTable t = a.read(sources, err);
        List<ClaimRow> rows = t.filtered(a.filter);
        a.emit(switch (a.format) {
            case "md" -> AnalysisTables.claimsMarkdown(rows);
            case "json" -> AnalysisTables.claimsJson(rows);
            default -> AnalysisTables.claimsCsv(rows);
        }, out, err);
        return 0;
    }
}
