package org.physiokiosk.settings;

import java.nio.file.Path;
import java.util.Optional;

/** The clinic's branding as printed on handouts and shown on screen. */
public record Clinic(String name, String phone, String address, Optional<Path> logo) {
}
