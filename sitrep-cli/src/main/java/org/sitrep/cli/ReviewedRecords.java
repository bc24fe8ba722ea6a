package org.sitrep.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.server.Filters;
import org.sitrep.server.ReviewFilters;
import org.sitrep.server.export.ExportFormat;
import org.sitrep.server.export.Exporter;
import org.sitrep.store.Store;

/**
 * The events analysts reviewed in a store, as ACLED-form training records (the evidence sentence as
 * {@code notes}): what {@code evaluate --reviewed} scores the extractor against, the same records
 * {@code export --format training} writes.
 */
final class ReviewedRecords {
    private ReviewedRecords() {
    }

    /** Writes them to a temporary CSV file and returns its path. */
    static Path write(StoreOption db, DataDirOption data) throws IOException {
        Path csv = Files.createTempFile("sitrep-reviewed-", ".csv");
        try (Store store = db.open(data);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv))) {
            ActorDictionary actors = ActorDictionary.load(Extractors.userActorFiles(data.dataDir()));
            new Exporter(store, () -> actors).export(Filters.eventQuery(Map.of()), ReviewFilters.of(Map.of()),
                    ExportFormat.TRAINING, out);
        }
        return csv;
    }
}
