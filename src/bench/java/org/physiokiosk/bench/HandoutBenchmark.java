package org.physiokiosk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.pdf.PdfException;
import org.physiokiosk.handout.HandoutRenderer;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.plan.HandoutPlan;
import org.physiokiosk.plan.PlanBuilder;
import org.physiokiosk.settings.KioskSettings;
import org.physiokiosk.settings.SettingsLoader;

/**
 * How long a warm kiosk takes to make a handout (targets: 3 techniques under 150 ms,
 * 6 under 300 ms, each file under 300 KB). Run with {@code mvn -B -Pbench -DskipTests test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HandoutBenchmark {

    private HandoutRenderer renderer;
    private HandoutPlan threeTechniques;
    private HandoutPlan sixTechniques;

    @Setup(Level.Trial)
    public void setUp() throws PdfException {
        KioskSettings settings = SettingsLoader.load(Path.of("kiosk.properties")).settings();
        SlideLibrary library = ContentLoader.load(settings.mediaDir());
        renderer = new HandoutRenderer(settings.clinic(), settings.paperSize(), settings.language(),
                settings.mediaDir(), new IllustrationLoader(), Clock.systemDefaultZone());
        threeTechniques = new PlanBuilder(library, 3).build(List.of("stress"));
        sixTechniques = new PlanBuilder(library, 6).build(library.symptoms().stream().map(Symptom::id).toList());
        System.out.printf("%nHandout sizes: 3 techniques %d bytes, 6 techniques %d bytes%n",
                renderer.render(threeTechniques).length, renderer.render(sixTechniques).length);
    }

    @Benchmark
    public byte[] handoutWithThreeTechniques() throws PdfException {
        return renderer.render(threeTechniques);
    }

    @Benchmark
    public byte[] handoutWithSixTechniques() throws PdfException {
        return renderer.render(sixTechniques);
    }
}
