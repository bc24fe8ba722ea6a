package org.sitrep.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.FakeGeocoder;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.extract.TestReports;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.event.EventTyper;
import org.sitrep.extract.event.TriggerEvidence;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.rules.TriggerCategory;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

class LearnedEventTyperTest {
    private static final LocalDate DATE = LocalDate.of(2018, 11, 20);
    private static final String[] PLACES = {"Ain Zara", "Tel Hamra", "Kafr Nouri", "Wadi Sabir", "Umm Batna",
        "Deir Saleh", "Bir Hasan", "Marj Yassin"};

    /** Notes written for this test: "chased them out" tells a change of control, a plain clash none. */
    private static final EventModel MODEL = new Trainer(FeatureSpec.DEFAULT, 4.0, null).train(AcledRecords.byNote(notes()),
            "test notes");
    private static final RuleBasedExtractor RULES = new RuleBasedExtractor(ActorDictionary.bundled(), new FakeGeocoder());
    private static final RuleBasedExtractor LEARNED = new RuleBasedExtractor(ActorDictionary.bundled(), new FakeGeocoder(),
            rules -> new LearnedEventTyper(rules, MODEL, 0.6, 0.6, 0.6));

    private static List<AcledRecord> notes() {
        List<AcledRecord> out = new ArrayList<>();
        int id = 0;
        for (String place : PLACES) {
            for (String who : new String[] {"The army", "Government troops", "Regime forces"}) {
                out.add(record(id++, who + " clashed with rebels in " + place + " and chased them out of the village.",
                        "Battle-Government regains territory"));
                out.add(record(id++, who + " clashed with rebels in " + place + ".", "Battle-No change of territory"));
                out.add(record(id++, who + " shelled " + place + ".", "Remote violence"));
                out.add(record(id++, "Residents protested in " + place + " against " + who.toLowerCase() + ".",
                        "Riots/Protests"));
            }
        }
        return out;
    }

    private static AcledRecord record(int id, String note, String oldType) {
        return new AcledRecord(String.valueOf(id), "2018-11-14", note, AcledLabel.of(oldType, null), null, null, null,
                null, null, null, null, 0);
    }

    private static List<String> subTypes(RuleBasedExtractor extractor, String body) {
        return extractor.extract(TestReports.of(body, DATE)).stream().map(Event::subEventType).toList();
    }

    @Test
    void aFightTheModelIsSureEndedInTakingThePlaceBecomesAChangeOfControl() {
        String note = "On November 14, the Syrian Arab Army clashed with HTS in Tal Sukkar in northern Hama and "
                + "chased them out of the village.";
        assertEquals(List.of("Armed clash"), subTypes(RULES, note), "the rules alone read a fight (else pick another sentence)");
        assertEquals(List.of("Government regains territory"), subTypes(LEARNED, note));
    }

    @Test
    void aPlainFightStaysAFight() {
        String note = "On November 14, the Syrian Arab Army clashed with HTS in Tal Sukkar in northern Hama.";
        assertEquals(List.of("Armed clash"), subTypes(LEARNED, note));
    }

    @Test
    void theRulesVetoesStandWhateverTheModelReads() {
        // negated, intended and denied acts never reach the typer: the model creates nothing
        for (String note : List.of(
                "On November 14, the Syrian Arab Army did not push HTS out of Tal Sukkar in northern Hama.",
                "The army is preparing to capture Tal Sukkar in northern Hama and push them out of the village.",
                "On November 14, the SAA denied that HTS had captured Tal Sukkar in northern Hama.")) {
            assertEquals(subTypes(RULES, note).stream().filter(t -> t.contains("territory")).toList(),
                    subTypes(LEARNED, note).stream().filter(t -> t.contains("territory")).toList(), note);
            assertTrue(subTypes(LEARNED, note).stream().noneMatch(t -> t.contains("territory")), note);
        }
    }

    @Test
    void theModelReTypesOnlyWhenConfident() {
        LearnedEventTyper typer = new LearnedEventTyper(null, MODEL, 0.8, 0.9, 0.8);
        ModelReading unsure = ModelReading.of(EventType.EXPLOSIONS, 0.7, 0.1);
        ModelReading sure = ModelReading.of(EventType.EXPLOSIONS, 0.85, 0.1);
        assertEquals(TriggerCategory.CLASH, typer.decide(TriggerCategory.CLASH, unsure, false, false));
        assertEquals(TriggerCategory.SHELL, typer.decide(TriggerCategory.CLASH, sure, false, false));
        // the same type in other words: the rules' kind stays (an air strike is remote violence too)
        assertEquals(TriggerCategory.AIR, typer.decide(TriggerCategory.AIR, sure, false, false));
        // Protests and Riots are one class to the model
        assertEquals(TriggerCategory.RIOT, typer.decide(TriggerCategory.RIOT, ModelReading.of(EventType.PROTESTS, 0.99, 0), false, false));
    }

