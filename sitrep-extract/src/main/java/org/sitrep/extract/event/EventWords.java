package org.sitrep.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.extract.lang.Lexicon;
import org.sitrep.extract.text.Token;

/**
 * The word patterns the event decision reads, built once per extractor from the language's
 * events.txt: aircraft, air support, sniper fire, raids, anaphora, ordinals, unknown groups' nouns.
 */
public final class EventWords {
    final Pattern airWords;
    final Pattern airSupport;
    final Pattern sniper;
    /** A crowd named as the other party of a fight: "clashes with residents", "between youths and". */
    final Pattern crowdParty;
    /** A crowd as the subject right before a fight verb: "Palestinian youths clashed with". */
    final Pattern crowdSubject;
    /** A crowd as the active subject right before an attack verb: "angry residents attacked". */
    final Pattern crowdAgent;
    /** A demonstration told: "protesters", "a march", "rallied". */
    final Pattern demonstration;
    /** A crowd that attacks: "a mob", "lynched", "villagers attacked". */
    final Pattern mobAct;
    /** Property destroyed, whoever did it: "torched", "set fire to". */
    final Pattern destruction;
    /** The means of policing a crowd: "tear gas", "rubber bullets", "water cannon". */
    final Pattern crowdControl;
    /** A munition named: "mortars", "air strikes", "barrel bombs". */
    final Pattern munition;
    /** A suicide trigger that names the person: "suicide bombers". */
    final Pattern bomber;
    /** People right after a taking ("captured 3 fighters"), or as its passive subject ("two others were"). */
    final Pattern captiveAfter;
    final Pattern captiveBefore;
    /** An attack one side makes on another, not a mutual fight. */
    final Pattern oneSidedAttack;
    /** A raid not said to be from the air. */
    final Pattern raid;
    /** A bombing at a site: "the bombing at a market". */
    final Pattern bombingAt;
    final Pattern there;
    /** Opens a clause dated by the clause before it: "..., when". */
    final Pattern sameTime;
    final Pattern pronounOpening;
    /** "during the clashes": a battle already told, not a new one. */
    final Pattern anaphoric;
    final Pattern ordinal;
    final Pattern unknownGroup;
    /** "In Nigeria, ...": the country a sentence opens with. */
    final Pattern inCountry;
    /**
     * What ends the text before a place named as a scene: "Police in ", "in the capital ", "near
     * Yemen's port city of ", not "after " (a capital for its government).
     */
    final Pattern sceneBefore;
    /** What follows "seized" when it takes goods, not a place: "seized an IED cache". */
    final Pattern seizedGoods;
    /** A seizing verb a few words before a weapon word: "seized an IED", "defused two IEDs". */
    final Pattern seizedBefore;
    /** What stands between a site and the place it lies in: " district in the city of ". */
    final Pattern siteInside;
    /** "an attack", "the attacks": an act named without its weapon. */
    final Pattern attackNoun;
    /** A speaker's own forces named by a possessive: "its forces", "their fighters", "our troops". */
    final Pattern ownForces;
    /** A country's people named as people ("Bahrainis", "Yemenis"), lower case, to the country's code. */
    final Map<String, String> nationals;
    /** The same in the singular, as adjectives: a person named by them ("a Palestinian man") tells the country too. */
    private final Map<String, String> nationalAdjectives;
    /** People an adjective of nationality names as people, not as the adjective of a force ("a Syrian woman"). */
    private final Set<String> nationalPersons;

