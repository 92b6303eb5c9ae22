package org.claimline.app;

import org.claimline.storage.SidecarNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimline.files.AtomicFiles;

/**
 * Refuses an output path that would replace one of the command's own inputs: an article, its sidecar or the
 * sidecar's backup, whether named directly, through another spelling of the path, or through a link. Any
 * file whose name is that of a sidecar or its backup is refused too: an export never writes one.
 */
final class OutputGuard {
    private final List<Path> inputs;

    private OutputGuard(List<Path> inputs) {
        this.inputs = inputs;
    }

    static OutputGuard of(List<ExportService.Target> targets) {
        List<Path> in = new ArrayList<>();
        for (ExportService.Target t : targets) {
            in.add(t.article());
            in.add(t.sidecar());
            in.add(t.sidecar().resolveSibling(t.sidecar().getFileName() + ".bak"));
        }
        return new OutputGuard(in);
    }

    static OutputGuard ofFiles(List<Path> files) {
        List<Path> in = new ArrayList<>();
        for (Path f : files) {
            in.add(f);
            Path sidecar = SidecarNames.sidecarFor(f);
            in.add(sidecar);
            in.add(sidecar.resolveSibling(sidecar.getFileName() + ".bak"));
        }
        return new OutputGuard(in);
    }

    /** Why {@code out} must not be written, or null when it may. */
    String refusal(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (name.endsWith(SidecarNames.SUFFIX) || name.endsWith(SidecarNames.SUFFIX + ".bak")) {
            return out + " is an annotation sidecar; writing there would replace claims. Nothing was written; "
                    + "choose another output file.";
        }
        for (Path in : inputs) {
            if (same(out, in)) {
                return out + " is one of the files being read (" + in.getFileName() + "); writing there would "
                        + "replace it. Nothing was written; choose another output file.";
            }
        }
        return null;
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            return AtomicFiles.resolveLinks(a).toAbsolutePath().normalize()
                    .equals(AtomicFiles.resolveLinks(b).toAbsolutePath().normalize());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
