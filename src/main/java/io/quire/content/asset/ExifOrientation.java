package io.quire.content.asset;

/**
 * Whether a JPEG's EXIF orientation (tag 0x0112 of the first image directory) turns it by a quarter:
 * values 5 to 8. Browsers show such a photo turned, so its displayed width is its stored height.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {}

    static boolean isTurned(byte[] b, int length) {
        int orientation = orientation(b, length);
        return orientation >= 5 && orientation <= 8;
    }

    /** The orientation value, or 0 when there is none. */
    static int orientation(byte[] b, int length) {
        if (length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return 0;
        }
        int at = 2;
        while (at + 4 <= length && (b[at] & 0xFF) == 0xFF) {
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return 0; // start of scan or end of image: no EXIF segment before the image data
            }
            int segmentLength = ImageSizes.u16be(b, at + 2);
            int data = at + 4;
            if (marker == 0xE1 && data + 6 <= length && isExifHeader(b, data)) {
                return fromTiff(b, data + 6, Math.min(length, at + 2 + segmentLength));
            }
            if (segmentLength < 2) {
                return 0;
            }
            at += 2 + segmentLength;
        }
        return 0;
    }

    private static boolean isExifHeader(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0;
    }

    /** Reads the orientation entry of IFD0 of the TIFF structure at {@code tiff}, within {@code end}. */
    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 0;
        }
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return 0;
        }
        long ifd = u32(b, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 0;
        }
        int entries = u16(b, (int) (tiff + ifd), little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) (tiff + ifd + 2 + 12L * i);
            if (entry + 12 > end) {
                return 0;
            }
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                return u16(b, entry + 8, little);
            }
        }
        return 0;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? ImageSizes.u16le(b, at) : ImageSizes.u16be(b, at);
    }

    private static long u32(byte[] b, int at, boolean little) {
        return little ? (ImageSizes.u16le(b, at) | (long) ImageSizes.u16le(b, at + 2) << 16) : ImageSizes.u32be(b, at);
    }
}
