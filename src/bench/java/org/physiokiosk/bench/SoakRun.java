package org.physiokiosk.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.physiokiosk.app.KioskAssembly;
import org.physiokiosk.app.KioskThreads;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.saving.RemovableDrives;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.Settings;
import org.physiokiosk.settings.SettingsLoader;
import org.physiokiosk.stats.UsageRecorder;
import org.physiokiosk.ui.shell.KioskFrame;
import org.physiokiosk.ui.theme.KioskTheme;

/**
 * The kiosk run hard in a real window (under Xvfb): 10,000 slide changes and 1,000 patient
 * visits as fast as the event thread takes them (an accelerated clock), with heap after GC,
 * threads and open files measured before and after; then the frame time of a crossfade at
 * 1920x1080. Run with {@code bench/soak.sh}.
 */
public final class SoakRun {

    private SoakRun() {
    }

    public static void main(String[] args) throws Exception {
        int slides = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int visits = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        KioskSettings settings = SettingsLoader.load(Path.of("kiosk.properties")).settings()
                .with(Settings.STATS_DIR, Files.createTempDirectory("soak-stats"))
                .with(Settings.EXPORTS_DIR, Files.createTempDirectory("soak-exports"));
        SlideLibrary library = ContentLoader.load(settings.mediaDir());
        KioskAssembly kiosk = new KioskAssembly(settings, library, new RemovableDrives(List.of(), p -> false),
                UsageRecorder.NONE, new KioskThreads().work());
        kiosk.preload();
        AtomicReference<KioskFrame> frame = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            KioskTheme.install();
            KioskFrame f = kiosk.frame(() -> { }, () -> { });
            f.setUndecorated(true);
            f.setBounds(0, 0, 1920, 1080);
            f.open();
            frame.set(f);
        });
        KioskFrame f = frame.get();
        List<Slide> loop = library.loopSlides();
        Thread.sleep(1500);
        Figures before = Figures.now();

        // 10,000 slide changes, each painted.
        for (int i = 0; i < slides; i++) {
            int n = i;
            SwingUtilities.invokeAndWait(() -> {
                f.attractLoop().showSlide(loop.get(n % loop.size()), n % loop.size(), loop.size());
                paint(f.getRootPane());
            });
        }
        // 1,000 visits: touch, pick, see the plan, go back to the loop.
        for (int i = 0; i < visits; i++) {
            SwingUtilities.invokeAndWait(() -> f.attractLoop().openStartScreen());
            SwingUtilities.invokeAndWait(() -> {
                f.journey().presenter().toggle("stress");
                f.journey().presenter().next();
            });
            Thread.sleep(5);
            SwingUtilities.invokeAndWait(() -> {
                paint(f.getRootPane());
                f.showAttract();
            });
        }
        Thread.sleep(3000); // let the last background PDFs finish
        Figures after = Figures.now();
        if (args.length > 2 && args[2].equals("histo")) {
            Process p = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true).start();
            p.getInputStream().transferTo(System.out);
        }

        // Frame time of a crossfade at 1920x1080: every frame painted while the fade runs.
        List<Long> frames = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            int r = round;
            SwingUtilities.invokeAndWait(() -> f.attractLoop().showSlide(loop.get(r % loop.size()), 0, loop.size()));
            long end = System.nanoTime() + settings.transition().toNanos();
            while (System.nanoTime() < end) {
                SwingUtilities.invokeAndWait(() -> {
                    long t = System.nanoTime();
                    f.getRootPane().paintImmediately(0, 0, 1920, 1080);
                    frames.add(System.nanoTime() - t);
                });
            }
        }
        frames.sort(null);
        double p95 = frames.get((int) (frames.size() * 0.95)) / 1e6;
        double median = frames.get(frames.size() / 2) / 1e6;

        System.out.printf("Soak: %d slide changes, %d visits%n", slides, visits);
        System.out.printf("Heap after GC: %.1f MB before, %.1f MB after (%+.1f MB)%n", before.heapMb, after.heapMb,
                after.heapMb - before.heapMb);
        System.out.printf("Threads: %d before, %d after%n", before.threads, after.threads);
        System.out.printf("Open files: %d before, %d after%n", before.openFiles, after.openFiles);
        System.out.printf("Resident memory: %d MB before, %d MB after%n", before.rssMb, after.rssMb);
        System.out.printf("Crossfade frame time at 1920x1080: median %.1f ms, p95 %.1f ms (%d frames)%n", median, p95,
                frames.size());
        SwingUtilities.invokeAndWait(f::dispose);
        System.exit(0);
    }

    private static void paint(JComponent c) {
        BufferedImage img = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        c.paint(g);
        g.dispose();
    }

    private record Figures(double heapMb, int threads, long openFiles, long rssMb) {
        static Figures now() throws IOException, InterruptedException {
            for (int i = 0; i < 4; i++) {
                System.gc();
                Thread.sleep(200);
            }
            double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            long files;
            try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
                files = fds.count();
            }
            long rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
            return new Figures(heap, threads, files, rss);
        }
    }
}
