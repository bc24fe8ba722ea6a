package org.sitrep.extract.event;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.extract.English;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.TestReports;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorMatcher;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.rules.Clauses;
import org.sitrep.extract.rules.FrameFilter;
import org.sitrep.extract.rules.Labels;
import org.sitrep.extract.rules.RoleFinder;
import org.sitrep.extract.rules.Roles;
import org.sitrep.extract.rules.Trigger;
import org.sitrep.model.Event;

/** Invented sentences analysed up to the event stage, over the fake geocoder's invented places. */
final class EventFixtures {
    static final LocalDate REPORT_DATE = LocalDate.of(2019, 3, 12);
    static final ActorDictionary ACTORS = ActorDictionary.bundled();
    static final FrameFilter FILTER = English.frameFilter();
    static final RuleEventTyper TYPER = new RuleEventTyper(FILTER, ACTORS, English.labels(), English.eventWords());
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(ACTORS, new FakeGeocoder());
    private static final RoleFinder ROLES = English.roleFinder(new ActorMatcher(ACTORS));

    private EventFixtures() {
    }

    /** The events of a report of the day {@link #REPORT_DATE} with this text. */
    static List<Event> extracted(String text) {
        return EXTRACTOR.extract(TestReports.of(text, REPORT_DATE));
    }

    /** The text as the event stage is given it. */
    static Document analysed(String text) {
        return EXTRACTOR.analyseBefore(TestReports.of(text, REPORT_DATE), "events");
    }

    /** What a typer is told of the trigger of sentence {@code sentence} whose text contains {@code words}. */
    static TriggerEvidence evidence(Document doc, int sentence, String words) {
        SentenceParts p = parts(doc, sentence, words);
        FrameFilter.Verdict verdict = FILTER.judge(p.s.text(), p.s.tokens, p.trigger, p.clauseStart, p.clauseEnd);
        Roles roles = ROLES.find(p.s.text(), p.s.actors, p.s.triggers, p.trigger, p.clauseStart, p.clauseEnd, p.clauses);
        return new TriggerEvidence(doc, sentence, p.trigger, p.clauseStart, p.clauseEnd, verdict, roles);
    }

    /** The evidence of the first sentence's trigger that contains {@code words}. */
    static TriggerEvidence evidence(String text, String words) {
        return evidence(analysed(text), 0, words);
    }

    record SentenceParts(SentenceAnalysis s, Trigger trigger, Clauses clauses, int clauseStart, int clauseEnd) {
    }

    static SentenceParts parts(Document doc, int sentence, String words) {
        SentenceAnalysis s = doc.sentences.get(sentence);
        Trigger trigger = s.triggers.stream().filter(t -> t.text().toLowerCase().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no trigger with '" + words + "' in: " + s.text()
                        + " (triggers: " + s.triggers + ")"));
        Clauses clauses = Clauses.of(s.tokens, FILTER.clauseBreaks());
        return new SentenceParts(s, trigger, clauses, clauses.startOf(trigger.start()),
                clauses.endOf(trigger.end(), s.text().length()));
    }

    static List<SentenceAnalysis> sentences(String text) {
        return analysed(text).sentences;
    }
}
