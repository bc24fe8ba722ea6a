package org.sitrep.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.extract.event.EventFixtures.ACTORS;
import static org.sitrep.extract.event.EventFixtures.TYPER;
import static org.sitrep.extract.event.EventFixtures.analysed;
import static org.sitrep.extract.event.EventFixtures.evidence;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorEntry;
import org.sitrep.extract.pipeline.Document;
import org.sitrep.extract.rules.TriggerCategory;
import org.sitrep.model.Location;
import org.sitrep.model.SubEventType;

class RuleEventTyperTest {
    private static final Location SYRIAN_VILLAGE = new Location("Tal Sukkar", "Tal Sukkar", List.of(), "Hama", null,
            "Syria", 35.31, 36.61, 1, "test", null);
    private static final ActorEntry ARMY = ACTORS.byName("Syrian Arab Army").orElseThrow();
    private static final ActorEntry HTS = ACTORS.byName("Hay'at Tahrir al-Sham").orElseThrow();
    private static final ActorEntry CIVILIANS = ACTORS.byName("Civilians").orElseThrow();

    private static TriggerCategory kind(String text, String trigger) {
        return TYPER.kind(evidence(text, trigger)).orElseThrow();
    }

    @Test
    void aFailedOrAttemptedCaptureIsABattle() {
        assertEquals(TriggerCategory.CLASH, kind("HTS failed to capture Tal Sukkar in northern Hama.", "capture"));
        assertEquals(TriggerCategory.CLASH, kind("On Friday HTS fighters failed to seize Kafr Ruwayha.", "seize"));
        assertTrue(kind("Rebels attempted to capture Kafr Ruwayha in northern Hama.", "capture").isBattle());
        assertEquals(TriggerCategory.TAKE, kind("HTS captured Tal Sukkar in northern Hama.", "captured"));
    }

    @Test
    void enteringIsAFightWhileTheParagraphSaysFightingGoesOn() {
        Document ongoing = analysed("The SAA entered Ayn Dalfa in northern Hama. Fighting is still ongoing there.");
        assertEquals(TriggerCategory.CLASH, TYPER.kind(evidence(ongoing, 0, "entered")).orElseThrow());
        assertEquals(TriggerCategory.ENTER, kind("The SAA entered Ayn Dalfa in northern Hama.", "entered"));
    }

    @Test
    void warplanesMakeAnAttackAnAirStrikeUnlessTheyOnlyBackAGroundFight() {
        assertEquals(TriggerCategory.AIR, kind("Russian warplanes targeted Kafr Ruwayha in northern Hama.", "targeted"));
        assertEquals(TriggerCategory.AIR, kind("Government helicopters shelled Tal Sukkar.", "shelled"));
        assertEquals(TriggerCategory.CLASH,
                kind("SDF fighters backed by coalition jets clashed with ISIS in Marj Hilal.", "clashed"));
    }

    @Test
    void aRaidByAGroupWithNoAircraftIsOnTheGround() {
        assertEquals(TriggerCategory.CLASH, kind("HTS carried out a raid on army positions in Tal Sukkar.", "raid"));
        assertEquals(TriggerCategory.AIR,
                kind("The Syrian Arab Army carried out a raid on HTS positions in Tal Sukkar.", "raid"));
    }

    @Test
    void aBombingAtASiteWithNoAircraftIsAPlantedBomb() {
        assertEquals(TriggerCategory.IED, kind("The bombing at a market in Tal Sukkar killed 30 people.", "bombing"));
        assertEquals(TriggerCategory.IED, kind("A bombing outside the mosque of Tal Sukkar wounded nine.", "bombing"));
        assertEquals(TriggerCategory.AIR, kind("The bombing at a market in Tal Sukkar by warplanes killed 30.", "bombing"),
                "aircraft named: from the air");
        assertEquals(TriggerCategory.AIR, kind("The bombing of Tal Sukkar killed 30 people.", "bombing"));
    }

    @Test
    void aGroundRaidOnCiviliansAloneIsAnAttackOnThem() {
        assertEquals(TriggerCategory.ATTACK_CIVILIANS,
                kind("Gunmen killed 12 villagers in a raid on a farming community near Tal Sukkar.", "raid"));
        assertEquals(TriggerCategory.ATTACK_CIVILIANS,
                kind("HTS fighters carried out a raid on Tal Sukkar, killing four civilians.", "raid"));
        assertEquals(TriggerCategory.CLASH,
                kind("HTS fighters killed three soldiers in a raid on an army post near Tal Sukkar.", "raid"));
    }

