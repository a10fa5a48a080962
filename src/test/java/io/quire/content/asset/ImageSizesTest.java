package io.quire.content.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageSizesTest {

    private static ImageSize read(byte[] bytes, String type) {
        return ImageSizes.read(bytes, bytes.length, type);
    }

    @Test
    void rasterFormatsAreReadByImageIo() {
        assertEquals(new ImageSize(40, 30), read(TestImages.raster("png", 40, 30), "image/png"));
        assertEquals(new ImageSize(64, 48), read(TestImages.raster("jpeg", 64, 48), "image/jpeg"));
        assertEquals(new ImageSize(17, 5), read(TestImages.raster("gif", 17, 5), "image/gif"));
        assertEquals(new ImageSize(9, 12), read(TestImages.raster("bmp", 9, 12), "image/bmp"));
    }

    @Test
    void onlyTheHeaderIsNeeded() {
        byte[] png = TestImages.raster("png", 400, 300);
        assertEquals(new ImageSize(400, 300), ImageSizes.read(png, 40, "image/png"));
        byte[] jpeg = TestImages.raster("jpeg", 640, 480);
        assertEquals(new ImageSize(640, 480), ImageSizes.read(Arrays.copyOf(jpeg, 700), 700, "image/jpeg"));
    }

    @Test
    void aJpegTurnedByItsExifOrientationHasWidthAndHeightSwapped() {
        assertEquals(new ImageSize(48, 64), read(TestImages.jpegWithOrientation(64, 48, 6), "image/jpeg"));
        assertEquals(new ImageSize(48, 64), read(TestImages.jpegWithOrientation(64, 48, 8), "image/jpeg"));
        assertEquals(new ImageSize(64, 48), read(TestImages.jpegWithOrientation(64, 48, 3), "image/jpeg"));
        assertEquals(new ImageSize(64, 48), read(TestImages.jpegWithOrientation(64, 48, 1), "image/jpeg"));
    }

    @Test
    void webpHeaders() {
        assertEquals(new ImageSize(1000, 750), read(TestImages.webpLossless(1000, 750), "image/webp"));
        assertEquals(new ImageSize(4000, 3000), read(TestImages.webpExtended(4000, 3000), "image/webp"));
        byte[] lossy = new byte[30];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, lossy, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, lossy, 8, 8);
        lossy[23] = (byte) 0x9D;
        lossy[24] = 0x01;
        lossy[25] = 0x2A;
        lossy[26] = (byte) 0x20; // 800 = 0x320
        lossy[27] = 0x03;
        lossy[28] = (byte) 0x58; // 600 = 0x258
        lossy[29] = 0x02;
        assertEquals(new ImageSize(800, 600), read(lossy, "image/webp"));
    }

    @Test
    void avifTakesTheSizeOfThePrimaryItemAndItsRotation() {
        assertEquals(new ImageSize(1920, 1080), read(TestImages.avif(1920, 1080, false), "image/avif"));
        assertEquals(new ImageSize(1080, 1920), read(TestImages.avif(1920, 1080, true), "image/avif"));
    }

    @Test
    void svgSizeFromAbsoluteLengthsOrOneLengthAndTheViewBox() {
        assertEquals(
                new ImageSize(120, 40), svg("<svg xmlns='http://www.w3.org/2000/svg' width='120' height='40px'/>"));
        assertEquals(new ImageSize(96, 48), svg("<svg width='1in' height='0.5in'/>"));
        assertEquals(new ImageSize(200, 100), svg("<svg width='200' viewBox='0 0 20 10'/>"));
        assertNull(svg("<svg viewBox='0 0 24 24'/>"));
        assertNull(svg("<svg width='100%' height='100%' viewBox='0 0 24 24'/>"));
        assertNull(svg("<html/>"));
        // No DTD is read, so no entity can expand (or reach out to a file).
        assertNull(svg("<!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><svg width='&x;' height='1'/>"));
    }

    @Test
    void iconsTakeTheirLargestImage() {
        byte[] ico = new byte[6 + 32];
        ico[2] = 1;
        ico[4] = 2;
        ico[6] = 16;
        ico[7] = 16;
        ico[22] = 0; // 256
        ico[23] = 0;
        assertEquals(new ImageSize(256, 256), read(ico, "image/vnd.microsoft.icon"));
    }

    @Test
    void garbageAndTruncatedHeadersHaveNoSize() {
        Random random = new Random(42);
        for (String type : new String[] {
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/bmp",
            "image/webp",
            "image/avif",
            "image/svg+xml",
            "image/vnd.microsoft.icon"
        }) {
            for (int length : new int[] {0, 1, 7, 30, 4096}) {
                byte[] noise = new byte[length];
                random.nextBytes(noise);
                assertNull(read(noise, type), type + " " + length);
            }
        }
        byte[] png = TestImages.raster("png", 40, 30);
        assertNull(ImageSizes.read(png, 12, "image/png"));
        byte[] avif = TestImages.avif(10, 10, false);
        assertNull(ImageSizes.read(avif, 40, "image/avif"));
        // A box claiming to be huge, and sizes beyond any real image, are refused.
        assertNull(read(TestImages.webpExtended(1 << 24, 10), "image/webp"));
    }

    private static ImageSize svg(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), "image/svg+xml");
    }
}
