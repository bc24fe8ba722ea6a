package org.sitrep.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

class AcledRecordsTest {
    private static List<AcledRecord> read(String csv) throws IOException {
        return AcledRecords.read(new StringReader(csv), "test.csv");
    }

    @Test
    void oldTypesMapToTheCurrentTaxonomy() throws IOException {
        List<AcledRecord> rs = read("""
                data_id,event_date,event_type,actor1,actor2,latitude,longitude,geo_precision,fatalities,notes
                1,2018-01-02,Battle-No change of territory,Rebels,Army,35.1,36.2,1,2,"Rebels fought the army at a checkpoint, 2 killed."
                2,2018-01-02,Battle-Government regains territory,Army,Rebels,,,2,0,The army retook a hamlet.
                3,2018-01-03,Remote violence,Army,,,,,0,Artillery hit a farm.
                4,2018-01-03,Riots/Protests,Protesters,,,,,0,People marched.
                5,2018-01-04,Non-violent transfer of territory,Rebels,,,,,0,Rebels handed a town over.
                """);
        assertEquals(5, rs.size());
        assertEquals(new AcledLabel(EventType.BATTLES, SubEventType.ARMED_CLASH), rs.get(0).label());
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, rs.get(1).label().subEventType());
        assertEquals(new AcledLabel(EventType.EXPLOSIONS, null), rs.get(2).label());
        assertEquals(EventType.PROTESTS, rs.get(3).label().eventType());
        assertEquals(new AcledLabel(EventType.STRATEGIC_DEVELOPMENTS, SubEventType.NON_VIOLENT_TRANSFER), rs.get(4).label());
        assertEquals("Rebels fought the army at a checkpoint, 2 killed.", rs.get(0).notes());
        assertEquals(35.1, rs.get(0).latitude());
        assertEquals(1, rs.get(0).geoPrecision());
        assertEquals(2, rs.get(0).fatalities());
        assertNull(rs.get(2).latitude());
        assertEquals(false, rs.get(0).label().territory());
        assertEquals(true, rs.get(1).label().territory());
        assertEquals(false, rs.get(2).label().territory());
    }

    @Test
    void currentTypesWithSubTypesAndQuotedLineBreaksAreRead() throws IOException {
        List<AcledRecord> rs = read("notes,event_type,sub_event_type\r\n"
                + "\"A drone hit a car,\nkilling \"\"two\"\" men.\",Explosions/Remote violence,Air/drone strike\r\n"
                + "Troops arrested a journalist.,Strategic developments,Arrests\r\n"
                + "Clashes were reported.,Battles,\r\n");
        assertEquals(3, rs.size());
        assertEquals("A drone hit a car,\nkilling \"two\" men.", rs.get(0).notes());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, rs.get(0).label().subEventType());
        assertEquals(SubEventType.ARRESTS, rs.get(1).label().subEventType());
        assertNull(rs.get(2).label().subEventType());
        assertNull(rs.get(2).label().territory(), "a battle without its sub-type may or may not be a change of control");
        assertEquals("3", rs.get(2).id());
    }

    @Test
    void badInputNamesTheFileAndTheLine() {
        IOException noNotes = assertThrows(IOException.class, () -> read("event_type,actor1\nBattles,Army\n"));
        assertTrue(noNotes.getMessage().contains("test.csv: no 'notes' column"), noNotes.getMessage());
        IOException badType = assertThrows(IOException.class,
                () -> read("notes,event_type\nFine.,Battles\nOdd.,Skirmish\n"));
        assertTrue(badType.getMessage().startsWith("test.csv:3: unknown ACLED event type 'Skirmish'"), badType.getMessage());
        IOException mismatch = assertThrows(IOException.class,
                () -> read("notes,event_type,sub_event_type\nX.,Battles,Arrests\n"));
        assertTrue(mismatch.getMessage().contains("test.csv:2:"), mismatch.getMessage());
        IOException badNumber = assertThrows(IOException.class,
                () -> read("notes,event_type,fatalities\nX.,Battles,many\n"));
        assertTrue(badNumber.getMessage().contains("fatalities is not a whole number"), badNumber.getMessage());
    }

    @Test
    void recordsOfOneNoteAreOneGroup() throws IOException {
        List<AcledRecord> rs = read("notes,event_type\nSame note.,Battles\nOther.,Protests\nSame note.,Battles\n");
        List<List<AcledRecord>> groups = AcledRecords.byNote(rs);
        assertEquals(2, groups.size());
        assertEquals(2, groups.get(0).size());
    }
}
