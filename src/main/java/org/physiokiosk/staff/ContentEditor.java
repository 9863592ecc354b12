package org.physiokiosk.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.ContentSchema;
import org.physiokiosk.content.ContentWriter;
import org.physiokiosk.content.Notice;
import org.physiokiosk.content.Review;
import org.physiokiosk.content.SlideLibrary;
import org.physiokiosk.content.Symptom;
import org.physiokiosk.content.Technique;
import org.physiokiosk.saving.SafeFiles;
import org.physiokiosk.schedule.Schedule;
import org.physiokiosk.schedule.ScheduleText;
import org.physiokiosk.threads.OffEdt;

/**
 * What staff change in the content, as file operations: each change is checked first, then
 * saved safely (whole or not at all, previous version kept as .bak), and the library is read
 * again so the change is visible at once. The last change can be undone. No Swing here.
 */
public final class ContentEditor {

    private static final System.Logger LOG = System.getLogger(ContentEditor.class.getName());

    private final Path mediaDir;
    private final Clock clock;
    private volatile SlideLibrary library;
    private volatile List<SafeFiles.Change> lastChange = List.of();

    /** Reads the content: off the event thread. */
    public ContentEditor(Path mediaDir) {
        this(mediaDir, Clock.systemDefaultZone());
    }

    /** As above; {@code clock} says what "today" is for review dates. */
    public ContentEditor(Path mediaDir, Clock clock) {
        this.mediaDir = mediaDir;
        this.clock = clock;
        this.library = load(mediaDir);
    }

    /** Now by the kiosk's wall clock, for whether a slide is on its schedule. */
    public java.time.LocalDateTime now() {
        return java.time.LocalDateTime.now(clock);
    }

    /** Today, for review dates ("Reviewed today", the review list). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The kiosk's clock, in its time zone: what is on the loop now, and which day is today. */
    public Clock clock() {
        return clock;
    }

    public SlideLibrary library() {
        return library;
    }

    public boolean canUndo() {
        return !lastChange.isEmpty();
    }

    /** Why {@code t} cannot be saved, or empty when it can. */
    public Optional<String> problem(Technique t) {
        if (t.title().isBlank()) {
            return Optional.of("The title is empty.");
        }
        if (t.summary().isBlank()) {
            return Optional.of("The summary is empty.");
        }
        if (t.steps().stream().allMatch(String::isBlank)) {
            return Optional.of("A technique needs at least one step.");
        }
        if (library.category(t.categoryId()).isEmpty()) {
            return Optional.of("Choose a category.");
        }
        // The loader's own rule: a name staff may save is a name the loader accepts.
        if (!t.illustration().isEmpty() && ContentSchema.pictureProblem(t.illustration()).isPresent()) {
            return Optional.of("The illustration must be an SVG, PNG or JPEG file in media/illustrations/.");
        }
        for (String id : t.notFor()) {
            if (t.symptoms().contains(id)) {
                return Optional.of("\"" + symptomLabel(id) + "\" is ticked under both \"Helps with\" and \"Not for\".");
            }
        }
        if (t.notWith().contains(t.id())) {
            return Optional.of("A technique cannot be kept out of plans with itself.");
        }
        return reviewProblem(t.review());
    }

    /** Why {@code s} cannot be saved, or empty when it can. */
    public Optional<String> problem(Symptom s) {
        if (s.label().isBlank()) {
            return Optional.of("The label is empty.");
        }
        return reviewProblem(s.review());
    }

    /** The loader counts a review dated in the future as none: staff may not save one. */
    private Optional<String> reviewProblem(Review review) {
        if (review.on().isPresent() && review.on().get().isAfter(today())) {
            return Optional.of(ReviewEntry.IN_THE_FUTURE);
        }
        return Optional.empty();
    }

    private String symptomLabel(String id) {
        return library.symptom(id).map(Symptom::label).orElse(id);
    }

    /** Saves a technique (new or changed) into its own file. */
    public void save(Technique t) throws IOException {
        Optional<String> problem = problem(t);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        Path file = techniqueFile(t.id());
        commit(List.of(SafeFiles.write(file, ContentWriter.technique(t, ContentWriter.leadingComments(file)))));
    }

