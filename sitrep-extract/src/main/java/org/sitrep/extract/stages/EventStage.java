package org.sitrep.extract.stages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.actor.ActorResolver;
import org.sitrep.extract.event.Background;
import org.sitrep.extract.event.ClauseFramer;
import org.sitrep.extract.event.ConflictCountry;
import org.sitrep.extract.event.EventTyper;
import org.sitrep.extract.event.EventWords;
import org.sitrep.extract.event.LossAssigner;
import org.sitrep.extract.event.OrphanSentences;
import org.sitrep.extract.event.ParagraphContext;
import org.sitrep.extract.event.SentencePlaces;
import org.sitrep.extract.event.TrailingPlace;
import org.sitrep.extract.event.SpeakersForces;
import org.sitrep.extract.event.UnknownGroups;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.pipeline.Annotation;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.pipeline.SentenceAnalysis;
import org.sitrep.extract.pipeline.Stage;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.rules.Clauses;
import org.sitrep.extract.rules.Draft;
import org.sitrep.extract.rules.Labels;
import org.sitrep.extract.rules.Trigger;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

/**
 * Assembles events sentence by sentence, in the paragraph's context: each trigger becomes events
 * ({@link ClauseFramer}), a coder's labelled note one event of its label, a sentence of losses alone
 * an event or the losses of the last one. The decisions are the collaborators' (package
 * {@code org.sitrep.extract.event}); this is the loop.
 */
public final class EventStage implements Stage {
    private final ActorDictionary dictionary;
    private final EventTyper typer;
    private final ClauseFramer framer;
    private final ConflictCountry countries;
    private final SentencePlaces places;
    private final UnknownGroups unknownGroups;
    private final SpeakersForces speakersForces;
    private final OrphanSentences orphans;
    private final LossAssigner losses;
    private final Labels labels;
    private final Set<String> clauseBreaks;
    private final Background background;

    public EventStage(ActorDictionary dictionary, EventTyper typer, ClauseFramer framer, ConflictCountry countries,
                      SentencePlaces places, Labels labels, Set<String> clauseBreaks, Background background,
                      EventWords words) {
        this.unknownGroups = new UnknownGroups(words);
        this.speakersForces = new SpeakersForces(words);
        this.dictionary = dictionary;
        this.typer = typer;
        this.framer = framer;
        this.countries = countries;
        this.places = places;
        this.orphans = new OrphanSentences(typer, words);
        this.losses = new LossAssigner(dictionary);
        this.labels = labels;
        this.clauseBreaks = clauseBreaks;
        this.background = background;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.ACTORS, Annotation.ATTRIBUTION, Annotation.DATES, Annotation.CASUALTIES,
                Annotation.TRIGGERS, Annotation.PLACES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.EVENTS);
    }

    @Override
    public Set<LanguageFile> reads() {
        return Set.of(LanguageFile.MODALITY, LanguageFile.LABELS, LanguageFile.EVENTS, LanguageFile.ROLES,
                LanguageFile.BACKGROUND);
    }

    @Override
    public void apply(Document doc) {
        ActorResolver resolver = new ActorResolver(dictionary);
        ParagraphContext ctx = new ParagraphContext(countries.ofReport(doc));
        for (int i = 0; i < doc.sentences.size(); i++) {
            SentenceAnalysis s = doc.sentences.get(i);
            ctx.enter(s.sentence.paragraph());
            countries.readSentence(s.text(), ctx);
            // places first: a sentence that alone says where ("in Manama") tells whose "regime" it is
            Map<PlaceMention, Location> located = places.locate(s, ctx);
            List<ActorMention> actors = parties(s, resolver, ctx.countryCode());
            List<Draft> made = new ArrayList<>();
            Clauses clauses = Clauses.of(s.tokens, clauseBreaks);
            SubEventType label = typer.labelled(s.text());
            boolean history = background.tells(s.text()); // the war's history or totals: no event, no losses
            if (ctx.opensLabelled(label) && !history) {
                for (Trigger t : s.triggers) {
                    framer.frame(doc, i, t, actors, clauses, located, ctx, resolver, made);
                }
            } // a coder's labelled note is one event: its other sentences describe it
            if (label != null) {
                made = labels.relabel(made, label, s, actors, located, ctx.region(), i);
            }
            if (!history) {
                if (made.isEmpty()) {
                    orphans.read(doc, s, i, actors, ctx, resolver, made);
                }
                losses.assign(s.casualties, made, ctx);
                TrailingPlace.refine(s, made, located, ctx);
            }
            doc.drafts.addAll(made);
            ctx.told(made);
            for (ActorMention m : actors) {
                resolver.remember(m.entry());
            }
            places.remember(located, ctx);
        }
    }

    /** The attribution closes its sentence: at most a few words ("on Monday") follow its cue. */
    private static boolean trailing(String sentence, int cueEnd) {
        String rest = sentence.substring(Math.min(cueEnd, sentence.length())).strip();
        return rest.isEmpty() || rest.split("\\s+").length <= TRAILING_WORDS;
    }

    private static final int TRAILING_WORDS = 4;

    /**
     * The sentence's actors resolved in context ("the army" of the country in context), less the
     * speaker of "HTS claimed that ..." (who says it need not be a party; who claims responsibility
     * is one), plus groups the
     * dictionary does not know.
     */
    private List<ActorMention> parties(SentenceAnalysis s, ActorResolver resolver, String country) {
        List<ActorMention> actors = new ArrayList<>();
        for (ActorMention m : s.actors) {
            actors.add(new ActorMention(resolver.resolve(m.entry(), m.text(), country), m.start(), m.end(), m.text()));
        }
        if (s.claim.source() != null && !s.claim.speakerActs()) {
            int cueEnd = s.claim.cueEnd();
            // a trailing "... the monitor said on Monday" removes the speaker only: what it tells keeps its actors
            int from = trailing(s.text(), cueEnd) ? s.claim.sourceStart() : 0;
            List<ActorMention> speakers = actors.stream().filter(m -> m.start() >= from && m.end() <= cueEnd).toList();
            actors.removeAll(speakers);
            // "the ministry said its forces captured X": the speaker's forces act
            List<ActorMention> own = speakersForces.find(s.text(), s.claim, speakers, actors);
            actors.removeIf(m -> own.stream().anyMatch(o -> m.start() < o.end() && o.start() < m.end()));
            actors.addAll(own);
        }
        actors.addAll(unknownGroups.find(s.text(), actors));
        actors.sort(Comparator.comparingInt(ActorMention::start));
        return actors;
    }
}
