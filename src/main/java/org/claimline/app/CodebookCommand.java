package org.claimline.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimline.export.CodebookExchange;
import org.claimline.model.Codebook;
import org.claimline.workspace.CodebookImport;
import org.claimline.workspace.WorkspaceCodebook;

/**
 * {@code codebook DIR --export qdc|csv [--out FILE]} writes the folder's codebook as REFI-QDA or CSV;
 * {@code codebook DIR --import FILE [--yes]} shows what importing a .qdc or .csv would change, and with --yes does it.
 */
final class CodebookCommand implements CliCommand {
    @Override
    public String name() {
        return "codebook";
    }

    @Override
    public String summary() {
        return "DIR --export qdc|csv [--out FILE] | --import FILE [--yes]   exchange a folder's codebook";
    }

    private static final List<Args.Option> OPTIONS = List.of(
            Args.Option.valued("qdc|csv", "write the codebook as REFI-QDA .qdc or CSV", "--export"),
            Args.Option.valued("FILE", "where the export goes (default: standard output)", "--out", "-o"),
            Args.Option.valued("FILE", "a .qdc or CSV codebook to merge in by name", "--import"),
            Args.Option.flag("do the import (without it, only show what it would change)", "--yes"));

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args parsed = Args.parse(name(), OPTIONS, args);
        if (parsed.help()) {
            out.print(Args.helpText(name(), "DIR --export qdc|csv [--out FILE] | --import FILE [--yes]", OPTIONS));
            return 0;
        }
        if (parsed.positional().size() > 1) {
            err.println("claimline codebook: unexpected " + parsed.positional().get(1));
            return 2;
        }
        String export = parsed.value("--export");
        Path outFile = parsed.value("--out") == null ? null : Path.of(parsed.value("--out"));
        Path importFile = parsed.value("--import") == null ? null : Path.of(parsed.value("--import"));
        boolean yes = parsed.flag("--yes");
        String dirArg = parsed.positional().isEmpty() ? null : parsed.positional().get(0);
        if (dirArg == null || (export == null) == (importFile == null)) {
            err.println("usage: claimline codebook DIR --export qdc|csv [--out FILE] | --import FILE [--yes]");
            return 2;
        }
        WorkspaceCodebook cb = new WorkspaceCodebook(WorkspaceWiring.folder(dirArg));
        if (export != null) {
            String text = switch (export) {
                case "qdc" -> CodebookExchange.toQdc(cb.read());
                case "csv" -> CodebookExchange.toCsv(cb.read());
                default -> null;
            };
            if (text == null) {
                err.println("claimline codebook: --export takes qdc or csv, not " + export);
                return 2;
            }
            if (outFile == null) {
                out.print(text);
            } else {
                String why = AnalysisArgs.refusal(outFile);
                if (why != null) {
                    err.println("claimline codebook: " + why);
                    return 1;
                }
                org.claimline.files.AtomicFiles.write(outFile, text.getBytes(StandardCharsets.UTF_8), false);
                err.println("wrote " + outFile);
            }
            return 0;
        }
        byte[] bytes = org.claimline.files.BoundedRead.read(importFile, CodebookExchange.MAX_BYTES, "a codebook");
        Codebook incoming = importFile.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? CodebookExchange.fromCsv(new String(bytes, StandardCharsets.UTF_8)) : CodebookExchange.fromQdc(bytes);
        Codebook current = cb.read();
        for (CodebookImport.Change c : CodebookImport.preview(current, incoming)) {
            out.println(c.action().name().toLowerCase(java.util.Locale.ROOT) + "\t" + c.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + "\t" + c.name() + "\t" + c.detail());
        }
        if (yes) {
            cb.update(now -> CodebookImport.apply(now, incoming));
            err.println("imported into " + cb.file());
        } else {
            err.println("nothing changed yet: add --yes to import");
        }
        return 0;
    }
}
