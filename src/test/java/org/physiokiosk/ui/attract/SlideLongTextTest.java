package org.physiokiosk.ui.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.Technique;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.testing.LogCapture;
import org.physiokiosk.ui.TextBlock;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.theme.KioskTheme;
import org.physiokiosk.ui.slides.SlideViews;
import org.physiokiosk.ui.slides.SlideView;

/** A technique slide with far more text than a slide holds renders, cut and reported, instead of running for minutes. */
class SlideLongTextTest {

    @TempDir
    Path illustrations;

    @Test
    void aMegabyteSummaryAndFiveThousandStepsRenderCutWithAnEllipsisAndAreReported() {
        KioskTheme.install();
        StringBuilder summary = new StringBuilder();
        for (int i = 0; summary.length() < 1_000_000; i++) {
            summary.append("stretch").append(i).append(' ');
        }
        List<String> steps = IntStream.rangeClosed(1, 5000).mapToObj(i -> "Step " + i + ": breathe slowly.").toList();
        Technique t = new Technique("chin-tuck", "stretching", 1, "Chin tuck", summary.toString(), "chin-tuck.svg",
                List.of(), new Dose("5 seconds", "10 times", "", ""), steps, List.of("Stop if it hurts."),
                Path.of("chin-tuck.txt"), true);
        Category c = new Category("stretching", 1, "Stretching exercises", "Gentle.", List.of(), List.of(),
                Path.of("stretching.txt"));
        Slide slide = new Slide.TechniqueSlide(t, c);
        Texts texts = new Texts(Locale.ENGLISH);
        SlideScreenshots shots = new SlideScreenshots(new SlideViews(illustrations, new IllustrationLoader(), texts,
                "Clinic"), texts);
        try (LogCapture log = LogCapture.of("org.physiokiosk")) {
            BufferedImage img = shots.render(slide, 0, 1, 1920, 1080);
            assertThat(img.getWidth()).isEqualTo(1920);

            SlideView view = new SlideViews(illustrations, new IllustrationLoader(), texts, "Clinic").create(slide);
            TextBlock block = view.textBlocks().get(0);
            assertThat(block.text()).contains("Chin tuck", "stretch0 stretch1", "…", "40. Step 40: breathe slowly.",
                    "Stop if it hurts.").doesNotContain("Step 41:");
            assertThat(block.text().length()).isLessThan(5_000);
            // Still more than a slide holds: reported as not fitting, as --screenshot does.
            assertThat(shots.layoutProblems(slide, 1920, 1080)).anySatisfy(p -> assertThat(p).contains("does not fit"))
                    .anySatisfy(p -> assertThat(p).contains("text too long for a slide, cut with \"…\""));
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("summary paragraph of 1,000,0"))
                    .anySatisfy(w -> assertThat(w).contains("5,000 step paragraphs"));
        }
    }
}
