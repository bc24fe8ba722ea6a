package org.sitrep.extract;

import java.util.List;
import java.util.function.UnaryOperator;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorMatcher;
import org.sitrep.extract.actor.DemonymUse;
import org.sitrep.extract.attribution.AttributionFinder;
import org.sitrep.extract.count.AllocationReader;
import org.sitrep.extract.count.CasualtyFinder;
import org.sitrep.extract.count.CountWords;
import org.sitrep.extract.event.Background;
import org.sitrep.extract.event.ClauseFramer;
import org.sitrep.extract.event.ConflictCountry;
import org.sitrep.extract.event.EventTyper;
import org.sitrep.extract.event.EventWords;
import org.sitrep.extract.event.HomeConflict;
import org.sitrep.extract.event.Retellings;
import org.sitrep.extract.event.RoleConventions;
import org.sitrep.extract.event.RuleEventTyper;
import org.sitrep.extract.event.SentencePlaces;
import org.sitrep.extract.lang.Language;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.lang.Lexicon;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.Pipeline;
import org.sitrep.extract.place.CachingGeocoder;
import org.sitrep.extract.place.PlaceFinder;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.extract.rules.FrameFilter;
import org.sitrep.extract.rules.Labels;
import org.sitrep.extract.rules.RoleFinder;
import org.sitrep.extract.rules.TriggerLexicon;
import org.sitrep.extract.stages.ActorStage;
import org.sitrep.extract.stages.AllocationStage;
import org.sitrep.extract.stages.AttributionStage;
import org.sitrep.extract.stages.CasualtyStage;
import org.sitrep.extract.stages.DateStage;
import org.sitrep.extract.stages.DatelineStage;
import org.sitrep.extract.stages.EventStage;
import org.sitrep.extract.stages.MergeStage;
import org.sitrep.extract.stages.PlaceStage;
import org.sitrep.extract.stages.SegmentStage;
import org.sitrep.extract.stages.TriggerStage;
import org.sitrep.extract.text.DateLines;
import org.sitrep.extract.text.SentenceSplitter;
import org.sitrep.extract.time.DateFinder;
import org.sitrep.extract.time.DatelineReader;
import org.sitrep.extract.time.MonthNames;
import org.sitrep.extract.time.PastTimes;
import org.sitrep.gazetteer.Geocoder;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/**
 * The extractor: a pipeline of rule stages over dictionaries and lexicons that are data files.
 * Built once (dictionaries compiled, lexicons loaded), then thread-safe: each report gets its own
 * {@link Document}.
 */
public final class RuleBasedExtractor implements Extractor {
    private final Pipeline pipeline;
    private final Language language;

    /** The extractor for English text. */
    public RuleBasedExtractor(ActorDictionary actors, Geocoder gazetteer) {
        this(Language.english(), actors, gazetteer);
    }

    /** @param language the words of the reports' language: its data files (lang/CODE/) */
    public RuleBasedExtractor(Language language, ActorDictionary actors, Geocoder gazetteer) {
        this(language, actors, gazetteer, UnaryOperator.identity());
    }

    /** For English text, the rules' event typer wrapped by {@code typing} (a learned typer weighs a model with it). */
    public RuleBasedExtractor(ActorDictionary actors, Geocoder gazetteer, UnaryOperator<EventTyper> typing) {
        this(Language.english(), actors, gazetteer, typing);
    }

