package org.physiokiosk.settings;

import java.nio.file.Path;
import java.util.Optional;
import org.physiokiosk.qr.WebLink;

/**
 * The clinic's branding as printed on handouts and shown on screen, the emergency number a
 * handout tells patients to call for the emergency warning signs, and the links its handouts
 * carry as a QR code.
 *
 * @param emergencyNumber the local emergency number ({@code clinic.emergency.number}), never empty
 * @param website         {@code clinic.website}
 * @param booking         {@code clinic.booking.url}
 */
public record Clinic(String name, String phone, String address, Optional<Path> logo, String emergencyNumber,
                     Optional<WebLink> website, Optional<WebLink> booking) {

    /** A clinic without links. */
    public Clinic(String name, String phone, String address, Optional<Path> logo, String emergencyNumber) {
        this(name, phone, address, logo, emergencyNumber, Optional.empty(), Optional.empty());
    }

    /** What a handout's QR code leads to: the booking page when there is one, else the website. */
    public Optional<Link> handoutLink() {
        return booking.map(b -> new Link(b, Link.Kind.BOOKING))
                .or(() -> website.map(w -> new Link(w, Link.Kind.WEBSITE)));
    }

    /** A link and what it is for, which says how it is captioned. */
    public record Link(WebLink link, Kind kind) {
        /** What the link is for. */
        public enum Kind {
            /** "Book your next appointment". */
            BOOKING,
            /** "More about us". */
            WEBSITE
        }
    }
}