    @Test
    void theDeadMakeAProtestOneMetWithForceAndVetoADevelopment() {
        LearnedEventTyper typer = new LearnedEventTyper(null, MODEL, 0.8, 0.9, 0.8);
        ModelReading protest = ModelReading.of(EventType.PROTESTS, 0.95, 0);
        assertEquals(TriggerCategory.EXCESSIVE, typer.decide(TriggerCategory.CLASH, protest, false, true),
                "a note that counts dead tells no peaceful protest: force was used against it");
        assertEquals(TriggerCategory.KILL, typer.decide(TriggerCategory.KILL,
                ModelReading.of(EventType.STRATEGIC_DEVELOPMENTS, 0.95, 0), false, true));
        assertEquals(TriggerCategory.PROTEST, typer.decide(TriggerCategory.CLASH, protest, false, false),
                "without dead the model may still see a protest");
        assertEquals(TriggerCategory.SHELL, typer.decide(TriggerCategory.CLASH, ModelReading.of(EventType.EXPLOSIONS, 0.95, 0),
                false, true), "one violent kind for another stays the model's call");
    }

    @Test
    void territoryTurnsAFightIntoATakingAndBackOnlyWhenSureAndNotWhereTheRulesReadATaking() {
        LearnedEventTyper typer = new LearnedEventTyper(null, MODEL, 0.8, 0.9, 0.8);
        assertEquals(TriggerCategory.TAKE, typer.decide(TriggerCategory.CLASH, ModelReading.of(EventType.BATTLES, 0.99, 0.95), false, false));
        assertEquals(TriggerCategory.CLASH, typer.decide(TriggerCategory.CLASH, ModelReading.of(EventType.BATTLES, 0.99, 0.85), false, false));
        // the note already tells a taking the rules found: its fight stays the fight for it
        assertEquals(TriggerCategory.CLASH, typer.decide(TriggerCategory.CLASH, ModelReading.of(EventType.BATTLES, 0.99, 0.95), true, false));
        assertEquals(TriggerCategory.CLASH, typer.decide(TriggerCategory.TAKE, ModelReading.of(EventType.BATTLES, 0.99, 0.05), true, false));
        assertEquals(TriggerCategory.TAKE, typer.decide(TriggerCategory.TAKE, ModelReading.of(EventType.BATTLES, 0.99, 0.2), true, false));
    }

