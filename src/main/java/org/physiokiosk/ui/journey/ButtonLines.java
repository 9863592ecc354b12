package org.physiokiosk.ui.journey;

import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * Buttons side by side while they fit whole, otherwise in as many lines as they need (long
 * words in German, the A+ text): a button never has its words cut. The lines are decided when
 * the row learns its width, and each line shares the row's height. Staff mode's header uses it too.
 */
public final class ButtonLines extends JPanel {
    private static final long serialVersionUID = 1L;

    private final List<? extends JComponent> buttons;
    private final String align;
    private final String gap;
    private final boolean sameWidth;
    private boolean spread;
    private int perLine;

    /**
     * @param align     {@code left}, {@code right} or {@code center}
     * @param gap       the gap between buttons, in MigLayout units ({@code 6lp}, {@code 2%})
     * @param sameWidth buttons as wide as the widest one (a column of choices reads better so)
     */
    public ButtonLines(String name, String align, String gap, boolean sameWidth, List<? extends JComponent> buttons) {
        this.buttons = List.copyOf(buttons);
        this.align = align;
        this.gap = gap;
        this.sameWidth = sameWidth;
        setName(name);
        setOpaque(false);
        arrange(this.buttons.size());
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                int fit = fitting(getWidth());
                if (fit != perLine) {
                    arrange(fit);
                    revalidate();
                    repaint();
                }
            }
        });
    }

    /**
     * How many buttons a line holds at this width: all of them if they fit, else as few lines as
     * will do, the buttons shared evenly between them (2 + 2, not 3 + 1), at least one a line.
     */
    private int fitting(int width) {
        if (width <= 0) {
            return perLine;
        }
        int gapPx = gapPixels(width);
        for (int lines = 1; lines < buttons.size(); lines++) {
            int n = (buttons.size() + lines - 1) / lines;
            if (widestLine(n, gapPx) <= width) {
                return n;
            }
        }
        return 1;
    }

    /** The width of the widest line when {@code n} buttons go on each line. */
    private int widestLine(int n, int gapPx) {
        int widest = buttons.stream().mapToInt(b -> b.getPreferredSize().width).max().orElse(0);
        int most = 0;
        for (int first = 0; first < buttons.size(); first += n) {
            int line = 0;
            int count = 0;
            for (int i = first; i < Math.min(buttons.size(), first + n); i++) {
                line += sameWidth ? widest : buttons.get(i).getPreferredSize().width;
                count++;
            }
            most = Math.max(most, line + (count - 1) * gapPx);
        }
        return most;
    }

    private int gapPixels(int width) {
        if (gap.endsWith("%")) {
            return Math.round(width * Float.parseFloat(gap.substring(0, gap.length() - 1)) / 100f);
        }
        return com.formdev.flatlaf.util.UIScale.scale(Integer.parseInt(gap.replaceAll("[^0-9]", "")));
    }

    /** {@code n} buttons a line, each line its own row, aligned as asked; on one line, spread if asked. */
    private void arrange(int n) {
        perLine = n;
        removeAll();
        int lines = (buttons.size() + n - 1) / n;
        String size = sameWidth ? ", sg b" : "";
        if (lines == 1) {
            String column = "[fill" + size + "]";
            String columns = spread && n > 1 ? column + "push" + column.repeat(n - 1) : column.repeat(n);
            setLayout(new MigLayout((spread ? "fillx, " : "") + "insets 0, gap " + gap + ", align " + align
                    + " center", columns, "[grow, fill]"));
            buttons.forEach(b -> add(b, "growy"));
            return;
        }
        setLayout(new MigLayout("fillx, insets 0, gap " + gap + ", wrap 1", "[grow, " + align + "]",
                "[grow, fill]".repeat(lines)));
        for (int first = 0; first < buttons.size(); first += n) {
            int last = Math.min(buttons.size(), first + n);
            for (int i = first; i < last; i++) {
                add(buttons.get(i), (i == first ? "split " + (last - first) + ", " : "") + "growy" + size);
            }
        }
    }

    /** Never wider than the widest button: the row wraps instead of pushing its neighbours off the screen. */
    @Override
    public Dimension getMinimumSize() {
        Dimension d = super.getMinimumSize();
        return new Dimension(buttons.stream().mapToInt(b -> b.getPreferredSize().width).max().orElse(0), d.height);
    }

    /** On one line, the first button at the left and the others at the right ("Back" apart from "Print"). */
    ButtonLines spread() {
        spread = true;
        arrange(perLine);
        return this;
    }

    int perLine() {
        return perLine;
    }
}
