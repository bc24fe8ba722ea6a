package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dispatch by content, and every kind of bad input: one clear problem each, the batch goes on. */
class ReportReaderTest {
    private static final String ARTICLE = "The army took the village of Tell Sultan on March 1.\n";

    @TempDir
    Path dir;

    private final ReportReader reader = new ReportReader(ReadOptions.defaults());

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ReadResult only(Path file) {
        List<ReadResult> results = reader.read(file);
        assertEquals(1, results.size());
        return results.get(0);
    }

    @Test
    void theIdIsTheFileNameWithoutExtension() throws IOException {
        assertEquals("2018-03-01.report", only(write("2018-03-01.report.txt", ARTICLE)).report().id());
    }

    @Test
    void dispatchesByContentWhateverTheName() throws IOException {
        ReadResult html = only(write("page.txt", "<!DOCTYPE html><html><body><p>" + ARTICLE + "</p></body></html>"));
        assertEquals(ARTICLE.strip(), html.report().body());
        List<ReadResult> corpus = reader.read(write("corpus.txt", "{\"id\": \"a\", \"text\": \"" + ARTICLE.strip()
                + "\"}\n{\"id\": \"b\", \"text\": \"Militants withdrew.\"}\n"));
        assertEquals(List.of("a", "b"), corpus.stream().map(r -> r.report().id()).toList());
    }

    @Test
    void emptyBinaryMissingAndDirectoryInputsFailClearly() throws IOException {
        assertEquals("empty file", only(write("empty.txt", new byte[0])).problem());
        assertEquals("binary content, not text",
                only(write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).problem());
        assertEquals("no such file", only(dir.resolve("missing.txt")).problem());
        assertEquals("is a directory", only(dir).problem());
        ReadResult blank = only(write("blank.txt", "\n\n   \n"));
        assertEquals("no article text found", blank.problem());
        assertEquals(dir.resolve("blank.txt").toString(), blank.input());
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        assertEquals("too large (104857600 bytes, limit " + ReadOptions.DEFAULT_MAX_FILE_BYTES + ")",
                only(huge).problem());
    }

    @Test
    void latin1AndWindows1256AreReadWithAWarning() throws IOException {
        ReadResult latin = only(write("fr.txt", TextDecoderTest.FRENCH.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(TextDecoderTest.FRENCH, latin.report().body());
        assertEquals(List.of("not UTF-8, read as windows-1252"), latin.warnings());

        ReadResult arabic = only(write("ar.txt", TextDecoderTest.ARABIC.getBytes(Charset.forName("windows-1256"))));
        assertEquals(TextDecoderTest.ARABIC, arabic.report().body());
        assertEquals(List.of("not UTF-8, read as windows-1256"), arabic.warnings());
    }

    /** Issue 18: the paragraph with a bad byte was garbled into "©" and then dropped as a copyright line. */
    @Test
    void aFewBadBytesInUtf8AreReplacedWithAWarningNamingThem() throws IOException {
        byte[] arabic = TextDecoderTest.ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(arabic, arabic.length + 1);
        bytes[arabic.length] = (byte) 0xA9;
        ReadResult r = only(write("ar.txt", bytes));
        assertEquals(TextDecoderTest.ARABIC + "\uFFFD", r.report().body());
        assertEquals(List.of("UTF-8 but for 1 byte (at byte " + arabic.length + "), replaced by U+FFFD"),
                r.warnings());
    }

    @Test
    void theFallbackDateOnlyFillsAMissingDate() throws IOException {
        LocalDate given = LocalDate.of(2018, 3, 10);
        ReportReader withDate = new ReportReader(ReadOptions.defaults().withFallbackDate(given));
        Path undated = write("undated.txt", ARTICLE);
        Path dated = write("dated.txt", "Front Notes, March 2, 2018\n\n" + ARTICLE);
        assertEquals(given, withDate.read(undated).get(0).report().published());
        assertEquals(LocalDate.of(2018, 3, 2), withDate.read(dated).get(0).report().published());
        assertNull(reader.read(undated).get(0).report().published(), "never today's date nor the mtime");
    }

    @Test
    void inputsAreReadInOrderDirectoriesSortedAndFailuresDoNotStopTheBatch() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("b.txt"), ARTICLE);
        Files.writeString(folder.resolve("a.txt"), ARTICLE);
        Files.writeString(folder.resolve(".hidden.txt"), ARTICLE);
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub").resolve("c.txt"), ARTICLE);
        Path empty = write("empty.txt", new byte[0]);

        List<ReadResult> results = new InputReports(ReadOptions.defaults())
                .read(List.of(empty.toString(), folder.toString(), dir.resolve("nope.txt").toString())).toList();

        assertEquals(List.of("empty.txt", "a.txt", "b.txt", "c.txt", "nope.txt"),
                results.stream().map(r -> Path.of(r.input()).getFileName().toString()).toList());
        assertFalse(results.get(0).ok());
        assertTrue(results.get(1).ok() && results.get(2).ok() && results.get(3).ok());
        assertEquals(dir.resolve("nope.txt") + ": no such file", results.get(4).describeProblem());
    }

    @Test
    void nothingIsReadBeforeTheStreamIsConsumed() throws IOException {
        Path file = write("later.txt", ARTICLE);
        var results = new InputReports(ReadOptions.defaults()).read(List.of(file.toString()));
        Files.writeString(file, "Changed before reading.\n");
        assertEquals("Changed before reading.", results.toList().get(0).report().body());
    }
}
