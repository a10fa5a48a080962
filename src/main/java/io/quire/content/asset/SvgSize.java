package io.quire.content.asset;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size of an SVG image from its root element's {@code width} and {@code height} (in absolute
 * units), or one of them and the {@code viewBox} ratio. Relative sizes ({@code 100%}, {@code em}) or
 * a {@code viewBox} alone give no size: a browser sizes such an image from the page, and so must the
 * page. Read with StAX, no DTDs and no external entities, up to the root element only.
 */
final class SvgSize {

    private static final Pattern LENGTH =
            Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-zA-Z]*)\\s*");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,]+");

    private SvgSize() {}

    static ImageSize read(byte[] b, int length) throws XMLStreamException {
        XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(b, 0, length));
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT) {
                    if (!reader.getLocalName().equals("svg")) {
                        return null;
                    }
                    return size(
                            reader.getAttributeValue(null, "width"),
                            reader.getAttributeValue(null, "height"),
                            reader.getAttributeValue(null, "viewBox"));
                }
            }
            return null;
        } finally {
            reader.close();
        }
    }

    static ImageSize size(String width, String height, String viewBox) {
        Double w = pixels(width);
        Double h = pixels(height);
        double[] box = viewBox(viewBox);
        if (w == null && h != null && box != null) {
            w = h * box[0] / box[1];
        } else if (h == null && w != null && box != null) {
            h = w * box[1] / box[0];
        }
        if (w == null || h == null) {
            return null;
        }
        return ImageSize.ofOrNull(Math.round(w), Math.round(h));
    }

    /** An absolute length in CSS pixels, or null for a relative, missing or malformed one. */
    static Double pixels(String length) {
        if (length == null) {
            return null;
        }
        Matcher m = LENGTH.matcher(length);
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        double factor = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "px" -> 1;
            case "pt" -> 4.0 / 3;
            case "pc" -> 16;
            case "in" -> 96;
            case "cm" -> 96 / 2.54;
            case "mm" -> 96 / 25.4;
            default -> Double.NaN;
        };
        double pixels = value * factor;
        return Double.isFinite(pixels) && pixels > 0 ? pixels : null;
    }

    private static double[] viewBox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = SEPARATOR.split(value.strip());
        if (parts.length != 4) {
            return null;
        }
        try {
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            return w > 0 && h > 0 && Double.isFinite(w) && Double.isFinite(h) ? new double[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A factory per file: StAX does not promise that one may be shared between threads. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
