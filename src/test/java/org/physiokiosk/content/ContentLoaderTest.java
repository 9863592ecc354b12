package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.physiokiosk.testing.TestMedia;

class ContentLoaderTest {

    static final Path MEDIA = TestMedia.MEDIA;
    static final SlideLibrary SHIPPED = ContentLoader.load(MEDIA);

    @Test
    void shippedContentLoadsWithoutProblems() {
        assertThat(SHIPPED.problems()).isEmpty();
        assertThat(SHIPPED.categories()).extracting(Category::id)
                .containsExactly("stretching", "massage", "heat-cold", "relaxation", "posture", "medication");
    }

    @Test
    void everyTechniqueOfTheArticleIsThereInItsCategory() {
        Map<String, List<String>> byCategory = SHIPPED.techniques().stream().collect(Collectors.groupingBy(
                Technique::categoryId, java.util.LinkedHashMap::new,
                Collectors.mapping(Technique::id, Collectors.toList())));
        assertThat(byCategory).containsExactly(
                Map.entry("stretching", List.of("shoulder-blade-squeeze", "chin-tuck", "seated-spinal-twist")),
                Map.entry("massage", List.of("self-massage", "foam-rolling")),
                Map.entry("heat-cold", List.of("heat-therapy", "cold-therapy")),
                Map.entry("relaxation", List.of("breathing-meditation", "deep-breathing", "visualization")),
                Map.entry("posture", List.of("posture-sitting", "posture-standing", "posture-sleeping",
                        "ergonomic-products")),
                Map.entry("medication", List.of("acetaminophen", "nsaids", "topical-pain-relievers")));
    }

