package io.quire.content.asset;

/**
 * The size an image is displayed at without CSS, in CSS pixels: what {@code width} and {@code height}
 * attributes need so that a page reserves the image's space before it loads. A photo that its EXIF
 * orientation (or an AVIF's rotation) turns on its side has its width and height swapped.
 */
public record ImageSize(int width, int height) {

    /** Larger than any real image, small enough that width times height fits a long. */
    static final int MAX_SIDE = 1 << 20;

    public ImageSize {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("not an image size: " + width + "x" + height);
        }
    }

    ImageSize turned() {
        return new ImageSize(height, width);
    }

    /** A size, or null when either side is out of range (a corrupt or hostile header). */
    static ImageSize ofOrNull(long width, long height) {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            return null;
        }
        return new ImageSize((int) width, (int) height);
    }
}
