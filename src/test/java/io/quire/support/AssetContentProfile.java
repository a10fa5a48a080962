package io.quire.support;

import io.quire.content.asset.TestImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A content root made by the test, with posts that link to images, a video, a PDF, an SVG and to each
 * other; a draft with an image of its own; a file nothing links to; and a link that leads out of the
 * root. Images are written by Image I/O, the video is deterministic noise.
 */
public class AssetContentProfile extends MutableContentProfile {

    public static final Path ROOT = create();
    public static final Path OUTSIDE = ROOT.resolveSibling(ROOT.getFileName() + "-outside.png");

    /** The video's bytes: position i holds (i * 7) mod 251, so any slice is recognisable. */
    public static byte[] video() {
        byte[] bytes = new byte[10_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ((i * 7) % 251);
        }
        return bytes;
    }

    @Override
    protected Path root() {
        return ROOT;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = super.getConfigOverrides();
        config.put("quire.site.base-url", "https://blog.example.com");
        return config;
    }

    private static Path create() {
        try {
            Path root = TestFolders.create("quire-assets-");
            TestFolders.write(root, "posts/with-images/index.md", """
                    ---
                    title: With images
                    date: 2024-05-01
                    cover: cover.png
                    og:
                      image: ./photo.jpg
                      title: Not a path
                    ---

                    ![Diagram](diagram.png)

                    <img src="photo.jpg" srcset="photo.jpg 1x, wide.webp 2x" alt="p">

                    <video src="clip.mp4" poster="cover.png" controls></video>

                    Read [the other post](../other.md#part), the [deck](slides.pdf) and ![logo](/shared/logo.svg).

                    See {{< ref "other" >}}.

                    Broken: ![gone](gone.png) and ![outside](outside.png).
                    """);
            TestFolders.write(
                    root,
                    "posts/other.md",
                    "---\ntitle: Other post\nslug: the-other\ndate: 2024-04-01\n---\n\nText.\n");
            TestFolders.write(
                    root, "posts/secret/index.md", "---\ntitle: Secret\ndraft: true\n---\n\n![s](secret.png)\n");
            Files.write(root.resolve("posts/with-images/diagram.png"), TestImages.raster("png", 40, 30));
            Files.write(root.resolve("posts/with-images/cover.png"), TestImages.raster("png", 1200, 630));
            Files.write(root.resolve("posts/with-images/photo.jpg"), TestImages.jpegWithOrientation(64, 48, 6));
            Files.write(root.resolve("posts/with-images/wide.webp"), TestImages.webpLossless(128, 96));
            Files.write(root.resolve("posts/with-images/clip.mp4"), video());
            Files.write(
                    root.resolve("posts/with-images/slides.pdf"),
                    "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            Files.write(root.resolve("posts/secret/secret.png"), TestImages.raster("png", 8, 8));
            Files.write(root.resolve("unreferenced.png"), TestImages.raster("png", 8, 8));
            TestFolders.write(
                    root,
                    "shared/logo.svg",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"12\">"
                            + "<script>alert(1)</script></svg>");
            Path outside = root.resolveSibling(root.getFileName() + "-outside.png");
            Files.write(outside, TestImages.raster("png", 8, 8));
            Files.createSymbolicLink(root.resolve("posts/with-images/outside.png"), outside);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
