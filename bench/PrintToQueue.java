import java.nio.file.Files;
import java.nio.file.Path;
import org.physiokiosk.printing.HandoutPrinter;
import org.physiokiosk.printing.QueueStatus;

/**
 * Touch to job in the queue, as the kiosk does it: the printer was looked up while the plan was
 * made (warmUp), then print() hands the handout's PDF to CUPS and watches it start. Prints
 * "queued_ms started_ms route" per run: in the queue, and the printer has started on it. Run from bench/kiosk-vs-peer.sh:
 *   java -cp target/physio-kiosk.jar bench/PrintToQueue.java PRINTER FILE.pdf RUNS
 */
public class PrintToQueue {
    public static void main(String[] args) throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of(args[1]));
        HandoutPrinter printer = new HandoutPrinter(args[0], QueueStatus.system());
        printer.warmUp();
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            long start = System.nanoTime();
            printer.print(pdf, "pk-bench-" + ProcessHandle.current().pid() + "-" + i);
            long done = System.nanoTime();
            System.out.println(printer.lastQueuedMillis() + " " + (done - start) / 1_000_000 + " " + printer.lastRoute());
            Thread.sleep(500);
        }
    }
}
