package org.physiokiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of STYLE.md, enforced the way Sweet Home 3D's dependency test does. */
@AnalyzeClasses(packages = "org.physiokiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Plain Java: content, settings, the plan and the usage statistics. */
    private static final String[] DOMAIN = {"org.physiokiosk.content..", "org.physiokiosk.settings..",
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
}
