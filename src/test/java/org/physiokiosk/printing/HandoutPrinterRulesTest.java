package org.physiokiosk.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which printer a handout goes to and what is reported when it cannot, without printing a
 * page: a made-up queue status, and the virtual printer only where CUPS has it.
 */
class HandoutPrinterRulesTest {

    @Test
    void aPrinterNamedInTheSettingsThatIsNotThereIsReportedWithThePrintersThatAre() {
        List<String> asked = new ArrayList<>();
        assertThatThrownBy(() -> new HandoutPrinter("  Front desk laser ", n -> asked.add(n)).printer())
                .isInstanceOfSatisfying(PrintFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PrintFailedException.Reason.NO_PRINTER);
                    assertThat(e.getMessage()).startsWith("the printer \"Front desk laser\" named in the settings is "
                            + "not there (printers: ");
                    List<String> names = HandoutPrinter.printerNames();
                    assertThat(e.getMessage()).endsWith(names.isEmpty() ? "none)" : String.join(", ", names) + ")");
                });
        assertThat(asked).as("a printer that is not there has no queue to ask about").isEmpty();
    }

    @Test
    void withNoPrinterNamedTheDefaultOrTheOnlyPrinterIsChosenAndOtherwiseTheReasonIsSaid() throws Exception {
        List<String> names = HandoutPrinter.printerNames();
        javax.print.PrintService dflt = javax.print.PrintServiceLookup.lookupDefaultPrintService();
        HandoutPrinter unnamed = new HandoutPrinter("", n -> false);
        if (dflt != null) {
            assertThat(unnamed.printer().getName()).isEqualTo(dflt.getName());
        } else if (names.size() == 1) {
            assertThat(unnamed.printer().getName()).isEqualTo(names.get(0));
        } else {
            assertThatThrownBy(unnamed::printer).isInstanceOfSatisfying(PrintFailedException.class, e -> {
                assertThat(e.reason()).isEqualTo(PrintFailedException.Reason.NO_PRINTER);
                assertThat(e.getMessage()).isEqualTo(names.isEmpty() ? "no printer is set up"
                        : "no default printer is set (printers: " + String.join(", ", names) + ")");
            });
        }
    }

    @Test
    void theVirtualPrinterIsChosenByNameUnlessItsQueueIsStopped() throws Exception {
        Cups.requireVirtualPrinter();
        List<String> asked = new ArrayList<>();
        assertThat(new HandoutPrinter(Cups.PRINTER, n -> !asked.add(n)).printer().getName()).isEqualTo(Cups.PRINTER);
        assertThat(asked).containsExactly(Cups.PRINTER);
        assertThatThrownBy(() -> new HandoutPrinter(Cups.PRINTER, n -> true).printer())
                .isInstanceOfSatisfying(PrintFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PrintFailedException.Reason.STOPPED);
                    assertThat(e.getMessage()).isEqualTo("the printer \"" + Cups.PRINTER
                            + "\" is stopped or not accepting jobs");
                });
        assertThat(HandoutPrinter.printerNames()).contains(Cups.PRINTER);
    }

    @Test
    void aFileThatIsNotAPdfFailsBeforeAnythingIsSent() {
        Cups.requireVirtualPrinter();
        assertThatThrownBy(() -> new HandoutPrinter(Cups.PRINTER, n -> false).print("not a pdf".getBytes(), "pk-bad"))
                .isInstanceOfSatisfying(PrintFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PrintFailedException.Reason.FAILED);
                    assertThat(e.getMessage()).startsWith("printing on \"" + Cups.PRINTER + "\" failed: ");
                    assertThat(e.getCause()).isNotNull();
                });
    }

    @Test
    void theSystemQueueStatusSaysARunningOrUnknownQueueIsNotStopped() {
        Cups.requireVirtualPrinter();
        assertThat(QueueStatus.system().isStopped(Cups.PRINTER)).isFalse();
        assertThat(QueueStatus.system().isStopped("No-such-printer")).isFalse();
    }

    @Test
    void aOnePagePdfIsSentAsOneNamedJobToTheChosenPrinter() throws Exception {
        Cups.requireVirtualPrinter();
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        String job = "pk-rules-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long before = Cups.jobCount();
        assertThat(new HandoutPrinter(Cups.PRINTER, n -> false).print(pdf, job)).isEqualTo(Cups.PRINTER);
        // Others may print to the shared queue at the same time: at least our job is there.
        assertThat(Cups.jobCount()).isGreaterThan(before);
    }
}
