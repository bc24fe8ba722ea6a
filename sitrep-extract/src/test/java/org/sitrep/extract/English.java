package org.sitrep.extract;

import org.sitrep.extract.attribution.AttributionFinder;
import org.sitrep.extract.count.CasualtyFinder;
import org.sitrep.extract.actor.ActorMatcher;
import org.sitrep.extract.count.CountWords;
import org.sitrep.extract.event.EventWords;
import org.sitrep.extract.event.Retellings;
import org.sitrep.extract.lang.Language;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.extract.rules.FrameFilter;
import org.sitrep.extract.rules.Labels;
import org.sitrep.extract.rules.RoleFinder;
import org.sitrep.extract.rules.TriggerLexicon;
import org.sitrep.extract.text.DateLines;
import org.sitrep.extract.text.SentenceSplitter;
import org.sitrep.extract.time.DateFinder;
import org.sitrep.extract.time.MonthNames;
import org.sitrep.extract.time.PastTimes;

/** The finders of the tests, built on the bundled English data as the extractor builds them. */
public final class English {
    public static final Language LANGUAGE = Language.english();

    private English() {
    }

    public static CountWords counts() {
        return new CountWords(LANGUAGE.lines(LanguageFile.NUMBERS));
    }

    public static CasualtyFinder casualtyFinder() {
        return new CasualtyFinder(LANGUAGE.lexicon(LanguageFile.CASUALTIES), counts(),
                new MonthNames(LANGUAGE.lexicon(LanguageFile.CALENDAR)));
    }

    public static DateFinder dateFinder() {
        return new DateFinder(LANGUAGE.lexicon(LanguageFile.CALENDAR));
    }

    public static PastTimes pastTimes() {
        return new PastTimes(LANGUAGE.lexicon(LanguageFile.CALENDAR));
    }

    public static FrameFilter frameFilter() {
        return new FrameFilter(LANGUAGE.lexicon(LanguageFile.MODALITY));
    }

    public static Labels labels() {
        return new Labels(LANGUAGE.lines(LanguageFile.LABELS));
    }

    public static Retellings retellings() {
        return new Retellings(LANGUAGE.lexicon(LanguageFile.CASUALTIES).list("additive-cue"),
                LANGUAGE.lexicon(LanguageFile.CASUALTIES).list("revision-cue"));
    }

    public static EventWords eventWords() {
        return new EventWords(LANGUAGE.lexicon(LanguageFile.EVENTS));
    }

    public static RoleFinder roleFinder(ActorMatcher matcher) {
        return new RoleFinder(matcher, LANGUAGE.lexicon(LanguageFile.ROLES));
    }

    public static TriggerLexicon triggers() {
        return new TriggerLexicon(LANGUAGE.lines(LanguageFile.TRIGGERS));
    }

    public static SentenceSplitter splitter() {
        return new SentenceSplitter(LANGUAGE.set(LanguageFile.ABBREVIATIONS),
                DateLines.of(LANGUAGE.lexicon(LanguageFile.CALENDAR)));
    }

    public static AttributionFinder attributionFinder() {
        return new AttributionFinder(LANGUAGE.lines(LanguageFile.ATTRIBUTION), Resources.lines("sources.tsv"));
    }
}
