package org.sitrep.extract.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.lang.Language;
import org.sitrep.extract.lang.LanguageFile;

/**
 * An ordered list of stages, checked at construction: each stage's needs are met by earlier stages,
 * and the language supplies every data file a stage reads.
 */
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

    /**
     * The same, over {@code language}'s data.
     *
     * @throws IllegalArgumentException naming the stage, the language and the file a stage reads that
     *                                  the language lacks
     */
    public Pipeline(List<Stage> stages, Language language) {
        this(stages);
        for (Stage s : stages) {
            for (LanguageFile file : s.reads()) {
                if (!language.has(file)) {
                    throw new IllegalArgumentException("stage " + s.name() + " reads " + language.path(file)
                            + ", which language " + language.code() + " does not supply");
                }
            }
        }
    }

    /** Each stage with what it needs, adds and reads: "casualties  needs SENTENCES, TOKENS  adds …". */
    public List<String> describe(Language language) {
        return stages.stream().map(s -> String.format("%-12s needs %s; adds %s; reads %s", s.name(),
                sorted(s.requires()), sorted(s.provides()),
                s.reads().isEmpty() ? "-" : String.join(", ", s.reads().stream().sorted()
                        .map(language::path).toList()))).toList();
    }

    private static String sorted(Set<Annotation> annotations) {
        return annotations.isEmpty() ? "-" : String.join(", ", annotations.stream().sorted().map(Enum::name).toList());
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
