package org.sitrep.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.English;
import org.sitrep.extract.lang.LanguageFile;
import org.sitrep.ingest.regex.WordStartPattern;

class TriggerLexiconTest {
    static final String PASSIVE = "The village was captured by ISIS on Monday.";
    static final String TOOK_CONTROL = "The army took control of the hill after dawn.";
    static final String BATTLE_TANKS = "The rebels destroyed two battle tanks.";
    static final String TEAR_GAS = "Police fired tear gas at protesters in the square.";
    static final String CAR_BOMB = "ISIS fighters detonated a car bomb at the gate.";
    static final String TWO_KINDS = "Clashes erupted after HTS shelled the town.";
    static final String NOTHING = "The weather was cold and the roads were closed.";
    static final String SUICIDE_CAR_BOMB = "A suicide car bomb exploded at the checkpoint.";

    private static final TriggerLexicon LEXICON = English.triggers();

    private static List<TriggerCategory> categories(String s) {
        return LEXICON.find(s).stream().map(Trigger::category).toList();
    }

    @Test
    void everyTriggerLineIsTriedOnlyWhereAWordCanStartIt() {
        // a line whose beginnings LeadingLiterals cannot follow is matched at every character of
        // every sentence (a fifth of the extraction's time once): split such a line
        for (String line : English.LANGUAGE.lines(LanguageFile.TRIGGERS)) {
            String[] f = line.split("\t", 2);
            WordStartPattern p = new WordStartPattern("\\b(?:" + f[1].strip() + ")\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
            assertTrue(!p.anywhere(), "tried everywhere: " + line.substring(0, Math.min(60, line.length())));
        }
    }

    @Test
    void aGroundOperationIsAFightHoweverItIsToldOrQuoted() {
        assertEquals(List.of(TriggerCategory.CLASH),
                categories("The rebels carried out a \"unique military operation\" against army positions."));
        assertEquals(List.of(TriggerCategory.CLASH), categories("The army waged military operations on rebel posts."));
        assertEquals(List.of(TriggerCategory.ADVANCE), categories("The rebels conducted an offensive on the hill."));
        assertEquals(List.of(TriggerCategory.ADVANCE), categories("The army conducted offensive moves against the town."));
        assertEquals(List.of(TriggerCategory.REPEL), categories("The army defeated an attempted rebel offensive."));
        assertEquals(List.of(TriggerCategory.REPEL), categories("The rebels defeated the army's attack on the hill."));
        assertTrue(categories("A policeman was wounded by sniping in the town.").contains(TriggerCategory.CLASH));
        assertEquals(List.of(TriggerCategory.CLASH), categories("Two soldiers were sniped near the border."));
    }

    @Test
    void aPlaceTakenBackOrItsHoldersPushedOutIsATaking() {
        assertEquals(List.of(TriggerCategory.TAKE), categories("The army has reportedly retaken the town."));
        assertEquals(List.of(TriggerCategory.TAKE), categories("The rebels claim to have re-taken the hill."));
        assertEquals(List.of(TriggerCategory.TAKE), categories("The army took back the village on Monday."));
        assertEquals(List.of(TriggerCategory.TAKE), categories("Troops pushed the rebels out of the town."));
        assertEquals(List.of(TriggerCategory.TAKE), categories("Troops pushed IS militants from the hill."));
        // a backshifted claim ("reports said they had retaken it") is not read as a taking
        assertEquals(List.of(), categories("Other reports said the rebels had retaken the village."));
    }

    @Test
    void aShellAttackIsShellingNotAFight() {
        assertEquals(List.of(TriggerCategory.SHELL), categories("An artillery shell attack on the market left five dead."));
        assertEquals("artillery shell attack", LEXICON.find("An artillery shell attack left five dead.").get(0).text());
        assertEquals(List.of(TriggerCategory.SHELL), categories("They were hurt in a shell attack last night."));
    }

    @Test
    void aKillingCountedInQuotesIsStillAKilling() {
        assertEquals(List.of(TriggerCategory.KILL), categories("The rebels claim to have killed \"dozens\" of soldiers."));
        assertEquals(List.of(TriggerCategory.KILL), categories("Gunmen shot dead “two” guards at the gate."));
        assertEquals(List.of(TriggerCategory.KILL), categories("The army killed 12 rebels near the river."));
        // a quote that counts no one is no killing
        assertEquals(List.of(), categories("The minister said the policy \"killed\" the talks."));
    }

    @Test
    void theLongestOverlappingPhraseWins() {
        List<Trigger> t = LEXICON.find(PASSIVE);
        assertEquals(1, t.size(), t.toString());
        assertEquals(TriggerCategory.TAKE_PASSIVE, t.get(0).category());
        assertEquals("was captured by", t.get(0).text());
        assertEquals(List.of(TriggerCategory.TAKE), categories(TOOK_CONTROL));
        assertEquals("took control of", LEXICON.find(TOOK_CONTROL).get(0).text());
        assertEquals(List.of(TriggerCategory.SUICIDE), categories(CAR_BOMB));
    }

    @Test
    void battleTanksAreNoBattle() {
        assertTrue(!categories(BATTLE_TANKS).contains(TriggerCategory.CLASH), categories(BATTLE_TANKS).toString());
    }

    @Test
    void protestPoliceWords() {
        assertEquals(List.of(TriggerCategory.INTERVENTION), categories(TEAR_GAS));
    }

    @Test
    void triggersComeInTextOrderWithOffsets() {
        List<Trigger> t = LEXICON.find(TWO_KINDS);
        assertEquals(List.of(TriggerCategory.CLASH, TriggerCategory.SHELL), t.stream().map(Trigger::category).toList());
        for (Trigger x : t) {
            assertEquals(x.text(), TWO_KINDS.substring(x.start(), x.end()));
        }
        assertEquals("Clashes", t.get(0).text(), "matched whatever the case");
    }

    @Test
    void aSentenceWithoutTriggers() {
        assertEquals(List.of(), LEXICON.find(NOTHING));
    }

    @Test
    void categoriesSayWhatTheyBecome() {
        assertTrue(TriggerCategory.TAKE.isTerritorial());
        assertTrue(TriggerCategory.ENTER.isTerritorial());
        assertEquals(null, TriggerCategory.TAKE.defaultType(), "decided by who takes the place");
        assertTrue(TriggerCategory.REPEL.isBattle());
        assertTrue(TriggerCategory.SHELL.isRemote());
        assertEquals(org.sitrep.model.SubEventType.PROTEST_WITH_INTERVENTION, TriggerCategory.INTERVENTION.defaultType());
    }

    @Test
    void aSuicideCarBombIsASuicideBombing() {
        assertEquals(List.of(TriggerCategory.SUICIDE), categories(SUICIDE_CAR_BOMB));
    }

    @Test
    void aBombNamedByWhatCarriedItIsAnExplosionWhateverTheVerb() {
        assertEquals(List.of(TriggerCategory.IED, TriggerCategory.KILL), categories("A car bomb killed eight people at the market."));
        assertEquals(List.of(TriggerCategory.KILLED_BY, TriggerCategory.IED),
                categories("Nine people were killed by a motorcycle bomb near the mosque."));
        assertEquals(List.of(TriggerCategory.IED), categories("A roadside bomb wounded two soldiers on patrol."));
        assertEquals(List.of(TriggerCategory.SUICIDE), categories("A suicide car bomb wounded two guards."));
        assertEquals(List.of(TriggerCategory.IED), categories("An explosives-laden vehicle wounded two guards."));
        assertEquals(List.of(TriggerCategory.IED), categories("Two explosive-packed trucks were parked by the gate."));
    }

    @Test
    void killedByBlowsToDeathIsAnAttack() {
        assertTrue(categories("A mob stoned a young man to death outside the court.").contains(TriggerCategory.ATTACK_CIVILIANS));
        assertTrue(categories("Two farmers were beaten to death by the guards.").contains(TriggerCategory.ATTACK_CIVILIANS));
        assertTrue(categories("The gunmen stabbed the trader and his son to death.").contains(TriggerCategory.ATTACK_CIVILIANS));
        assertTrue(!categories("The talks were bored to tears.").contains(TriggerCategory.ATTACK_CIVILIANS));
    }

    @Test
    void aHeadlinesPresentTenseKillsAndStrikesThatKillAreStrikes() {
        assertEquals(List.of(TriggerCategory.KILL), categories("Rebel Fighters Kill 14 Soldiers Near Base"));
        assertEquals(List.of(TriggerCategory.AIR, TriggerCategory.KILL), categories("Jet strikes kill 9 in border town"));
        assertEquals(List.of(TriggerCategory.AIR, TriggerCategory.KILL), categories("A strike killed three men at the ford."));
        assertTrue(!categories("The dockers' strike left the port idle.").contains(TriggerCategory.AIR),
                "a strike that leaves no dead is no air strike");
    }

    @Test
    void aKillingAfterAnotherHarmOrFoundLaterIsStillAKilling() {
        assertTrue(categories("A trader was robbed and killed on the desert road.").contains(TriggerCategory.KILLED_BY));
        assertTrue(categories("Two teachers were kidnapped and killed near the dam.").contains(TriggerCategory.KILLED_BY));
        assertTrue(categories("A former policeman was found killed outside the village.").contains(TriggerCategory.KILLED_BY));
        assertTrue(categories("A settler died of wounds suffered in the shooting.").contains(TriggerCategory.KILLED_BY));
        assertTrue(categories("The boy succumbed to his injuries in hospital.").contains(TriggerCategory.KILLED_BY));
        assertTrue(categories("A shepherd's body was found near the highway.").contains(TriggerCategory.ATTACK_CIVILIANS));
        assertTrue(categories("Nine bodies were recovered from a well on Friday.").contains(TriggerCategory.ATTACK_CIVILIANS));
        assertTrue(!categories("The body of the council met on Friday.").contains(TriggerCategory.ATTACK_CIVILIANS));
    }

    @Test
    void aVehicleThatHitsAMineIsAnExplosion() {
        assertEquals(List.of(TriggerCategory.IED), categories("A bus hit a mine on the road north of the lake."));
        assertEquals(List.of(TriggerCategory.IED), categories("A shepherd stepped on a buried mine while grazing his flock."));
        assertTrue(categories("Their pickup drove over mines laid by the retreating militants.").contains(TriggerCategory.IED));
    }

    @Test
    void gassingAndNerveAgentsAreChemicalWeapons() {
        assertTrue(categories("Activists accused government troops of gassing dozens in the valley.").contains(TriggerCategory.CHEMICAL));
        assertTrue(categories("Victims showed signs of a nerve agent.").contains(TriggerCategory.CHEMICAL));
        assertTrue(categories("Two gas attacks hit the suburb.").contains(TriggerCategory.CHEMICAL));
    }

    @Test
    void aPlaceFallsToASideShellsFallIntoAPlace() {
        for (String taken : List.of("The town fell to the rebels at dawn.", "The crossing fell into rebel hands on Friday.",
                "The airport has fallen into the hands of the militia.", "The district fell into the control of the army.")) {
            assertTrue(categories(taken).contains(TriggerCategory.TAKE_PASSIVE), taken);
        }
        for (String impact : List.of("Mortar shells fell into the eastern quarter of the town.",
                "Two rockets fell into an empty field near the airport.")) {
            assertTrue(!categories(impact).contains(TriggerCategory.TAKE_PASSIVE), impact + " " + categories(impact));
        }
    }

    @Test
    void aWeaponNamedBeforeAttackIsTheAttacksKind() {
        assertEquals(List.of(TriggerCategory.KILLED_BY, TriggerCategory.AIR),
                categories("Nine people were killed by a barrel bomb attack near the bakery."));
        assertEquals(List.of(TriggerCategory.IED), categories("A car bomb attack shook the checkpoint."));
        assertEquals(List.of(TriggerCategory.IED), categories("Two bomb attacks shook the city."));
        assertEquals(List.of(TriggerCategory.SUICIDE), categories("A suicide bombing attack shook the base."));
        assertEquals(List.of(TriggerCategory.GRENADE), categories("A grenade attack wounded two guards."));
        assertEquals(List.of(TriggerCategory.CLASH), categories("The attack on the checkpoint lasted an hour."));
    }

    @Test
    void aCrowdBeforeAnOfficeProtestsStonesThrownAreARiot() {
        for (String s : List.of("Families of prisoners gathered in front of the courthouse on Monday.",
                "Some 50 pensioners stood outside the labour ministry.", "Investors assembled outside the central bank office.")) {
            assertTrue(categories(s).contains(TriggerCategory.PROTEST), s + " " + categories(s));
        }
        for (String s : List.of("Youths hurled rocks at passing cars.", "A crowd threw molotov cocktails at the police station.",
                "Settlers vandalized three cars in the village.")) {
            assertTrue(categories(s).contains(TriggerCategory.RIOT), s + " " + categories(s));
        }
        assertTrue(!categories("Troops gathered near the town before dawn.").contains(TriggerCategory.PROTEST));
    }

    @Test
    void aDroneFiredAtATargetIsAnAirStrike() {
        for (String s : List.of("The rebels fired a drone at the airport.", "Militants launched two explosive drones toward the base.",
                "The army sent several drones against the rebel positions.")) {
            assertTrue(categories(s).contains(TriggerCategory.AIR), s + " " + categories(s));
        }
    }

    @Test
    void blowingSomethingUpIsAnExplosionAndBlowingOneselfUpASuicideBombing() {
        assertEquals(List.of(TriggerCategory.IED), categories("ISIS militants blew up the house of a judge."));
        assertEquals(List.of(TriggerCategory.IED), categories("Two bridges were blown up overnight."));
        assertEquals(List.of(TriggerCategory.IED), categories("Rebels are blowing up the tunnels they dug."));
        assertEquals(List.of(TriggerCategory.SUICIDE), categories("A man blew himself up at the gate."));
    }

    @Test
    void strikesByTheCoalitionOrConductedOnAPlaceAreAirStrikes() {
        List<Trigger> by = LEXICON.find("One strike by the US-led coalition destroyed a cache.");
        assertEquals(List.of(TriggerCategory.AIR), by.stream().map(Trigger::category).toList());
        assertEquals("strike", by.get(0).text(), "the coalition stays outside the trigger, an actor");
        assertEquals(List.of(TriggerCategory.AIR), categories("Five strikes were reportedly conducted on the valley."));
        assertEquals(List.of(TriggerCategory.AIR), categories("Two strikes were launched against the depot."));
        assertEquals(List.of(TriggerCategory.PROTEST), categories("A strike by the teachers closed the schools."));
    }

    @Test
    void anOffensiveLaunchedOrRepelledIsAFightNotAnOngoingCampaign() {
        assertEquals(List.of(TriggerCategory.CLASH), categories("HTS launched a major offensive on the hill."));
        assertEquals(List.of(TriggerCategory.CLASH), categories("The army repelled an offensive by the rebels."));
        assertEquals(List.of(TriggerCategory.CLASH), categories("An offensive operation was waged on the valley."));
        assertEquals(List.of(), categories("The army has been on a wide offensive for months."));
    }

    @Test
    void aKillingCountedWithAnUpperBoundIsAKilling() {
        assertEquals(List.of(TriggerCategory.KILL), categories("The rebels killed as many as 18 soldiers at the camp."));
        assertEquals(List.of(TriggerCategory.AIR, TriggerCategory.KILL), categories("The strike killed up to 30 fighters overnight."));
        assertEquals(List.of(TriggerCategory.KILL), categories("Gunmen killed nearly 40 people in the market."));
    }

    @Test
    void aGasOrAnAircraftNamedBeforeAttackIsTheKindOfTheAttack() {
        assertEquals(List.of(TriggerCategory.CHEMICAL), categories("A sarin attack was reported at dawn."));
        assertEquals(List.of(TriggerCategory.CHEMICAL), categories("Dozens choked in a poison gas attack."));
        assertEquals(List.of(TriggerCategory.CHEMICAL), categories("The chemical weapons attacks of last week."));
        assertEquals(List.of(TriggerCategory.CHEMICAL), categories("Chlorine attacks were reported in the suburbs."));
        assertEquals(List.of(TriggerCategory.AIR), categories("An air attack was reported overnight."));
    }

    @Test
    void raidsThatKillOrHitAreStrikes() {
        assertEquals(List.of(TriggerCategory.AIR), categories("Raids hit two markets on Sunday."));
        assertEquals(TriggerCategory.AIR, LEXICON.find("New raids killed 9 people.").get(0).category());
        assertTrue(categories("Police raids were reported in the city.").isEmpty());
    }

    @Test
    void housesBurnedDownAreDestroyedProperty() {
        assertEquals(List.of(TriggerCategory.LOOT), categories("Troops burned down around 40 houses in the village."));
        assertEquals(List.of(TriggerCategory.LOOT), categories("Militiamen burnt dozens of huts overnight."));
        assertEquals(List.of(TriggerCategory.LOOT), categories("Gunmen burnt down the homes of two families."));
    }

    @Test
    void protestersSomewhereOrDoingWhatProtestersDoAreAProtest() {
        assertEquals(java.util.Set.of(TriggerCategory.PROTEST),
                java.util.Set.copyOf(categories("Protestors in Tabriz chanted slogans against the governor on Friday night.")));
        assertEquals(List.of(TriggerCategory.PROTEST),
                categories("Hundreds of protesters outside the ministry demanded higher wages."));
        assertEquals(List.of(TriggerCategory.INTERVENTION), categories("Police fired tear gas at protesters."));
        assertTrue(!categories("Five protesters were injured in clashes.").contains(TriggerCategory.PROTEST),
                "protesters hurt are no protest told");
        assertEquals(List.of(TriggerCategory.PROTEST), categories("Villagers set tyres on fire on the main road."));
        assertEquals(List.of(TriggerCategory.PROTEST), categories("Students burned effigies of the minister."));
    }

    @Test
    void aVehicleThatHitsALandmineIsAMineExplosion() {
        assertEquals(List.of(TriggerCategory.IED), categories("Their vehicle hit a landmine."));
        assertEquals(List.of(TriggerCategory.IED), categories("A patrol stepped on a land mine."));
        assertEquals(List.of(TriggerCategory.IED), categories("A bus struck a buried mine."));
        assertEquals(List.of(TriggerCategory.IED), categories("Their vehicle hit a roadside bomb."));
        assertEquals(List.of(TriggerCategory.IED), categories("A convoy drove over an improvised explosive device."));
        assertEquals(List.of(TriggerCategory.IED), categories("Militants set off a car bomb outside the base."));
    }

    @Test
    void firingOnPeopleWhoAreProtestingIsExcessiveForce() {
        assertEquals(List.of(TriggerCategory.EXCESSIVE),
                categories("Police opened fire on inmates staging a protest against overcrowding."));
        assertEquals(List.of(TriggerCategory.EXCESSIVE),
                categories("Guards fired at detainees who were holding a sit-in."));
        assertEquals(List.of(TriggerCategory.EXCESSIVE),
                categories("Troops opened fire on students taking part in a peaceful march."));
        assertEquals(List.of(TriggerCategory.EXCESSIVE), categories("Soldiers opened fire on angry protesters."));
        assertEquals(List.of(TriggerCategory.EXCESSIVE), categories("Soldiers opened fire on a crowd."));
    }

    @Test
    void openingFireToDisperseProtestersIsExcessiveForce() {
        assertEquals(List.of(TriggerCategory.EXCESSIVE), categories("Soldiers opened fire to disperse protesters."));
        assertEquals(List.of(TriggerCategory.EXCESSIVE), categories("Troops opened fire to disperse a crowd of people."));
        assertEquals(List.of(TriggerCategory.EXCESSIVE), categories("Police opened fire to disperse the angry demonstrators."));
    }

    @Test
    void anExchangeOfPrisonersIsAnAgreement() {
        assertEquals(List.of(TriggerCategory.AGREE), categories("The two sides exchanged prisoners at the crossing."));
        assertEquals(List.of(TriggerCategory.AGREE), categories("Rebels and the army swapped 40 detainees."));
        assertEquals(List.of(TriggerCategory.AGREE), categories("A prisoner exchange took place at dawn."));
    }
}
