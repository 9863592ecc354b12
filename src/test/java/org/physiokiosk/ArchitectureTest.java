package org.physiokiosk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The boundaries of STYLE.md, enforced the way Sweet Home 3D's dependency test does. */
@AnalyzeClasses(packages = "org.physiokiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Plain Java: content, settings, the plan and the usage statistics. */
    private static final String[] DOMAIN = {"org.physiokiosk.content..", "org.physiokiosk.schedule..",
        "org.physiokiosk.loop..",
        "org.physiokiosk.settings..",
        "org.physiokiosk.plan..", "org.physiokiosk.stats.."};

    /** Drawing on paper: Java 2D's Graphics2D is how an SVG reaches a PDF, but never Swing. */
    private static final String[] PAPER = {"org.physiokiosk.illustration..", "org.physiokiosk.pdf..",
        "org.physiokiosk.handout..", "org.physiokiosk.report..", "org.physiokiosk.printing.."};

    @ArchTest
    static final ArchRule domainImportsNoUserInterface = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..",
                    "net.miginfocom..", "com.github.weisj..", "org.physiokiosk.illustration..",
                    "org.physiokiosk.handout..", "org.physiokiosk.ui..", "org.physiokiosk.app..")
            .because("the domain is tested without a display; only ui and app know Swing");

    @ArchTest
    static final ArchRule paperImportsNoSwing = noClasses().that().resideInAnyPackage(PAPER)
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.formdev..", "net.miginfocom..",
                    "org.physiokiosk.ui..", "org.physiokiosk.app..")
            .because("handouts are made without a display, from the command line too");

    @ArchTest
    static final ArchRule pdfBoxOnlyWherePdfsAreMade = noClasses().that()
            .resideOutsideOfPackages("org.physiokiosk.pdf..", "org.physiokiosk.handout..", "org.physiokiosk.report..",
                    "org.physiokiosk.printing..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "de.rototor..");

    @ArchTest
    static final ArchRule chartsOnlyInTheReport = noClasses().that().resideOutsideOfPackage("org.physiokiosk.report..")
            .and().resideOutsideOfPackage("org.physiokiosk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..");

    @ArchTest
    static final ArchRule commonsCsvOnlyInStats = noClasses().that().resideOutsideOfPackage("org.physiokiosk.stats..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.csv..");

    @ArchTest
    static final ArchRule screensDoNotStartTheApp = noClasses().that().resideInAnyPackage("org.physiokiosk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.physiokiosk.app..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.physiokiosk.(**)").should().beFreeOfCycles()
            .because("the window shell sits above the screens, the screens above the shared widgets and slide views");

    @ArchTest
    static final ArchRule swingOnlyInTheUserInterface = noClasses().that()
            .resideOutsideOfPackages("org.physiokiosk.ui..", "org.physiokiosk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.formdev..", "net.miginfocom..")
            .because("Swing, FlatLaf and MigLayout belong to the screens and the start-up that builds them");

    @ArchTest
    static final ArchRule speechIsPlainJava = noClasses().that().resideInAPackage("org.physiokiosk.speech..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..",
                    "org.physiokiosk.ui..", "org.physiokiosk.app..")
            .because("speech runs programs; the screens decide when, and it is tested without a display");

    @ArchTest
    static final ArchRule presentersArePlainJava = noClasses().that().haveSimpleNameEndingWith("Presenter")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..",
                    "net.miginfocom..")
            .because("a presenter is tested without a display; its panel binds it");

    /**
     * Which of our packages each package may use: an allow-list, so a new dependency is a decision
     * written here, not an accident. Every package must be listed.
     */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("text", List.of());
        MAY_USE.put("threads", List.of());
        MAY_USE.put("stats", List.of());
        MAY_USE.put("qr", List.of());
        MAY_USE.put("schedule", List.of());
        MAY_USE.put("settings", List.of("qr", "schedule", "text"));
        MAY_USE.put("content", List.of("qr", "schedule", "text", "threads"));
        MAY_USE.put("plan", List.of("content"));
        MAY_USE.put("loop", List.of("content", "schedule"));
        MAY_USE.put("saving", List.of("threads"));
        MAY_USE.put("illustration", List.of("threads"));
        MAY_USE.put("pdf", List.of("illustration", "qr"));
        MAY_USE.put("printing", List.of());
        MAY_USE.put("report", List.of("pdf", "stats"));
        MAY_USE.put("handout", List.of("content", "illustration", "pdf", "plan", "qr", "settings"));
        MAY_USE.put("staff", List.of("content", "illustration", "saving", "settings", "stats", "threads", "qr", "schedule"));
        MAY_USE.put("ui.theme", List.of());
        MAY_USE.put("ui", List.of("ui.theme"));
        MAY_USE.put("ui.illustration", List.of("illustration", "settings", "ui"));
        MAY_USE.put("ui.keyboard", List.of("ui", "ui.theme"));
        MAY_USE.put("ui.slides", List.of("content", "illustration", "qr", "ui", "ui.illustration", "ui.theme"));
        MAY_USE.put("ui.attract", List.of("content", "loop", "schedule", "ui", "ui.slides", "ui.theme", "ui.illustration"));
        MAY_USE.put("ui.journey", List.of("content", "illustration", "plan", "printing", "stats", "ui",
                "ui.illustration", "ui.theme"));
        MAY_USE.put("ui.staff", List.of("content", "illustration", "loop", "plan", "printing", "qr", "report", "schedule",
                "settings", "staff", "stats", "threads", "ui", "ui.illustration", "ui.journey", "ui.keyboard", "ui.slides",
                "ui.theme"));
        MAY_USE.put("ui.shell", List.of("content", "schedule", "settings", "stats", "ui", "ui.attract", "ui.journey", "ui.slides", "ui.staff",
                "ui.theme"));
        // Read aloud (issue 18): the speech engines are plain Java; the journey reads with them.
        MAY_USE.put("speech", List.of());
        MAY_USE.put("ui.journey", java.util.stream.Stream.concat(MAY_USE.get("ui.journey").stream(),
                java.util.stream.Stream.of("speech")).toList());
    }

    @ArchTest
    static final ArchRule eachPackageUsesOnlyWhatItIsAllowed = allowList();

    private static ArchRule allowList() {
        List<ArchRule> rules = new ArrayList<>();
        MAY_USE.forEach((pkg, allowed) -> {
            List<String> ok = new ArrayList<>();
            ok.add("org.physiokiosk." + pkg);
            allowed.forEach(a -> ok.add("org.physiokiosk." + a));
            rules.add(noClasses().that().resideInAPackage("org.physiokiosk." + pkg)
                    .should().dependOnClassesThat(resideInAPackage("org.physiokiosk..")
                            .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                    resideInAnyPackage(ok.toArray(String[]::new)))))
                    .as("org.physiokiosk." + pkg + " uses only " + String.join(", ", allowed)));
        });
        rules.add(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAPackage("org.physiokiosk..").and().resideOutsideOfPackages("org.physiokiosk",
                        "org.physiokiosk.app..")
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                        "be in a package listed in MAY_USE") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass c,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        String pkg = c.getPackageName().substring("org.physiokiosk.".length());
                        if (!MAY_USE.containsKey(pkg)) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(c, c.getName()
                                    + " is in " + pkg + ", which the allow-list does not name"));
                        }
                    }
                }));
        CompositeArchRule all = CompositeArchRule.of(rules.get(0));
        for (ArchRule r : rules.subList(1, rules.size())) {
            all = all.and(r);
        }
        return all.as("each package uses only the packages MAY_USE allows it");
    }
}