    @Test
    void sniperFireThatHitsCiviliansIsAnAttackOnThem() {
        assertEquals(TriggerCategory.ATTACK_CIVILIANS,
                kind("A civilian was wounded by sniper fire in Kafr Ruwayha.", "sniper"));
        assertEquals(TriggerCategory.CLASH, kind("Army posts came under sniper fire in Kafr Ruwayha.", "sniper"));
    }

    @Test
    void anArmedGroupsAttackOnCiviliansAloneIsViolenceAgainstThem() {
        assertEquals(TriggerCategory.ATTACK_CIVILIANS,
                kind("ISIS gunmen opened fire on a cafe in Tal Sukkar, killing 7 civilians.", "opened fire"));
        assertEquals(TriggerCategory.ATTACK_CIVILIANS,
                kind("HTS fighters stormed a wedding in Kafr Ruwayha, killing four women.", "stormed"));
        assertEquals(TriggerCategory.ATTACK_CIVILIANS,
                kind("Gunmen attacked a bus carrying farmers near Ayn Dalfa, wounding three civilians.", "attacked"));
    }

    @Test
    void aKillingOfArmedMenIsABattleOfCiviliansAnAttack() {
        assertEquals(TriggerCategory.CLASH,
                kind("HTS killed three SAA forces and wounded five others near Tal Sukkar.", "killed"));
        assertEquals(TriggerCategory.ATTACK_CIVILIANS, kind("HTS killed three civilians near Tal Sukkar.", "killed"));
    }

    @Test
    void anAttackOnArmedMenOrAFightRemainsABattleWhoeverDied() {
        assertEquals(TriggerCategory.CLASH,
                kind("ISIS attacked an SAA checkpoint in Tal Sukkar, killing two civilians.", "attacked"));
        assertEquals(TriggerCategory.CLASH,
                kind("Heavy clashes between HTS and the SAA killed three civilians in Tal Sukkar.", "clashes"));
        // no attacker named: the attack retells a strike, it does not say who did what to whom
        assertEquals(TriggerCategory.CLASH, kind("The attack on Tal Sukkar killed 11 civilians.", "attack"));
    }

    @Test
    void aFightWithACrowdIsARiotNotABattle() {
        assertEquals(TriggerCategory.RIOT,
                kind("Protesters clashed with the SAA at the gate of Tal Sukkar.", "clashed"));
        assertEquals(TriggerCategory.RIOT,
                kind("Heavy clashes broke out between rioters and police in Kafr Ruwayha.", "clashes"));
        assertEquals(TriggerCategory.RIOT,
                kind("The SAA fought demonstrators for hours near Ayn Dalfa.", "fought"));
        assertEquals(TriggerCategory.CLASH, kind("HTS clashed with the SAA at the gate of Tal Sukkar.", "clashed"));
    }

    @Test
    void aFightWithPeopleNamedAsACrowdIsARiot() {
        assertEquals(TriggerCategory.RIOT,
                kind("Clashes erupted between residents and the SAA in Tal Sukkar.", "clashes"));
        assertEquals(TriggerCategory.RIOT, kind("Dozens of youths clashed with the SAA in Kafr Ruwayha.", "clashed"));
        assertEquals(TriggerCategory.RIOT,
                kind("Two villagers were injured in clashes with the SAA near Ayn Dalfa.", "clashes"));
        // people among the victims are no party to the fight
        assertEquals(TriggerCategory.CLASH,
                kind("Heavy clashes between HTS and the SAA killed three civilians and two residents.", "clashes"));
        assertEquals(TriggerCategory.RIOT,
                kind("A demonstrator was injured in clashes with the SAA in Tal Sukkar.", "clashes"));
        assertEquals(TriggerCategory.RIOT,
                kind("A young man was shot during clashes with the SAA in Tal Sukkar.", "clashes"));
        // a killing is no fight with a crowd, whoever was killed
        assertTrue(kind("A resident was killed near Tal Sukkar by SAA gunfire.", "killed") != TriggerCategory.RIOT);
    }

