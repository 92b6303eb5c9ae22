package org.claimline.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimline.model.Actor;
import org.claimline.model.Issue;
import org.claimline.model.Taxonomy;

/** A taxonomy as a few tab-separated lines, to remember the last one used in the preferences. */
public final class TaxonomyText {
    private TaxonomyText() {
    }

    public static String write(Taxonomy t) {
        StringBuilder sb = new StringBuilder();
        for (Issue i : t.issues()) {
            sb.append("issue\t").append(clean(i.id())).append('\t').append(clean(i.name())).append('\t')
                    .append(clean(i.color())).append('\n');
        }
        for (Actor a : t.actors()) {
            sb.append("actor\t").append(clean(a.id())).append('\t').append(clean(a.name()));
            for (String alias : a.aliases()) {
                sb.append('\t').append(clean(alias));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Reads what {@link #write} wrote; malformed lines are skipped, never fatal. */
    public static Taxonomy read(String s) {
        List<Issue> issues = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        if (s != null) {
            for (String line : s.split("\n")) {
                String[] f = line.split("\t", -1);
                if (f.length == 4 && f[0].equals("issue") && f[3].matches("#[0-9a-fA-F]{6}")) {
                    issues.add(new Issue(f[1], f[2], f[3]));
                } else if (f.length >= 3 && f[0].equals("actor")) {
                    actors.add(new Actor(f[1], f[2], Arrays.asList(f).subList(3, f.length)));
                }
            }
        }
        return new Taxonomy(issues, actors);
    }

    private static String clean(String v) {
        return v.replace('\t', ' ').replace('\n', ' ');
    }
}
