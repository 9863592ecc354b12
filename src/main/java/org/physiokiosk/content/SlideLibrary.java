package org.physiokiosk.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All content the kiosk shows, as loaded from {@code media/}, with the problems found
 * while loading (for staff mode). Immutable: a reload builds a new library.
 */
public record SlideLibrary(
        Path mediaDir,
        GeneralText general,
        List<Category> categories,
        List<Symptom> symptoms,
        List<Technique> techniques,
        List<Notice> notices,
        List<ContentProblem> problems) {

    public SlideLibrary {
        notices = List.copyOf(notices);
        categories = List.copyOf(categories);
        symptoms = List.copyOf(symptoms);
        techniques = List.copyOf(techniques);
        problems = List.copyOf(problems);
    }

    /** A library without notices. */
    public SlideLibrary(Path mediaDir, GeneralText general, List<Category> categories, List<Symptom> symptoms,
                        List<Technique> techniques, List<ContentProblem> problems) {
        this(mediaDir, general, categories, symptoms, techniques, List.of(), problems);
    }

    public Optional<Notice> notice(String id) {
        return notices.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /**
     * The enabled notices as slides, in the order they take turns on the loop (each is checked
     * against its schedule when it is due).
     */
    public List<Slide.NoticeSlide> noticeSlides() {
        return notices.stream().filter(Notice::enabled).map(Slide.NoticeSlide::new).toList();
    }

    public Optional<Technique> technique(String id) {
        return techniques.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Symptom> symptom(String id) {
        return symptoms.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The enabled techniques that help with a symptom, in loop order. */
    public List<Technique> techniquesFor(String symptomId) {
        return enabledTechniques().stream().filter(t -> t.symptoms().contains(symptomId)).toList();
    }

    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The enabled techniques of one category, in their loop order. */
    public List<Technique> techniquesIn(String categoryId) {
        return techniques.stream().filter(t -> t.enabled() && t.categoryId().equals(categoryId)).toList();
    }

    /** The techniques patients can get: the enabled ones, in loop order. */
    public List<Technique> enabledTechniques() {
        return techniques.stream().filter(Technique::enabled).toList();
    }

    /** Where a technique's illustration lives; the loader has checked the name stays inside this folder. */
    public Path illustrationsDir() {
        return mediaDir.resolve("illustrations");
    }

    /**
     * The attract loop: the intro, then each category followed by its techniques,
     * then the closing slide with the safety line.
     */
    public List<Slide> loopSlides() {
        List<Slide> slides = new ArrayList<>();
        slides.add(new Slide.Intro(general));
        for (Category category : categories) {
            List<Technique> inCategory = techniquesIn(category.id());
            if (inCategory.isEmpty()) {
                continue;
            }
            slides.add(new Slide.CategoryIntro(category, inCategory));
            for (Technique t : inCategory) {
                slides.add(new Slide.TechniqueSlide(t, category));
            }
        }
        slides.add(new Slide.Closing(general));
        return List.copyOf(slides);
    }
}
