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
 * the row learns its width, and each line shares the row's height.
 */
final class ButtonLines extends JPanel {
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
    ButtonLines(String name, String align, String gap, boolean sameWidth, List<? extends JComponent> buttons) {
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

    /** How many buttons a line holds at this width: the most that fit whole, at least one. */
    private int fitting(int width) {
        if (width <= 0) {
            return perLine;
        }
        int gapPx = gapPixels(width);
        for (int n = buttons.size(); n > 1; n--) {
            if (lineWidth(n, gapPx) <= width) {
                return n;
            }
        }
        return 1;
    }

    /** The width of the widest line when {@code n} buttons go on each line, columns as wide as their widest button. */
    private int lineWidth(int n, int gapPx) {
        int total = 0;
        int widest = buttons.stream().mapToInt(b -> b.getPreferredSize().width).max().orElse(0);
        for (int col = 0; col < n; col++) {
            int w = 0;
            for (int i = col; i < buttons.size(); i += n) {
                w = Math.max(w, buttons.get(i).getPreferredSize().width);
            }
            total += sameWidth ? widest : w;
        }
        return total + (n - 1) * gapPx;
    }

    private int gapPixels(int width) {
        if (gap.endsWith("%")) {
            return Math.round(width * Float.parseFloat(gap.substring(0, gap.length() - 1)) / 100f);
        }
        return com.formdev.flatlaf.util.UIScale.scale(Integer.parseInt(gap.replaceAll("[^0-9]", "")));
    }

    private void arrange(int n) {
        perLine = n;
        int lines = (buttons.size() + n - 1) / n;
        // Each button its own width (an "A+" stays small), or all as wide as the widest.
        String column = sameWidth ? "[fill, sg b]" : "[" + align + "]";
        String columns = spread && lines == 1 && n > 1 ? column + "push" + column.repeat(n - 1) : column.repeat(n);
        setLayout(new MigLayout((spread && lines == 1 ? "fillx, " : "") + "insets 0, gap " + gap + ", wrap " + n
                + ", align " + align + " center", columns, "[grow, fill]".repeat(Math.max(1, lines))));
        removeAll();
        buttons.forEach(b -> add(b, "growy"));
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
