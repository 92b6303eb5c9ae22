package org.claimline.cleaning.text;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimline.cleaning.CharsetDetection;

/** Developer tool (not a test): prints every line of a dump with its class, region flag and reason. */
public final class DebugDumpMain {
    public static void main(String[] args) throws Exception {
        for (String f : args) {
            dump(f);
        }
    }

    static void dump(String file) throws Exception {
        System.out.println("##### " + file);
        byte[] b = Files.readAllBytes(Path.of(file));
        TextDumpContext ctx = new TextDumpPipeline().run(CharsetDetection.decode(b, "x.txt").text());
        System.out.println("lang=" + ctx.language + " plain=" + ctx.plain + " region=" + ctx.regionStart + ".." + ctx.regionEnd);
        System.out.println(ctx.metadata);
        for (TextLine l : ctx.lines) {
            System.out.println((l.inRegion ? "R " : "  ") + (l.kept() ? "+" : "-") + " " + l.initialQuality + "/"
                    + String.format(java.util.Locale.ROOT, "%+.0f ", MainRegionStep.value(l)) + l);
        }
    }
}
