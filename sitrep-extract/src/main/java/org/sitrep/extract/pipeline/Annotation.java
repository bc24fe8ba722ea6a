package org.sitrep.extract.pipeline;

/** What a stage adds to a document; later stages declare which of these they need. */
public enum Annotation {
    SENTENCES, DATELINE, TOKENS, ACTORS, ATTRIBUTION, DATES, CASUALTIES, TRIGGERS, PLACES, EVENTS, ALLOCATED, MERGED
}
