package org.backsheet.render;

import java.util.List;
import java.util.Locale;

/** The layout of a handout as text: per block its page, top and height (points, one decimal) and description. */
final class LayoutSnapshot {

    private static final int MAX_DESCRIPTION = 60;

    private LayoutSnapshot() {}

    static String of(List<List<Paginator.Placed>> pages) {
        StringBuilder out = new StringBuilder();
        out.append("pages ").append(pages.size()).append('\n');
        for (int i = 0; i < pages.size(); i++) {
            for (Paginator.Placed p : pages.get(i)) {
                String what = p.block().describe().replace('\n', ' ');
                if (what.length() > MAX_DESCRIPTION) {
                    what = what.substring(0, MAX_DESCRIPTION) + "...";
                }
                out.append(String.format(
                        Locale.ROOT,
                        "p%d y=%.1f h=%.1f %s%n",
                        i + 1,
                        p.offset(),
                        p.block().height(),
                        what));
            }
        }
        return out.toString();
    }
}
