package org.physiokiosk.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The clinic's branding as printed on handouts and shown on screen, and the emergency number a
 * handout tells patients to call for the emergency warning signs.
 *
 * @param emergencyNumber the local emergency number ({@code clinic.emergency.number}), never empty
 */
public record Clinic(String name, String phone, String address, Optional<Path> logo, String emergencyNumber) {
}
