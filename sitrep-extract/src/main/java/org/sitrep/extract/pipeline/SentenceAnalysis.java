package org.sitrep.extract.pipeline;

import java.util.List;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.attribution.Claim;
import org.sitrep.extract.count.Casualties;
import org.sitrep.extract.place.PlaceMention;
import org.sitrep.extract.rules.Trigger;
import org.sitrep.extract.text.Sentence;
import org.sitrep.extract.text.Token;
import org.sitrep.extract.time.DateMention;
import org.sitrep.extract.time.EventDate;

/** What the stages found in one sentence; each stage fills its own fields. */
public final class SentenceAnalysis {
    public final Sentence sentence;
    public List<Token> tokens = List.of();
    public List<ActorMention> actors = List.of();
    public Claim claim;
    public List<DateMention> dates = List.of();
    /** Years and months without a day, ended well before the report ("in 2016"): history. */
    public List<DateMention> pastTimes = List.of();
    /** The date of the sentence's events: its own leading date, else the narrative's. */
    public EventDate date = EventDate.UNKNOWN;
    public Casualties casualties;
    public List<Trigger> triggers = List.of();
    public List<PlaceMention> places = List.of();

    public SentenceAnalysis(Sentence sentence) {
        this.sentence = sentence;
    }

    public String text() {
        return sentence.text();
    }
}
