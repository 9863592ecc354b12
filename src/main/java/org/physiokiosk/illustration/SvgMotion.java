package org.physiokiosk.illustration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The movement written in an SVG drawing with SMIL ({@code <animate>}, {@code <animateTransform>}):
 * how long one loop lasts and which moments are its key poses (the positions a handout prints),
 * read from the file; and the check a drawing imported from a USB stick must pass: it may move
 * only by transforms, opacity and colours, run no script, refer to no other file or web address,
 * and loop in 1 to 20 seconds.
 *
 * <p>Key poses are marked on the root element: {@code data-key-poses="0s 5s"} (SMIL clock values,
 * separated by spaces): the first is the start position, the second the end position. Without the
 * mark, a moving drawing's key poses are its start and the middle of its loop.
 *
 * @param loopMillis one loop of the movement in milliseconds, 0 for a still drawing
 * @param keyPoses the key poses' times in milliseconds, inside the loop ({@code [0]} for a still drawing)
 */
public record SvgMotion(long loopMillis, List<Long> keyPoses) {

    /** A drawing that does not move. */
    public static final SvgMotion STILL = new SvgMotion(0, List.of(0L));

    /** The shortest and longest loop a drawing may have. */
    public static final long MIN_LOOP_MILLIS = 1_000;
    public static final long MAX_LOOP_MILLIS = 20_000;

    /** What may be animated with {@code <animate>} or {@code <set>}: opacity and colours. */
    private static final Set<String> OPACITY_AND_COLOURS = Set.of("opacity", "fill-opacity", "stroke-opacity",
            "stop-opacity", "flood-opacity", "fill", "stroke", "color", "stop-color", "flood-color", "lighting-color");
    private static final Set<String> ANIMATIONS = Set.of("animate", "set", "animatetransform", "animatemotion",
            "animatecolor");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile(
            "(?:(\\d+):)?(\\d+):(\\d{2}(?:\\.\\d+)?)|(\\d+(?:\\.\\d+)?|\\.\\d+)(h|min|s|ms)?");

    public SvgMotion {
        keyPoses = List.copyOf(keyPoses);
    }

    /** Whether the drawing moves. */
    public boolean moves() {
        return loopMillis > 0;
    }

    /**
     * The moment a still picture of this drawing shows (a thumbnail, a printed page, motion off):
     * the end position, i.e. the second key pose, or the only one.
     */
    public long stillPose() {
        return keyPoses.size() > 1 ? keyPoses.get(1) : keyPoses.get(0);
    }

    /**
     * Reads the movement of an SVG file without judging it (the kiosk's own drawings). A file
     * that cannot be read as XML counts as still.
     */
    public static SvgMotion read(Path svg) throws IOException {
        Element root = parse(svg);
        Scan scan = scan(root);
        return scan.motion();
    }

