package org.physiokiosk.stats;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a clinic manager asks for, computed in one pass over the events of a date
 * range ({@link #accept}). Memory stays flat: counters by day, hour, symptom, technique,
 * language, slide and kiosk, a histogram of session lengths for the median, and only the
 * visits still open at a given moment.
 */
public final class UsageReport {

    /**
     * Different slides, symptoms, techniques, languages or kiosks counted per table at most;
     * the rest are counted together under {@link #OTHER}. A clinic has a few dozen; a broken
     * or hostile file could name a million, and memory must stay flat whatever the rows.
     */
    static final int MAX_KEYS = 1_000;
    static final String OTHER = "(other)";
    /** Visits still open at one moment, at most; the oldest is forgotten (never measured) beyond. */
    static final int MAX_OPEN = 10_000;

    /**
     * A loop play whose slide id starts with this is one of the clinic's notices (the loop names
     * them {@code notice-<id>}): counted apart from the slides, by the notice's id.
     */
    public static final String NOTICE_PREFIX = "notice-";

    /** Session lengths are counted per second up to this; longer ones share the last bucket. */
    static final int MAX_SECONDS = 4 * 3600;

    /** Figures for one day, or for one kiosk. */
    public static final class Counts {
        long sessions;
        long finished;
        long timedOut;
        long printed;
        long saved;
        long printFailed;
        long slidesShown;

        /** Counts the event in whichever figure it belongs to (most events belong to none). */
        void count(EventType type) {
            switch (type) {
                case SLIDE_SHOWN -> slidesShown++;
                case SESSION_STARTED -> sessions++;
                case HANDOUT_PRINTED -> printed++;
                case HANDOUT_SAVED -> saved++;
                case PRINT_FAILED -> printFailed++;
                case SESSION_FINISHED -> finished++;
                case SESSION_TIMED_OUT -> timedOut++;
                default -> {
                    // not one of these figures
                }
            }
        }

        public long sessions() {
            return sessions;
        }

        public long finished() {
            return finished;
        }

        public long timedOut() {
            return timedOut;
        }

        public long printed() {
            return printed;
        }

        public long saved() {
            return saved;
        }

        public long printFailed() {
            return printFailed;
        }

        public long slidesShown() {
            return slidesShown;
        }
    }

    /** Proof of play for one slide. */
    public static final class Play {
        long times;
        long millis;

        public long times() {
            return times;
        }

        public double seconds() {
            return millis / 1000.0;
        }
    }

    private record Open(long startMillis, boolean converted) {
    }

    private final LocalDate from;
    private final LocalDate to;
    private final Counts total = new Counts();
    private long converted;
    private final long[] lengths = new long[MAX_SECONDS + 1];
    private long measured;
    private final Map<LocalDate, Counts> byDay = new TreeMap<>();
    private final long[] byHour = new long[24];
    private final Map<String, long[]> bySymptom = new TreeMap<>();
    private final Map<String, Long> byTechnique = new TreeMap<>();
    private final Map<String, Long> byLanguage = new TreeMap<>();
    private final Map<String, Play> bySlide = new TreeMap<>();
    private final Map<String, Play> byNotice = new TreeMap<>();
    private final Map<String, Counts> byKiosk = new TreeMap<>();
    private final Map<String, Open> open = new java.util.LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Open> eldest) {
            return size() > MAX_OPEN;
        }
    };

    public UsageReport(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new Counts());
        }
    }

    /** Takes the next event (in time order per kiosk). */
    public void accept(UsageEvent e) {
        total.count(e.type());
        byDay.computeIfAbsent(e.time().toLocalDate(), d -> new Counts()).count(e.type());
        byKiosk.computeIfAbsent(key(byKiosk, e.kiosk()), k -> new Counts()).count(e.type());
        String key = e.kiosk() + "/" + e.session();
        switch (e.type()) {
            case SLIDE_SHOWN -> {
                boolean notice = e.subject().startsWith(NOTICE_PREFIX) && e.subject().length() > NOTICE_PREFIX.length();
                Map<String, Play> table = notice ? byNotice : bySlide;
                String id = notice ? e.subject().substring(NOTICE_PREFIX.length()) : e.subject();
                Play p = table.computeIfAbsent(key(table, id), s -> new Play());
                p.times++;
                p.millis += number(e.value());
            }
            case SESSION_STARTED -> {
                byHour[e.time().getHour()]++;
                byLanguage.merge(key(byLanguage, e.language().isEmpty() ? "?" : e.language()), 1L, Long::sum);
                open.put(key, new Open(e.time().toInstant().toEpochMilli(), false));
            }
            case SYMPTOM_PICKED -> bySymptom.computeIfAbsent(key(bySymptom, e.subject()), s -> new long[2])[0]++;
            case SYMPTOM_UNPICKED -> bySymptom.computeIfAbsent(key(bySymptom, e.subject()), s -> new long[2])[1]++;
            case TECHNIQUE_PLANNED -> byTechnique.merge(key(byTechnique, e.subject()), 1L, Long::sum);
            case HANDOUT_PRINTED, HANDOUT_SAVED -> convert(key);
            case SESSION_FINISHED, SESSION_TIMED_OUT -> {
                Open o = open.remove(key);
                if (o != null) {
                    long seconds = Math.max(0, (e.time().toInstant().toEpochMilli() - o.startMillis()) / 1000);
                    lengths[(int) Math.min(MAX_SECONDS, seconds)]++;
                    measured++;
                }
            }
            default -> {
                // kiosk started/stopped, staff and content events: not in these figures
            }
        }
    }

    /** The key itself while the table has room for it, else {@link #OTHER}. */
    private static String key(Map<String, ?> table, String key) {
        return table.size() < MAX_KEYS || table.containsKey(key) ? key : OTHER;
    }

    private void convert(String key) {
        Open o = open.get(key);
        if (o != null && !o.converted()) {
            open.put(key, new Open(o.startMillis(), true));
            converted++;
        }
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Counts total() {
        return total;
    }

    /** Visits that printed or saved their plan, as a percentage of visits (0 when there were none). */
    public double conversionPercent() {
        return total.sessions == 0 ? 0 : 100.0 * converted / total.sessions;
    }

    /** Median length of the visits that ended in the range, in whole seconds (0 when none). */
    public long medianSessionSeconds() {
        if (measured == 0) {
            return 0;
        }
        long half = (measured + 1) / 2;
        long seen = 0;
        for (int s = 0; s < lengths.length; s++) {
            seen += lengths[s];
            if (seen >= half) {
                return s;
            }
        }
        return MAX_SECONDS;
    }

    public Map<LocalDate, Counts> byDay() {
        return java.util.Collections.unmodifiableMap(byDay);
    }

    public long[] byHour() {
        return byHour.clone();
    }

    /** Symptom id → {times picked, times un-picked}. */
    public Map<String, long[]> bySymptom() {
        return java.util.Collections.unmodifiableMap(bySymptom);
    }

    public Map<String, Long> byTechnique() {
        return java.util.Collections.unmodifiableMap(byTechnique);
    }

    public Map<String, Long> byLanguage() {
        return java.util.Collections.unmodifiableMap(byLanguage);
    }

    /** Proof of play of the loop's own slides (intro, categories, techniques, closing). */
    public Map<String, Play> bySlide() {
        return java.util.Collections.unmodifiableMap(bySlide);
    }

    /** Proof of play of the clinic's notices, by notice id (not in {@link #bySlide()}). */
    public Map<String, Play> byNotice() {
        return java.util.Collections.unmodifiableMap(byNotice);
    }

    public Map<String, Counts> byKiosk() {
        return java.util.Collections.unmodifiableMap(byKiosk);
    }

    private static long number(String s) {
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
