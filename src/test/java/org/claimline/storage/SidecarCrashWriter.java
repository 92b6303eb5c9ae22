package org.claimline.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Anchor;
import org.claimline.model.AnnotationSet;
import org.claimline.model.Claim;
import org.claimline.model.Stance;
import org.claimline.model.TextRange;

/**
 * Child process of {@link SidecarCrashTest}: saves version after version of a sidecar until it is killed,
 * printing {@code saved N} after each save completes.
 */
public final class SidecarCrashWriter {
    private SidecarCrashWriter() {
    }

    /** Version {@code v}: its number in the first claim's summary and a size that varies from save to save. */
    static AnnotationSet version(int v) {
        String text = SidecarFixtures.TEXT;
        List<Claim> claims = new ArrayList<>();
        int n = 1 + Math.floorMod(v * 7919, 60);
        for (int i = 0; i < n; i++) {
            int start = Math.floorMod(i * 31 + v, text.length() - 10);
            if (Character.isLowSurrogate(text.charAt(start))) {
                start++;
            }
            int end = start + 5;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            claims.add(new Claim(i == 0 ? "version" : "c" + i, Anchor.exact(text, new TextRange(start, end)),
                    i == 0 ? "v" + v : "summary " + i + " of version " + v + " 😀", List.of(), List.of(),
                    Stance.values()[Math.floorMod(v + i, 4)], "note ".repeat(1 + Math.floorMod(v + i, 40)), List.of(),
                    null, null, "crash"));
        }
        return new AnnotationSet(SidecarFixtures.TAXONOMY, claims);
    }

    public static void main(String[] args) throws Exception {
        Path sidecar = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        SidecarStore store = new SidecarStore(sidecar);
        LoadResult r = store.load(SidecarFixtures.TEXT);
        if (r.status() == LoadResult.Status.CORRUPT) {
            System.out.println("corrupt " + r.message());
            return;
        }
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        for (int v = first; v < first + count; v++) {
            store.save(version(v), SidecarFixtures.document(), SidecarFixtures.TEXT);
            System.out.println("saved " + v);
        }
    }
}
