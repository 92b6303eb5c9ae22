package org.claimline.workspace;

/** Reports how far a long job has come and asks whether it should stop. Called from worker threads. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(int done, int total, String what) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(int done, int total, String what);

    boolean cancelled();
}
