package io.quire.content.read;

import io.quire.content.ContentException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stage 2 (read) of an import: reads a file's bytes within the size limit and decodes them as strict UTF-8. */
public final class SourceReader {

    private final long maxFileSize;

    public SourceReader(long maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /** Reads the raw bytes, refusing files over the size limit before reading them. */
    public byte[] readBytes(Path file, long size) throws ContentException, IOException {
        if (size > maxFileSize) {
            throw tooLarge(size);
        }
        if (!Files.isRegularFile(file)) {
            // replaced by a named pipe since the scan: reading it could wait forever
            throw new ContentException("not a regular file (a named pipe, socket or device)", "replace it with a file");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > maxFileSize) {
            throw tooLarge(bytes.length);
        }
        return bytes;
    }

    /**
     * The hash that decides whether a file must be imported again: its bytes, and the settings that
     * shape what is made of them, so that changing those re-renders every post.
     */
    public static String hash(byte[] bytes, String settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(settings.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Decodes UTF-8 (with or without a byte order mark) and turns CRLF and lone CR into LF. A file that
     * is empty (or only whitespace) or contains a NUL character is refused.
     */
    public static String decode(byte[] bytes) throws ContentException {
        // The String constructor is the JDK's fast path (no char buffer copied into a string); it puts
        // U+FFFD in place of bytes that are not UTF-8, so only a text that has one (replaced, or
        // written by the author) needs the strict decoder to tell which.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw notUtf8(bytes);
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < nul; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ContentException(
                    "the file contains a NUL character (byte 0x00)",
                    line,
                    nul - lineStart + 1,
                    "this looks like a binary or damaged file; remove the NUL bytes or the file");
        }
        if (text.isBlank()) {
            throw new ContentException(
                    "the file is empty",
                    1,
                    1,
                    "an empty file is not imported, so that an interrupted save cannot publish an empty post (an"
                            + " earlier version stays published); write the post, or delete the file to delete it");
        }
        return text;
    }

    private ContentException tooLarge(long size) {
        return new ContentException(
                "file is too large: " + size + " bytes, the limit is " + maxFileSize + " bytes",
                "split the post, or raise quire.content.max-file-size");
    }

    /** Finds the first invalid byte so the author can locate it, with its line and column. */
    private static ContentException notUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
        decoder.decode(in, out, true);
        int offset = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1 + new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length();
        return new ContentException(
                String.format("not valid UTF-8: byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset),
                line,
                column,
                "save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
    }
}
