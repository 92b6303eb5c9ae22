package org.claimline.cleaning.text;

import java.util.ArrayList;
import java.util.List;
import org.claimline.model.Article;
import org.claimline.model.Block;
import org.claimline.model.BlockKind;

/** The ordered chain of text-dump steps and the assembly of their result into an {@link Article}. */
public final class TextDumpPipeline {

    private final List<TextDumpStep> steps;

    public TextDumpPipeline() {
        this(defaultSteps());
    }

    public TextDumpPipeline(List<TextDumpStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public static List<TextDumpStep> defaultSteps() {
        return List.of(new SegmentStep(), new LanguageStep(), new LineShapeStep(), new WrappedLineStep(),
                new RepetitionStep(), new PlainArticleStep(), new ClassifyStep(), new CodeBlockStep(),
                new ContextSmoothingStep(),
                new StructuredListStep(), new MainRegionStep(), new MetadataStep(), new LeadCaptionStep(),
                new AuthorBoxStep(), new BlockKindStep());
    }

    public List<TextDumpStep> steps() {
        return steps;
    }

    /** Runs every step over {@code text}; the context is returned for inspection (tests, diagnostics). */
    public TextDumpContext run(String text) {
        TextDumpContext ctx = new TextDumpContext(text);
        for (TextDumpStep step : steps) {
            if (step instanceof ClassifyStep || step instanceof CodeBlockStep || step instanceof ContextSmoothingStep
                    || step instanceof StructuredListStep || step instanceof MainRegionStep) {
                if (ctx.plain) {
                    continue;
                }
            }
            step.apply(ctx);
        }
        return ctx;
    }

    public Article clean(String text) {
        return assemble(run(text));
    }

    static Article assemble(TextDumpContext ctx) {
        List<Block> blocks = new ArrayList<>(ctx.lines.size());
        for (TextLine l : ctx.lines) {
            if (l.removedReason == null) {
                blocks.add(Block.kept(l.kind, l.text));
            } else {
                BlockKind k = l.kind == BlockKind.PARAGRAPH && l.bullet ? BlockKind.LIST_ITEM : l.kind;
                blocks.add(Block.removed(k, l.text, l.removedReason));
            }
        }
        return new Article(ctx.metadata, blocks);
    }
}
