package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.LayoutCheck;
import org.physiokiosk.ui.Texts;

/** Staff mode's A+ on real components, laid out without a display. */
class LargerTextTest {

    private final LargerTextPresenter larger = new LargerTextPresenter();
    private final Map<String, JComponent> parts = new LinkedHashMap<>();
    private JPanel root;
    private JTable table;
    private JSpinner spinner;

    @BeforeEach
    void theme() {
        LayoutCheck.onEdt(() -> LayoutCheck.themeFor(1920, 1080));
    }

    /** A little staff form with one of every kind of control, some styled as the tabs style them. */
    private void build() {
        root = new JPanel();
        JLabel heading = new JLabel("Settings");
        heading.putClientProperty(FlatClientProperties.STYLE, "font: bold +10");
        parts.put("heading", heading);
        JButton save = new JButton("Save");
        save.putClientProperty(FlatClientProperties.STYLE_CLASS, "kioskSmall");
        parts.put("button", save);
        parts.put("check box", new JCheckBox("High contrast"));
        parts.put("text field", new JTextField("Clinic"));
        parts.put("text area", new JTextArea("Notes"));
        parts.put("combo box", new JComboBox<>(new String[] {"English", "Deutsch"}));
        parts.put("list", new JList<>(new String[] {"Neck", "Back"}));
        table = new JTable(new Object[][] {{"Neck", 3}}, new Object[] {"Technique", "Shown"});
        parts.put("table", table);
        parts.put("table header", table.getTableHeader());
        spinner = new JSpinner(new SpinnerNumberModel(5, 1, 60, 1));
        parts.put("spinner", spinner);
        parts.put("spinner's field", ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField());
        JTabbedPane tabs = new JTabbedPane();
        parts.put("tabs", tabs);
        JPanel inTab = new JPanel();
        inTab.add(heading);
        inTab.add(save);
        tabs.addTab("Settings", inTab);
        root.add(tabs);
        for (String kind : List.of("check box", "text field", "combo box", "list", "spinner")) {
            root.add(parts.get(kind));
        }
        root.add(new JScrollPane(parts.get("text area")));
        root.add(new JScrollPane(table));
    }

    private Map<String, Float> sizes() {
        Map<String, Float> sizes = new LinkedHashMap<>();
        parts.forEach((kind, c) -> sizes.put(kind, c.getFont().getSize2D()));
        return sizes;
    }

    @Test
    void aPlusMakesEveryKindOfControlOnePointThreeTimesItsOwnSizeAndBackExactly() {
        LayoutCheck.onEdt(() -> {
            build();
            Map<String, Float> normal = sizes();
            int rowHeight = table.getRowHeight();
            LargerText text = LargerText.follow(root, larger::level);
            larger.onChange(level -> text.refresh());
            assertThat(sizes()).isEqualTo(normal);

            larger.next();
            Map<String, Float> large = sizes();
            normal.forEach((kind, size) -> assertThat(large.get(kind)).as(kind).isCloseTo(size * 1.3f,
                    org.assertj.core.data.Offset.offset(0.01f)));
            assertThat(parts.get("heading").getFont().isBold()).as("the style's bold is kept").isTrue();
            assertThat(table.getRowHeight()).isEqualTo(Math.round(rowHeight * 1.3f));

            larger.next();
            assertThat(sizes()).isEqualTo(normal);
            assertThat(table.getRowHeight()).isEqualTo(rowHeight);
        });
    }