    /**
     * @param language the words of the reports' language: its data files (lang/CODE/)
     * @param typing   wraps the rules' event typer; identity for rules only
     */
    public RuleBasedExtractor(Language language, ActorDictionary actors, Geocoder gazetteer,
                              UnaryOperator<EventTyper> typing) {
        ActorMatcher matcher = new ActorMatcher(actors);
        Geocoder geocoder = new CachingGeocoder(gazetteer);
        HomeConflict home = new HomeConflict(geocoder);
        FrameFilter filter = new FrameFilter(language.lexicon(LanguageFile.MODALITY));
        Labels labels = new Labels(language.lines(LanguageFile.LABELS));
        EventWords words = new EventWords(language.lexicon(LanguageFile.EVENTS));
        EventTyper typer = typing.apply(new RuleEventTyper(filter, actors, labels, words));
        CountWords counts = new CountWords(language.lines(LanguageFile.NUMBERS));
        Lexicon calendar = language.lexicon(LanguageFile.CALENDAR);
        this.language = language;
        this.pipeline = new Pipeline(List.of(
                new SegmentStage(new SentenceSplitter(language.set(LanguageFile.ABBREVIATIONS),
                        DateLines.of(calendar))),
                new DatelineStage(new DatelineReader(new DateFinder(calendar))),
                new ActorStage(matcher, demonymUse(language.lexicon(LanguageFile.EVENTS)), actors, home),
                new AttributionStage(new AttributionFinder(language.lines(LanguageFile.ATTRIBUTION),
                        Resources.lines("sources.tsv"))),
                new DateStage(new DateFinder(calendar), new PastTimes(calendar)),
                new CasualtyStage(new CasualtyFinder(language.lexicon(LanguageFile.CASUALTIES), counts,
                        new MonthNames(calendar))),
                new TriggerStage(new TriggerLexicon(language.lines(LanguageFile.TRIGGERS))),
                new PlaceStage(new PlaceFinder(geocoder, language.lexicon(LanguageFile.PLACES), actorNames(actors),
                        language.lexicon(LanguageFile.EVENTS).set("group-noun")), actors, home),
                eventStage(actors, new RoleFinder(matcher, language.lexicon(LanguageFile.ROLES)), geocoder, typer,
                        filter, labels, words, new Background(language.lines(LanguageFile.BACKGROUND)), home),
                new AllocationStage(new AllocationReader(counts)),
                new MergeStage(typer, new Retellings(language.lexicon(LanguageFile.CASUALTIES).list("additive-cue"),
                        language.lexicon(LanguageFile.CASUALTIES).list("revision-cue")))),
                language);
    }

    /** The adjectives of nationality, and the nouns they name people or a place before, not a state's forces. */
    private static DemonymUse demonymUse(Lexicon events) {
        java.util.Set<String> nouns = new java.util.HashSet<>(events.set("national-person"));
        nouns.addAll(events.set("scene-kind"));
        nouns.addAll(events.set("national-place"));
        return new DemonymUse(events.set("demonym"), nouns, events.set("national-force"));
    }

    /** Every actor's name and aliases: what names a group never names a place ("the Houthis"). */
    private static java.util.Set<String> actorNames(ActorDictionary actors) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (org.sitrep.extract.actor.ActorEntry e : actors.entries()) {
            names.add(e.name());
            names.addAll(e.aliases());
        }
        return names;
    }

    private static EventStage eventStage(ActorDictionary actors, RoleFinder roles, Geocoder geocoder,
                                         EventTyper typer, FrameFilter filter, Labels labels, EventWords words,
                                         Background background, HomeConflict home) {
        PlaceResolver places = new PlaceResolver(geocoder);
        ClauseFramer framer = new ClauseFramer(filter, roles, typer, new RoleConventions(actors), words);
        return new EventStage(actors, typer, framer, new ConflictCountry(places, words, actors, home), new SentencePlaces(places, words),
                labels, filter.clauseBreaks(), background, words);
    }

    /** The stages in order, each with what it needs, adds and reads (for a user who asks what runs). */
    public List<String> explain() {
        return pipeline.describe(language);
    }

    /** The stages in order, by name (for a user who asks what runs). */
    public List<String> stages() {
        return pipeline.names();
    }

    /** The report as the stage named {@code stage} is given it (to test or explain one stage). */
    public Document analyseBefore(Report report, String stage) {
        Document doc = new Document(report);
        pipeline.runBefore(doc, stage);
        return doc;
    }

    @Override
    public List<Event> extract(Report report) {
        Document doc = new Document(report);
        pipeline.run(doc);
        return List.copyOf(doc.events);
    }
}
