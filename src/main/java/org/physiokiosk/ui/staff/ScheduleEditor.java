package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.staff.ScheduleDraft.Hours;
import org.physiokiosk.ui.staff.ScheduleDraft.Part;

/**
 * The touch schedule control of a slide: the schedule in plain words, "From" and "Until" each
 * with a month grid to touch a day on (no typing), the seven weekdays as toggles, and the hour
 * ranges with 15-minute steppers. Binds {@link SchedulePresenter}; scrolls inside its part.
 */
final class ScheduleEditor extends JPanel {
    private static final long serialVersionUID = 1L;

    private final Texts texts;
    private final transient SchedulePresenter presenter;
    private final JLabel summary = StaffUi.wrapping(" ", "font: bold +3; foreground: $Kiosk.heading",
            SwingConstants.LEADING);
    private final Map<Part, JButton> dateButtons = new EnumMap<>(Part.class);
    private final Map<Part, JButton> clearButtons = new EnumMap<>(Part.class);
    private final Map<Part, JTextArea> problems = new EnumMap<>(Part.class);
    private final Map<Part, JPanel> pickers = new EnumMap<>(Part.class);
    private final Map<DayOfWeek, JToggleButton> days = new EnumMap<>(DayOfWeek.class);
    /** "All seven on: every day." and "No range: all day.", each shown only while it says what the control shows. */
    private final JTextArea daysHint;
    private final JTextArea hoursHint;
    private final JPanel rows = new JPanel(new MigLayout("insets 0, wrap 1, gap 0 6lp", "[0:pref:max, grow]"));
    private boolean showing;

    ScheduleEditor(Texts texts, SchedulePresenter presenter) {
        super(new MigLayout("fillx, insets 10lp 8lp 10lp 8lp, wrap 1, gap 6lp 6lp", "[0:0:max, grow, fill]"));
        this.texts = texts;
        this.presenter = presenter;
        daysHint = StaffUi.note("schedule-days-hint", texts.get("schedule.daysHint"), "foreground: $Kiosk.mutedText");
        hoursHint = StaffUi.note("schedule-hours-hint", texts.get("schedule.hoursHint"),
                "foreground: $Kiosk.mutedText");
        setName("schedule-editor");
        summary.setName("schedule-summary");
        add(StaffUi.note("schedule-help", texts.get("schedule.help"), "foreground: $Kiosk.mutedText"),
                "growx, wmin 0");
        add(summary, "growx, wmin 0, gapbottom 6lp");
        for (Part p : List.of(Part.FROM, Part.UNTIL)) {
            addDate(p);
        }
        add(StaffUi.label(texts.get("schedule.days"), "font: bold +1"), "gaptop 10lp");
        List<JToggleButton> week = new java.util.ArrayList<>();
        for (DayOfWeek d : SchedulePresenter.week()) {
            JToggleButton b = new JToggleButton(presenter.shortName(d));
            b.setName("schedule-weekday-" + d.name().substring(0, 3).toLowerCase(Locale.ROOT));
            b.putClientProperty(FlatClientProperties.STYLE_CLASS, "kioskToggle");
            b.getAccessibleContext().setAccessibleName(presenter.fullName(d));
            b.addActionListener(e -> {
                if (!showing) {
                    presenter.day(d, b.isSelected());
                }
            });
            days.put(d, b);
            week.add(b);
        }
        // Seven in a row where they fit whole, else in two lines (a narrow column, A+).
        add(new org.physiokiosk.ui.journey.ButtonLines("schedule-weekdays", "left", "6lp", true, week),
                "growx, wmin 0");
        // A hidden hint keeps its room: the toggles must not move under the finger as one is touched.
        add(daysHint, "growx, wmin 0");
        add(problemNote(Part.DAYS), "growx, wmin 0, hidemode 3");
        add(StaffUi.label(texts.get("schedule.hours"), "font: bold +1"), "gaptop 10lp");
        add(hoursHint, "growx, wmin 0");
        add(rows, "growx, wmin 0");
        add(problemNote(Part.HOURS), "growx, wmin 0, hidemode 3");
        add(StaffUi.button("schedule-add-range", texts.get("schedule.addRange"), "kioskSmall",
                e -> presenter.addRange()), "growx 0");
        presenter.attach(this::refresh);
        refresh();
    }

