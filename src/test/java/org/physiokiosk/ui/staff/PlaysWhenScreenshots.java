package org.physiokiosk.ui.staff;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.schedule.OpeningHours;
import org.physiokiosk.schedule.TimeRange;
import org.physiokiosk.testing.FakeClock;
import org.physiokiosk.testing.LayoutCheck;
import org.physiokiosk.testing.TestMedia;
import org.physiokiosk.ui.Texts;

/**
 * Not a check: pictures of "What plays when" on a clinic-like day (Mon–Fri 08:00–18:00, a
 * morning-only technique, a Thursday notice, a date-range notice, a broken schedule line), to look
 * at as a person would. Runs only when asked: {@code -Dplays.shots=DIR [-Dplays.shots.languages=en,de]}.
 * Writes DIR/plays-DAY-WxH-aLEVEL-LANG.png for a Wednesday, the autumn clock change and a Saturday.
 */
@EnabledIfSystemProperty(named = "plays.shots", matches = ".+")
class PlaysWhenScreenshots {

    @TempDir
    Path dir;

    @Test
    void writeThem() throws IOException {
        Path out = Path.of(System.getProperty("plays.shots"));
        Files.createDirectories(out);
        Path media = TestMedia.copyInto(dir);
        append(media, "techniques/chin-tuck.txt", "hours: 08:00-12:00");
        append(media, "techniques/heat-therapy.txt", "days: sat, sun");
        append(media, "techniques/cold-therapy.txt", "days: sat-sun");
        append(media, "techniques/foam-rolling.txt", "show-from: 2027-01-04");
        append(media, "techniques/self-massage.txt", "hours: after lunch");
        append(media, "notices/fixture-pilates.txt", "days: thu");
        append(media, "notices/fixture-closed.txt", "show-from: 2026-12-10\nshow-until: 2026-12-26");
        SlideLibrary library = ContentLoader.load(media);
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, d.getValue() <= 5 ? List.of(new TimeRange(8 * 60, 18 * 60))
                    : d == DayOfWeek.SUNDAY ? List.of(new TimeRange(0, 24 * 60)) : List.of());
        }
        OpeningHours hours = new OpeningHours(week, List.of());
        String[] languages = System.getProperty("plays.shots.languages", "en").split(",");
        Map<String, LocalDate> days = Map.of("wednesday", LocalDate.of(2026, 12, 2),
                "autumn", LocalDate.of(2026, 10, 25), "saturday", LocalDate.of(2026, 12, 5));
        for (int[] size : new int[][] {{1920, 1080}, {1366, 768}}) {
            for (String language : languages) {
                for (float level : StaffLayoutTest.LEVELS) {
                    for (Map.Entry<String, LocalDate> day : days.entrySet()) {
                        FakeClock clock = FakeClock.at(LocalDateTime.of(2026, 12, 2, 10, 0),
                                ZoneId.of("Europe/London"));
                        Texts texts = new Texts(Locale.forLanguageTag(language));
                        JPanel[] tab = new JPanel[1];
                        LayoutCheck.onEdt(() -> {
                            LayoutCheck.themeFor(size[0], size[1]);
                            PlaysWhenPresenter p = new PlaysWhenPresenter(texts, () -> library, () -> 2, () -> hours,
                                    clock);
                            tab[0] = new PlaysWhenTab(p, texts);
                            LargerText.follow(tab[0], () -> level);
                            p.choose(day.getValue());
                        });
                        write(tab[0], size[0], size[1], out.resolve("plays-" + day.getKey() + "-" + size[0] + "x"
                                + size[1] + "-a" + level + "-" + language + ".png"));
                    }
                }
            }
        }
    }

    private static void append(Path media, String file, String lines) throws IOException {
        Files.writeString(media.resolve(file), "\n" + lines + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void write(JPanel screen, int width, int height, Path file) throws IOException {
        LayoutCheck.layOut(screen, width, height);
        LayoutCheck.layOut(screen, width, height); // wrapped labels find their height on the second pass
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        LayoutCheck.onEdt(() -> {
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            screen.printAll(g);
            g.dispose();
        });
        ImageIO.write(image, "png", file.toFile());
        if (!file.toString().endsWith("-end.png")) { // and scrolled to the end: "Off today"
            javax.swing.JScrollPane scroll = StaffLayoutTest.find(screen, javax.swing.JScrollPane.class, "plays-scroll");
            LayoutCheck.onEdt(() -> scroll.getVerticalScrollBar().setValue(scroll.getVerticalScrollBar().getMaximum()));
            write(screen, width, height, Path.of(file.toString().replace(".png", "-end.png")));
        }
    }
}
