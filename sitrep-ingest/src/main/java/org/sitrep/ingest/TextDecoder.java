package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text: strict UTF-8 (or UTF-16 with a byte order mark) first; else a
 * charset the page declares; else, for text that is UTF-8 but for a few bytes, UTF-8 with those
 * bytes replaced by U+FFFD (their positions are kept for a warning: re-reading the whole file in
 * a single-byte charset would garble every other character, Arabic "ة" becoming "©"); else
 * whichever of Windows-1256 (Arabic) and Windows-1252 (Latin-1) gives plausible text. Binary content (NUL bytes, many control bytes) is refused. The byte order
 * mark, if any, stays in the text as U+FEFF so that offsets match what other UTF readers see.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    /** Share of control bytes above which content is binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final int SNIFF_BYTES = 4096;
    private static final char REPLACEMENT = '\uFFFD';

    /** Valid multi-byte characters per invalid byte above which a file is UTF-8 with a few bad bytes. */
    private static final int VALID_PER_INVALID = 4;

    /**
     * The text and the charset it was read with.
     *
     * @param invalidBytes offsets of the bytes that were not valid in that charset and were replaced
     *                     by U+FFFD; empty when the whole file decoded
     */
    public record Decoded(String text, Charset charset, List<Integer> invalidBytes) {
        public Decoded {
            invalidBytes = List.copyOf(invalidBytes);
        }

        Decoded(String text, Charset charset) {
            this(text, charset, List.of());
        }

        public boolean isUtf8() {
            return charset.equals(StandardCharsets.UTF_8);
        }
    }

    private TextDecoder() {
    }

    /**
     * @param hint a charset announced outside the bytes (an HTTP header), or null
     * @throws IngestException for empty or binary content
     */
    public static Decoded decode(byte[] bytes, Charset hint) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException("empty file");
        }
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            return new Decoded(new String(bytes, bom), bom);
        }
        if (isBinary(bytes)) {
            throw new IngestException("binary content, not text");
        }
        String strict = strictly(bytes, hint != null ? hint : StandardCharsets.UTF_8);
        if (strict != null) {
            return new Decoded(strict, hint != null ? hint : StandardCharsets.UTF_8);
        }
        Charset declared = declared(bytes);
        if (declared != null) {
            String text = strictly(bytes, declared);
            if (text != null) {
                return new Decoded(text, declared);
            }
        }
        if (hint == null || hint.equals(StandardCharsets.UTF_8)) {
            Decoded lenient = mostlyUtf8(bytes);
            if (lenient != null) {
                return lenient;
            }
        }
        return singleByte(bytes);
    }

    /**
     * UTF-8 with its invalid bytes replaced, if the valid multi-byte characters far outnumber them;
     * null for a file that is not UTF-8 at all (a Latin-1 "é" is one invalid byte and no valid one).
     */
    private static Decoded mostlyUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        List<Integer> invalid = new ArrayList<>();
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            for (int k = 0; k < r.length(); k++) {
                invalid.add(in.position() + k);
            }
            out.put(REPLACEMENT);
            in.position(in.position() + r.length());
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        long multiByte = text.chars().filter(c -> c > 0x7F && c != REPLACEMENT).count();
        return multiByte >= (long) invalid.size() * VALID_PER_INVALID
                ? new Decoded(text, StandardCharsets.UTF_8, invalid) : null;
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0) {
                return true;
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f' && v != 0x1B) {
                control++;
            }
        }
        return control > bytes.length * MAX_CONTROL_SHARE;
    }

    private static String strictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Arabic words in Windows-1256 are runs of high bytes; Latin-1 text has a high byte here and
     * there between ASCII letters. Most high bytes standing next to another high byte means Arabic.
     */
    private static Decoded singleByte(byte[] bytes) {
        int high = 0;
        int paired = 0;
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0x80) != 0) {
                high++;
                boolean prev = i > 0 && (bytes[i - 1] & 0x80) != 0;
                boolean next = i + 1 < bytes.length && (bytes[i + 1] & 0x80) != 0;
                if (prev || next) {
                    paired++;
                }
            }
        }
        Charset charset = paired * 2 > high ? WINDOWS_1256 : WINDOWS_1252;
        String text = strictly(bytes, charset);
        if (text == null) {
            charset = StandardCharsets.ISO_8859_1;
            text = new String(bytes, charset);
        }
        return new Decoded(text, charset);
    }
}
