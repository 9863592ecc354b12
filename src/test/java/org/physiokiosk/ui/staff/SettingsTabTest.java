package org.physiokiosk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Setting;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.ui.Texts;

/** The staff Settings form, headless: made from the table, and checked off the event thread. */
class SettingsTabTest {

    private final KioskSettings settings = SettingsLoader.load(org.physiokiosk.testing.TestMedia.SETTINGS).settings();
    private final List<Boolean> checkedOnEventThread = new CopyOnWriteArrayList<>();

    private StaffServices services() {
        return (StaffServices) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {StaffServices.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "settings" -> settings;
                    case "printers" -> List.of();
                    case "checkSettings" -> {
                        checkedOnEventThread.add(SwingUtilities.isEventDispatchThread());
                        @SuppressWarnings("unchecked")
                        Map<String, String> values = (Map<String, String>) args[0];
                        yield SettingsLoader.check(settings.source(), values);
                    }
                    default -> null;
                });
    }

    @Test
    void everyStaffSettingHasAFieldAndTheCheckRunsOffTheEventThread() throws Exception {
        ExecutorService work = Executors.newSingleThreadExecutor();
        try {
            SettingsTab[] tab = new SettingsTab[1];
            SwingUtilities.invokeAndWait(() -> tab[0] = new SettingsTab(services(), new Texts(Locale.ENGLISH), work,
                    () -> { }, () -> { }));
            for (Setting<?> s : Settings.ALL) {
                assertThat(find(tab[0], "settings-" + s.key())).as(s.key()).matches(c -> (c != null) == s.staffEdits());
            }
            // Each control chosen by the setting's type in the table, never a raw code or true/false.
            SwingUtilities.invokeAndWait(() -> {
                assertThat(find(tab[0], "settings-languages-es")).isInstanceOfSatisfying(javax.swing.JCheckBox.class,
                        b -> assertThat(b.getText()).isEqualTo("Español"));
                assertThat(find(tab[0], "settings-kiosk.highContrast")).isInstanceOfSatisfying(
                        javax.swing.JToggleButton.class, b -> assertThat(b.getText()).isIn("On", "Off"));
                assertThat(find(tab[0], "settings-language")).isInstanceOf(javax.swing.JComboBox.class);
                assertThat(find(tab[0], "settings-printer.name-list")).isInstanceOf(javax.swing.JList.class);
                Component number = find(tab[0], "settings-slide.interval.seconds");
                assertThat(java.util.Arrays.stream(number.getParent().getComponents())
                        .filter(c -> c instanceof JLabel).map(c -> ((JLabel) c).getText())).containsExactly("seconds");
                // Save and Change PIN sit outside the scrolling form.
                for (String name : new String[] {"settings-save", "settings-change-pin"}) {
                    assertThat(SwingUtilities.getAncestorOfClass(javax.swing.JScrollPane.class, find(tab[0], name)))
                            .as(name).isNull();
                }
            });
            SwingUtilities.invokeAndWait(() -> ((JTextField) find(tab[0], "settings-slide.interval.seconds"))
                    .setText("ten"));
            javax.swing.JTextArea problem = (javax.swing.JTextArea) find(tab[0], "settings-problem-slide.interval.seconds");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            String shown = "";
            while (System.nanoTime() < until && !shown.startsWith("expected")) {
                Thread.sleep(20);
                String[] text = new String[1];
                SwingUtilities.invokeAndWait(() -> text[0] = problem.getText());
                shown = text[0];
            }
            assertThat(shown).isEqualTo("expected a whole number of seconds from 2 to 600; using the default 10 "
                    + "seconds");
            assertThat(checkedOnEventThread).isNotEmpty().containsOnly(false);
        } finally {
            work.shutdownNow();
        }
    }

    private static Component find(Container in, String name) {
        for (Component c : in.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
