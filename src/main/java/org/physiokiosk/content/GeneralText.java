package org.physiokiosk.content;

import java.util.List;

/**
 * Texts that belong to no single technique: the intro and closing slides, the
 * "seek medical advice" line that every plan carries, and the disclaimer. The two
 * illustrations are file names in {@code media/illustrations/} (empty: none). The
 * general plan (technique ids) is what a patient gets who picks no symptom; the
 * everyday advice and the safety lines are printed on every handout. The welcome and
 * the red-flag notice are shown on the patient's first screen. The red flags are printed on
 * page 1 of every handout, split into those for which the patient calls the emergency number
 * ({@code emergencyAction}, with {@code {number}} standing for the clinic's setting) and those for
 * which they contact their physiotherapist or doctor ({@code contactAction}).
 */
public record GeneralText(
        String introTitle,
        String introPrompt,
        String closingTitle,
        String closingText,
        String seekAdvice,
        String disclaimer,
        String introIllustration,
        String closingIllustration,
        List<String> generalPlan,
        List<String> everyday,
        List<String> safety,
        String welcome,
        String redFlag,
        String redFlagsTitle,
        List<String> redFlagsEmergency,
        String emergencyAction,
        List<String> redFlagsContact,
        String contactAction,
        Review review) {

    public GeneralText {
        generalPlan = List.copyOf(generalPlan);
        everyday = List.copyOf(everyday);
        safety = List.copyOf(safety);
        redFlagsEmergency = List.copyOf(redFlagsEmergency);
        redFlagsContact = List.copyOf(redFlagsContact);
        review = review == null ? Review.NONE : review;
    }

    /** The same texts with another general plan (the loader drops ids it cannot find). */
    public GeneralText withGeneralPlan(List<String> plan) {
        return new GeneralText(introTitle, introPrompt, closingTitle, closingText, seekAdvice, disclaimer,
                introIllustration, closingIllustration, plan, everyday, safety, welcome, redFlag, redFlagsTitle,
                redFlagsEmergency, emergencyAction, redFlagsContact, contactAction, review);
    }


    /**
     * Used when {@code media/general.txt} is missing or broken, so the kiosk still shows
     * the article's safety line; the problem is reported to staff.
     */
    public static final GeneralText FALLBACK = new GeneralText(
            "Upper back pain?",
            "Touch the screen for your free home-care plan",
            "Find what works for you",
            "Try different techniques and find what works best for you.",
            "If your symptoms persist or worsen, stop and seek medical advice.",
            "General information, not a diagnosis. Ask your physiotherapist or doctor about your own situation.",
            "welcome.svg",
            "see-clinician.svg",
            List.of("shoulder-blade-squeeze", "chin-tuck", "heat-therapy", "deep-breathing", "posture-sitting"),
            List.of("Sit with your back straight and your shoulders relaxed.",
                    "Take a break every 30 minutes to stand up and stretch.",
                    "Try different techniques and find what works best for you."),
            List.of(),
            "Welcome! Let's find home-care ideas for your upper back.",
            "Severe pain after a fall or accident, numbness or weakness, chest pain, fever or trouble breathing? "
                    + "Please tell the reception now.",
            "Warning signs",
            List.of("Severe pain after a fall or accident", "Chest pain", "Trouble breathing"),
            "Call {number} now if you have:",
            List.of("Numbness or weakness", "Fever"),
            "Contact your physiotherapist or doctor if you have:",
            Review.NONE);
}
