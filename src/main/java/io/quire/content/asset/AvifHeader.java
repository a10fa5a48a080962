package io.quire.content.asset;

import java.util.ArrayList;
import java.util.List;

/**
 * The size of an AVIF image from its ISO base media file boxes (ISO/IEC 14496-12, 23008-12): the
 * {@code ispe} (image spatial extents) property of the primary item ({@code pitm}), found through the
 * item property associations ({@code ipma}), turned when an {@code irot} property rotates it by a
 * quarter. Boxes are walked within the bytes given; nothing is decoded.
 */
final class AvifHeader {

    private AvifHeader() {}

    /** A property box of {@code ipco}, in order: associations refer to them by 1-based index. */
    private record Property(String type, int start, int end) {}

    static ImageSize size(byte[] b, int length) {
        if (length < 16 || !WebpHeader.ascii(b, 4, "ftyp")) {
            return null;
        }
        int[] meta = find(b, 0, length, "meta");
        if (meta == null) {
            return null;
        }
        int children = meta[0] + 4; // meta is a full box: version and flags first
        long primary = -1;
        List<Property> properties = new ArrayList<>();
        List<long[]> associations = new ArrayList<>(); // item id, then property indexes
        for (int at = children; at + 8 <= meta[1]; ) {
            int[] box = box(b, at, meta[1]);
            if (box == null) {
                break;
            }
            String type = type(b, at);
            if (type.equals("pitm")) {
                primary = b[box[0]] == 0 ? ImageSizes.u16be(b, box[0] + 4) : ImageSizes.u32be(b, box[0] + 4);
            } else if (type.equals("iprp")) {
                for (int inner = box[0]; inner + 8 <= box[1]; ) {
                    int[] child = box(b, inner, box[1]);
                    if (child == null) {
                        break;
                    }
                    if (type(b, inner).equals("ipco")) {
                        readProperties(b, child, properties);
                    } else if (type(b, inner).equals("ipma")) {
                        readAssociations(b, child, associations);
                    }
                    inner = child[1];
                }
            }
            at = box[1];
        }
        ImageSize size = null;
        boolean turned = false;
        for (long[] association : associations) {
            if (association[0] != primary) {
                continue;
            }
            for (int i = 1; i < association.length; i++) {
                int index = (int) association[i] - 1;
                if (index < 0 || index >= properties.size()) {
                    continue;
                }
                Property property = properties.get(index);
                if (property.type().equals("ispe") && property.start() + 12 <= property.end()) {
                    size = ImageSize.ofOrNull(
                            ImageSizes.u32be(b, property.start() + 4), ImageSizes.u32be(b, property.start() + 8));
                } else if (property.type().equals("irot") && property.start() < property.end()) {
                    turned = (b[property.start()] & 0x3) % 2 == 1;
                }
            }
        }
        return size != null && turned ? size.turned() : size;
    }

    private static void readProperties(byte[] b, int[] ipco, List<Property> properties) {
        for (int at = ipco[0]; at + 8 <= ipco[1]; ) {
            int[] child = box(b, at, ipco[1]);
            if (child == null) {
                return;
            }
            properties.add(new Property(type(b, at), child[0], child[1]));
            at = child[1];
        }
    }

    private static void readAssociations(byte[] b, int[] ipma, List<long[]> associations) {
        int at = ipma[0];
        if (at + 8 > ipma[1]) {
            return;
        }
        int version = b[at] & 0xFF;
        boolean wideIndexes = (b[at + 3] & 1) == 1;
        long entries = ImageSizes.u32be(b, at + 4);
        at += 8;
        for (long e = 0; e < entries; e++) {
            int idBytes = version < 1 ? 2 : 4;
            if (at + idBytes + 1 > ipma[1]) {
                return;
            }
            long item = idBytes == 2 ? ImageSizes.u16be(b, at) : ImageSizes.u32be(b, at);
            at += idBytes;
            int count = b[at++] & 0xFF;
            long[] association = new long[count + 1];
            association[0] = item;
            for (int i = 1; i <= count; i++) {
                if (wideIndexes) {
                    if (at + 2 > ipma[1]) {
                        return;
                    }
                    association[i] = ImageSizes.u16be(b, at) & 0x7FFF;
                    at += 2;
                } else {
                    if (at + 1 > ipma[1]) {
                        return;
                    }
                    association[i] = b[at++] & 0x7F;
                }
            }
            associations.add(association);
        }
    }

    /** The first top-level box of this type: its content start and end, or null. */
    private static int[] find(byte[] b, int from, int end, String wanted) {
        for (int at = from; at + 8 <= end; ) {
            int[] box = box(b, at, end);
            if (box == null) {
                return null;
            }
            if (type(b, at).equals(wanted)) {
                return box;
            }
            at = box[1];
        }
        return null;
    }

    /**
     * The content start and end of the box at {@code at}; the end is cut at {@code end} (the bytes
     * given may stop inside a box). Null for a size that cannot be.
     */
    private static int[] box(byte[] b, int at, int end) {
        long size = ImageSizes.u32be(b, at);
        int header = 8;
        if (size == 1) {
            if (at + 16 > end) {
                return null;
            }
            size = ImageSizes.u32be(b, at + 8) << 32 | ImageSizes.u32be(b, at + 12);
            header = 16;
        } else if (size == 0) {
            size = end - at;
        }
        if (size < header) {
            return null;
        }
        return new int[] {at + header, (int) Math.min(end, at + size)};
    }

    private static String type(byte[] b, int at) {
        return new String(b, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
