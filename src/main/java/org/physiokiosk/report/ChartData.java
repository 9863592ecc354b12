package org.physiokiosk.report;

import java.time.LocalDate;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;
import org.physiokiosk.stats.UsageReport;

/**
 * What the report's charts show, shared by the PDF report and the staff Reports tab so both
 * say the same. Texts come from usage files and can be anything: labels are capped.
 */
public final class ChartData {

    /** Chart labels show at most this many characters: JFreeChart wraps them, and a long one would squeeze the bars. */
    public static final int MAX_LABEL_CHARS = 60;

    private ChartData() {
    }

    /**
     * Visits per day, one bar per date: keyed by the full date and labelled in ISO form
     * (2026-12-31), so a period over a year's end, or longer than a year, never puts two
     * days in one bar.
     */
    public static DefaultCategoryDataset perDay(UsageReport r, String series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<LocalDate, UsageReport.Counts> e : r.byDay().entrySet()) {
            data.addValue(e.getValue().sessions(), series, e.getKey());
        }
        return data;
    }

    /**
     * A category of a chart: told apart by its id, shown by its label. Two long names that
     * share their first {@link #MAX_LABEL_CHARS} characters stay two bars.
     */
    public record Label(String id, String text) implements Comparable<Label> {
        public static Label of(String id, String text) {
            return new Label(id, cap(text, MAX_LABEL_CHARS));
        }

        @Override
        public int compareTo(Label o) {
            return id.compareTo(o.id);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** At most {@code max} characters, with "…" when cut (never splitting a surrogate pair). */
    public static String cap(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, cut) + "…";
    }
}