    static Stream<Arguments> articleDoses() {
        return Stream.of(
                Arguments.of("shoulder-blade-squeeze", List.of("5 seconds", "10–15 times", "3–5 times a day")),
                Arguments.of("chin-tuck", List.of("5 seconds", "10–15 times", "3–5 times a day")),
                Arguments.of("seated-spinal-twist", List.of("5 seconds", "other side", "3–5 times a day")),
                Arguments.of("self-massage", List.of("few minutes on each side", "circular")),
                Arguments.of("foam-rolling", List.of("few extra seconds", "forward and backward")),
                Arguments.of("heat-therapy", List.of("15–20 minutes at a time", "Several times a day",
                        "cloth or towel", "hot pack or a warm towel", "burns")),
                Arguments.of("cold-therapy", List.of("15–20 minutes at a time", "Several times a day",
                        "cloth or towel", "bag of ice", "frostbite")),
                Arguments.of("breathing-meditation", List.of("5–10 minutes a day", "gradually increase")),
                Arguments.of("deep-breathing", List.of("Several minutes", "through your nose", "through your mouth")),
                Arguments.of("visualization", List.of("Several minutes", "peaceful scene")),
                Arguments.of("posture-sitting", List.of("every 30 minutes", "feet flat", "lumbar roll")),
                Arguments.of("posture-standing", List.of("evenly", "shoulders back and down", "chin slightly")),
                Arguments.of("posture-sleeping", List.of("back or side", "pillow", "stomach")),
                Arguments.of("ergonomic-products", List.of("standing desk", "ergonomic chair", "keyboard tray")),
                Arguments.of("acetaminophen", List.of("mild to moderate", "as directed", "follow the recommended dosage",
                        "healthcare provider")),
                Arguments.of("nsaids", List.of("ibuprofen", "naproxen sodium", "stomach upset",
                        "follow the recommended dosage", "healthcare provider")),
                Arguments.of("topical-pain-relievers", List.of("menthol", "capsaicin", "directly to the skin",
                        "follow the recommended dosage", "healthcare provider")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleDoses")
    void everyDoseAndCautionOfTheArticleReachesTheTechnique(String id, List<String> phrases) {
        Technique t = SHIPPED.technique(id).orElseThrow();
        String all = String.join("\n", t.title(), t.summary(), String.join("\n", t.steps()),
                t.dose().lines().stream().map(Dose.Line::text).collect(Collectors.joining("\n")),
                String.join("\n", t.cautions())).toLowerCase();
        for (String phrase : phrases) {
            assertThat(all).as("%s mentions \"%s\"", id, phrase).contains(phrase.toLowerCase());
        }
    }

    @Test
    void everyTechniqueCarriesTheSeekAdviceLineAndAnIllustration() {
        for (Technique t : SHIPPED.techniques()) {
            assertThat(t.cautions()).as(t.id()).contains("If your symptoms persist or worsen, seek medical advice.");
            assertThat(t.illustrationFile()).as(t.id()).contains(t.id() + ".svg");
            assertThat(t.steps()).as(t.id()).isNotEmpty();
            assertThat(t.symptoms()).as(t.id()).isNotEmpty();
        }
        assertThat(SHIPPED.general().seekAdvice()).isEqualTo("If your symptoms persist or worsen, stop and seek medical advice.");
    }

    @Test
    void loopIsIntroThenEachCategoryWithItsTechniquesThenClosing() {
        List<Slide> slides = SHIPPED.loopSlides();
        assertThat(slides).hasSize(1 + 6 + 17 + 1);
        assertThat(slides.get(0)).isInstanceOf(Slide.Intro.class);
        assertThat(slides.get(1).id()).isEqualTo("category-stretching");
        assertThat(slides.get(2).id()).isEqualTo("technique-shoulder-blade-squeeze");
        assertThat(slides.get(slides.size() - 1)).isInstanceOf(Slide.Closing.class);
        assertThat(slides).extracting(Slide::id).doesNotHaveDuplicates();
    }

    // --- broken content: each broken file is skipped with file:line, the rest loads ---

    @TempDir
    Path media;

    @BeforeEach
    void copyShippedMedia() throws IOException {
        for (String dir : List.of("categories", "techniques", "illustrations", "symptoms")) {
            Files.createDirectories(media.resolve(dir));
            try (Stream<Path> files = Files.list(MEDIA.resolve(dir))) {
                for (Path f : files.toList()) {
                    Files.copy(f, media.resolve(dir).resolve(f.getFileName()));
                }
            }
        }
        Files.copy(MEDIA.resolve("general.txt"), media.resolve("general.txt"));
    }

    private void write(String relative, String text) throws IOException {
        Files.writeString(media.resolve(relative), text, StandardCharsets.UTF_8);
    }

    private static final String VALID = """
            id: wall-stretch
            category: stretching
            title: Wall stretch
            summary: A test technique.
            steps:
            - Stand by a wall.
            """;

    @Test
    void planRulesAndTheReviewRecordAreRead() throws IOException {
        write("techniques/wall-stretch.txt", VALID + """
                symptoms: stiffness, muscle-knots
                not-for: recent-strain
                not-with: heat-therapy, chin-tuck
                reviewed-by: A. Physio, MCSP
                reviewed-on: 2026-02-03
                rule-reasons:
                - not-for recent-strain: a test reason.
                """);
        write("symptoms/stiffness.txt", Files.readString(MEDIA.resolve("symptoms/stiffness.txt"))
                + "first-choice: wall-stretch, chin-tuck\nreviewed-on: 2025-12-01\n");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.problems()).isEmpty();
        Technique t = lib.technique("wall-stretch").orElseThrow();
        assertThat(t.notFor()).containsExactly("recent-strain");
        assertThat(t.notWith()).containsExactly("heat-therapy", "chin-tuck");
        assertThat(t.ruleReasons()).containsExactly("not-for recent-strain: a test reason.");
        assertThat(t.review()).isEqualTo(Review.of("A. Physio, MCSP", java.time.LocalDate.of(2026, 2, 3)));
        Symptom s = lib.symptom("stiffness").orElseThrow();
        assertThat(s.firstChoice()).containsExactly("wall-stretch", "chin-tuck");
        assertThat(s.review().on()).contains(java.time.LocalDate.of(2025, 12, 1));
        assertThat(lib.category("medication").orElseThrow().optional()).isTrue();
        assertThat(lib.category("stretching").orElseThrow().optional()).isFalse();
    }

    @Test
    void aRuleNamingAnUnknownTechniqueOrSymptomIsReportedOnItsLineAndTheFileIsKept() throws IOException {
        write("techniques/wall-stretch.txt", VALID + """
                symptoms: stiffness
                not-for: headache
                not-with: wall-stretch, ice-bath
                """);
        write("symptoms/stress.txt", Files.readString(MEDIA.resolve("symptoms/stress.txt"))
                .replace("first-choice: deep-breathing", "first-choice: yoga, chin-tuck, deep-breathing"));
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "techniques/wall-stretch.txt:8: \"not-for:\" names unknown symptom \"headache\" (not in media/symptoms/); "
                        + "it is ignored",
                "techniques/wall-stretch.txt:9: \"not-with:\" names the technique itself; that rule never applies",
                "techniques/wall-stretch.txt:9: \"not-with:\" names \"ice-bath\", which is not a loaded technique; that rule "
                        + "never applies",
                "symptoms/stress.txt:7: \"first-choice:\" names \"yoga\", which is not a loaded technique; it is passed over",
                "symptoms/stress.txt:7: \"first-choice:\" names \"chin-tuck\", which is not written for this symptom (its "
                        + "\"symptoms:\" line does not name \"stress\", or its \"not-for:\" does); it is passed over");
        assertThat(lib.technique("wall-stretch").orElseThrow().notFor()).isEmpty();
        assertThat(lib.symptom("stress")).isPresent();
    }

    @Test
    void aTechniqueNotForASymptomItAlsoServesIsReported() throws IOException {
        write("techniques/wall-stretch.txt", VALID + "symptoms: stiffness, stress\nnot-for: stress\n");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.problems()).extracting(ContentProblem::toString).containsExactly(
                "techniques/wall-stretch.txt:8: \"not-for:\" names \"stress\", which \"symptoms:\" names too; it is not "
                        + "offered for \"stress\"");
    }

