package org.physiokiosk.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the words of {@link Settings} where people read them: the comments of the shipped
 * {@code kiosk.properties} (keeping its values) and the settings table in {@code README.md}.
 * Run after changing the table: {@code java -cp target/classes org.physiokiosk.settings.SettingsDocs .}
 * ({@code SettingsDocsTest} fails until the files are up to date).
 */
public final class SettingsDocs {

    static final String README_START = "<!-- settings table: made by SettingsDocs from Settings.java -->";
    static final String README_END = "<!-- end of settings table -->";
    private static final int WIDTH = 90;

    private static final String HEADER = """
            # Physio Kiosk settings
            # ---------------------
            # Plain text, UTF-8. One "key = value" per line; lines starting with # are comments.
            # A value that is missing or empty uses its default. A value that is wrong is reported
            # when the kiosk starts (naming the key, the value and what is expected) and that key
            # uses its default, so the kiosk always starts.
            # Each line stands alone: a line that cannot be read (not UTF-8, an invisible control
            # character, no "=") is reported with its number and only that setting uses its default.
            # If a key is given twice, the first line is used and the second is reported.
            # A value is the rest of its line; it never continues on the next line.
            # Paths may be absolute or relative to the folder this file is in, and are read exactly
            # as typed (C:\\PhysioKiosk\\media works). In other values \\\\ is one backslash, \\n a line
            # break and \\u00e9 a character by its code; any other backslash is kept as typed.
            # The comments are made from the kiosk's list of settings; the values are yours.
            # Restart the kiosk after editing this file.
            """;

    private SettingsDocs() {
    }

    /**
     * The settings file with a comment above every setting: each value as in {@code current}
     * (the shipped sample's clinic name stays), or its default when {@code current} lacks it.
     */
    static String propertiesFile(byte[] current) {
        Map<String, PropertiesFile.Line> values = PropertiesFile.parse(current).lines();
        StringBuilder out = new StringBuilder(HEADER);
        Setting.Group group = null;
        for (Setting<?> s : Settings.ALL) {
            if (s.group() != group) {
                group = s.group();
                String title = "# --- " + group.title() + " ";
                out.append('\n').append(title).append("-".repeat(Math.max(3, WIDTH - title.length()))).append('\n');
            }
            out.append('\n');
            for (String line : wrap(s.help(), WIDTH - 2)) {
                out.append("# ").append(line).append('\n');
            }
            PropertiesFile.Line written = values.get(s.key());
            String value = written == null ? s.defaultText() : written.raw();
            out.append(s.key()).append(" =").append(value.isEmpty() ? "" : " " + value).append('\n');
        }
        return out.toString();
    }

    /** The Markdown table of every setting, as in the README. */
    static String readmeTable() {
        StringBuilder out = new StringBuilder();
        out.append("| setting | group | default | in staff mode | what it does |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        for (Setting<?> s : Settings.ALL) {
            out.append("| `").append(s.key()).append("` | ").append(s.group().title().replaceAll(" \\(.*", ""))
                    .append(" | ").append(s.defaultText().isEmpty() ? "(empty)" : "`" + s.defaultText() + "`")
                    .append(" | ").append(s.staffEdits() ? "yes" : "no")
                    .append(" | ").append(markdown(s.help())).append(" |\n");
        }
        return out.toString();
    }

    /** {@code readme} with the text between the table's markers replaced by {@link #readmeTable()}. */
    static String readme(String readme) {
        int start = readme.indexOf(README_START);
        int end = readme.indexOf(README_END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("README.md has no settings table markers: " + README_START);
        }
        return readme.substring(0, start + README_START.length()) + "\n\n" + readmeTable() + "\n"
                + readme.substring(end);
    }

    private static String markdown(String help) {
        return help.replace("\n", " ").replace("|", "\\|").replace("<", "&lt;");
    }

    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            // "Default: 60" is never split: the default stays readable at the end of a line.
            for (String glued : paragraph.strip().replace("Default: ", "Default:\u0000").split(" +")) {
                String word = glued.replace('\u0000', ' ');
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Rewrites {@code kiosk.properties} and {@code README.md} in the folder given (default: here). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Path properties = dir.resolve("kiosk.properties");
        byte[] current = Files.exists(properties) ? Files.readAllBytes(properties) : new byte[0];
        Files.writeString(properties, propertiesFile(current), StandardCharsets.UTF_8);
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, readme(Files.readString(readme, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        System.out.println("Wrote " + properties + " and " + readme);
    }
}