    /** A new technique at the end of its category, with a fresh id made from its title (looks at the files: slow). */
    public Technique newTechnique(String categoryId, String title) {
        OffEdt.check("Choosing a free technique file name");
        String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "technique";
        }
        String id = base;
        for (int n = 2; library.technique(id).isPresent() || Files.exists(techniqueFile(id)); n++) {
            id = base + "-" + n;
        }
        int order = library.techniques().stream().filter(t -> t.categoryId().equals(categoryId))
                .mapToInt(t -> t.order() == Integer.MAX_VALUE ? 0 : t.order()).max().orElse(0) + 1;
        return new Technique(id, categoryId, order, title, "", "", List.of(),
                org.physiokiosk.content.Dose.NONE, List.of(), List.of(), techniqueFile(id), true);
    }

    public Technique duplicate(String id) throws IOException {
        Technique t = library.technique(id).orElseThrow();
        Technique copy = newTechnique(t.categoryId(), t.title() + " (copy)");
        copy = t.copyAs(copy.id(), copy.order(), copy.title(), copy.source());
        save(copy);
        return copy;
    }

    public void setEnabled(String id, boolean enabled) throws IOException {
        Technique t = library.technique(id).orElseThrow();
        save(t.with(t.categoryId(), t.title(), t.summary(), t.illustration(), t.symptoms(), t.dose(), t.steps(),
                t.cautions(), enabled));
    }

    /** Moves a technique one place up (-1) or down (+1) inside its category; renumbers the category. */
    public void move(String id, int direction) throws IOException {
        Technique t = library.technique(id).orElseThrow();
        List<Technique> same = new ArrayList<>(library.techniques().stream()
                .filter(x -> x.categoryId().equals(t.categoryId())).toList());
        int i = same.indexOf(t);
        int j = i + direction;
        if (j < 0 || j >= same.size()) {
            return;
        }
        same.set(i, same.get(j));
        same.set(j, t);
        List<SafeFiles.Change> changes = new ArrayList<>();
        try {
            for (int k = 0; k < same.size(); k++) {
                Technique x = same.get(k);
                if (x.order() != k + 1) {
                    Path file = techniqueFile(x.id());
                    changes.add(SafeFiles.write(file, ContentWriter.technique(x.withOrder(k + 1),
                            ContentWriter.leadingComments(file))));
                }
            }
        } catch (IOException e) {
            for (SafeFiles.Change c : changes) {
                try {
                    SafeFiles.undo(c); // all or nothing
                } catch (IOException | RuntimeException undoFailed) {
                    // Keep undoing the others; the first failure stays the one staff read.
                    LOG.log(System.Logger.Level.WARNING, "Could not put back " + c.file() + " after a failed move",
                            undoFailed);
                    e.addSuppressed(undoFailed);
                }
            }
            throw e;
        }
        commit(changes);
    }

    public void delete(String id) throws IOException {
        commit(List.of(SafeFiles.delete(techniqueFile(id))));
    }

    /** Saves a symptom's words, first choice and review record into its own file. */
    public void saveSymptom(Symptom s) throws IOException {
        Optional<String> problem = problem(s);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        Path file = mediaDir.resolve("symptoms").resolve(s.id() + ".txt");
        commit(List.of(SafeFiles.write(file, ContentWriter.symptom(s, ContentWriter.leadingComments(file)))));
    }

    /** Changes the red-flag notice in general.txt, leaving every other line as it is. */
    public void saveRedFlag(String text) throws IOException {
        String clean = oneLine(text);
        if (clean.isEmpty()) {
            throw new IOException("The red-flag notice cannot be empty: it tells patients when to go to the reception.");
        }
        Path file = mediaDir.resolve("general.txt");
        commit(List.of(SafeFiles.write(file, withKeys(Files.readAllLines(file), ContentSchema.GENERAL,
                java.util.Map.of("red-flag", clean)))));
    }

    /**
     * Records who reviewed a piece of content and when. A technique or symptom is written whole
     * (as its editor saves it); a category and the general texts, which staff mode does not edit
     * otherwise, change only their {@code reviewed-by:} and {@code reviewed-on:} lines, so their
     * comments and everything else stay exactly as written.
     *
     * @param id the item's id ("" for the general texts)
     */
    public void saveReview(ContentReview.Kind kind, String id, Review review) throws IOException {
        Optional<String> problem = reviewProblem(review);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        switch (kind) {
            case TECHNIQUE -> {
                Technique t = library.technique(id).orElseThrow(() -> new IOException("There is no technique " + id
                        + " any more."));
                save(t.withRules(t.notWith(), t.notFor(), t.ruleReasons(), review));
            }
            case SYMPTOM -> {
                Symptom s = library.symptom(id).orElseThrow(() -> new IOException("There is no symptom " + id
                        + " any more."));
                saveSymptom(s.withRules(s.firstChoice(), s.ruleReasons(), review));
            }
            case CATEGORY -> {
                var c = library.category(id).orElseThrow(() -> new IOException("There is no category " + id
                        + " any more."));
                setReview(c.source(), ContentSchema.CATEGORY, review);
            }
            case GENERAL -> setReview(mediaDir.resolve("general.txt"), ContentSchema.GENERAL, review);
        }
    }

    private void setReview(Path file, ContentSchema.Kind<?> kind, Review review) throws IOException {
        java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
        keys.put("reviewed-by", oneLine(review.by()));
        keys.put("reviewed-on", review.date());
        commit(List.of(SafeFiles.write(file, withKeys(Files.readAllLines(file), kind, keys))));
    }

    /**
     * Saves when a category's slides may be on the loop (its opening slide and, through it, its
     * techniques'). Only its {@code show-from:}, {@code show-until:}, {@code days:} and
     * {@code hours:} lines change: each replaced in place, taken out when the schedule sets no such
     * limit, or added where the file had none; its comments and every other line stay exactly as
     * written. Its translation files hold no schedule (a schedule is not translated) and are left
     * as they are.
     */
    public void saveCategorySchedule(String id, Schedule schedule) throws IOException {
        if (schedule.isUnreadable()) {
            throw new IOException("A line of the schedule cannot be read.");
        }
        Category c = library.category(id).orElseThrow(() -> new IOException("There is no category " + id
                + " any more."));
        Schedule.Written w = schedule.written();
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        keys.put(ScheduleText.SHOW_FROM, w.showFrom());
        keys.put(ScheduleText.SHOW_UNTIL, w.showUntil());
        keys.put(ScheduleText.DAYS, w.days());
        keys.put(ScheduleText.HOURS, w.hours());
        commit(List.of(SafeFiles.write(c.source(), withKeys(Files.readAllLines(c.source()), ContentSchema.CATEGORY,
                keys))));
    }

    /**
     * {@code lines} with each key of {@code values} set in place: its line replaced, taken out when
     * the value is "", or, when the file has no such line, added before the first list of the file
     * (and the comment lines just above it), where the schema's order puts one-line keys.
     */
    static String withKeys(List<String> lines, ContentSchema.Kind<?> kind, java.util.Map<String, String> values) {
        List<String> out = new ArrayList<>(lines);
        for (var entry : values.entrySet()) {
            String prefix = entry.getKey() + ":";
            String line = entry.getValue().isEmpty() ? null : prefix + " " + entry.getValue();
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (entry.getKey().equals(keyOf(out.get(i)))) {
                    at = i;
                    break;
                }
            }
            if (at >= 0 && line == null) {
                out.remove(at);
            } else if (at >= 0) {
                out.set(at, line);
            } else if (line != null) {
                out.add(firstList(out, kind), line);
            }
        }
        return String.join("\n", out) + "\n";
    }

    /**
     * The key a line sets, as the loader reads it (indented or in capitals too, so a line is never
     * added twice beside one written "Days: mon"), or null for a comment, a list item or a blank line.
     */
    private static String keyOf(String line) {
        String l = line.strip();
        int colon = l.indexOf(':');
        if (l.isEmpty() || l.startsWith("#") || l.startsWith("-") || colon <= 0) {
            return null;
        }
        return l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    }

    private static int firstList(List<String> lines, ContentSchema.Kind<?> kind) {
        for (int i = 0; i < lines.size(); i++) {
            String key = lines.get(i).strip();
            if (key.endsWith(":") && kind.field(key.substring(0, key.length() - 1))
                    .filter(ContentSchema.Field::list).isPresent()) {
                int at = i;
                while (at > 0 && lines.get(at - 1).startsWith("#")) {
                    at--;
                }
                return at;
            }
        }
        return lines.size();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** Puts back the files of the last change. */
    public void undo() throws IOException {
        for (SafeFiles.Change c : lastChange) {
            SafeFiles.undo(c);
        }
        lastChange = List.of();
        library = load(mediaDir);
    }

    /** Reads the content again (after a change from outside). */
    public void reload() {
        library = load(mediaDir);
    }

    private void commit(List<SafeFiles.Change> changes) {
        lastChange = List.copyOf(changes);
        library = load(mediaDir);
    }

    private static SlideLibrary load(Path mediaDir) {
        OffEdt.check("Reading the content in " + mediaDir);
        return ContentLoader.load(mediaDir);
    }

    private Path techniqueFile(String id) {
        return mediaDir.resolve("techniques").resolve(id + ".txt");
    }

    // ---- notices ----

    /** Why {@code n} cannot be saved, or empty when it can (the loader's own rules). */
    public Optional<String> problem(Notice n) {
        if (n.title().isBlank()) {
            return Optional.of("The title is empty.");
        }
        if (n.text().stream().allMatch(String::isBlank)) {
            return Optional.of("A notice needs at least one line of text.");
        }
        if (!n.picture().isEmpty() && ContentSchema.pictureProblem(n.picture()).isPresent()) {
            return Optional.of("The picture must be an SVG, PNG or JPEG file in media/illustrations/.");
        }
        if (!n.link().isEmpty() && org.physiokiosk.qr.WebLink.problem(n.link()) != null) {
            return Optional.of("The link must be " + org.physiokiosk.qr.WebLink.problem(n.link()) + ".");
        }
        if (n.schedule().isUnreadable()) {
            return Optional.of("A line of the schedule cannot be read.");
        }
        return Optional.empty();
    }

    /**
     * Saves a notice (new or changed) into its own file, keeping the comment lines it starts with;
     * its translation files are left as they are.
     */
    public void save(Notice n) throws IOException {
        Optional<String> problem = problem(n);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        Path file = noticeFile(n.id());
        Files.createDirectories(file.getParent());
        commit(List.of(SafeFiles.write(file, ContentWriter.write(ContentSchema.NOTICE, n,
                ContentWriter.leadingComments(file)))));
    }

    /**
     * A notice not saved yet, with a free id made from {@code title} and its turn after the
     * others (looks at the files: slow). Saving it writes {@code notices/<id>.txt}.
     */
    public Notice newNotice(Notice draft) {
        OffEdt.check("Choosing a free notice file name");
        String base = draft.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "notice";
        }
        String id = base;
        for (int n = 2; library.notice(id).isPresent() || Files.exists(noticeFile(id)); n++) {
            id = base + "-" + n;
        }
        int order = library.notices().stream().mapToInt(x -> x.order() == Integer.MAX_VALUE ? 0 : x.order()).max()
                .orElse(0) + 1;
        return new Notice(id, order, draft.title(), draft.text(), draft.picture(), draft.link(), draft.style(),
                draft.enabled(), draft.schedule(), noticeFile(id));
    }

    /** A new notice saved with a free id made from its title; returns it as saved. */
    public Notice add(Notice draft) throws IOException {
        Notice n = newNotice(draft);
        save(n);
        return n;
    }

    /** A copy of a notice, after the others, with its translations; returns the copy. */
    public Notice duplicateNotice(String id) throws IOException {
        Notice n = library.notice(id).orElseThrow(() -> new IOException("There is no notice " + id + " any more."));
        Notice copy = newNotice(new Notice(id, n.order(), n.title() + " (copy)", n.text(), n.picture(), n.link(),
                n.style(), n.enabled(), n.schedule(), null));
        List<Change> changes = new ArrayList<>();
        changes.add(() -> SafeFiles.write(copy.source(), ContentWriter.write(ContentSchema.NOTICE, copy,
                ContentWriter.leadingComments(n.source()))));
        for (String lang : ContentSchema.LANGUAGES.stream().sorted().toList()) {
            Path from = noticeFile(id, lang);
            if (Files.isRegularFile(from)) {
                Map<String, String> newId = Map.of("id", copy.id());
                changes.add(() -> SafeFiles.write(noticeFile(copy.id(), lang),
                        withKeys(Files.readAllLines(from), ContentSchema.NOTICE, newId)));
            }
        }
        all(changes);
        return library.notice(copy.id()).orElse(copy);
    }

    public void setNoticeEnabled(String id, boolean enabled) throws IOException {
        Notice n = library.notice(id).orElseThrow(() -> new IOException("There is no notice " + id + " any more."));
        save(new Notice(n.id(), n.order(), n.title(), n.text(), n.picture(), n.link(), n.style(), enabled,
                n.schedule(), n.source()));
    }

    /** Deletes a notice and its translations (each kept as a backup; undo brings them all back). */
    public void deleteNotice(String id) throws IOException {
        List<Change> changes = new ArrayList<>();
        Path file = noticeFile(id);
        changes.add(() -> SafeFiles.delete(file));
        for (String lang : ContentSchema.LANGUAGES.stream().sorted().toList()) {
            Path t = noticeFile(id, lang);
            if (Files.isRegularFile(t)) {
                changes.add(() -> SafeFiles.delete(t));
            }
        }
        all(changes);
    }

    /** One file change to make. */
    private interface Change {
        SafeFiles.Change make() throws IOException;
    }

    /** Makes every change or, when one fails, puts back those made: all or nothing, one undo. */
    private void all(List<Change> changes) throws IOException {
        List<SafeFiles.Change> made = new ArrayList<>();
        try {
            for (Change c : changes) {
                made.add(c.make());
            }
        } catch (IOException e) {
            for (SafeFiles.Change c : made) {
                try {
                    SafeFiles.undo(c);
                } catch (IOException | RuntimeException undoFailed) {
                    LOG.log(System.Logger.Level.WARNING, "Could not put back " + c.file(), undoFailed);
                    e.addSuppressed(undoFailed);
                }
            }
            throw e;
        }
        commit(made);
    }

    private Path noticeFile(String id) {
        return mediaDir.resolve("notices").resolve(id + ".txt");
    }

    private Path noticeFile(String id, String lang) {
        return mediaDir.resolve("notices").resolve(id + "." + lang + ".txt");
    }

    /**
     * Copies an image (e.g. from a USB stick) into media/illustrations/, a large photo scaled
     * down; returns its file name there.
     */
    public String importImage(Path image) throws IOException {
        // A name the loader accepts: no folders, no leading dot, no "..", a picture type it shows.
        String name = image.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("\\.{2,}", ".").replaceAll("^[.-]+", "");
        if (ContentSchema.pictureProblem(name).isPresent() || name.lastIndexOf('.') <= 0) {
            throw new IOException("Only SVG, PNG and JPEG pictures can be used.");
        }
        Path target = mediaDir.resolve("illustrations").resolve(name);
        String base = name.substring(0, name.lastIndexOf('.'));
        String ext = name.substring(name.lastIndexOf('.'));
        // Not following links: a dangling link under the name is taken too, never replaced.
        for (int n = 2; Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            target = mediaDir.resolve("illustrations").resolve(base + "-" + n + ext);
        }
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            org.physiokiosk.illustration.ImageImport.copy(image, part);
            Files.move(part, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        lastChange = List.of(new SafeFiles.Change(target, Optional.empty()));
        return target.getFileName().toString();
    }
}
