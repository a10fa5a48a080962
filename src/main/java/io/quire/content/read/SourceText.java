package io.quire.content.read;

/**
 * A content file decoded: its text (byte order mark removed, line endings normalised to LF) and the
 * hash of its bytes, which decides whether the file changed since the last import.
 */
public record SourceText(String text, String contentHash) {}
