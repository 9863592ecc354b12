package org.physiokiosk.printing;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;

/**
 * A stand-in CUPS scheduler on a free local port that answers IPP Get-Printer-Attributes
 * and Get-Jobs (and Get-Job-Attributes, with the same list) as told: a printer state with reasons, and per call the jobs it lists (so a
 * test can make a job appear after the first call, as a sent job does).
 */
public final class FakeCups implements AutoCloseable {

    private final HttpServer server;
    public volatile int printerState = 3;
    public volatile List<String> printerReasons = List.of("none");
    public volatile boolean accepting = true;
    /** The jobs listed on the n-th Get-Jobs call (from 0). */
    public volatile IntFunction<List<CupsQueue.Job>> jobs = n -> List.of();
    public final List<Integer> operations = new CopyOnWriteArrayList<>();
    private int jobCalls;

    public FakeCups() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(request));
            in.readShort();
            int operation = in.readUnsignedShort();
            int id = in.readInt();
            operations.add(operation);
            byte[] answer = operation == 0x000B ? printerAnswer(id) : jobsAnswer(id, jobs.apply(nextJobCall()));
            exchange.getResponseHeaders().add("Content-Type", "application/ipp");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    private synchronized int nextJobCall() {
        return jobCalls++;
    }

    public CupsQueue queue() {
        return new CupsQueue(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), 1000);
    }

    private byte[] printerAnswer(int id) throws IOException {
        ByteArrayOutputStream out = header(id);
        out.write(0x04);
        value(out, 0x23, "printer-state", printerState);
        boolean first = true;
        for (String r : printerReasons) {
            value(out, 0x44, first ? "printer-state-reasons" : "", r);
            first = false;
        }
        out.write(new byte[] {0x22, 0, 25});
        out.write("printer-is-accepting-jobs".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {0, 1, (byte) (accepting ? 1 : 0)});
        out.write(0x03);
        return out.toByteArray();
    }

    private static byte[] jobsAnswer(int id, List<CupsQueue.Job> jobs) throws IOException {
        ByteArrayOutputStream out = header(id);
        for (CupsQueue.Job j : jobs) {
            out.write(0x02);
            value(out, 0x21, "job-id", j.id());
            value(out, 0x42, "job-name", j.name());
            value(out, 0x23, "job-state", j.state());
            List<String> reasons = new ArrayList<>(j.reasons());
            if (reasons.isEmpty()) {
                reasons.add("none");
            }
            for (int i = 0; i < reasons.size(); i++) {
                value(out, 0x44, i == 0 ? "job-state-reasons" : "", reasons.get(i));
            }
        }
        out.write(0x03);
        return out.toByteArray();
    }

    private static ByteArrayOutputStream header(int id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {1, 1, 0, 0});
        out.write(new byte[] {(byte) (id >> 24), (byte) (id >> 16), (byte) (id >> 8), (byte) id});
        out.write(0x01);
        value(out, 0x47, "attributes-charset", "utf-8");
        value(out, 0x48, "attributes-natural-language", "en");
        return out;
    }

    private static void value(ByteArrayOutputStream out, int tag, String name, Object v) throws IOException {
        out.write(tag);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        out.write(n.length >> 8);
        out.write(n.length);
        out.write(n);
        if (v instanceof Integer i) {
            out.write(new byte[] {0, 4, (byte) (i >> 24), (byte) (i >> 16), (byte) (i >> 8), (byte) (int) i});
        } else {
            byte[] b = v.toString().getBytes(StandardCharsets.UTF_8);
            out.write(b.length >> 8);
            out.write(b.length);
            out.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