    @Test
    void aCrowdThatAttacksIsARiotNotAnArmedGroup() {
        assertEquals(TriggerCategory.RIOT, kind("Angry residents attacked a police station in Tal Sukkar.", "attacked"));
        assertEquals(TriggerCategory.RIOT, kind("Protesters stormed the town hall in Kafr Ruwayha.", "stormed"));
        assertEquals(TriggerCategory.RIOT,
                kind("Villagers reportedly attacked an army patrol with stones near Ayn Dalfa.", "attacked"));
        assertEquals(TriggerCategory.RIOT, kind("A mob attacked the home of a judge in Tal Sukkar.", "attacked"));
        // a crowd attacked, or hurt in an attack, is no mob
        assertEquals(TriggerCategory.ATTACK_CIVILIANS,
                kind("Gunmen attacked villagers in Tal Sukkar, killing seven.", "attacked"));
        assertNotEquals(TriggerCategory.RIOT,
                kind("Three residents were wounded in an attack by HTS on Tal Sukkar.", "attack"));
        assertNotEquals(TriggerCategory.RIOT, kind("HTS fighters attacked protesters in Tal Sukkar.", "attacked"));
    }

    @Test
    void protestersKilledByTheStateAreExcessiveForceByOthersAnAttack() {
        assertEquals(TriggerCategory.EXCESSIVE,
                kind("Security forces shot dead four protesters in Tal Sukkar.", "shot dead"));
        assertEquals(TriggerCategory.EXCESSIVE,
                kind("Police killed three demonstrators in Tal Sukkar during a march against price rises.", "killed"));
        assertEquals(TriggerCategory.EXCESSIVE,
                kind("Four protesters were shot dead by the SAA in Tal Sukkar.", "shot dead"));
        assertEquals(TriggerCategory.ATTACK_CIVILIANS, kind("HTS gunmen killed two protesters in Tal Sukkar.", "killed"));
        assertEquals(TriggerCategory.SHELL, kind("The SAA shelled a rally in Tal Sukkar, killing five protesters.", "shelled"),
                "a shelling stays the shelling");
    }

    @Test
    void propertyDestroyedByArmedMenIsNoRiot() {
        assertEquals(TriggerCategory.LOOT, kind("Gunmen torched five houses in Tal Sukkar.", "torched"));
        assertEquals(TriggerCategory.LOOT, kind("HTS fighters set fire to the market of Kafr Ruwayha.", "set fire to"));
        assertEquals(TriggerCategory.LOOT, kind("The SAA vandalized a school in Tal Sukkar.", "vandalized"));
        assertEquals(TriggerCategory.RIOT, kind("Rioters torched cars in Tal Sukkar.", "torched"));
        assertEquals(TriggerCategory.RIOT, kind("Angry residents set fire to the town hall of Tal Sukkar.", "set fire to"));
    }

