package org.physiokiosk.stats;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.physiokiosk.testing.FakeClock;

/**
 * Writes plausible usage for whole days through the real {@link UsageLog}: the loop showing
 * slides from 8:00 to 18:00, and patients' visits at random moments, with picks, plans,
 * prints, saves and walk-aways. For looking at reports and for benchmarks.
 */
public final class UsageSimulator {

    static final List<String> SLIDES = List.of("intro", "category-stretching", "technique-shoulder-blade-squeeze",
            "technique-chin-tuck", "technique-seated-spinal-twist", "category-massage", "technique-self-massage",
            "technique-foam-rolling", "closing");
    static final List<String> SYMPTOMS = List.of("stiffness", "muscle-knots", "after-sitting", "after-standing",
            "after-sleeping", "stress", "recent-strain", "keeps-coming-back");
    static final List<String> TECHNIQUES = List.of("shoulder-blade-squeeze", "chin-tuck", "seated-spinal-twist",
            "self-massage", "heat-therapy", "deep-breathing", "posture-sitting");
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.ENGLISH, Locale.ENGLISH,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("uk"));

    private UsageSimulator() {
    }

    /** Writes {@code days} days from {@code first} into {@code dir} as kiosk {@code kiosk}; returns the event count. */
    public static long write(Path dir, String kiosk, LocalDate first, int days, int slideSeconds, long seed) {
        ZoneId zone = ZoneId.of("Europe/London");
        FakeClock clock = new FakeClock(first.atStartOfDay(zone).toInstant(), zone);
        Random random = new Random(seed);
        long count = 0;
        try (UsageLog log = UsageLog.open(dir, kiosk, clock, 0)) {
            for (int d = 0; d < days; d++) {
                LocalDate day = first.plusDays(d);
                long open = day.atTime(8, 0).atZone(zone).toInstant().toEpochMilli();
                long close = day.atTime(18, 0).atZone(zone).toInstant().toEpochMilli();
                long nextVisit = open + (long) (random.nextDouble() * 40 * 60_000);
                int slide = 0;
                for (long t = open; t < close; ) {
                    if (t >= nextVisit) {
                        t = visit(log, clock, random, t);
                        nextVisit = t + (long) (random.nextExponential() * 25 * 60_000);
                        continue;
                    }
                    t += slideSeconds * 1000L;
                    clock.set(java.time.Instant.ofEpochMilli(t));
                    log.record(EventType.SLIDE_SHOWN, "", SLIDES.get(slide++ % SLIDES.size()),
                            Long.toString(slideSeconds * 1000L), Locale.ENGLISH);
                    count++;
                }
                // A day at once is far more than a kiosk sends; let the writer keep up (the queue is bounded).
                log.flush(Duration.ofSeconds(30));
            }
            if (log.health().dropped() > 0) {
                throw new IllegalStateException(log.health().dropped() + " events dropped");
            }
            count = log.written();
        }
        return count;
    }

    private static long visit(UsageLog log, FakeClock clock, Random random, long start) {
        String session = Long.toHexString(random.nextLong());
        Locale lang = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        long t = start;
        clock.set(java.time.Instant.ofEpochMilli(t));
        log.record(EventType.SESSION_STARTED, session, "", "", lang);
        int picks = 1 + random.nextInt(3);
        for (int i = 0; i < picks; i++) {
            t += 2000 + random.nextInt(6000);
            clock.set(java.time.Instant.ofEpochMilli(t));
            log.record(EventType.SYMPTOM_PICKED, session, SYMPTOMS.get(random.nextInt(SYMPTOMS.size())), "", lang);
        }
        t += 3000 + random.nextInt(8000);
        clock.set(java.time.Instant.ofEpochMilli(t));
        log.record(EventType.PLAN_PREVIEWED, session, "", "4", lang);
        for (int i = 0; i < 4; i++) {
            log.record(EventType.TECHNIQUE_PLANNED, session, TECHNIQUES.get(random.nextInt(TECHNIQUES.size())), "",
                    lang);
        }
        t += 5000 + random.nextInt(30_000);
        clock.set(java.time.Instant.ofEpochMilli(t));
        double r = random.nextDouble();
        if (r < 0.5) {
            log.record(EventType.HANDOUT_PRINTED, session, "KioskPDF", "", lang);
            log.record(EventType.SESSION_FINISHED, session, "", "", lang);
        } else if (r < 0.7) {
            log.record(EventType.HANDOUT_SAVED, session, random.nextBoolean() ? "usb" : "folder", "", lang);
            log.record(EventType.SESSION_FINISHED, session, "", "", lang);
        } else {
            t += 70_000;
            clock.set(java.time.Instant.ofEpochMilli(t));
            log.record(EventType.SESSION_TIMED_OUT, session, "", "", lang);
        }
        return t;
    }

    /** Writes a month for a look: {@code UsageSimulator DIR}. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/demo-stats");
        long n = write(dir, "waiting-room-1", LocalDate.of(2026, 11, 1), 30, 10, 42);
        n += write(dir, "waiting-room-2", LocalDate.of(2026, 11, 1), 30, 12, 7);
        System.out.println("Wrote " + n + " events to " + dir.toAbsolutePath());
    }
}