    public EventWords(Lexicon lx) {
        airWords = Pattern.compile(words(lx, "air-word"), Pattern.CASE_INSENSITIVE);
        airSupport = Pattern.compile(words(lx, "air-support"), Pattern.CASE_INSENSITIVE);
        sniper = Pattern.compile(words(lx, "sniper"), Pattern.CASE_INSENSITIVE);
        oneSidedAttack = Pattern.compile(words(lx, "one-sided-attack"), Pattern.CASE_INSENSITIVE);
        siteInside = Pattern.compile("^\\s*(?:[\\p{L}-]+\\s+)?" + lx.alternation("site-inside")
                + "\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+of\\s+)?$", Pattern.CASE_INSENSITIVE);
        attackNoun = Pattern.compile(words(lx, "attack-noun") + "$", Pattern.CASE_INSENSITIVE);
        String crowd = words(lx, "crowd");
        demonstration = Pattern.compile(words(lx, "demonstration"), Pattern.CASE_INSENSITIVE);
        destruction = Pattern.compile(words(lx, "destruction"), Pattern.CASE_INSENSITIVE);
        crowdControl = Pattern.compile(words(lx, "crowd-control"), Pattern.CASE_INSENSITIVE);
        munition = Pattern.compile(words(lx, "munition"), Pattern.CASE_INSENSITIVE);
        bomber = Pattern.compile(words(lx, "bomber"), Pattern.CASE_INSENSITIVE);
        String captive = words(lx, "captive");
        captiveAfter = Pattern.compile("^\\s+(?:[\\w'’-]+\\s+){0,3}?" + captive, Pattern.CASE_INSENSITIVE);
        captiveBefore = Pattern.compile(captive + "\\s+(?:were|was|had been|have been)\\s+(?:\\w+\\s+)?$",
                Pattern.CASE_INSENSITIVE);
        String quantified = "(?:" + lx.alternation("crowd-quantifier") + "\\s+){0,4}";
        crowdParty = Pattern.compile("\\b(?:with|between)\\s+" + quantified + crowd
                + "|\\bbetween\\s+(?:[\\w-]+\\s+){1,4}?and\\s+" + quantified + crowd, Pattern.CASE_INSENSITIVE);
        // "youths clashed with", "Palestinians were injured in clashes with": the crowd fought
        String crowdAsSubject = crowd + "(?:\\s+" + words(lx, "crowd-person") + ")?"
                + "\\s+(?:(?:have|had|also|reportedly|then|later)\\s+)*";
        crowdAgent = Pattern.compile(crowdAsSubject + "$", Pattern.CASE_INSENSITIVE);
        mobAct = Pattern.compile(words(lx, "mob") + "|" + crowdAsSubject + words(lx, "one-sided-attack"),
                Pattern.CASE_INSENSITIVE);
        crowdSubject = Pattern.compile(crowd + "(?:\\s+" + words(lx, "crowd-person") + ")?"
                + "\\s+(?:\\w+day\\s+)?(?:(?:have|had|also|reportedly|then)\\s+)*"
                // "a local teenager was badly hurt in the leg by rubber bullets during clashes"
                + "(?:(?:were|was)\\s+(?:[\\w,'-]+\\s+){0,12}?(?:in|during)\\s+(?:the\\s+)?(?:\\w+\\s+)?)?$",
                Pattern.CASE_INSENSITIVE);
        raid = Pattern.compile("^(?!.*\\b" + lx.alternation("raid-air") + ").*" + words(lx, "raid"),
                Pattern.CASE_INSENSITIVE);
        there = Pattern.compile(words(lx, "there"), Pattern.CASE_INSENSITIVE);
        sameTime = Pattern.compile("\\s*,?\\s*" + words(lx, "same-time"), Pattern.CASE_INSENSITIVE);
        bombingAt = Pattern.compile(words(lx, "bombing-at"), Pattern.CASE_INSENSITIVE);
        pronounOpening = Pattern.compile("^" + lx.alternation("pronoun-opening") + " ");
        anaphoric = Pattern.compile("(?i)(?:\\b" + lx.alternation("anaphor-preposition") + " "
                + lx.alternation("anaphor-determiner") + " (?:\\w+ )?"
                + "|^(?-i:" + String.join("|", lx.list("anaphor-opening")) + ") (?-i:[a-z]+ )?)$");
        ordinal = Pattern.compile("^(?:the )?" + lx.alternation("ordinal") + "(?: " + lx.alternation("ordinal-noun")
                + ")?\\b", Pattern.CASE_INSENSITIVE);
        unknownGroup = Pattern.compile(
                "\\b((?:\\p{Lu}[\\p{L}'’-]+|al-\\p{Lu}[\\p{L}'’-]*)(?: (?:\\p{Lu}[\\p{L}'’-]+|al-\\p{Lu}[\\p{L}'’-]*)){0,4}) "
                        + words(lx, "group-noun"));
        ownForces = Pattern.compile("\\b" + lx.alternation("speaker-possessive") + "\\s+(?:own\\s+)?"
                + words(lx, "force-noun"), Pattern.CASE_INSENSITIVE);
        nationals = new HashMap<>();
        nationalAdjectives = new HashMap<>();
        for (String line : lx.list("nationals")) { // "BH bahrainis"
            String[] f = line.strip().split("\\s+");
            for (int i = 1; i < f.length; i++) {
                String plural = f[i].toLowerCase(Locale.ROOT);
                nationals.put(plural, f[0]);
                nationalAdjectives.put(plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural, f[0]);
            }
        }
        nationalPersons = lx.set("national-person");
        sceneBefore = Pattern.compile("(?i:\\b" + lx.alternation("scene-before") + "\\s+(?:the\\s+)?)"
                + "(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}" // "in the Sudanese ", "near Yemen's "
                + "(?i:(?:(?:" + lx.alternation("scene-kind") + ")\\s+){1,2}(?:of\\s+)?)?$");
        // "In Nigeria,", "In South Sudan,", "In the Democratic Republic of Congo,"
        inCountry = Pattern.compile("\\b" + lx.alternation("country-opening")
                + " (?:the )?([A-Z][a-z]+(?: (?:of (?:the )?)?[A-Z][a-z]+){0,4}),");
        seizedBefore = Pattern.compile(words(lx, "seizing") + "(?:\\s+[\\w'’-]+){0,3}?\\s+$", Pattern.CASE_INSENSITIVE);
        seizedGoods = Pattern.compile("^\\s+(?:[\\w'’-]+\\s+){0,3}?" + words(lx, "seized-goods"),
                Pattern.CASE_INSENSITIVE);
    }

    /** The section's entries as whole words: {@code \b(?:a|b)\b}. */
    private static String words(Lexicon lx, String section) {
        List<String> entries = lx.list(section);
        return "\\b(?:" + String.join("|", entries) + ")\\b";
    }

    /**
     * The country whose people the token at {@code at} names ("Yemenis", "a Palestinian man",
     * "two Iraqi civilians"), or null.
     */
    String national(List<Token> tokens, int at) {
        String word = tokens.get(at).lower();
        String code = nationals.get(word);
        if (code != null || at + 1 >= tokens.size()) {
            return code;
        }
        code = nationalAdjectives.get(word);
        return code != null && nationalPersons.contains(tokens.get(at + 1).lower()) ? code : null;
    }
}
