package org.physiokiosk.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.physiokiosk.stats.UsageReport;

/**
 * The staff Reports tab without its Swing: the period asked for, what is wrong with it, and what
 * the charts and the tables under them show (rows of a label and a whole count, dates in the staff
 * language). The panel draws these; reading the usage files is its slow work.
 */
public final class ReportsView {

    /** At most this many "what patients picked" rows: a usage file may name any number of symptoms. */
    public static final int MAX_PICKED = 12;
    /** Up to this many days, every day of the period has its row, a day without visits showing 0. */
    static final int MAX_DAYS_WITH_ZEROS = 62;

    /**
     * One bar of a chart and one row of its table.
     *
     * @param id    what tells the row apart (the ISO date, the symptom's id)
     * @param label the bar's short label ("5 Jan")
     * @param text  the table's words ("Monday 5 January 2026", a symptom's name)
     * @param count how many: always whole
     */
    public record Row(String id, String label, String text, long count) {
    }

    /** The figures of the summary line, in the order of its message. */
    public record Summary(long visits, long printed, long saved, long percent, long medianSeconds) {
    }

    /** A row's words are cut to this many characters, with "…". */
    static final int MAX_TEXT = 80;

    private final Function<String, String> words;
    private final DateTimeFormatter dayLabel;
    private final DateTimeFormatter dayLabelWithYear;
    private final DateTimeFormatter dayText;
    private String fromText = "";
    private String toText = "";
    private String problem = "";
    private List<Row> perDay = List.of();
    private List<Row> picked = List.of();
    private List<Row> notices = List.of();
    private Summary summary;

    /**
     * @param locale the staff language: month and day names
     * @param words  the staff language's text for a key; {@code staff.reports.dayPattern},
     *               {@code staff.reports.datePattern} give the date patterns
     */
    public ReportsView(Locale locale, Function<String, String> words) {
        this.words = words;
        String label = pattern(words, "staff.reports.dayPattern", "d MMM");
        this.dayLabel = DateTimeFormatter.ofPattern(label, locale);
        this.dayLabelWithYear = DateTimeFormatter.ofPattern(label + " yyyy", locale);
        this.dayText = DateTimeFormatter.ofPattern(pattern(words, "staff.reports.datePattern", "EEEE d MMMM yyyy"),
                locale);
    }

    private static String pattern(Function<String, String> words, String key, String fallback) {
        String p = words.apply(key);
        return p == null || p.equals(key) || p.isBlank() ? fallback : p;
    }

    /** The last {@code back + 1} days up to {@code today} (0: today only). */
    public void lastDays(int back, LocalDate today) {
        fromText = today.minusDays(back).toString();
        toText = today.toString();
    }

    /** Staff typed the period's ends. */
    public void period(String from, String to) {
        fromText = from.strip();
        toText = to.strip();
    }

    public String fromText() {
        return fromText;
    }

    public String toText() {
        return toText;
    }

    /** The period, or empty with {@link #problem()} saying why it cannot be read. */
    public Optional<LocalDate[]> range() {
        try {
            LocalDate a = LocalDate.parse(fromText);
            LocalDate b = LocalDate.parse(toText);
            if (a.isAfter(b)) {
                problem = words.apply("staff.reports.fromAfterTo");
                return Optional.empty();
            }
            problem = "";
            return Optional.of(new LocalDate[] {a, b});
        } catch (DateTimeParseException e) {
            problem = words.apply("staff.reports.badDate");
            return Optional.empty();
        }
    }

    /** What is wrong with the period typed, or empty. */
    public String problem() {
        return problem;
    }

    /** The report arrived: the charts and tables show it; {@code symptomName} names a symptom by its id. */
    public void show(UsageReport report, Function<String, String> symptomName) {
        show(report, symptomName, id -> id);
    }

    /**
     * The report arrived, with the clinic's notices named by {@code noticeName} (a notice deleted
     * since is shown by its id).
     */
    public void show(UsageReport report, Function<String, String> symptomName, Function<String, String> noticeName) {
        notices = report.byNotice().entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().times(), a.getValue().times()))
                .limit(MAX_PICKED)
                .map(e -> {
                    String name = cap(noticeName.apply(e.getKey()), MAX_TEXT);
                    return new Row(e.getKey(), name, name, e.getValue().times());
                }).toList();
        Map<LocalDate, UsageReport.Counts> days = report.byDay();
        boolean oneYear = report.from().getYear() == report.to().getYear();
        List<LocalDate> dates = new ArrayList<>();
        long span = report.to().toEpochDay() - report.from().toEpochDay() + 1;
        if (span <= MAX_DAYS_WITH_ZEROS) {
            for (LocalDate d = report.from(); !d.isAfter(report.to()); d = d.plusDays(1)) {
                dates.add(d);
            }
        } else {
            days.forEach((d, c) -> {
                if (c.sessions() > 0) {
                    dates.add(d);
                }
            });
        }
        perDay = dates.stream().sorted().map(d -> new Row(d.toString(), (oneYear ? dayLabel : dayLabelWithYear)
                .format(d), dayText.format(d), days.containsKey(d) ? days.get(d).sessions() : 0)).toList();
        picked = report.bySymptom().entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(MAX_PICKED)
                .map(e -> {
                    // A usage file can name a "symptom" of any length: a row stays one readable line.
                    String name = cap(symptomName.apply(e.getKey()), MAX_TEXT);
                    return new Row(e.getKey(), name, name, e.getValue()[0]);
                }).toList();
        UsageReport.Counts t = report.total();
        summary = new Summary(t.sessions(), t.printed(), t.saved(), Math.round(report.conversionPercent()),
                report.medianSessionSeconds());
        problem = "";
    }

    private static String cap(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, cut) + "…";
    }

    /** Visits per day: one row for each day of the period (for a long period, each day with visits). */
    public List<Row> perDay() {
        return perDay;
    }

    /** What patients picked, most picked first, at most {@link #MAX_PICKED}. */
    public List<Row> picked() {
        return picked;
    }

    /** How often each of the clinic's notices was shown on the loop, most shown first (proof of play). */
    public List<Row> notices() {
        return notices;
    }

    public String noticesTitle() {
        return words.apply("staff.reports.noticesTitle");
    }

    /** The summary of the report shown, if one is. */
    public Optional<Summary> summary() {
        return Optional.ofNullable(summary);
    }

    public String visitsTitle() {
        return words.apply("staff.reports.visitsTitle");
    }

    public String pickedTitle() {
        return words.apply("staff.reports.pickedTitle");
    }
}
