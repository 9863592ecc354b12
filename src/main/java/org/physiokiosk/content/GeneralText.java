package org.physiokiosk.content;

/**
 * Texts that belong to no single technique: the intro and closing slides, the
 * "seek medical advice" line that every plan carries, and the disclaimer. The two
 * illustrations are file names in {@code media/illustrations/} (empty: none).
 */
public record GeneralText(
        String introTitle,
        String introPrompt,
        String closingTitle,
        String closingText,
        String seekAdvice,
        String disclaimer,
        String introIllustration,
        String closingIllustration) {

    /**
     * Used when {@code media/general.txt} is missing or broken, so the kiosk still shows
     * the article's safety line; the problem is reported to staff.
     */
    public static final GeneralText FALLBACK = new GeneralText(
            "Upper back pain?",
            "Touch the screen for your free home-care plan",
            "Find what works for you",
            "Try different techniques and find what works best for you.",
            "If your symptoms persist or worsen, seek medical advice.",
            "General information, not a diagnosis. Ask your physiotherapist or doctor about your own situation.",
            "welcome.svg",
            "see-clinician.svg");
}
