package org.physiokiosk.settings;

import java.util.List;

/** The settings to run with, and what was wrong in the file (each bad key fell back to its default). */
public record LoadedSettings(KioskSettings settings, List<SettingsProblem> problems) {

    public LoadedSettings {
        problems = List.copyOf(problems);
    }
}