    @Test
    void aReviewDateThatIsNotADayOrIsInTheFutureCountsAsNotReviewedAndKeepsTheContent() throws IOException {
        write("techniques/wall-stretch.txt", VALID + "reviewed-by: A. Physio\nreviewed-on: 30/11/2026\n");
        write("techniques/wall-stretch-2.txt", VALID.replace("wall-stretch", "wall-stretch-2")
                + "reviewed-on: " + java.time.LocalDate.now().plusYears(1) + "\n");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "techniques/wall-stretch.txt:8: \"reviewed-on:\" must be a date written YYYY-MM-DD (e.g. 2026-11-30), "
                        + "found \"30/11/2026\"; the content counts as not reviewed",
                "techniques/wall-stretch-2.txt:7: \"reviewed-on:\" " + java.time.LocalDate.now().plusYears(1)
                        + " is in the future; the content counts as not reviewed");
        Technique t = lib.technique("wall-stretch").orElseThrow();
        assertThat(t.review().by()).isEqualTo("A. Physio");
        assertThat(t.review().on()).isEmpty();
        assertThat(lib.technique("wall-stretch-2").orElseThrow().review().on()).isEmpty();
    }

    @Test
    void optionalMustBeYesOrNo() throws IOException {
        write("categories/extra.txt", "id: extra\ntitle: Extra\nsummary: More.\noptional: maybe\n");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.category("extra")).isEmpty();
        assertThat(lib.problems()).extracting(ContentProblem::toString).containsExactly(
                "categories/extra.txt:4: \"optional:\" must be yes or no, found \"maybe\" — file skipped");
    }

    @Test
    void theRedFlagsAreReadAndAGeneralFileWithoutThemStillPrintsTheBuiltInOnes() throws IOException {
        String general = Files.readString(MEDIA.resolve("general.txt"));
        String withoutFlags = general.substring(0, general.indexOf("red-flags-emergency:"));
        write("general.txt", withoutFlags + "red-flags-contact:\n- Fever\n");
        GeneralText onlyContact = ContentLoader.load(media).general();
        assertThat(onlyContact.redFlagsContact()).containsExactly("Fever");
        assertThat(onlyContact.redFlagsEmergency()).as("a clinic may keep only one list").isEmpty();

        write("general.txt", withoutFlags.replaceAll("(?m)^(red-flags-title|emergency-action|contact-action):.*\n", ""));
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.problems()).isEmpty();
        GeneralText none = lib.general();
        assertThat(none.redFlagsEmergency()).isEqualTo(GeneralText.FALLBACK.redFlagsEmergency()).isNotEmpty();
        assertThat(none.redFlagsContact()).isEqualTo(GeneralText.FALLBACK.redFlagsContact()).isNotEmpty();
        assertThat(none.redFlagsTitle()).isEqualTo("Warning signs");
        assertThat(none.emergencyAction()).isEqualTo("Call {number} now if you have:");
        assertThat(none.contactAction()).isEqualTo("Contact your physiotherapist or doctor if you have:");
    }

    @Test
    void anEmergencyActionWithoutTheNumberIsReported() throws IOException {
        write("general.txt", Files.readString(MEDIA.resolve("general.txt"))
                .replace("emergency-action: Call {number} now if you have:", "emergency-action: Call us now:"));
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.general().emergencyAction()).isEqualTo("Call us now:");
        assertThat(lib.problems()).extracting(ContentProblem::toString).singleElement().asString()
                .contains("general.txt:" + (Files.readString(MEDIA.resolve("general.txt")).lines().toList()
                        .indexOf("emergency-action: Call {number} now if you have:") + 1) + ": \"emergency-action:\" has no {number}");
    }

    @Test
    void aValidNewTechniqueIsPickedUp() throws IOException {
        write("techniques/wall-stretch.txt", VALID);
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.technique("wall-stretch")).isPresent();
        assertThat(lib.technique("wall-stretch").orElseThrow().dose().isEmpty()).isTrue();
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of(VALID.replace("title: Wall stretch\n", ""), 0, "\"title:\" is missing"),
                Arguments.of(VALID.replace("steps:\n- Stand by a wall.\n", "steps:\n"), 5, "has no items"),
                Arguments.of(VALID.replace("summary: A test technique.", "sumary: A test technique."), 4,
                        "unknown key \"sumary\""),
                Arguments.of(VALID.replace("category: stretching", "category: yoga"), 2, "unknown category \"yoga\""),
                Arguments.of(VALID.replace("id: wall-stretch", "id: other-name"), 1, "must match the file name"),
                Arguments.of(VALID + "Hold it gently\n", 7, "expected \"key: value\""),
                Arguments.of("- Stand by a wall.\n" + VALID, 1, "must follow a list key"),
                Arguments.of(VALID + "title: Again\n", 7, "given twice"),
                Arguments.of(VALID + "order: first\n", 7, "whole number"),
                Arguments.of(VALID + "illustration: ../../etc/passwd\n", 7, "plain file name"),
                Arguments.of(VALID + "illustration: /etc/passwd.png\n", 7, "plain file name"),
                Arguments.of(VALID + "illustration: drawing.gif\n", 7, "SVG, PNG or JPEG"),
                Arguments.of(VALID + "symptoms: Stiff Neck\n", 7, "id \"Stiff Neck\" may use only"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("brokenFiles")
    void aBrokenTechniqueIsSkippedWithALocatedMessageAndTheRestStillLoads(String text, int line, String message)
            throws IOException {
        write("techniques/wall-stretch.txt", text);
        SlideLibrary lib = ContentLoader.load(media);

        assertThat(lib.technique("wall-stretch")).isEmpty();
        assertThat(lib.techniques()).hasSize(17);
        assertThat(lib.problems()).hasSize(1);
        ContentProblem p = lib.problems().get(0);
        assertThat(p.file().getFileName()).hasToString("wall-stretch.txt");
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.message()).contains(message).endsWith("file skipped");
        assertThat(p.toString()).startsWith(line > 0 ? "techniques/wall-stretch.txt:" + line + ": "
                : "techniques/wall-stretch.txt: ");
    }

    @Test
    void aFileThatIsNotUtf8IsSkipped() throws IOException {
        Files.write(media.resolve("techniques/wall-stretch.txt"),
                VALID.replace("Wall", "W\u00e4ll").getBytes(StandardCharsets.ISO_8859_1));
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.technique("wall-stretch")).isEmpty();
        assertThat(lib.problems()).singleElement().asString().contains("not valid UTF-8");
    }

    @Test
    void aMissingIllustrationKeepsTheTechniqueAndTellsStaff() throws IOException {
        write("techniques/wall-stretch.txt", VALID + "illustration: wall.svg\n");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.technique("wall-stretch")).isPresent();
        assertThat(lib.problems()).singleElement().asString()
                .isEqualTo("techniques/wall-stretch.txt:7: illustration \"wall.svg\" not found in media/illustrations/;"
                        + " a placeholder is shown");
    }

    @Test
    void translationsBesideTheEnglishFileAreNotExtraTechniques() throws IOException {
        write("techniques/chin-tuck.es.txt", "id: chin-tuck\ntitle: Retracción de barbilla\n");
        assertThat(ContentLoader.load(media).techniques()).hasSize(17);
    }

    @Test
    void aBomAndWindowsLineEndingsAreAccepted() throws IOException {
        write("techniques/wall-stretch.txt", "\uFEFF" + VALID.replace("\n", "\r\n"));
        assertThat(ContentLoader.load(media).technique("wall-stretch")).isPresent();
    }

    @Test
    void aBrokenGeneralFileFallsBackToTheBuiltInSafetyTexts() throws IOException {
        write("general.txt", "intro-title: Hello\n");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.general()).isEqualTo(GeneralText.FALLBACK);
        assertThat(lib.problems()).singleElement().asString().contains("general.txt").contains("is missing");
    }

    @Test
    void aMissingMediaFolderGivesAnIntroAndClosingLoopAndProblems() {
        SlideLibrary lib = ContentLoader.load(media.resolve("nowhere"));
        assertThat(lib.loopSlides()).hasSize(2);
        assertThat(lib.problems()).isNotEmpty();
    }

    @Test
    void aBrokenCategorySkipsItsTechniquesWithAMessageEach() throws IOException {
        write("categories/massage.txt", "id: massage\ntitle: Massage\n");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.category("massage")).isEmpty();
        assertThat(lib.techniques()).hasSize(15);
        assertThat(lib.problems()).hasSize(3);
    }

    @Test
    void anUnknownSymptomOnATechniqueIsReportedAndIgnored() throws IOException {
        write("techniques/wall-stretch.txt", VALID + "symptoms: stiffness, headache\n");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.technique("wall-stretch").orElseThrow().symptoms()).containsExactly("stiffness");
        assertThat(lib.problems()).singleElement().asString()
                .isEqualTo("techniques/wall-stretch.txt:7: \"symptoms:\" names unknown symptom \"headache\" (not in media/symptoms/);"
                        + " it is ignored");
    }

    @Test
    void aGeneralPlanNamingAMissingTechniqueLeavesItOutWithAMessage() throws IOException {
        Files.delete(media.resolve("techniques/chin-tuck.txt"));
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.general().generalPlan()).doesNotContain("chin-tuck").contains("shoulder-blade-squeeze");
        assertThat(lib.problems()).singleElement().asString().contains("general-plan names \"chin-tuck\"");
    }

    @Test
    void aBrokenSymptomFileIsSkipped() throws IOException {
        write("symptoms/stress.txt", "id: stress\norder: 6\n");
        SlideLibrary lib = ContentLoader.load(media);
        assertThat(lib.symptom("stress")).isEmpty();
        assertThat(lib.symptoms()).hasSize(7);
        assertThat(lib.problems()).anySatisfy(p -> assertThat(p.toString())
                .isEqualTo("symptoms/stress.txt: \"label:\" is missing — file skipped"));
    }
}
