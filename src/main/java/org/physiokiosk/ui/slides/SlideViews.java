package org.physiokiosk.ui.slides;

import org.physiokiosk.ui.TextBlock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.GeneralText;
import org.physiokiosk.content.Notice;
import org.physiokiosk.content.Slide;
import org.physiokiosk.content.Technique;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.qr.WebLink;
import org.physiokiosk.ui.theme.KioskTheme;
import org.physiokiosk.illustration.Illustration;
import org.physiokiosk.illustration.IllustrationLoader;
import org.physiokiosk.ui.illustration.MotionPlayback;
import org.physiokiosk.ui.TextBlock.Para;
import org.physiokiosk.ui.TextBlock.Style;

/** Builds the view of each kind of slide. Layout by MigLayout, in proportions of the slide. */
public final class SlideViews {

    private static final String SLIDE_LAYOUT = "fill, insets 6% 5% 5% 5%, gap 4%";
    /** How much larger a notice's words may grow when it has no picture (they still shrink to fit). */
    static final float NOTICE_WITHOUT_PICTURE = 1.5f;

    private final Path illustrationsDir;
    private final IllustrationLoader illustrations;
    private final Texts texts;
    private final String clinicName;
    /** How a technique's moving drawing plays on its slide (still unless {@link #playing} says otherwise). */
    private final MotionPlayback playback;

    public SlideViews(Path illustrationsDir, IllustrationLoader illustrations, Texts texts, String clinicName) {
        this(illustrationsDir, illustrations, texts, clinicName, MotionPlayback.STILL);
    }

    private SlideViews(Path illustrationsDir, IllustrationLoader illustrations, Texts texts, String clinicName,
                       MotionPlayback playback) {
        this.illustrationsDir = illustrationsDir;
        this.illustrations = illustrations;
        this.texts = texts;
        this.clinicName = clinicName;
        this.playback = playback;
    }

    /** The same views, with a technique's moving drawing playing as {@code playback} says (the loop, staff's preview). */
    public SlideViews playing(MotionPlayback playback) {
        return new SlideViews(illustrationsDir, illustrations, texts, clinicName, playback);
    }

    /** How moving drawings play on these slides. */
    public MotionPlayback playback() {
        return playback;
    }

    /** Loads every illustration the slides use, so that showing a slide never waits on the disk. */
    public void preload(List<Slide> slides) {
        for (Slide s : slides) {
            if (s instanceof Slide.Intro i) {
                illustration(i.text().introIllustration());
            } else if (s instanceof Slide.Closing c) {
                illustration(c.text().closingIllustration());
            } else if (s instanceof Slide.CategoryIntro c) {
                c.techniques().forEach(t -> illustration(t.illustration()));
            } else if (s instanceof Slide.TechniqueSlide t) {
                illustration(t.technique().illustration());
            } else if (s instanceof Slide.NoticeSlide n && !n.notice().picture().isEmpty()) {
                illustration(n.notice().picture());
            }
        }
    }

    /** Loads pictures by file name in the illustrations folder (off the event thread), for previews of any of them. */
    public void preloadPictures(List<String> files) {
        files.forEach(this::illustration);
    }

    /** The same pictures (already loaded ones included) and clinic, with another language's screen words. */
    public SlideViews in(Texts other) {
        return new SlideViews(illustrationsDir, illustrations, other, clinicName, playback);
    }

    /** A slide exactly as the loop shows it, for staff mode's live preview. */
    public javax.swing.JComponent preview(Slide slide) {
        return create(slide);
    }

