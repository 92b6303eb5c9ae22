package org.claimline.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.claimline.analysis.Analysis;
import org.claimline.analysis.ClaimsTable;
import org.claimline.analysis.CorpusSource;
import org.claimline.analysis.Dimension;
import org.claimline.export.AnalysisReport;

/** {@code report DIR --out FILE.html [--rows D --cols D] [--count …] [filters]}: the whole analysis as one HTML file. */
final class ReportCommand implements CliCommand {
    private final Function<Path, CorpusSource> sources;
    private final Supplier<Instant> clock;

    ReportCommand(Function<Path, CorpusSource> sources, Supplier<Instant> clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "DIR --out FILE.html [--rows D --cols D] [--count claims|articles] [filters]   the analysis as one "
                + "self-contained HTML report";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        AnalysisArgs a = AnalysisArgs.parse(name(), args, List.of());
        if (a.help) {
            out.print(Args.helpText(name(), summary(), AnalysisArgs.OPTIONS));
            return 0;
        }
        if (a.error == null && a.out == null) {
            a.error = "give --out FILE.html";
        }
        if (a.error == null && AnalysisArgs.refusal(a.out) != null) {
            a.error = AnalysisArgs.refusal(a.out);
        }
        Dimension rows = a.rows == null ? Dimension.ISSUE : a.rows;
        Dimension cols = a.cols == null ? (rows == Dimension.ACTOR ? Dimension.ISSUE : Dimension.ACTOR) : a.cols;
        if (a.error == null && rows == cols) {
            a.error = "--rows and --cols must differ";
        }
        if (a.error != null) {
            err.println("claimline report: " + a.error);
            err.println("usage: claimline report " + summary());
            return 2;
        }
        ClaimsTable t = a.read(sources, err);
        Analysis an = Analysis.of(t, a.filter, rows, cols, a.count);
        a.emit(new AnalysisReport().write(an, clock.get()), out, err);
        return 0;
    }
}
