package io.quire.content.asset;

/**
 * The canvas size of a WebP file from its first chunk (RFC 9649): {@code VP8X} (extended format),
 * {@code VP8L} (lossless) or {@code VP8 } (lossy key frame).
 */
final class WebpHeader {

    private WebpHeader() {}

    static ImageSize size(byte[] b, int length) {
        if (length < 30 || !ascii(b, 0, "RIFF") || !ascii(b, 8, "WEBP")) {
            return null;
        }
        int data = 20;
        if (ascii(b, 12, "VP8X")) {
            long width = 1 + u24le(b, data + 4);
            long height = 1 + u24le(b, data + 7);
            return ImageSize.ofOrNull(width, height);
        }
        if (ascii(b, 12, "VP8L")) {
            if ((b[data] & 0xFF) != 0x2F) {
                return null;
            }
            long bits = (b[data + 1] & 0xFFL)
                    | (b[data + 2] & 0xFFL) << 8
                    | (b[data + 3] & 0xFFL) << 16
                    | (b[data + 4] & 0xFFL) << 24;
            return ImageSize.ofOrNull(1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
        }
        if (ascii(b, 12, "VP8 ")) {
            // 3-byte frame tag, then the key frame start code 9d 01 2a, then 14-bit width and height
            if ((b[data + 3] & 0xFF) != 0x9D || (b[data + 4] & 0xFF) != 0x01 || (b[data + 5] & 0xFF) != 0x2A) {
                return null;
            }
            return ImageSize.ofOrNull(ImageSizes.u16le(b, data + 6) & 0x3FFF, ImageSizes.u16le(b, data + 8) & 0x3FFF);
        }
        return null;
    }

    private static long u24le(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16;
    }

    static boolean ascii(byte[] b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
