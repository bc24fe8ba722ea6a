package org.sitrep.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.TestReports;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.event.RuleEventTyper;
import org.sitrep.extract.lang.Language;
import org.sitrep.extract.stages.MergeStage;
import org.sitrep.extract.stages.DateStage;
import org.sitrep.extract.stages.DatelineStage;
import org.sitrep.extract.time.DatelineReader;
import org.sitrep.extract.stages.SegmentStage;

class PipelineTest {
    /** A stage that notes when it runs. */
    private record Recording(String name, Set<Annotation> requires, Set<Annotation> provides, List<String> log)
            implements Stage {
        @Override
        public void apply(Document doc) {
            log.add(name);
        }
    }

    @Test
    void aStageWhoseNeedNoEarlierStageProvidesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(dateline())));
        assertTrue(e.getMessage().contains("dateline"), e.getMessage());
        assertTrue(e.getMessage().contains("SENTENCES"), e.getMessage());
    }

    @Test
    void theOrderMatters() {
        SegmentStage segment = new SegmentStage(English.splitter());
        DatelineStage dateline = dateline();
        DateStage dates = new DateStage(English.dateFinder(), English.pastTimes());
        assertEquals(List.of("segment", "dateline", "dates"), new Pipeline(List.of(segment, dateline, dates)).names());
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(dateline, segment, dates)));
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(segment, dates, dateline)));
    }

    @Test
    void aNeedProvidedByALaterStageIsStillMissing() {
        List<String> log = new ArrayList<>();
        Stage events = new Recording("events", Set.of(Annotation.PLACES), Set.of(Annotation.EVENTS), log);
        Stage places = new Recording("places", Set.of(), Set.of(Annotation.PLACES), log);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(events, places)));
        assertTrue(e.getMessage().contains("PLACES"), e.getMessage());
    }

    @Test
    void runningBeforeAStageRunsOnlyTheStagesAheadOfIt() {
        List<String> log = new ArrayList<>();
        Pipeline p = new Pipeline(List.of(
                new Recording("a", Set.of(), Set.of(Annotation.SENTENCES), log),
                new Recording("b", Set.of(Annotation.SENTENCES), Set.of(Annotation.DATES), log),
                new Recording("c", Set.of(Annotation.DATES), Set.of(), log)));
        p.runBefore(new Document(TestReports.of("Text.", null)), "c");
        assertEquals(List.of("a", "b"), log);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.runBefore(new Document(TestReports.of("Text.", null)), "z"));
        assertTrue(e.getMessage().contains("z"), e.getMessage());
    }

    @Test
    void stagesRunInTheirOrder() {
        List<String> log = new ArrayList<>();
        Pipeline p = new Pipeline(List.of(
                new Recording("a", Set.of(), Set.of(Annotation.SENTENCES), log),
                new Recording("b", Set.of(Annotation.SENTENCES), Set.of(Annotation.DATES), log),
                new Recording("c", Set.of(Annotation.SENTENCES, Annotation.DATES), Set.of(), log)));
        p.run(new Document(TestReports.of("Text.", null)));
        assertEquals(List.of("a", "b", "c"), log);
    }

    @Test
    void aStageReadingAFileTheLanguageLacksIsRefused() {
        List<Stage> stages = List.of(new SegmentStage(English.splitter()), dateline(),
                new DateStage(English.dateFinder(), English.pastTimes()));
        assertEquals(List.of("segment", "dateline", "dates"), new Pipeline(stages, Language.english()).names());
        // the test language zz supplies abbreviations.txt but no calendar.txt
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(stages, Language.bundled("zz")));
        assertEquals("stage segment reads lang/zz/calendar.txt, which language zz does not supply", e.getMessage());
    }

    @Test
    void mergingNeedsTheDeathsAllocatedFirst() {
        List<String> log = new ArrayList<>();
        Stage events = new Recording("events", Set.of(), Set.of(Annotation.EVENTS), log);
        Stage merge = new MergeStage(new RuleEventTyper(English.frameFilter(), ActorDictionary.bundled(),
                English.labels(), English.eventWords()), English.retellings());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(events, merge)));
        assertTrue(e.getMessage().contains("merge needs ALLOCATED"), e.getMessage());
        Stage allocation = new Recording("allocation", Set.of(Annotation.EVENTS), Set.of(Annotation.ALLOCATED), log);
        assertEquals(List.of("events", "allocation", "merge"), new Pipeline(List.of(events, allocation, merge)).names());
    }

    @Test
    void eachStageIsDescribedWithWhatItNeedsAddsAndReads() {
        Pipeline p = new Pipeline(List.of(new SegmentStage(English.splitter()), dateline(),
                new DateStage(English.dateFinder(), English.pastTimes())));
        assertEquals(List.of(
                "segment      needs -; adds SENTENCES, TOKENS; reads lang/en/abbreviations.txt, lang/en/calendar.txt",
                "dateline     needs SENTENCES; adds DATELINE; reads lang/en/calendar.txt",
                "dates        needs SENTENCES, DATELINE; adds DATES; reads lang/en/calendar.txt"),
                p.describe(Language.english()));
    }

    private static DatelineStage dateline() {
        return new DatelineStage(new DatelineReader(English.dateFinder()));
    }
}
