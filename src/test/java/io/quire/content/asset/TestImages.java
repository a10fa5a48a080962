package io.quire.content.asset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small images made by the tests: real files from Image I/O, and headers of the other formats. */
public final class TestImages {

    private TestImages() {}

    /** A PNG, JPEG, GIF or BMP of this size, written by Image I/O. */
    public static byte[] raster(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0x3366CC);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with an EXIF APP1 segment giving this orientation (big-endian TIFF, one IFD entry). */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] jpeg = raster("jpeg", width, height);
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array());
        byte[] segment = concat(
                new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)}, exif);
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(segment, 0, out, 2, segment.length);
        System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
        return out;
    }

    /** A lossless WebP header (VP8L) of this size, followed by a few bytes of (meaningless) data. */
    public static byte[] webpLossless(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(20).put((byte) 0x2F);
        b.putInt((width - 1) | (height - 1) << 14);
        return b.array();
    }

    /** An extended WebP header (VP8X) of this canvas size. */
    public static byte[] webpExtended(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
        b.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        b.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        return b.array();
    }

    /**
     * The boxes of an AVIF file up to its properties: ftyp, then meta with pitm (primary item 1),
     * iprp/ipco (ispe of the primary item, an ispe of another item, optionally irot) and ipma.
     */
    public static byte[] avif(int width, int height, boolean turned) {
        byte[] ftyp = box("ftyp", concat(ascii("avif"), new byte[4], ascii("avifmif1")));
        byte[] pitm = box("pitm", new byte[] {0, 0, 0, 0, 0, 1});
        byte[] otherIspe = box("ispe", concat(new byte[4], u32(7), u32(9)));
        byte[] ispe = box("ispe", concat(new byte[4], u32(width), u32(height)));
        byte[] irot = box("irot", new byte[] {1});
        byte[] ipco = box("ipco", turned ? concat(otherIspe, ispe, irot) : concat(otherIspe, ispe));
        // version 0, flags 0, 2 entries: item 2 -> [1], item 1 -> [2 (,3)]
        byte[] ipma = box(
                "ipma",
                concat(
                        new byte[] {0, 0, 0, 0},
                        u32(2),
                        new byte[] {0, 2, 1, (byte) 0x81},
                        turned ? new byte[] {0, 1, 2, (byte) 0x82, 3} : new byte[] {0, 1, 1, (byte) 0x82}));
        byte[] iprp = box("iprp", concat(ipco, ipma));
        byte[] meta = box("meta", concat(new byte[4], box("hdlr", new byte[24]), pitm, iprp));
        return concat(ftyp, meta, box("mdat", new byte[16]));
    }

    private static byte[] box(String type, byte[] content) {
        return concat(u32(content.length + 8), ascii(type), content);
    }

    private static byte[] u32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
