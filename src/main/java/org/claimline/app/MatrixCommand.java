package org.claimline.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.claimline.analysis.ClaimsTable;
import org.claimline.analysis.CorpusSource;
import org.claimline.analysis.Matrix;
import org.claimline.export.AnalysisTables;

/**
 * {@code matrix DIR --rows D --cols D [--count claims|articles] [--stance-split] [filters] [--format csv|md|json]}:
 * a cross-tabulation of a folder's claims.
 */
final class MatrixCommand implements CliCommand {
    private final Function<Path, CorpusSource> sources;

    MatrixCommand(Function<Path, CorpusSource> sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return "matrix";
    }

    @Override
    public String summary() {
        return "DIR --rows issue|actor|outlet|stance|coder|month --cols \u2026 [--count claims|articles] "
                + "[--stance-split] [filters] [--format csv|md|json] [--out FILE]   claims counted by two dimensions";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        AnalysisArgs a = AnalysisArgs.parse(name(), args, List.of("csv", "md", "json"));
        if (a.help) {
            out.print(Args.helpText(name(), summary(), AnalysisArgs.OPTIONS));
            return 0;
        }
        if (a.error == null && (a.rows == null || a.cols == null)) {
            a.error = "give both --rows and --cols (" + org.claimline.analysis.Dimension.choices() + ")";
        }
        if (a.error == null && a.rows == a.cols) {
            a.error = "--rows and --cols must differ (" + a.rows.id() + " against itself: see the report's "
                    + "co-occurrence tables)";
        }
        if (a.error != null) {
            err.println("claimline matrix: " + a.error);
            err.println("usage: claimline matrix " + summary());
            return 2;
        }
        ClaimsTable t = a.read(sources, err);
        Matrix m = Matrix.compute(t.filtered(a.filter), a.rows, a.cols, a.count);
        a.emit(switch (a.format) {
            case "md" -> AnalysisTables.matrixMarkdown(m);
            case "json" -> AnalysisTables.matrixJson(m);
            default -> a.stances ? AnalysisTables.matrixStanceCsv(m) : AnalysisTables.matrixCsv(m);
        }, out, err);
        return 0;
    }
}
