package org.claimline.workspace;

import java.nio.file.Path;

/**
 * Child process of {@link CodebookPropagationCrashTest}: applies a codebook edit to a workspace, printing each
 * sidecar it finishes, so the test can kill it half-way.
 */
public final class PropagationChild {
    private PropagationChild() {
    }

    public static void main(String[] args) throws Exception {
        WorkspaceCodebook cb = new WorkspaceCodebook(Path.of(args[0]));
        cb.apply(CodebookEdit.decode(args[1]), new Progress() {
            @Override
            public void update(int done, int total, String what) {
                System.out.println("done " + done + " of " + total);
                System.out.flush();
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        System.out.println("finished");
    }
}
