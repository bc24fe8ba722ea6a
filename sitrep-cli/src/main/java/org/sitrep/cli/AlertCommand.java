package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import org.sitrep.store.alert.AlertRule;
import org.sitrep.store.alert.Delivery;
import org.sitrep.store.event.BoundingBox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep alert add|list|remove}: watch lists whose matches a running server posts to webhooks. */
@Command(name = "alert", mixinStandardHelpOptions = true,
        description = {"Manages watch lists. When an event added from then on matches one (a place, an actor or a box, "
                + "with --min-deaths and --changes-of-control), a running `sitrep serve` POSTs it as JSON to the "
                + "webhook, retrying with backoff, once. Entries added here belong to 'cli'; users add their own "
                + "through the API."},
        subcommands = {AlertCommand.Add.class, AlertCommand.ListAlerts.class, AlertCommand.Remove.class})
public final class AlertCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** The owner of the entries made on the command line. */
    static final String OWNER = "cli";

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every subcommand has: its command line, and where the store is. */
    abstract static class OnStore implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        UserCommand.StoreChoice where = new UserCommand.StoreChoice();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a watch list entry; every condition given must hold. Prints its id.")
    static final class Add extends OnStore {
        @Option(names = "--place", paramLabel = "NAME", description = "A place, by its name or as reports write it.")
        String place;

        @Option(names = "--actor", paramLabel = "NAME", description = "An actor, by name (or its parent's).")
        String actor;

        @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "A box: west,south,east,north in degrees.")
        String bbox;

        @Option(names = "--min-deaths", paramLabel = "N", description = "Only events with at least N killed.")
        Integer minDeaths;

        @Option(names = "--changes-of-control", description = "Only changes of control (a place changing hands).")
        boolean changesOfControl;

        @Option(names = "--webhook", required = true, paramLabel = "URL", description = "Where to POST the alert.")
        String webhook;

        /** The entry the options describe; its message names what is wrong, in one line. */
        private AlertRule draft() {
            return AlertRule.draft(OWNER, place, actor, bbox == null ? null : BoundingBox.parse(bbox), minDeaths,
                    changesOfControl, webhook);
        }

        @Override
        public Integer call() {
            AlertRule draft;
            try {
                draft = draft();
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("sitrep: alert add: " + e.getMessage());
                return 2;
            }
            try (Store store = where.open()) {
                AlertRule added = store.alerts().add(draft);
                spec.commandLine().getOut().println("Added alert " + added.id() + ": " + added.describe() + " -> "
                        + added.webhook() + " (sent by a running `sitrep serve`)");
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every watch list entry (id, owner, what it watches, webhook), then the latest alerts.")
    static final class ListAlerts extends OnStore {
        private static final int RECENT = 20;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = where.open()) {
                List<AlertRule> rules = store.alerts().rules(null);
                if (rules.isEmpty()) {
                    out.println("No alerts yet: add one with `sitrep alert add --place NAME --webhook URL`.");
                }
                for (AlertRule r : rules) {
                    out.println(r.id() + "\t" + r.owner() + "\t" + r.describe() + "\t" + r.webhook());
                }
                List<Delivery> recent = store.alerts().recent(null, RECENT);
                if (!recent.isEmpty()) {
                    out.println("Latest alerts (alert, event, status, attempts, when):");
                }
                for (Delivery d : recent) {
                    out.println(d.alertId() + "\tevent " + d.eventId() + "\t" + d.status() + "\t" + d.attempts()
                            + "\t" + d.createdAt() + (d.lastError() == null ? "" : "\t" + d.lastError()));
                }
                return 0;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a watch list entry by its id.")
    static final class Remove extends OnStore {
        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            boolean removed;
            try (Store store = where.open()) {
                removed = store.alerts().remove(id, null);
            }
            PrintWriter to = removed ? spec.commandLine().getOut() : spec.commandLine().getErr();
            to.println(removed ? "Removed alert " + id + "." : "sitrep: alert remove: no alert " + id);
            return removed ? 0 : 1;
        }
    }
}
