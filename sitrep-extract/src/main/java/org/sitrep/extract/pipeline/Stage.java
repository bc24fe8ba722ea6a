package org.sitrep.extract.pipeline;

import java.util.Set;

/**
 * One step of extraction over a document, as CoreNLP's annotators: it says what it needs and what
 * it adds, so a pipeline can check its own order.
 */
public interface Stage {
    String name();

    Set<Annotation> requires();

    Set<Annotation> provides();

    void apply(Document doc);
}
