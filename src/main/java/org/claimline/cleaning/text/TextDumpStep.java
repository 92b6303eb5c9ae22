package org.claimline.cleaning.text;

/** One named step of the text-dump cleaner; reads and updates the shared context. Must never throw. */
public interface TextDumpStep {
    String name();

    void apply(TextDumpContext ctx);
}
