package org.sitrep.store.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sources to watch, as the user's file {@code <data>/sources.tsv}: one source a line, {@code
 * url TAB name TAB every TAB kind} (only the URL is required; {@code #} starts a comment). Edits
 * rewrite the file through a temporary file and a rename, so a reader never sees half of it; the
 * watcher rereads it when it changes.
 */
public final class SourceList {
    public static final String FILE_NAME = "sources.tsv";
    private static final String HEADER = "# Sources Sitrep watches (sitrep watch, serve --watch): "
            + "url<TAB>name<TAB>every (30s, 10m, 1h)<TAB>kind (feed or page)";

    private final Path file;

    public SourceList(Path file) {
        this.file = file;
    }

    public static SourceList inDataDir(Path dataDir) {
        return new SourceList(dataDir.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The sources, in file order; a line that cannot be read is an error naming the file and line. */
    public synchronized List<Source> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                Source s = parse(line);
                if (sources.stream().noneMatch(o -> o.url().equals(s.url()))) {
                    sources.add(s);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return sources;
    }

    private static Source parse(String line) {
        String[] cols = line.split("\t", -1);
        String name = cols.length > 1 ? cols[1] : null;
        String every = cols.length > 2 && !cols[2].isBlank() ? cols[2] : null;
        String kind = cols.length > 3 && !cols[3].isBlank() ? cols[3] : null;
        return new Source(cols[0], name, every == null ? null : Interval.parse(every),
                kind == null ? null : SourceKind.of(kind));
    }

    public Optional<Source> find(String url) {
        return read().stream().filter(s -> s.url().equals(url.strip())).findFirst();
    }

    /** Adds a source, or replaces the one with the same URL; returns whether it was new. */
    public synchronized boolean add(Source source) {
        List<Source> sources = new ArrayList<>(read());
        boolean isNew = sources.removeIf(s -> s.url().equals(source.url())) == false;
        sources.add(source);
        write(sources);
        return isNew;
    }

    /** Removes the source with this URL; false when the list has none. */
    public synchronized boolean remove(String url) {
        List<Source> sources = new ArrayList<>(read());
        if (!sources.removeIf(s -> s.url().equals(url.strip()))) {
            return false;
        }
        write(sources);
        return true;
    }

    private void write(List<Source> sources) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Source s : sources) {
            b.append(s.url()).append('\t').append(s.name()).append('\t').append(Interval.format(s.every()))
                    .append('\t').append(s.kind().label()).append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".sources", ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** When the file last changed (0 when it does not exist), for rereading only on change. */
    public long lastModified() {
        try {
            return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
