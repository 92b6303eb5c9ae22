package org.claimline.export;

import java.time.Instant;

/**
 * What an export may be asked besides its format. {@code bom}: CSV starts with a byte-order mark (for Excel);
 * {@code formulaGuard}: CSV puts an apostrophe before cells a spreadsheet would run; {@code created}: the time a
 * REFI-QDA project records; {@code projectName}: a corpus project's name.
 */
public record ExportOptions(boolean bom, boolean formulaGuard, Instant created, String projectName) {

    /** What the reader's File ▸ Export writes: no byte-order mark, the formula guard on. */
    public static ExportOptions defaults(Instant created, String projectName) {
        return new ExportOptions(false, true, created, projectName);
    }
}
