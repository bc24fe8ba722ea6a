package org.sitrep.store.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.db.Database;

class ChangeCursorTest {
    @TempDir
    Path dir;

    private static void append(Database db, ChangeLog.Entry... entries) {
        db.write(c -> {
            ChangeLog.append(c, List.of(entries));
            return null;
        });
    }

    private static ChangeCursor.Changed advance(Database db, ChangeCursor cursor) {
        return db.read(cursor::advance);
    }

    @Test
    void saysWhatChangedSinceItsLastCallAndEverythingWhenItCannotTell() {
        try (Database db = Database.openDataDir(dir)) {
            ChangeCursor cursor = new ChangeCursor(3);
            assertTrue(advance(db, cursor).everything(), "the first call cannot tell");
            assertEquals(new ChangeCursor.Changed(false, Set.of(), Set.of()), advance(db, cursor));

            append(db, new ChangeLog.Entry(ChangeKind.ADDED, 7, null), new ChangeLog.Entry(ChangeKind.CONTROL, 7, "p"));
            ChangeCursor.Changed changed = advance(db, cursor);
            assertFalse(changed.everything());
            assertEquals(Set.of(7L), changed.incidents());
            assertEquals(Set.of("p"), changed.places());
            assertEquals(Set.of(), advance(db, cursor).incidents(), "each change is said once");

            append(db, new ChangeLog.Entry(ChangeKind.CHANGED, 1, null), new ChangeLog.Entry(ChangeKind.CHANGED, 2, null),
                    new ChangeLog.Entry(ChangeKind.CHANGED, 3, null), new ChangeLog.Entry(ChangeKind.CHANGED, 4, null));
            assertTrue(advance(db, cursor).everything(), "more changes than its limit");

            append(db, new ChangeLog.Entry(ChangeKind.REMOVED, 9, null));
            cursor.reset();
            assertTrue(advance(db, cursor).everything(), "after a reset, what was kept could not follow");
            assertFalse(advance(db, cursor).everything());
        }
    }
}
