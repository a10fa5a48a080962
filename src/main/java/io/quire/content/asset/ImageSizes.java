package io.quire.content.asset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an image's size from the first bytes of its file, without decoding a pixel: the JDK's Image
 * I/O readers for PNG, JPEG, GIF and BMP (asked for the size only, which reads the header), small
 * parsers of the container headers for WebP ({@link WebpHeader}), AVIF ({@link AvifHeader}) and ICO,
 * the root element for SVG ({@link SvgSize}), and the EXIF orientation of JPEG photos ({@link
 * ExifOrientation}). The work per file is bounded by the bytes given, {@link #HEADER_BYTES} at most:
 * an image whose size is not within them has no size. Thread-safe.
 */
public final class ImageSizes {

    /** How much of a file is looked at: headers are far shorter, JPEG metadata segments included. */
    public static final int HEADER_BYTES = 1 << 20;

    private ImageSizes() {}

    /**
     * The size of an image of this type whose file starts with {@code header}, or null when it cannot
     * be told (not an image, an unknown variant, a corrupt or truncated header).
     */
    public static ImageSize read(byte[] header, int length, String mediaType) {
        try {
            return switch (mediaType) {
                case "image/png" -> imageIo("png", header, length);
                case "image/gif" -> imageIo("gif", header, length);
                case "image/bmp" -> imageIo("bmp", header, length);
                case "image/jpeg" -> jpeg(header, length);
                case "image/webp" -> WebpHeader.size(header, length);
                case "image/avif" -> AvifHeader.size(header, length);
                case "image/vnd.microsoft.icon" -> ico(header, length);
                case "image/svg+xml" -> SvgSize.read(header, length);
                default -> null;
            };
        } catch (IOException | javax.xml.stream.XMLStreamException | RuntimeException e) {
            // A header the reader does not understand, or that ends early: the size is unknown.
            return null;
        }
    }

    private static ImageSize jpeg(byte[] header, int length) throws IOException {
        ImageSize size = imageIo("jpeg", header, length);
        if (size != null && ExifOrientation.isTurned(header, length)) {
            return size.turned();
        }
        return size;
    }

    /** Asks an Image I/O reader for the size only: it reads the header, not the image data. */
    private static ImageSize imageIo(String format, byte[] header, int length) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return null;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(header, 0, length))) {
            reader.setInput(input, true, true);
            return ImageSize.ofOrNull(reader.getWidth(0), reader.getHeight(0));
        } finally {
            reader.dispose();
        }
    }

    /** An icon file holds several images; the largest is the one a browser shows at full size. */
    private static ImageSize ico(byte[] header, int length) {
        if (length < 6 || u16le(header, 0) != 0 || u16le(header, 2) != 1) {
            return null;
        }
        int count = u16le(header, 4);
        ImageSize largest = null;
        for (int i = 0; i < count && 6 + 16 * (i + 1) <= length; i++) {
            int entry = 6 + 16 * i;
            int width = header[entry] == 0 ? 256 : header[entry] & 0xFF;
            int height = header[entry + 1] == 0 ? 256 : header[entry + 1] & 0xFF;
            if (largest == null || width * height > largest.width() * largest.height()) {
                largest = new ImageSize(width, height);
            }
        }
        return largest;
    }

    static int u16le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static int u16be(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    static long u32be(byte[] b, int at) {
        return (long) u16be(b, at) << 16 | u16be(b, at + 2);
    }
}
