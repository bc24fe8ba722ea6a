package org.sitrep.extract.learn;

import java.util.List;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** The rules' extractor with the model's typing on top ({@link ModelTyper}). Thread-safe. */
public final class LearnedExtractor implements Extractor {
    private final Extractor rules;
    private final ModelTyper typer;

    public LearnedExtractor(Extractor rules, ModelTyper typer) {
        this.rules = rules;
        this.typer = typer;
    }

    @Override
    public List<Event> extract(Report report) {
        return typer.retype(report, rules.extract(report));
    }
}
