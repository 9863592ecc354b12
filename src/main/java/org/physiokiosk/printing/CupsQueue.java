package org.physiokiosk.printing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the CUPS scheduler says about a queue and its jobs, asked over IPP (the protocol
 * {@code javax.print} itself speaks to CUPS, which however exposes neither a printer's state nor
 * a job's). A small IPP/1.1 client: Get-Printer-Attributes, Get-Jobs and Get-Job-Attributes, each with a short time
 * limit. Every answer is optional: a scheduler that is not there, slow or odd means "unknown",
 * never an error, so printing goes on as if nothing were known.
 */
public final class CupsQueue {

    /** IPP printer-state: the queue is stopped (cupsdisable, or the printer reported a fault). */
    static final int PRINTER_STOPPED = 5;

    private static final System.Logger LOG = System.getLogger(CupsQueue.class.getName());

    private final URI server;
    private final int timeoutMillis;
    private int requestId = 1;

    /**
     * @param server        the scheduler, e.g. {@code http://localhost:631/}
     * @param timeoutMillis the most a connection and an answer may take, each
     */
    public CupsQueue(URI server, int timeoutMillis) {
        this.server = server;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * The scheduler this computer prints through: {@code CUPS_SERVER} when it names a host
     * (a socket path means the local one), else {@code localhost:631}.
     */
    public static CupsQueue local() {
        return new CupsQueue(URI.create("http://" + serverHost(System.getenv("CUPS_SERVER")) + "/"), 1500);
    }

    /** {@code host:port} from a {@code CUPS_SERVER} value. */
    static String serverHost(String env) {
        if (env == null || env.isBlank() || env.startsWith("/")) {
            return "localhost:631";
        }
        String host = env.strip();
        return host.matches(".*:\\d+") ? host : host + ":631";
    }

    /** A queue as CUPS reports it: IPP printer-state (3 idle, 4 processing, 5 stopped) and its reasons. */
    public record Printer(int state, List<String> reasons, boolean accepting) {
        public Printer {
            reasons = List.copyOf(reasons);
        }

        /** Stopped, refusing jobs, or reporting a fault a person must fix; empty when it can print. */
        public Optional<String> problem() {
            if (state == PRINTER_STOPPED) {
                return Optional.of("the queue is stopped" + (reasons.isEmpty() ? "" : " (" + String.join(", ", reasons)
                        + ")"));
            }
            if (!accepting) {
                return Optional.of("the queue is not accepting jobs");
            }
            List<String> faults = reasons.stream().filter(CupsQueue::isFault).toList();
            return faults.isEmpty() ? Optional.empty() : Optional.of("the printer needs attention ("
                    + String.join(", ", faults) + ")");
        }
    }

    /** One job: IPP job-state (3 pending, 4 held, 5 processing, 6 stopped, 7 canceled, 8 aborted, 9 completed). */
    public record Job(int id, String name, int state, List<String> reasons) {
        public Job {
            reasons = List.copyOf(reasons);
        }

        /** It will not print: stopped, canceled or aborted. */
        public boolean failed() {
            return state == 6 || state == 7 || state == 8;
        }

        /** The printer has it (processing) or is done with it. */
        public boolean started() {
            return state == 5 || state == 9;
        }

        /** Printed: the scheduler is done with it. */
        public boolean completed() {
            return state == 9;
        }
    }

    /** Faults a person at the printer must fix; "-report" and "-warning" reasons are not. */
    private static final Set<String> FAULTS = Set.of("media-empty", "media-needed", "media-jam", "door-open",
            "cover-open", "paused", "offline", "shutdown", "toner-empty", "marker-supply-empty", "input-tray-missing",
            "output-area-full", "spool-area-full", "stopped-partly", "interlock-open", "fuser-over-temp",
            "marker-waste-full", "connecting-to-device-error");

    static boolean isFault(String reason) {
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.endsWith("-report") || r.endsWith("-warning")) {
            return false;
        }
        return r.endsWith("-error") || FAULTS.contains(r);
    }

    /** The queue's state, or empty when CUPS cannot be asked. */
    public Optional<Printer> printer(String name) {
        try {
            return printerIn(request(0x000B, name, List.of(
                    attr(0x44, "requested-attributes", "printer-state", "printer-state-reasons",
                            "printer-is-accepting-jobs"))));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot ask CUPS about \"" + name + "\": " + e);
            return Optional.empty();
        }
    }

    /** The printer in a Get-Printer-Attributes answer; empty when it names none. */
    static Optional<Printer> printerIn(byte[] answer) throws IOException {
        Map<String, List<Object>> a = groups(answer, 0x04).stream().findFirst().orElse(Map.of());
        if (!(a.containsKey("printer-state") && a.get("printer-state").get(0) instanceof Integer state)) {
            return Optional.empty();
        }
        return Optional.of(new Printer(state, strings(a.get("printer-state-reasons")),
                !Boolean.FALSE.equals(a.getOrDefault("printer-is-accepting-jobs", List.of(Boolean.TRUE)).get(0))));
    }

    /**
     * One job of the queue by its id (IPP Get-Job-Attributes), finished ones too while CUPS keeps
     * them; empty when CUPS cannot be asked or does not know the job.
     */
    public Optional<Job> job(String queue, int id) {
        try {
            return jobsIn(request(0x0009, queue, List.of(new Attr(0x21, "job-id", List.of(Integer.toString(id))),
                    attr(0x44, "requested-attributes", "job-id", "job-name", "job-state", "job-state-reasons"))))
                    .stream().findFirst(); // the answer holds the job asked about, or an error status
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot ask CUPS about job " + id + " on \"" + queue + "\": " + e);
            return Optional.empty();
        }
    }

    /** The jobs in an answer to Get-Jobs or Get-Job-Attributes. */
    static List<Job> jobsIn(byte[] answer) throws IOException {
        List<Job> jobs = new ArrayList<>();
        for (Map<String, List<Object>> a : groups(answer, 0x02)) {
            if (a.containsKey("job-id") && a.containsKey("job-state")) {
                jobs.add(new Job((Integer) a.get("job-id").get(0), a.containsKey("job-name")
                        ? a.get("job-name").get(0).toString() : "", (Integer) a.get("job-state").get(0),
                        strings(a.get("job-state-reasons"))));
            }
        }
        return jobs;
    }

    /**
     * This user's jobs on the queue, finished ones too (CUPS keeps a history), or empty when CUPS
     * cannot be asked. CUPS shows a job's name only to a signed-in owner, so jobs are told apart
     * by their ids ({@link #jobAfter}).
     */
    public Optional<List<Job>> jobs(String name) {
        try {
            return Optional.of(jobsIn(request(0x000A, name, List.of(attr(0x44, "which-jobs", "all"),
                    attr(0x22, "my-jobs", "true"),
                    attr(0x44, "requested-attributes", "job-id", "job-name", "job-state", "job-state-reasons")))));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot ask CUPS for the jobs of \"" + name + "\": " + e);
            return Optional.empty();
        }
    }

    /** The id of this user's newest job on the queue (0 for none), or empty when CUPS cannot be asked. */
    public Optional<Integer> lastJobId(String queue) {
        return jobs(queue).map(all -> all.stream().mapToInt(Job::id).max().orElse(0));
    }

    /** This user's first job on the queue after job {@code id}: the one sent after {@link #lastJobId} said {@code id}. */
    public Optional<Job> jobAfter(String queue, int id) {
        return jobs(queue).flatMap(all -> all.stream().filter(j -> j.id() > id)
                .min(java.util.Comparator.comparingInt(Job::id)));
    }

    private static List<String> strings(List<Object> values) {
        return values == null ? List.of() : values.stream().map(Object::toString).filter(s -> !s.equals("none"))
                .toList();
    }

    private record Attr(int tag, String name, List<String> values) {
    }

    private static Attr attr(int tag, String name, String... values) {
        return new Attr(tag, name, List.of(values));
    }

    private byte[] request(int operation, String queue, List<Attr> more) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(new byte[] {1, 1, (byte) (operation >> 8), (byte) operation});
        int id = requestId++;
        body.write(new byte[] {(byte) (id >> 24), (byte) (id >> 16), (byte) (id >> 8), (byte) id});
        body.write(0x01);
        List<Attr> all = new ArrayList<>();
        all.add(attr(0x47, "attributes-charset", "utf-8"));
        all.add(attr(0x48, "attributes-natural-language", "en"));
        all.add(attr(0x45, "printer-uri", "ipp://" + server.getHost() + ":" + server.getPort() + "/printers/"
                + URLEncoder.encode(queue, StandardCharsets.UTF_8).replace("+", "%20")));
        all.add(attr(0x42, "requesting-user-name", System.getProperty("user.name", "kiosk")));
        all.addAll(more);
        for (Attr a : all) {
            boolean firstValue = true;
            for (String v : a.values()) {
                body.write(a.tag());
                writeString(body, firstValue ? a.name() : "");
                if (a.tag() == 0x22) {
                    body.write(new byte[] {0, 1, (byte) (Boolean.parseBoolean(v) ? 1 : 0)});
                } else if (a.tag() == 0x21) {
                    int n = Integer.parseInt(v);
                    body.write(new byte[] {0, 4, (byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n});
                } else {
                    writeString(body, v);
                }
                firstValue = false;
            }
        }
        body.write(0x03);
        HttpURLConnection http = (HttpURLConnection) server.toURL().openConnection();
        http.setConnectTimeout(timeoutMillis);
        http.setReadTimeout(timeoutMillis);
        http.setRequestMethod("POST");
        http.setDoOutput(true);
        http.setRequestProperty("Content-Type", "application/ipp");
        try (OutputStream out = http.getOutputStream()) {
            body.writeTo(out);
        }
        if (http.getResponseCode() != 200) {
            throw new IOException("HTTP " + http.getResponseCode());
        }
        try (InputStream in = http.getInputStream()) {
            return in.readAllBytes();
        } finally {
            http.disconnect();
        }
    }

    private static void writeString(ByteArrayOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b.length >> 8);
        out.write(b.length);
        out.write(b);
    }

    /**
     * The attribute groups tagged {@code groupTag} (0x02 job, 0x04 printer) of an IPP answer:
     * integers and enums as {@link Integer}, booleans as {@link Boolean}, the rest as strings.
     */
    static List<Map<String, List<Object>>> groups(byte[] answer, int groupTag) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(answer));
        in.readShort(); // version
        int status = in.readUnsignedShort();
        in.readInt(); // request id
        if (status >= 0x0400) {
            throw new IOException("IPP status 0x" + Integer.toHexString(status));
        }
        List<Map<String, List<Object>>> groups = new ArrayList<>();
        Map<String, List<Object>> current = null;
        String last = null;
        while (true) {
            int tag = in.read();
            if (tag < 0 || tag == 0x03) {
                return groups;
            }
            if (tag < 0x10) {
                current = new LinkedHashMap<>();
                if (tag == groupTag) {
                    groups.add(current);
                }
                continue;
            }
            String name = new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.UTF_8);
            byte[] value = in.readNBytes(in.readUnsignedShort());
            Object v = switch (tag) {
                case 0x21, 0x23 -> value.length == 4 ? java.nio.ByteBuffer.wrap(value).getInt() : 0;
                case 0x22 -> value.length == 1 && value[0] != 0;
                default -> new String(value, StandardCharsets.UTF_8);
            };
            if (!name.isEmpty()) {
                last = name;
            }
            if (current != null && last != null) {
                current.computeIfAbsent(last, k -> new ArrayList<>()).add(v);
            }
        }
    }
}