    @Test
    void aCrowdsAttackIsMobViolenceUnlessADemonstrationIsTold() {
        assertEquals(SubEventType.MOB_VIOLENCE, riot("A mob lynched a man accused of theft in Tal Sukkar."));
        assertEquals(SubEventType.MOB_VIOLENCE, riot("Angry villagers attacked an army patrol near Ayn Dalfa."));
        assertEquals(SubEventType.MOB_VIOLENCE, riot("Vigilantes burned the house of a suspect in Tal Sukkar."));
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION,
                riot("Protesters stormed the town hall in Kafr Ruwayha during a march against price rises."));
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, riot("Youths clashed with the SAA in Kafr Ruwayha."),
                "a fight with a crowd, not its attack");
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION,
                riot("Villagers attacked the police station after a rally against the governor."));
    }

    private static SubEventType riot(String sentence) {
        return TYPER.subType(TriggerCategory.RIOT, null, SYRIAN_VILLAGE, "SY", sentence);
    }

    @Test
    void aCrowdHurtAtLengthBeforeTheClashesIsStillItsParty() {
        assertEquals(TriggerCategory.RIOT, kind("A local teenager was seriously wounded in the leg by rubber-coated "
                + "bullets during clashes with the SAA in Tal Sukkar.", "clashes"));
        assertEquals(TriggerCategory.RIOT, kind("Several villagers Friday were beaten, shot, and tear-gassed during "
                + "clashes that erupted with the SAA in Ayn Dalfa.", "clashes"));
        // the fight's parties named after it: the residents were its victims
        assertEquals(TriggerCategory.CLASH, kind("Three residents were killed when shells hit their homes during "
                + "clashes between HTS and the SAA in Tal Sukkar.", "clashes"));
    }

    @Test
    void aFightWhoseParagraphTellsTheMeansOfPolicingACrowdIsARiot() {
        assertEquals(TriggerCategory.RIOT, kind("Clashes erupted in Tal Sukkar after an SAA raid on the village. "
                + "Soldiers fired tear gas and rubber-coated bullets.", "clashes"));
        assertEquals(TriggerCategory.RIOT, kind("Water cannons were used as fighting raged near Ayn Dalfa.", "fighting"));
        assertEquals(TriggerCategory.RIOT, evidenceKind(analysed("Stun grenades and sound bombs were thrown into the "
                + "square of Kafr Ruwayha. Heavy clashes then broke out with the SAA."), 1, "clashes"));
        // a killing there is the riot's loss
        assertEquals(TriggerCategory.RIOT, kind("A local was killed by SAA soldiers in Tal Sukkar. The "
                + "streets were full of tear gas.", "killed"));
        assertEquals(TriggerCategory.CLASH, kind("A local was killed by SAA soldiers in Tal Sukkar.", "killed"));
        // choking alone is no crowd policed (a chemical attack chokes too), nor are the means of another paragraph
        assertEquals(TriggerCategory.CLASH, kind("HTS clashed with the SAA in Tal Sukkar. Dozens were choking.", "clashed"));
        assertEquals(TriggerCategory.CLASH, evidenceKind(analysed("HTS clashed with the SAA in Tal Sukkar.\n\n"
                + "Police fired tear gas at students in Ayn Dalfa."), 0, "clashed"));
    }

    @Test
    void peopleHurtByAStateForceWhereItPolicesACrowdAreACrowdMetWithForce() {
        assertEquals(TriggerCategory.INTERVENTION, kind("Three villagers were injured by SAA soldiers in Tal Sukkar. "
                + "The soldiers fired rubber bullets and tear gas.", "injured"));
        assertEquals(TriggerCategory.INTERVENTION, kind("A teenager was wounded by SAA gunfire in Ayn Dalfa, hit by a "
                + "rubber-coated steel round.", "wounded"));
        assertEquals(TriggerCategory.EXCESSIVE, kind("Two villagers were killed by SAA soldiers in Tal Sukkar. "
                + "Tear gas filled the streets.", "killed"));
        // without the means of policing a crowd, or done by gunmen, it stays an attack on civilians
        assertEquals(TriggerCategory.ATTACK_CIVILIANS,
                kind("Three villagers were injured by SAA soldiers in Tal Sukkar.", "injured"));
        assertEquals(TriggerCategory.ATTACK_CIVILIANS, kind("Two villagers were killed by HTS gunmen in Tal Sukkar. "
                + "Tear gas filled the streets.", "killed"));
    }

    @Test
    void aStateForceFiringTheMeansOfPolicingACrowdIsNoBombardment() {
        assertEquals(TriggerCategory.INTERVENTION,
                kind("Tear gas canisters were fired at residents by the SAA in Tal Sukkar.", "fired at"));
        assertEquals(TriggerCategory.INTERVENTION,
                kind("The SAA fired at the mourners with stun grenades in Ayn Dalfa.", "fired at"));
        // gunmen's stun grenade is an attack, and a state's shells are shells
        assertEquals(TriggerCategory.GRENADE,
                kind("Unknown gunmen threw stun grenades at a house in Tal Sukkar.", "grenades"));
        assertEquals(TriggerCategory.SHELL, kind("The SAA fired at Tal Sukkar with heavy artillery.", "fired at"));
    }

    private static TriggerCategory evidenceKind(Document doc, int sentence, String trigger) {
        return TYPER.kind(evidence(doc, sentence, trigger)).orElseThrow();
    }

    @Test
    void aTakingOfPeopleIsNoChangeOfControl() {
        Document withFight = analysed("The SAA killed five HTS fighters and captured four others in Tal Sukkar.");
        assertEquals(Optional.empty(), TYPER.kind(evidence(withFight, 0, "captured")), "the fight's prisoners");
        assertEquals(TriggerCategory.CLASH, TYPER.kind(evidence(withFight, 0, "killed")).orElseThrow());
        assertEquals(TriggerCategory.CLASH, kind("The SAA captured three HTS fighters near Tal Sukkar.", "captured"));
        assertEquals(TriggerCategory.CLASH, kind("Near Tal Sukkar, two HTS members were captured.", "captured"));
        // a place, or one of several places, is taken
        assertEquals(TriggerCategory.TAKE, kind("The SAA captured Tal Sukkar and other villages.", "captured"));
        assertEquals(TriggerCategory.TAKE, kind("HTS captured one of the hills near Tal Sukkar.", "captured"));
    }

    @Test
    void aFightVerbWhoseSubjectIsAStrikeIsTheStrike() {
        Document strikes = analysed("Russian air strikes engaged an HTS unit near Tal Sukkar.");
        assertEquals(Optional.empty(), TYPER.kind(evidence(strikes, 0, "engaged")));
        assertEquals(TriggerCategory.AIR, TYPER.kind(evidence(strikes, 0, "air strikes")).orElseThrow());
        assertEquals(Optional.empty(), TYPER.kind(evidence(analysed(
                "Two strikes by the Saudi-led coalition engaged HTS fighters near Tal Sukkar."), 0, "engaged")));
        assertEquals(Optional.empty(), TYPER.kind(evidence(analysed(
                "SAA shelling then attacked HTS positions in Tal Sukkar."), 0, "attacked")));
        // a fight of its own, told beside a strike, stays a fight
        assertEquals(TriggerCategory.CLASH, kind("The SAA engaged HTS fighters near Tal Sukkar.", "engaged"));
        assertEquals(TriggerCategory.CLASH, kind("Air strikes hit Ayn Dalfa while HTS fighters clashed with the SAA "
                + "in Tal Sukkar.", "clashed"));
    }

    @Test
    void aSuicideBomberKilledBeforeTheBlastIsAFightNotABombing() {
        Document active = analysed("The SAA killed two HTS suicide bombers near Tal Sukkar.");
        assertEquals(Optional.empty(), TYPER.kind(evidence(active, 0, "suicide bombers")));
        assertEquals(TriggerCategory.CLASH, TYPER.kind(evidence(active, 0, "killed")).orElseThrow());
        Document passive = analysed("Two HTS suicide bombers were shot dead by the SAA near Tal Sukkar.");
        assertEquals(Optional.empty(), TYPER.kind(evidence(passive, 0, "suicide bombers")));
        assertEquals(TriggerCategory.CLASH, kind("Soldiers shot dead a presumed suicide attacker at a checkpoint in "
                + "Tal Sukkar as he ran towards it.", "shot dead"));
        assertEquals(TriggerCategory.CLASH, kind("Two suicide car bombers were killed by the SAA in Tal Sukkar.",
                "were killed"));
        // the bomber who killed is the bombing
        assertEquals(TriggerCategory.SUICIDE, kind("A suicide bomber killed 12 people in Tal Sukkar.", "suicide bomber"));
        assertEquals(TriggerCategory.SUICIDE, kind("Two suicide car bombers struck an SAA checkpoint in Tal Sukkar.",
                "suicide car bombers"));
    }

    @Test
    void amongKillingsAloneTheFirstIsTheEvent() {
        Document doc = analysed("HTS killed three SAA soldiers in Tal Sukkar, two HTS fighters were also killed.");
        assertTrue(TYPER.kind(evidence(doc, 0, "killed")).isPresent(), "the first killing is the event");
        assertTrue(TYPER.kind(evidence(doc, 0, "also killed")).isEmpty(), "the second is its losses");
        Document two = analysed("Four soldiers were killed in Tal Sukkar, while three others were shot dead nearby.");
        assertTrue(TYPER.kind(evidence(two, 0, "were killed")).isPresent());
    }

    @Test
    void deathsCausedByAnotherActBelongToIt() {
        Optional<TriggerCategory> killing = TYPER.kind(evidence(
                "Two farmers were killed by the shelling on Tal Sukkar.", "killed"));
        assertTrue(killing.isEmpty(), "the shelling is the event: " + killing);
    }

    @Test
    void theStateOfThePlacesCountryRegainsItAndAnyoneElseOvertakesIt() {
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                TYPER.subType(TriggerCategory.TAKE, ARMY, SYRIAN_VILLAGE, "SY", "The army took the village."));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                TYPER.subType(TriggerCategory.TAKE_PASSIVE, HTS, SYRIAN_VILLAGE, "SY", "It fell to HTS."));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                TYPER.subType(TriggerCategory.ENTER, HTS, null, "SY", "HTS entered the town."));
    }

    @Test
    void aRivalStateForceOfThePlacesCountryRegainsItToo() {
        // two governments in one country (Sanaa's and Aden's): each side's forces are ACLED state forces, inter 1
        ActorEntry rivalGovernment = new ActorEntry("Northern Council forces", List.of("northern"), 1, "SY", null,
                org.sitrep.extract.actor.ActorKind.ACTOR, "Military Forces of Syria (2016-) Northern Council", List.of(), "SY");
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                TYPER.subType(TriggerCategory.TAKE, rivalGovernment, SYRIAN_VILLAGE, "SY", "They took the village."));
        ActorEntry foreignState = new ActorEntry("Southern Army", List.of("southern"), 1, "JO", null,
                org.sitrep.extract.actor.ActorKind.ACTOR, "Military Forces of Jordan", List.of(), "JO");
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                TYPER.subType(TriggerCategory.TAKE, foreignState, SYRIAN_VILLAGE, "SY", "They took the village."),
                "another country's state is no government of this place");
    }

    @Test
    void aPlaceHandedOverOrTakenByPeopleWhoDoNotFightChangesHandsWithoutViolence() {
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER,
                TYPER.subType(TriggerCategory.WITHDRAW, HTS, SYRIAN_VILLAGE, "SY", "HTS withdrew from the village."));
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER,
                TYPER.subType(TriggerCategory.TAKE, CIVILIANS, SYRIAN_VILLAGE, "SY", "Residents took over the village."));
    }

    @Test
    void otherKindsKeepTheirTriggersType() {
        assertEquals(SubEventType.AIR_DRONE_STRIKE, TYPER.subType(TriggerCategory.AIR, ARMY, SYRIAN_VILLAGE, "SY", ""));
        assertEquals(SubEventType.ARMED_CLASH, TYPER.subType(TriggerCategory.LOSSES, null, null, null, ""));
    }

    @Test
    void aCodersLabelNamesTheSubType() {
        assertEquals(SubEventType.OTHER, TYPER.labelled("Movement of forces: the army moved to X."));
        assertNull(TYPER.labelled("The army moved to X: a long way."));
    }

    @Test
    void theChangeOfControlStandsForTheFightAndTheFightForTheShelling() {
        assertTrue(TYPER.precedence(SubEventType.GOVERNMENT_REGAINS_TERRITORY) < TYPER.precedence(SubEventType.ARMED_CLASH));
        assertTrue(TYPER.precedence(SubEventType.ARMED_CLASH) < TYPER.precedence(SubEventType.SHELLING));
    }

    @Test
    void anAttackNamedBesideABombIsTheBombing() {
        assertTrue(TYPER.kind(evidence("A suicide bomber killed 25 guests in an attack on a wedding in Tal Sukkar.",
                "attack")).isEmpty());
        assertTrue(TYPER.kind(evidence("The attack was carried out with a car bomb parked near the mosque of Kafr Ruwayha.",
                "attack")).isEmpty());
        assertEquals(TriggerCategory.CLASH, kind("HTS fighters carried out an attack on army posts near Tal Sukkar amid "
                + "heavy shelling.", "attack"), "beside shelling, an attack is still a battle");
    }

    @Test
    void shellsOrBombsCarryingAChemicalAreTheChemicalAttack() {
        assertTrue(TYPER.kind(evidence("The army fired rockets filled with sarin gas on Tal Sukkar.", "rockets")).isEmpty());
        assertTrue(TYPER.kind(evidence("Jets dropped barrel bombs loaded with chlorine on Kafr Ruwayha.", "barrel bombs"))
                .isEmpty());
        assertEquals(TriggerCategory.CHEMICAL, kind("The army fired rockets filled with sarin gas on Tal Sukkar.", "sarin"));
    }
}
