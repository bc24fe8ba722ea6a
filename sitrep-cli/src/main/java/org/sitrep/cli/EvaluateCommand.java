package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.learn.AcledRecord;
import org.sitrep.extract.learn.AcledRecords;
import org.sitrep.extract.learn.ClassifierEvaluation;
import org.sitrep.extract.learn.EventModel;
import org.sitrep.extract.learn.EventModel.Head;
import org.sitrep.extract.learn.ExtractionEvaluation;
import org.sitrep.extract.learn.GazetteerCoverage;
import org.sitrep.extract.learn.Folds;
import org.sitrep.extract.learn.ModelChoice;
import org.sitrep.extract.learn.Trainer;
import org.sitrep.gazetteer.Gazetteers;
import org.sitrep.ingest.CorpusLineReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.ReadResult;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep evaluate}: Sitrep's extraction scored against a user's own ACLED-coded records, the
 * way the shared scorer's {@code acled} mode scores it; with {@code --folds K}, k-fold
 * cross-validation of the learned layer (each fold's notes extracted with a model that never saw
 * them).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the extraction against ACLED-coded records (event type, territory, actor sides, "
                + "location within 10 km, fatalities), each distinct note one report.",
                "--reviewed scores it against the events analysts reviewed in the store.",
                "--folds K cross-validates the learned layer: K models, each trained on the other folds' notes, "
                        + "each extracting its own held-out fold. Figures on notes a model was trained on are "
                        + "not measures."})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    /** --gazetteer, --actors, --threads and the model choice, as extract and ingest take them. */
    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--acled", paramLabel = "FILE.csv", description = "ACLED-format CSV records.")
    Path acled;

    @Option(names = "--reviewed", description = "Score against every event analysts have reviewed in the store "
            + "(the data directory's, or --db): the product measuring itself on its users' decisions.")
    boolean reviewed;

    @Mixin
    StoreOption db;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate with K folds (trains K models).")
    Integer folds;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the fold split (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (folds != null && (extraction.model.model != null || extraction.model.noModel)) {
            throw new IllegalArgumentException("--folds trains its own models: it takes neither --model nor --no-model");
        }
        if ((acled == null) == !reviewed) {
            throw new IllegalArgumentException("give either --acled FILE.csv or --reviewed");
        }
        if (reviewed) {
            acled = ReviewedRecords.write(db, data);
            acled.toFile().deleteOnExit();
        }
        List<AcledRecord> records = AcledRecords.read(acled);
        List<List<AcledRecord>> notes = AcledRecords.byNote(records);
        out.printf(Locale.ROOT, "evaluate: %s: %,d records, %,d distinct notes (one report each)%n",
                acled.getFileName(), records.size(), notes.size());
        GazetteerCoverage coverage = new GazetteerCoverage(Gazetteers.load(data.dataDir(), extraction.gazetteers));
        notes.forEach(coverage::add);
        out.println(coverage.summary());
        out.flush();
        long t0 = System.nanoTime();
        List<Report> reports = reports(notes);
        ExtractionEvaluation rulesOnly = new ExtractionEvaluation();
        List<List<Event>> ruleEvents = extract(
                Extractors.load(data.dataDir(), extraction.gazetteers, extraction.actors), reports);
        for (int i = 0; i < notes.size(); i++) {
            rulesOnly.add(notes.get(i), ruleEvents.get(i));
        }
        err.printf(Locale.ROOT, "evaluate: rules extracted %,d notes in %.1f s%n", notes.size(), (System.nanoTime() - t0) / 1e9);
        if (folds != null) {
            crossValidate(notes, reports, rulesOnly, out, err);
            return 0;
        }
        EventModel model = extraction.model.load(data.dataDir());
        out.println("rules only:");
        print(rulesOnly, out);
        if (model == null) {
            return 0;
        }
        if (model.trainedOn().contains(acled.getFileName().toString())) {
            out.println("warning: the model was trained on " + acled.getFileName()
                    + ": figures on its own training records are not measures (use --folds K)");
        }
        ExtractionEvaluation withModel = new ExtractionEvaluation();
        List<List<Event>> modelEvents = extract(
                Extractors.load(data.dataDir(), extraction.gazetteers, extraction.actors, ModelChoice.typing(model)),
                reports);
        for (int i = 0; i < notes.size(); i++) {
            withModel.add(notes.get(i), modelEvents.get(i));
        }
        out.println("rules + model (" + model.trainedOn() + "):");
        print(withModel, out);
        return 0;
    }

    private void crossValidate(List<List<AcledRecord>> notes, List<Report> reports, ExtractionEvaluation rulesOnly,
                               PrintWriter out, PrintWriter err) throws IOException {
        Folds<Integer> split = new Folds<>(IntStream.range(0, notes.size()).boxed().toList(), folds, seed);
        ExtractionEvaluation withModel = new ExtractionEvaluation();
        Map<Head, ClassifierEvaluation> classifier = new EnumMap<>(Head.class);
        for (Head h : Head.values()) {
            classifier.put(h, new ClassifierEvaluation(h));
        }
        for (int f = 0; f < split.count(); f++) {
            long t = System.nanoTime();
            List<List<AcledRecord>> training = split.training(f).stream().map(notes::get).toList();
            EventModel model = Trainer.standard(null).train(training, "fold " + (f + 1));
            List<Integer> heldOut = split.heldOut(f);
            classifier.values().forEach(c -> c.add(model, heldOut.stream().map(notes::get).toList()));
            List<List<Event>> events = extract(Extractors.load(data.dataDir(), extraction.gazetteers, extraction.actors,
                    ModelChoice.typing(model)), heldOut.stream().map(reports::get).toList());
            for (int j = 0; j < heldOut.size(); j++) {
                withModel.add(notes.get(heldOut.get(j)), events.get(j));
            }
            err.printf(Locale.ROOT, "evaluate: fold %d/%d: trained on %,d notes, extracted and scored %,d held out, %.1f s%n",
                    f + 1, split.count(), training.size(), heldOut.size(), (System.nanoTime() - t) / 1e9);
            err.flush();
        }
        out.printf(Locale.ROOT, "classifier, %d-fold cross-validated (held-out notes only, seed %d):%n", folds, seed);
        for (ClassifierEvaluation c : classifier.values()) {
            if (c.notes() == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-15s accuracy %.3f macro-F1 %.3f (%,d notes)%n", c.head().key(), c.accuracy(),
                    c.macroF1(), c.notes());
            for (String label : c.labels()) {
                out.printf(Locale.ROOT, "    %-36s F1 %.3f (%,d)%n", label, c.f1(label), c.support(label));
            }
        }
        out.println("rules only:");
        print(rulesOnly, out);
        out.printf(Locale.ROOT, "rules + model, %d-fold cross-validated:%n", folds);
        print(withModel, out);
    }

    private static void print(ExtractionEvaluation e, PrintWriter out) {
        java.io.StringWriter s = new java.io.StringWriter();
        e.print(new PrintWriter(s));
        for (String line : s.toString().split("\n")) {
            out.println("  " + line);
        }
        out.flush();
    }

    /** Each note as the input report the shared corpus files make of it: id "acled-DATA_ID", its date, its text. */
    private static List<Report> reports(List<List<AcledRecord>> notes) {
        ObjectMapper json = new ObjectMapper();
        CorpusLineReader reader = new CorpusLineReader(ReadOptions.defaults());
        List<Report> out = new ArrayList<>(notes.size());
        for (List<AcledRecord> note : notes) {
            AcledRecord first = note.get(0);
            ObjectNode line = json.createObjectNode();
            line.put("id", "acled-" + first.id());
            if (first.date() != null) {
                line.put("date", first.date());
            }
            line.put("text", first.notes());
            ReadResult r = reader.read("acled-" + first.id(), "acled-" + first.id(), line.toString());
            if (!r.ok()) {
                throw new IllegalArgumentException("note " + first.id() + ": " + r.describeProblem());
            }
            out.add(r.report());
        }
        return out;
    }

    private List<List<Event>> extract(RuleBasedExtractor extractor, List<Report> reports) {
        List<List<Event>> out = new ArrayList<>(reports.size());
        try (ParallelExtraction parallel = new ParallelExtraction(extractor, extraction.threads())) {
            parallel.run(reports.stream().map(r -> ReadResult.of(r.id(), r, List.of())), outcome -> {
                if (outcome.failure() != null) {
                    throw new IllegalStateException(outcome.read().input() + ": extraction failed: " + outcome.failure());
                }
                out.add(outcome.events());
            });
        }
        return out;
    }
}