    /**
     * A technique's picture as its slide's card draws it (the card's colour and padding), as an
     * image of {@code width} x {@code height} pixels: for the staff list's thumbnails. Plain
     * Java 2D on an image, so it runs off the event thread; it may read the picture's file.
     */
    public java.awt.image.BufferedImage card(String illustrationFile, int width, int height, java.awt.Color surface) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(Math.max(1, width), Math.max(1, height),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            IllustrationCard.paintCard(g, illustration(illustrationFile), width, height, surface, 0.06f);
        } finally {
            g.dispose();
        }
        return image;
    }

    public SlideView create(Slide slide) {
        if (slide instanceof Slide.Intro i) {
            return intro(i);
        } else if (slide instanceof Slide.CategoryIntro c) {
            return category(c);
        } else if (slide instanceof Slide.TechniqueSlide t) {
            return technique(t);
        } else if (slide instanceof Slide.NoticeSlide n) {
            return notice(n);
        }
        return closing((Slide.Closing) slide);
    }

    private Illustration illustration(String file) {
        if (file.isEmpty()) {
            return new Illustration.Placeholder("no illustration named");
        }
        return illustrations.load(illustrationsDir.resolve(file));
    }

    private SlideView intro(Slide.Intro slide) {
        GeneralText t = slide.text();
        SlideView view = new SlideView(slide, new MigLayout(SLIDE_LAYOUT, "[46%!, fill][grow, fill]", "[grow, fill]"));
        view.add(new IllustrationCard(illustration(t.introIllustration()), t.introTitle(), 0.08f));
        view.add(new TextBlock(List.of(Para.of(Style.EYEBROW, clinicName), Para.of(Style.HERO, t.introTitle()),
                Para.of(Style.PROMPT, t.introPrompt())), false, true));
        return view;
    }

    private SlideView category(Slide.CategoryIntro slide) {
        Category c = slide.category();
        SlideView view = new SlideView(slide, new MigLayout(SLIDE_LAYOUT, "[40%!, fill][grow, fill]", "[grow, fill]"));
        List<Para> paras = new ArrayList<>();
        paras.add(Para.of(Style.TITLE, c.title()));
        paras.add(Para.of(Style.SUMMARY, c.summary()));
        c.tips().forEach(tip -> paras.add(Para.of(Style.TIP, tip)));
        view.add(new TextBlock(paras, false, true));

        int n = slide.techniques().size();
        JPanel cards = new JPanel(new MigLayout("fill, insets 0, gap 0 3%, wrap 1", "[grow, fill]",
                "[0:0:max, grow, fill, sg card]".repeat(n)));
        cards.setOpaque(false);
        for (Technique t : slide.techniques()) {
            cards.add(new ThumbnailCard(illustration(t.illustration()), t.title()));
        }
        // Few cards stay card-sized in the middle instead of stretching to the full height.
        view.add(cards, n < 4 ? "aligny center, hmax " + (n * 25) + "%" : "");
        return view;
    }

    private SlideView technique(Slide.TechniqueSlide slide) {
        Technique t = slide.technique();
        SlideView view = new SlideView(slide, new MigLayout(SLIDE_LAYOUT, "[42%!, fill][grow, fill]", "[grow, fill]"));
        view.add(new IllustrationCard(illustration(t.illustration()), t.title(), 0.06f, playback));
        List<Para> paras = new ArrayList<>();
        paras.add(Para.of(Style.EYEBROW, slide.category().title()));
        paras.add(Para.of(Style.TITLE, t.title()));
        paras.add(Para.of(Style.SUMMARY, t.summary()));
        int n = 1;
        for (String step : t.steps()) {
            paras.add(new Para(Style.STEP, step, "", Integer.toString(n++)));
        }
        for (Dose.Line line : t.dose().lines()) {
            paras.add(new Para(Style.DOSE, line.text(), texts.get("dose." + line.part().name()), ""));
        }
        t.cautions().forEach(c -> paras.add(Para.of(Style.CAUTION, c)));
        view.add(new TextBlock(paras, false, false));
        return view;
    }

    /**
     * A notice: the slide in its style's background with a band of its accent colour at the left,
     * the picture when it has one, its words, and the QR code of its link with the address under it.
     */
    private SlideView notice(Slide.NoticeSlide slide) {
        Notice n = slide.notice();
        String style = switch (n.style()) {
            case INFORMATION -> "Information";
            case IMPORTANT -> "Important";
            case WELCOME -> "Welcome";
        };
        Style titleStyle = switch (n.style()) {
            case INFORMATION -> Style.NOTICE_INFORMATION;
            case IMPORTANT -> Style.NOTICE_IMPORTANT;
            case WELCOME -> Style.NOTICE_WELCOME;
        };
        Optional<WebLink> link = n.webLink();
        boolean picture = !n.picture().isEmpty();
        // With both a picture and a code the words keep at least 40% of the width.
        String columns = "[1.2%!, fill]3%" + (picture ? (link.isPresent() ? "[24%!, fill]3%" : "[32%!, fill]4%") : "")
                + "[grow, fill]" + (link.isPresent() ? "3%[21%!, fill]" : "");
        SlideView view = new SlideView(slide, new MigLayout(SLIDE_LAYOUT, columns, "[grow, fill]"));
        view.setBackground(KioskTheme.color("Kiosk.notice" + style + "Background"));
        JPanel band = new JPanel();
        band.setName("notice-band");
        band.setBackground(KioskTheme.color("Kiosk.notice" + style + "Accent"));
        view.add(band);
        if (picture) {
            view.add(new IllustrationCard(illustration(n.picture()), n.title(), 0.08f));
        }
        List<Para> paras = new ArrayList<>();
        paras.add(Para.of(Style.EYEBROW, clinicName));
        paras.add(Para.of(titleStyle, n.title()));
        Style lines = n.text().size() > 1 ? Style.NOTICE_BULLET : Style.NOTICE_TEXT;
        n.text().forEach(line -> paras.add(Para.of(lines, line)));
        // Without a picture the words have the picture's room too: larger, read from across the waiting room.
        view.add(picture ? new TextBlock(paras, false, true) : new TextBlock(paras, false, true)
                .growingUpTo(NOTICE_WITHOUT_PICTURE));
        if (link.isPresent()) {
            JPanel qr = new JPanel(new MigLayout("fill, insets 0, gap 0, wrap 1", "[grow, fill]",
                    "[grow][46%!, fill]2%[14%!, fill][grow]"));
            qr.setOpaque(false);
            qr.setName("notice-qr");
            qr.add(new QrCodeView(link.get()), "cell 0 1");
            qr.add(new TextBlock(List.of(Para.of(Style.SMALL, link.get().shown())), true, false), "cell 0 2");
            view.add(qr);
        }
        return view;
    }

    private SlideView closing(Slide.Closing slide) {
        GeneralText t = slide.text();
        SlideView view = new SlideView(slide, new MigLayout(SLIDE_LAYOUT, "[42%!, fill][grow, fill]", "[grow, fill]"));
        view.add(new IllustrationCard(illustration(t.closingIllustration()), t.closingTitle(), 0.08f));
        view.add(new TextBlock(List.of(Para.of(Style.TITLE, t.closingTitle()), Para.of(Style.SUMMARY, t.closingText()),
                Para.of(Style.SAFETY, t.seekAdvice()), Para.of(Style.SMALL, t.disclaimer())), false, true));
        return view;
    }
}