    /** The control in a pane that scrolls up and down, its words wrapping to the pane's width: a part of an editor. */
    static javax.swing.JScrollPane scrolling(Texts texts, SchedulePresenter presenter) {
        JPanel width = new WidthOfViewport(new MigLayout("fillx, insets 0", "[0:0:max, grow, fill]"));
        width.add(new ScheduleEditor(texts, presenter), "wmin 0");
        return StaffUi.scrollDown(width);
    }

    /** "From" or "Until": the date on a big button that opens its month grid, "Clear", and the grid. */
    private void addDate(Part p) {
        // The label above: beside it, a German date and "Clear" leave the button too little room at A+.
        JPanel row = new JPanel(new MigLayout("insets 0, gap 10lp 2lp, wrap 2", "[0:pref:max, grow, fill][]",
                "[][center]"));
        String key = p == Part.FROM ? "from" : "until";
        row.add(StaffUi.label(texts.get("schedule.label." + key), "font: bold +1"), "span 2");
        JButton date = StaffUi.button("schedule-" + key, " ", "kioskSmall", e -> presenter.openPicker(p));
        date.putClientProperty(FlatClientProperties.STYLE, "font: bold +4; margin: 8,12,8,12");
        JButton clear = StaffUi.button("schedule-" + key + "-clear", texts.get("schedule.clear"), "kioskSmall",
                e -> presenter.clear(p));
        dateButtons.put(p, date);
        clearButtons.put(p, clear);
        row.add(date, "wmin 0");
        row.add(clear);
        add(row, "growx, wmin 0");
        JPanel picker = new JPanel(new MigLayout("insets 6lp 0 10lp 0, gap 4lp 4lp, wrap 7", "[sg d, fill]".repeat(7)));
        picker.setName("schedule-" + key + "-picker");
        picker.setVisible(false);
        pickers.put(p, picker);
        add(picker, "growx 0, wmin 0, hidemode 3");
        add(problemNote(p), "growx, wmin 0, hidemode 3");
    }

    private JTextArea problemNote(Part p) {
        JTextArea note = StaffUi.note("schedule-problem-" + p.key(), " ", "foreground: $Kiosk.cautionText; font: bold");
        note.setVisible(false);
        problems.put(p, note);
        return note;
    }

    /** Puts the presenter's state on the controls. */
    private void refresh() {
        showing = true;
        try {
            StaffUi.wrap(summary, texts.get("schedule.shown") + ": " + presenter.summary());
            for (Part p : List.of(Part.FROM, Part.UNTIL)) {
                Optional<LocalDate> d = presenter.date(p);
                dateButtons.get(p).setText(presenter.dateText(d));
                clearButtons.get(p).setEnabled(d.isPresent());
                JPanel picker = pickers.get(p);
                boolean open = presenter.picking().filter(x -> x == p).isPresent();
                picker.removeAll();
                if (open) {
                    fillPicker(picker, d);
                }
                boolean opened = open && !picker.isVisible();
                picker.setVisible(open);
                if (opened) {
                    // Opened below the fold on a small screen: brought into view.
                    javax.swing.SwingUtilities.invokeLater(() -> picker.scrollRectToVisible(
                            new java.awt.Rectangle(0, 0, picker.getWidth(), picker.getHeight())));
                }
            }
            days.forEach((d, b) -> b.setSelected(presenter.dayOn(d)));
            daysHint.setVisible(presenter.everyDayHintShown());
            hoursHint.setVisible(presenter.allDayHintShown());
            rows.removeAll();
            List<Hours> all = presenter.rows();
            for (int i = 0; i < all.size(); i++) {
                rows.add(row(i, all.get(i)), "growx, wmin 0");
                Optional<String> wrong = presenter.problemAt(Part.HOURS, i);
                if (wrong.isPresent()) {
                    rows.add(StaffUi.note("schedule-problem-row-" + i, wrong.get(),
                            "foreground: $Kiosk.cautionText; font: bold"), "growx, wmin 0");
                }
            }
            problems.forEach((p, note) -> {
                Optional<String> wrong = presenter.problemAt(p, -1);
                note.setText(wrong.orElse(" "));
                note.setVisible(wrong.isPresent());
            });
        } finally {
            showing = false;
        }
        revalidate();
        repaint();
    }

