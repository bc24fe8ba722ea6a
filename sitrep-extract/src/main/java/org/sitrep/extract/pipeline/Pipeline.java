package org.sitrep.extract.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An ordered list of stages, checked at construction: each stage's needs are met by earlier stages. */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        Set<Annotation> have = EnumSet.noneOf(Annotation.class);
        for (Stage s : stages) {
            for (Annotation need : s.requires()) {
                if (!have.contains(need)) {
                    throw new IllegalArgumentException("stage " + s.name() + " needs " + need
                            + ", which no earlier stage provides");
                }
            }
            have.addAll(s.provides());
        }
        this.stages = List.copyOf(stages);
    }

    public List<String> names() {
        return stages.stream().map(Stage::name).toList();
    }

    /** Runs the stages that come before the one named {@code stage}: what that stage is given. */
    public void runBefore(Document doc, String stage) {
        if (!names().contains(stage)) {
            throw new IllegalArgumentException("no stage named " + stage + " in " + names());
        }
        for (Stage s : stages) {
            if (s.name().equals(stage)) {
                return;
            }
            s.apply(doc);
        }
    }

    public void run(Document doc) {
        for (Stage s : stages) {
            s.apply(doc);
        }
    }
}