    @Test
    void aConfidentModelChoosesWhichChangeOfControlTheRulesTypeWrongly() {
        EventTyper rules = new StubRules(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        ModelReading taking = ModelReading.of(MODEL, "Regime forces clashed with rebels in Qasr and chased them out of the village.");
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, new LearnedEventTyper(rules, MODEL, 0.6, 0.6, 0.6)
                .territorial(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, taking));
        // unsure (a threshold over its probability): the rules' sub-type stays
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, new LearnedEventTyper(rules, MODEL, 0.6, 0.6, 1.01)
                .territorial(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, taking));
        // a sub-type that is no change of control is never touched, nor one typed outside a note
        assertEquals(SubEventType.SHELLING, new LearnedEventTyper(new StubRules(SubEventType.SHELLING), MODEL, 0.6, 0.6, 0.6)
                .subType(TriggerCategory.SHELL, null, null, "SY", "Regime forces chased them out of the village."));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, new LearnedEventTyper(rules, MODEL, 0.6, 0.6, 0.6)
                .subType(TriggerCategory.TAKE, null, null, "SY", "Regime forces chased them out of the village."));
    }

    /** Rules that type every act alike. */
    private record StubRules(SubEventType type) implements EventTyper {
        @Override
        public Optional<TriggerCategory> kind(TriggerEvidence evidence) {
            return Optional.empty();
        }

        @Override
        public SubEventType subType(TriggerCategory kind, ActorEntry actor1, Location where, String country, String sentence) {
            return type;
        }

        @Override
        public SubEventType labelled(String sentence) {
            return null;
        }

        @Override
        public int precedence(SubEventType t) {
            return 0;
        }

        @Override
        public boolean namesMunition(String triggerText) {
            return false;
        }
    }

    @Test
    void aLongReportIsTypedByTheRulesAlone() {
        String note = "On November 14, the Syrian Arab Army clashed with HTS in Tal Sukkar in northern Hama and "
                + "chased them out of the village.";
        String filler = " Residents said the roads of the district were calm in the evening.".repeat(12);
        String report = note + "\n\n" + filler.strip();
        assertTrue(report.length() > Document.NOTE_LENGTH);
        assertEquals(subTypes(RULES, report), subTypes(LEARNED, report));
    }

    @Test
    void aShortReportOfSeveralParagraphsIsTypedByTheRulesAlone() {
        String taking = "On November 14, the Syrian Arab Army clashed with HTS in Tal Sukkar in northern Hama and "
                + "chased them out of the village.";
        String clash = "The army clashed with rebels in Umm Batna.";
        assertEquals(List.of("Government regains territory"), subTypes(LEARNED, taking + " " + clash),
                "one paragraph is a note: the model reads it whole (else pick other sentences)");
        for (String twoParagraphs : List.of(taking + "\n\n" + clash, clash + "\n\n" + taking)) {
            assertTrue(twoParagraphs.length() < Document.NOTE_LENGTH);
            assertEquals(subTypes(RULES, twoParagraphs), subTypes(LEARNED, twoParagraphs), twoParagraphs);
        }
    }

    @Test
    void withoutAModelTheRuleTyperIsUnchanged() {
        RuleBasedExtractor viaIdentity = new RuleBasedExtractor(ActorDictionary.bundled(), new FakeGeocoder(),
                java.util.function.UnaryOperator.identity());
        String report = "On November 14, the SAA shelled Tal Sukkar in northern Hama. HTS fighters attacked army "
                + "positions in Kafr Ruwayha.";
        assertEquals(RULES.extract(TestReports.of(report, DATE)), viaIdentity.extract(TestReports.of(report, DATE)));
    }

    @Test
    void theModelMakesNoRemoteViolenceOfANoteThatNamesNoWeapon() {
        // a model that learned killings of soldiers as shelling (some war's notes mostly are)
        RuleBasedExtractor learned = learnedFrom(place -> List.of(
                Map.entry("Rebels killed three soldiers in " + place + ".", "Remote violence"),
                Map.entry("Rebels shelled " + place + ", killing three soldiers.", "Remote violence"),
                Map.entry("Residents protested in " + place + ".", "Riots/Protests")));
        assertEquals(List.of("Armed clash"), subTypes(learned,
                "On November 14, rebels killed three soldiers in Tal Sukkar in northern Hama."),
                "no shell, rocket, strike or bomb named: the rules' fight stands");
        assertEquals(List.of("Armed clash"), subTypes(learned,
                "On November 14, three soldiers were killed by rebels in Tal Sukkar in northern Hama."));
        assertEquals(List.of("Shelling/artillery/missile attack"), subTypes(learned,
                "On November 14, rebels shelled Tal Sukkar in northern Hama, killing three soldiers."));
    }

    @Test
    void theModelMakesNoBattleOfANamedMunitionInANoteThatTellsNoFight() {
        // a model that learned shelling as battles (some war's notes tell it during clashes)
        RuleBasedExtractor learned = learnedFrom(place -> List.of(
                Map.entry("Rebels shelled " + place + " with mortars.", "Battle-No change of territory"),
                Map.entry("Rebel rockets fell on " + place + ".", "Battle-No change of territory"),
                Map.entry("Residents protested in " + place + ".", "Riots/Protests")));
        assertEquals(List.of("Shelling/artillery/missile attack"), subTypes(learned,
                "On November 14, a rebel mortar attack on Tal Sukkar in northern Hama killed three civilians."),
                "a mortar named and no fight told: the rules' shelling stands");
        assertEquals(List.of("Shelling/artillery/missile attack"), subTypes(learned,
                "On November 14, rockets fired by rebels hit Tal Sukkar in northern Hama."));
        // with a fight told, or no munition named ("fired at"), the model may still make it a battle
        assertEquals(List.of("Armed clash"), subTypes(learned,
                "On November 14, rebels clashed with the army and fired mortars at Tal Sukkar in northern Hama."));
    }

    @Test
    void theModelMakesNoFightOfAHandoverThatTellsNoViolence() {
        // a model that learned handovers as fights (some war's notes of them mostly follow battles)
        RuleBasedExtractor learned = learnedFrom(place -> List.of(
                Map.entry("The rebels handed over " + place + " to the army.", "Battle-No change of territory"),
                Map.entry("The army clashed with the rebels in " + place + ".", "Battle-No change of territory"),
                Map.entry("Residents protested in " + place + ".", "Riots/Protests")));
        String handover = "On November 14, the rebels handed over Tal Sukkar in northern Hama to the army.";
        assertEquals(subTypes(RULES, handover), subTypes(learned, handover), "no fight named: the rules' handover stands");
        assertTrue(subTypes(learned, handover).contains("Non-violent transfer of territory"), subTypes(learned, handover).toString());
    }

    /** An extractor whose model learned the notes (note, old ACLED type) written for each test place. */
    private static RuleBasedExtractor learnedFrom(Function<String, List<Map.Entry<String, String>>> notesAt) {
        List<AcledRecord> notes = new ArrayList<>();
        for (String place : PLACES) {
            for (Map.Entry<String, String> note : notesAt.apply(place)) {
                notes.add(record(notes.size(), note.getKey(), note.getValue()));
            }
        }
        EventModel model = new Trainer(FeatureSpec.DEFAULT, 4.0, null).train(AcledRecords.byNote(notes), "test notes");
        return new RuleBasedExtractor(ActorDictionary.bundled(), new FakeGeocoder(),
                rules -> new LearnedEventTyper(rules, model, 0.6, 0.6, 0.6));
    }
}