    /**
     * Checks an SVG file brought in by staff, e.g. from a USB stick: empty if the kiosk may show
     * it, else why not, in plain words.
     */
    public static Optional<String> problem(Path svg) {
        Element root;
        try {
            root = parse(svg);
        } catch (IOException e) {
            return Optional.of("This file cannot be read as an SVG drawing (" + e.getMessage() + ").");
        }
        try {
            Scan scan = scan(root);
            if (scan.problem != null) {
                return Optional.of(scan.problem);
            }
            scan.motion();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Element parse(Path svg) throws IOException {
        try (InputStream in = Files.newInputStream(svg)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Element root = b.parse(in).getDocumentElement();
            if (!"svg".equals(localName(root))) {
                throw new IOException("it is not an SVG drawing");
            }
            return root;
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("it is not well-formed XML", e);
        }
    }

    /** What one pass over the elements found. */
    private static final class Scan {
        final Element root;
        String problem;
        long loop;
        boolean animated;

        Scan(Element root) {
            this.root = root;
        }

        void refuse(String why) {
            if (problem == null) {
                problem = why;
            }
        }

        SvgMotion motion() throws IOException {
            if (!animated) {
                return STILL;
            }
            String marks = root.getAttribute("data-key-poses").trim();
            List<Long> poses = new ArrayList<>();
            if (marks.isEmpty()) {
                poses.add(0L);
                poses.add(loop / 2);
            } else {
                for (String mark : marks.split("[\\s,;]+")) {
                    long t = clock(mark);
                    if (t < 0 || t > loop) {
                        throw new IOException("Its key pose at " + mark + " is outside its movement, which lasts "
                                + seconds(loop) + ".");
                    }
                    poses.add(t);
                }
            }
            return new SvgMotion(loop, poses);
        }
    }

    private static Scan scan(Element root) throws IOException {
        Scan scan = new Scan(root);
        visit(root, scan);
        if (scan.animated && scan.problem == null) {
            if (scan.loop < MIN_LOOP_MILLIS || scan.loop > MAX_LOOP_MILLIS) {
                scan.refuse("Its movement lasts " + seconds(scan.loop) + "; a loop must last between "
                        + seconds(MIN_LOOP_MILLIS) + " and " + seconds(MAX_LOOP_MILLIS) + ".");
            }
        }
        return scan;
    }

    private static void visit(Element e, Scan scan) throws IOException {
        String name = localName(e).toLowerCase(Locale.ROOT);
        if (name.equals("script")) {
            scan.refuse("It contains a script: a drawing for the kiosk must not run code.");
        } else if (name.equals("foreignobject")) {
            scan.refuse("It embeds a web page or other content (foreignObject): only drawing is allowed.");
        } else if (name.equals("style") && external(e.getTextContent())) {
            scan.refuse("Its style sheet loads another file or web address: a drawing must hold everything itself.");
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String attr = localName(a).toLowerCase(Locale.ROOT);
            String value = a.getValue().trim();
            if (attr.startsWith("on")) {
                scan.refuse("It runs code when something happens (" + a.getName() + "): a drawing must not run code.");
            } else if (attr.equals("href") && !value.startsWith("#") && !value.startsWith("data:")) {
                scan.refuse("It refers to another file or web address (" + shorten(value)
                        + "): a drawing must hold everything itself.");
            } else if (external(value)) {
                scan.refuse("It refers to another file or web address (" + shorten(value)
                        + "): a drawing must hold everything itself.");
            }
        }
        if (ANIMATIONS.contains(name)) {
            animation(e, name, scan);
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                visit(child, scan);
            }
        }
    }

    private static void animation(Element e, String name, Scan scan) throws IOException {
        scan.animated = true;
        String target = e.getAttribute("attributeName").trim();
        if (name.equals("animatemotion")) {
            scan.refuse("It moves a part along a path (animateMotion): only transforms, opacity and colours may move.");
            return;
        }
        boolean allowed = name.equals("animatetransform")
                ? target.equalsIgnoreCase("transform") || target.endsWith("Transform")
                : OPACITY_AND_COLOURS.contains(target);
        if (!allowed) {
            scan.refuse("It animates '" + target + "', which changes a shape or its size: only transforms, opacity"
                    + " and colours may move.");
            return;
        }
        String dur = e.getAttribute("dur").trim();
        if (dur.isEmpty() || dur.equals("indefinite") || dur.equals("media")) {
            scan.refuse("One of its animations has no duration (dur): a loop must last between "
                    + seconds(MIN_LOOP_MILLIS) + " and " + seconds(MAX_LOOP_MILLIS) + ".");
            return;
        }
        long begin = 0;
        String begins = e.getAttribute("begin").trim();
        if (!begins.isEmpty()) {
            try {
                begin = clock(begins);
            } catch (IOException notATime) {
                scan.refuse("One of its animations starts on an event (begin=\"" + shorten(begins)
                        + "\"): a loop must start by itself.");
                return;
            }
        }
        long length;
        try {
            length = clock(dur);
        } catch (IOException notATime) {
            scan.refuse("One of its animations has a duration that is not a time (dur=\"" + shorten(dur) + "\").");
            return;
        }
        scan.loop = Math.max(scan.loop, begin + length);
    }

    private static boolean external(String text) {
        if (text == null) {
            return false;
        }
        if (text.toLowerCase(Locale.ROOT).contains("@import")) {
            return true;
        }
        Matcher m = CSS_URL.matcher(text);
        while (m.find()) {
            String url = m.group(1);
            if (!url.startsWith("#") && !url.startsWith("data:")) {
                return true;
            }
        }
        return false;
    }

    /** A SMIL clock value ("5s", "500ms", "0:05", "2.5") in milliseconds. */
    static long clock(String value) throws IOException {
        Matcher m = CLOCK.matcher(value.trim());
        if (!m.matches()) {
            throw new IOException("not a time: " + value);
        }
        if (m.group(3) != null) {
            double s = Double.parseDouble(m.group(3));
            long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long min = Long.parseLong(m.group(2));
            return Math.round(((h * 60 + min) * 60 + s) * 1000);
        }
        double n = Double.parseDouble(m.group(4));
        String unit = m.group(5) == null ? "s" : m.group(5);
        double factor = switch (unit) {
            case "h" -> 3_600_000;
            case "min" -> 60_000;
            case "ms" -> 1;
            default -> 1_000;
        };
        return Math.round(n * factor);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " seconds" : String.format(Locale.ROOT, "%.1f seconds", millis / 1000.0);
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }
}