    /** The month grid: ‹ Month Year ›, the weekday initials, then the days, the chosen one lit. */
    private void fillPicker(JPanel picker, Optional<LocalDate> chosen) {
        JButton previous = StaffUi.button("schedule-previous-month", "‹", "kioskSmall", e -> presenter.previousMonth());
        previous.getAccessibleContext().setAccessibleName(texts.get("schedule.previousMonth"));
        JButton next = StaffUi.button("schedule-next-month", "›", "kioskSmall", e -> presenter.nextMonth());
        next.getAccessibleContext().setAccessibleName(texts.get("schedule.nextMonth"));
        JLabel month = StaffUi.label(presenter.monthText(), "font: bold +3");
        month.setName("schedule-month");
        month.setHorizontalAlignment(SwingConstants.CENTER);
        picker.add(previous, "span 1");
        picker.add(month, "span 5, growx");
        picker.add(next, "span 1");
        for (DayOfWeek d : SchedulePresenter.week()) {
            JLabel l = StaffUi.label(presenter.shortName(d), "foreground: $Kiosk.mutedText");
            l.setHorizontalAlignment(SwingConstants.CENTER);
            picker.add(l);
        }
        List<LocalDate> cells = presenter.calendar();
        for (int i = 0; i < cells.size(); i++) {
            LocalDate day = cells.get(i);
            if (day == null) {
                // A week wholly outside the month is left out: five rows for most months.
                int week = i / 7 * 7;
                if (cells.subList(week, week + 7).stream().anyMatch(c -> c != null)) {
                    picker.add(new JLabel(" "));
                }
                continue;
            }
            JToggleButton b = new JToggleButton(Integer.toString(day.getDayOfMonth()));
            b.setName("schedule-date-" + day);
            b.putClientProperty(FlatClientProperties.STYLE_CLASS, "kioskToggle");
            b.setSelected(chosen.filter(day::equals).isPresent());
            if (day.equals(presenter.today())) {
                b.putClientProperty(FlatClientProperties.STYLE, "borderColor: $Kiosk.coral; borderWidth: 2; font: bold +3");
            }
            b.getAccessibleContext().setAccessibleName(presenter.dateText(Optional.of(day)));
            b.addActionListener(e -> presenter.pick(day));
            picker.add(b);
        }
    }

    /**
     * One range: − 08:00 + – − 12:00 +, and Remove; on one line where it fits, else the end and
     * Remove go to lines of their own (a narrow column at A+).
     */
    private JComponent row(int i, Hours h) {
        JPanel startPart = new JPanel(new MigLayout("insets 0, gap 6lp", "[][60lp:pref, center][]", "[center]"));
        JPanel endPart = new JPanel(new MigLayout("insets 0, gap 6lp", "[][][60lp:pref, center][]", "[center]"));
        JPanel row = startPart;
        row.add(stepper("schedule-range-" + i + "-start-earlier", "−", "schedule.start", "schedule.earlier",
                () -> presenter.step(i, false, -1)));
        JLabel start = StaffUi.label(SchedulePresenter.clock(h.start()), "font: bold +4");
        start.setName("schedule-range-" + i + "-start");
        row.add(start);
        row.add(stepper("schedule-range-" + i + "-start-later", "+", "schedule.start", "schedule.later",
                () -> presenter.step(i, false, 1)));
        row = endPart;
        row.add(StaffUi.label("–", "font: bold +4"));
        row.add(stepper("schedule-range-" + i + "-end-earlier", "−", "schedule.end", "schedule.earlier",
                () -> presenter.step(i, true, -1)));
        JLabel end = StaffUi.label(SchedulePresenter.clock(h.end()), "font: bold +4");
        end.setName("schedule-range-" + i + "-end");
        row.add(end);
        row.add(stepper("schedule-range-" + i + "-end-later", "+", "schedule.end", "schedule.later",
                () -> presenter.step(i, true, 1)));
        JButton remove = StaffUi.button("schedule-range-" + i + "-remove", texts.get("schedule.removeRange"),
                "kioskSmall", e -> presenter.removeRange(i));
        JPanel all = new org.physiokiosk.ui.journey.ButtonLines("schedule-range-" + i, "left", "12lp", false,
                List.of(startPart, endPart, remove));
        return all;
    }

    private JButton stepper(String name, String sign, String which, String direction, Runnable step) {
        JButton b = StaffUi.button(name, sign, "kioskSmall", e -> step.run());
        b.putClientProperty(FlatClientProperties.STYLE, "font: bold +6; margin: 4,16,4,16");
        b.getAccessibleContext().setAccessibleName(texts.get(which) + ": " + texts.get(direction));
        return b;
    }
}
