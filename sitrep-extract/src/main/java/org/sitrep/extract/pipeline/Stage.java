package org.sitrep.extract.pipeline;

import java.util.Set;
import org.sitrep.extract.lang.LanguageFile;

/**
 * One step of extraction over a document, as CoreNLP's annotators: it says what it needs, what it
 * adds and which of the language's data files it reads, so a pipeline can check its own order and
 * that the language it runs on supplies every file.
 */
public interface Stage {
    String name();

    Set<Annotation> requires();

    Set<Annotation> provides();

    /** The language's data files this stage and its collaborators read. */
    default Set<LanguageFile> reads() {
        return Set.of();
    }

    void apply(Document doc);
}
