package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.Boilerplate;
import org.sitrep.ingest.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How the commands that take reports ({@code read}, and those that extract or store) read their
 * inputs: {@code --date}, {@code --boilerplate}, {@code --max-size}. A picocli mixin.
 */
public final class InputOptions {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "Publication date of reports that give none (never guessed otherwise).")
    LocalDate date;

    @Option(names = "--boilerplate", paramLabel = "FILE",
            description = "More boilerplate patterns, one regex per line, same format as the built-in "
                    + "org/sitrep/ingest/boilerplate.txt (repeatable).")
    List<Path> boilerplate = new ArrayList<>();

    @Option(names = "--max-size", paramLabel = "BYTES",
            description = "Refuse local files larger than this (default: ${DEFAULT-VALUE}).")
    long maxSize = ReadOptions.DEFAULT_MAX_FILE_BYTES;

    /** The reading options these flags ask for; a bad boilerplate file is a parameter error. */
    public ReadOptions readOptions(CommandLine cli) {
        Boilerplate patterns = Boilerplate.defaults();
        for (Path file : boilerplate) {
            try {
                patterns = patterns.with(file);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(cli, "cannot read --boilerplate " + file + ": " + e);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cli, e.getMessage());
            }
        }
        return ReadOptions.defaults().withBoilerplate(patterns).withMaxFileBytes(maxSize).withFallbackDate(date);
    }

    /** Parses --date strictly as an ISO date. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date as YYYY-MM-DD");
            }
        }
    }
}
