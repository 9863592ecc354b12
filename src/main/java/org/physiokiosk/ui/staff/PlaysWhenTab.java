package org.physiokiosk.ui.staff;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.ui.Texts;

/**
 * "What plays when": a day chooser by touch (previous day, today, next day, the week strip) and
 * that day's loop hour by hour, with what is off all day and why. The rules live in
 * {@link PlaysWhenPresenter}; this panel binds.
 */
final class PlaysWhenTab extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient PlaysWhenPresenter presenter;
    private final Texts texts;
    private final JLabel heading = StaffUi.label(" ", "font: bold +8; foreground: $Kiosk.heading");
    private final JPanel week = new JPanel(new MigLayout("insets 0, gap 6lp, fillx", "[sg d, grow, fill]"));
    private final JLabel clockNote = StaffUi.wrapping(" ", "font: bold +2; foreground: $Kiosk.cautionText",
            SwingConstants.LEADING);
    private final WidthOfViewport day = new WidthOfViewport(new MigLayout("insets 4lp 0 16lp 0, wrap 2, gap 16lp 4lp",
            "[pref!][0:0:max, grow, fill]"));
    private final JScrollPane scroll = StaffUi.scrollDown(day);

    PlaysWhenTab(StaffServices services, Texts texts) {
        this(new PlaysWhenPresenter(texts, () -> services.content().library(),
                () -> services.settings().noticesEveryCategories(), () -> services.settings().openingHours(),
                services.content().clock()), texts);
    }

    PlaysWhenTab(PlaysWhenPresenter presenter, Texts texts) {
        super(new MigLayout("fill, insets 16lp, wrap 1, gap 8lp", "[0:0:max, grow, fill]",
                "[][][][][0:0:max, grow, fill]"));
        this.presenter = presenter;
        this.texts = texts;
        setName("staff-plays");
        setMinimumSize(new java.awt.Dimension(0, 0));
        // On a narrow screen, at A+, the three buttons take two lines rather than run off the screen.
        add(new org.physiokiosk.ui.journey.ButtonLines("plays-chooser", "left", "10lp", false, List.of(
                StaffUi.button("plays-previous", texts.get("staff.plays.previous"), "kioskSecondary",
                        e -> presenter.previous()),
                StaffUi.button("plays-today", texts.get("staff.plays.today"), "kioskSecondary",
                        e -> presenter.today()),
                StaffUi.button("plays-next", texts.get("staff.plays.next"), "kioskSecondary",
                        e -> presenter.next()))), "growx, wmin 0");
        week.setName("plays-week");
        add(week, "growx, wmin 0");
        heading.setName("plays-heading");
        add(heading, "wmin 0");
        JLabel help = StaffUi.wrapping(texts.get("staff.plays.help"), "font: +1; foreground: $Kiosk.mutedText",
                SwingConstants.LEADING);
        JPanel notes = new JPanel(new MigLayout("insets 0, wrap 1, gap 2lp", "[0:0:max, grow, fill]"));
        notes.add(help, "wmin 0");
        clockNote.setName("plays-clock-note");
        notes.add(clockNote, "wmin 0, hidemode 3");
        add(notes, "growx, wmin 0");
        day.setName("plays-day");
        scroll.setName("plays-scroll");
        // A wide bar: a finger finds it.
        scroll.getVerticalScrollBar().putClientProperty(FlatClientProperties.STYLE, "width: 22");
        add(scroll, "wmin 0, hmin 0");
        presenter.attach(this::showDay);
    }

    /** The content may have changed on another tab: read it again. */
    void refresh() {
        presenter.refresh();
    }

    private void showDay() {
        heading.setText(presenter.heading());
        week.removeAll();
        int i = 0;
        for (PlaysWhenPresenter.DayChoice d : presenter.week()) {
            JButton b = StaffUi.button("plays-day-" + i++, d.label(), "kioskSmall", e -> presenter.choose(d.date()));
            // The chosen day filled, today ringed; all the same size, with narrow margins: seven fit
            // a 1280-pixel screen at A+.
            String margin = "margin: 8,6,8,6";
            if (d.chosen()) {
                b.putClientProperty(FlatClientProperties.STYLE, margin + "; background: $Kiosk.teal; "
                        + "foreground: #FFFFFF; borderColor: $Kiosk.teal; font: bold +3");
            } else if (d.today()) {
                b.putClientProperty(FlatClientProperties.STYLE, margin + "; borderWidth: 3; borderColor: $Kiosk.teal");
            } else {
                b.putClientProperty(FlatClientProperties.STYLE, margin);
            }
            b.getAccessibleContext().setAccessibleDescription(d.today() ? texts.get("staff.plays.today") : null);
            week.add(b, "sg d, wmin 0");
        }
        String note = presenter.clockNote();
        StaffUi.wrap(clockNote, note);
        clockNote.setVisible(!note.isEmpty());
        day.removeAll();
        int row = 0;
        for (PlaysWhenPresenter.Row r : presenter.rows()) {
            String timeStyle = r.closed() ? "font: bold +2; foreground: $Kiosk.mutedText"
                    : "font: bold +2; foreground: $Kiosk.heading";
            JLabel time = StaffUi.label(r.time(), timeStyle);
            time.setName("plays-time-" + row);
            day.add(time, "gaptop 8lp, aligny top");
            JLabel what = StaffUi.wrapping(" ", r.closed() || r.same() ? "font: +2; foreground: $Kiosk.mutedText"
                    : "font: +2", SwingConstants.LEADING);
            what.setName("plays-row-" + row);
            // The repeated autumn hour says so beside its time, where the eye goes next.
            what.setText(linesHtml(r.note(), r.lines()));
            what.getAccessibleContext().setAccessibleName(r.time() + ": " + String.join(". ",
                    r.lines().stream().map(PlaysWhenPresenter.Line::text).toList()));
            day.add(what, "gaptop 8lp, aligny top, wmin 0");
            row++;
        }
        JLabel off = StaffUi.label(texts.get("staff.plays.offToday"), "font: bold +5; foreground: $Kiosk.heading");
        off.setName("plays-off-heading");
        day.add(off, "span 2, gaptop 20lp");
        List<String> offToday = presenter.offToday();
        JLabel offLines = StaffUi.wrapping(" ", "font: +2", SwingConstants.LEADING);
        offLines.setName("plays-off");
        offLines.setText(offToday.isEmpty() ? "<html>" + html(presenter.offTodayEmpty()) + "</html>"
                : "<html>" + String.join("<br>", offToday.stream().map(s -> "• " + html(s)).toList()) + "</html>");
        offLines.getAccessibleContext().setAccessibleName(offToday.isEmpty() ? presenter.offTodayEmpty()
                : String.join(". ", offToday));
        day.add(offLines, "span 2, wmin 0");
        week.revalidate();
        day.revalidate();
        repaint();
        javax.swing.SwingUtilities.invokeLater(() -> scroll.getVerticalScrollBar().setValue(0));
    }

    /** Notices stand out: bold, in the accent colour. */
    private static String linesHtml(String note, List<PlaysWhenPresenter.Line> lines) {
        StringBuilder b = new StringBuilder("<html>");
        if (!note.isEmpty()) {
            b.append("<i>(").append(html(note)).append(")</i><br>");
        }
        for (int i = 0; i < lines.size(); i++) {
            PlaysWhenPresenter.Line l = lines.get(i);
            if (i > 0) {
                b.append("<br>");
            }
            b.append(l.notice() ? "<b>★ " + html(l.text()) + "</b>" : html(l.text()));
        }
        return b.append("</html>").toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
