package org.physiokiosk.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The usage files' names: {@code usage-2026-11-29-KIOSKID.csv}, one per day and kiosk, so
 * several kiosks can write into one shared folder and files sort by date.
 */
final class UsageFiles {

    private static final Pattern NAME = Pattern.compile("usage-(\\d{4}-\\d{2}-\\d{2})-([A-Za-z0-9._-]+)\\.csv");

    /** A usage file, with the day and kiosk its name gives. */
    record UsageFile(Path path, LocalDate day, String kiosk) {
    }

    private UsageFiles() {
    }

    static String name(LocalDate day, String kiosk) {
        return "usage-" + day + "-" + kiosk + ".csv";
    }

    static Optional<UsageFile> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UsageFile(file, LocalDate.parse(m.group(1)), m.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The usage files in {@code dir}, oldest first. */
    static List<UsageFile> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(UsageFiles::parse).flatMap(Optional::stream)
                    .sorted(java.util.Comparator.comparing(UsageFile::day).thenComparing(UsageFile::kiosk))
                    .toList();
        }
    }
}
