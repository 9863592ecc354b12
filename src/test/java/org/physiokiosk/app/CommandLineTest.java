package org.physiokiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void defaultsRunTheKioskOnKioskProperties() throws Exception {
        CommandLine cli = CommandLine.parse();
        assertThat(cli.config()).isEqualTo(Path.of("kiosk.properties"));
        assertThat(cli.windowed()).isFalse();
        assertThat(cli.screenshotDir()).isNull();
    }

    @Test
    void readsEveryOption() throws Exception {
        CommandLine cli = CommandLine.parse("--config", "/etc/kiosk.properties", "--windowed", "--screenshot", "out",
                "--size", "1280x720,3840x2160");
        assertThat(cli.config()).isEqualTo(Path.of("/etc/kiosk.properties"));
        assertThat(cli.windowed()).isTrue();
        assertThat(cli.screenshotDir()).isEqualTo(Path.of("out"));
        assertThat(cli.sizes()).containsExactly(new int[] {1280, 720}, new int[] {3840, 2160});
        assertThat(cli.language()).isNull();
        assertThat(CommandLine.parse("--screenshot", "out", "--lang", "es").language()).isEqualTo("es");
    }

    @Test
    void nonsenseIsAClearUsageError() {
        assertThatThrownBy(() -> CommandLine.parse("--fullscreen")).hasMessageContaining("unknown option \"--fullscreen\"");
        assertThatThrownBy(() -> CommandLine.parse("--config")).hasMessageContaining("--config needs a value");
        assertThatThrownBy(() -> CommandLine.parse("--screenshot", "x", "--size", "big"))
                .hasMessageContaining("expected WIDTHxHEIGHT");
        assertThatThrownBy(() -> CommandLine.parse("--size", "800x600")).hasMessageContaining("goes with --screenshot");
        // The running kiosk takes its language from the settings; --lang is for proofs and handouts.
        assertThatThrownBy(() -> CommandLine.parse("--lang", "es")).hasMessageContaining("--lang goes with --screenshot");
        assertThatThrownBy(() -> CommandLine.parse("--screenshot", "x", "--lang")).hasMessageContaining("--lang needs a value");
    }

    @Test
    void readsTheHandoutCommand() throws Exception {
        CommandLine cli = CommandLine.parse("handout", "--symptoms", "stiffness, stress,stress", "--out", "plan.pdf",
                "--lang", "uk", "--config", "other.properties");
        assertThat(cli.handout()).isTrue();
        assertThat(cli.symptoms()).containsExactly("stiffness", "stress");
        assertThat(cli.out()).isEqualTo(Path.of("plan.pdf"));
        assertThat(cli.language()).isEqualTo("uk");
        assertThat(cli.config()).isEqualTo(Path.of("other.properties"));
        assertThat(CommandLine.parse("handout", "--symptoms", "none", "--out", "x.pdf").symptoms()).isEmpty();
    }

    @Test
    void theHandoutCommandNeedsAnOutputFile() {
        assertThatThrownBy(() -> CommandLine.parse("handout", "--symptoms", "stress"))
                .hasMessageContaining("handout needs --out FILE.pdf");
        assertThatThrownBy(() -> CommandLine.parse("handout", "--windowed", "--out", "x.pdf"))
                .hasMessageContaining("unknown option \"--windowed\" for handout");
    }
}
