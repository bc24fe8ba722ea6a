package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.extract.learn.AcledRecord;
import org.sitrep.extract.learn.AcledRecords;
import org.sitrep.extract.learn.EventModel;
import org.sitrep.extract.learn.ModelFile;
import org.sitrep.extract.learn.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep train}: a model from ACLED-coded records and analysts' corrections. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the learned layer (event type, sub-event type, change of control) from ACLED-format "
                + "CSV records: the 'notes' text with its 'event_type' and, where present, 'sub_event_type' "
                + "(old and current ACLED types).",
                "The model holds weights of hashed features only, never the records' text."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--acled", arity = "1..*", required = true, paramLabel = "FILE.csv",
            description = "ACLED-format CSV files to learn from.")
    List<Path> acled = new ArrayList<>();

    @Option(names = "--corrections", arity = "1..*", paramLabel = "FILE.csv",
            description = "Analysts' corrections in the same form (review's 'export --format training'); "
                    + "a corrected note replaces the records of the same note.")
    List<Path> corrections = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "The model file to write.")
    Path out;

    @Option(names = "--cost", paramLabel = "C", description = "liblinear's cost C (default ${DEFAULT-VALUE}).")
    double cost = 4.0;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        List<String> described = new ArrayList<>();
        List<AcledRecord> records = new ArrayList<>();
        for (Path f : acled) {
            List<AcledRecord> rs = AcledRecords.read(f);
            records.addAll(rs);
            described.add(String.format(Locale.ROOT, "%s (%d records)", f.getFileName(), rs.size()));
        }
        Map<String, List<AcledRecord>> byNote = new LinkedHashMap<>();
        for (List<AcledRecord> note : AcledRecords.byNote(records)) {
            byNote.put(note.get(0).notes(), note);
        }
        int replaced = 0;
        for (Path f : corrections) {
            List<AcledRecord> rs = AcledRecords.read(f);
            described.add(String.format(Locale.ROOT, "corrections %s (%d records)", f.getFileName(), rs.size()));
            for (List<AcledRecord> note : AcledRecords.byNote(rs)) {
                if (byNote.put(note.get(0).notes(), note) != null) {
                    replaced++;
                }
            }
        }
        if (byNote.size() < 2) {
            throw new IllegalArgumentException("too few records to train on: " + byNote.size() + " note(s)");
        }
        err.printf(Locale.ROOT, "train: %,d records, %,d distinct notes%s%n", records.size(), byNote.size(),
                corrections.isEmpty() ? "" : String.format(Locale.ROOT, " (%d replaced by corrections)", replaced));
        EventModel model = new Trainer(org.sitrep.extract.learn.FeatureSpec.DEFAULT, cost, line -> {
            err.println(line);
            err.flush();
        }).train(new ArrayList<>(byNote.values()), String.join("; ", described));
        ModelFile.write(model, out);
        err.printf(Locale.ROOT, "train: wrote %s (%,d bytes) in %.1f s%n", out, Files.size(out),
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
