package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The reports of a command line's inputs, in order and lazily: paths, directories (their regular
 * files, walked in sorted order, hidden ones skipped) and URLs. Each input that cannot be read
 * gives a failed result and the others are still read, so {@code read}, {@code extract} and
 * {@code ingest} treat inputs alike.
 */
public final class InputReports {
    private final ReportReader reader;

    public InputReports(ReadOptions options) {
        this.reader = new ReportReader(options);
    }

    /** Results in input order; nothing is read before the stream is consumed. */
    public Stream<ReadResult> read(List<String> inputs) {
        return inputs.stream().flatMap(this::expand);
    }

    /**
     * About how many reports the inputs hold (a corpus's non-blank lines, one per other file; an
     * input that cannot be read counts one), for a progress line; empty when a URL is among them.
     */
    public OptionalLong countReports(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (UrlFetcher.isUrl(input)) {
                return OptionalLong.empty();
            }
            Path path = Path.of(input);
            List<Path> files = Files.isDirectory(path) ? files(path) : List.of(path);
            total += files.isEmpty() ? 1 : files.stream().mapToLong(reader::countReports).sum();
        }
        return OptionalLong.of(total);
    }

    private Stream<ReadResult> expand(String input) {
        if (UrlFetcher.isUrl(input)) {
            return reader.stream(input);
        }
        Path path = Path.of(input);
        if (!Files.isDirectory(path)) {
            return reader.stream(path);
        }
        List<Path> files;
        try {
            files = files(path);
        } catch (UncheckedIOException e) {
            return Stream.of(ReadResult.failed(input, "cannot list directory: " + e.getCause().getMessage()));
        }
        if (files.isEmpty()) {
            return Stream.of(ReadResult.failed(input, "directory has no files"));
        }
        return files.stream().flatMap(reader::stream);
    }

    /** A directory's regular files, sorted, hidden ones skipped. */
    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !isHidden(dir, p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file or folder below the input whose name starts with a dot. */
    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