    @Test
    void controlsAddedLaterAreLargerTooAndAStyleChangeIsNotCompounded() {
        LayoutCheck.onEdt(() -> {
            build();
            LargerText text = LargerText.follow(root, larger::level);
            larger.onChange(level -> text.refresh());
            larger.next();
            // A form rebuilt for another slide: a new panel with a new label, added under the tree.
            JPanel form = new JPanel();
            JLabel title = new JLabel("Title");
            JPanel row = new JPanel();
            row.add(title);
            form.add(row);
            float normal = title.getFont().getSize2D();
            root.add(form);
            assertThat(title.getFont().getSize2D()).isEqualTo(normal * 1.3f);
            JLabel addedToAddedPanel = new JLabel("Added after");
            row.add(addedToAddedPanel);
            assertThat(addedToAddedPanel.getFont().getSize2D()).isEqualTo(normal * 1.3f);

            // The status line changes its style: its new font, larger once.
            JLabel status = (JLabel) parts.get("heading");
            status.putClientProperty(FlatClientProperties.STYLE, "font: +1");
            JLabel fresh = new JLabel("Everything is working.");
            fresh.putClientProperty(FlatClientProperties.STYLE, "font: +1");
            float styled = fresh.getFont().getSize2D();
            assertThat(status.getFont().getSize2D()).isCloseTo(styled * 1.3f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(status.getFont().isBold()).isFalse();
            larger.next();
            assertThat(status.getFont().getSize2D()).isEqualTo(styled);
        });
    }

    @Test
    void aKeptSubtreeKeepsItsSizeAndNothingOutsideTheTreeChanges() {
        LayoutCheck.onEdt(() -> {
            build();
            JPanel keyboard = new JPanel();
            JButton key = new JButton("Q");
            keyboard.add(key);
            keyboard.putClientProperty(LargerText.KEEP, Boolean.TRUE);
            root.add(keyboard);
            Font defaultFont = UIManager.getFont("defaultFont");
            Font labelFont = UIManager.getFont("Label.font");
            float keySize = key.getFont().getSize2D();
            LargerText text = LargerText.follow(root, larger::level);
            larger.onChange(level -> text.refresh());
            larger.next();
            assertThat(key.getFont().getSize2D()).isEqualTo(keySize);
            assertThat(UIManager.getFont("defaultFont")).isEqualTo(defaultFont);
            assertThat(UIManager.getFont("Label.font")).isEqualTo(labelFont);
            assertThat(new JLabel("elsewhere").getFont()).isEqualTo(labelFont);
        });
    }

    @Test
    void aDialogOpenedFromALargerTabIsLargerAndOneOpenedOutsideIsNot() {
        LayoutCheck.onEdt(() -> {
            build();
            LargerText text = LargerText.follow(root, larger::level);
            larger.onChange(level -> text.refresh());
            larger.next();
            JOptionPane ask = new JOptionPane("Delete this slide?", JOptionPane.WARNING_MESSAGE,
                    JOptionPane.OK_CANCEL_OPTION);
            float normal = UIManager.getFont("OptionPane.buttonFont") == null ? UIManager.getFont("Button.font")
                    .getSize2D() : UIManager.getFont("OptionPane.buttonFont").getSize2D();
            LargerText.followLike(ask, parts.get("check box"));
            assertThat(buttonsIn(ask)).isNotEmpty().allSatisfy(b -> assertThat(b.getFont().getSize2D())
                    .isCloseTo(normal * 1.3f, org.assertj.core.data.Offset.offset(0.01f)));
            JOptionPane outside = new JOptionPane("Delete?", JOptionPane.WARNING_MESSAGE,
                    JOptionPane.OK_CANCEL_OPTION);
            LargerText.followLike(outside, new JPanel());
            assertThat(buttonsIn(outside)).isNotEmpty().allSatisfy(b -> assertThat(b.getFont().getSize2D())
                    .isEqualTo(normal));
        });
    }

    @Test
    void aStaffPanelStartsAtTheLevelItIsGivenAndItsAPlusButtonChangesIt() throws java.io.IOException {
        StaffLayoutTest.load();
        LayoutCheck.onEdt(() -> LayoutCheck.themeFor(1920, 1080));
        StaffPanel panel = StaffLayoutTest.panel(new Texts(Locale.ENGLISH), larger);
        LayoutCheck.onEdt(() -> {
            JLabel status = StaffLayoutTest.find(panel, JLabel.class, "staff-warnings");
            JButton plus = StaffLayoutTest.find(panel, JButton.class, "staff-larger");
            float normal = status.getFont().getSize2D();
            assertThat(plus.getAccessibleContext().getAccessibleName()).isEqualTo("Larger text");
            plus.doClick();
            assertThat(larger.level()).isEqualTo(1.3f);
            assertThat(status.getFont().getSize2D()).isCloseTo(normal * 1.3f,
                    org.assertj.core.data.Offset.offset(0.01f));
            panel.closed();
            larger.reset();
            assertThat(status.getFont().getSize2D()).as("a closed back office no longer follows")
                    .isCloseTo(normal * 1.3f, org.assertj.core.data.Offset.offset(0.01f));
        });
    }

    private static List<JButton> buttonsIn(Component c) {
        List<JButton> found = new java.util.ArrayList<>();
        if (c instanceof JButton b) {
            found.add(b);
        }
        if (c instanceof java.awt.Container cc) {
            for (Component child : cc.getComponents()) {
                found.addAll(buttonsIn(child));
            }
        }
        return found;
    }
}
