package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import org.sitrep.store.user.Role;
import org.sitrep.store.user.User;
import org.sitrep.store.user.UserStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep user add|list|revoke}: the people who may review, post and manage. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"Manages the users of the API. Roles: viewer (reads), analyst (reviews events, posts reports), "
                + "admin (all of it, and users). A user's token is printed once, when added; the store keeps only its "
                + "SHA-256."},
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Revoke.class})
public final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every subcommand shares: where the store is. */
    static class StoreChoice {
        @Mixin
        DataDirOption data;

        @Mixin
        StoreOption db;

        Store open() {
            return db.open(data);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a user and prints their token, alone on the last line (shown this once).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreChoice where = new StoreChoice();

        @Parameters(paramLabel = "NAME", description = "Letters, digits, '.', '_', '@' or '-'.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, analyst or admin.")
        String role;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Role chosen;
            try {
                chosen = Role.of(role);
            } catch (IllegalArgumentException e) {
                err.println("sitrep: user add: --role: " + e.getMessage());
                return 2;
            }
            try (Store store = where.open()) {
                UserStore.NewUser added = store.users().add(name, chosen);
                out.println("Added " + chosen.label() + " " + name + ". Their token (shown once; keep it secret):");
                out.println(added.token());
                return 0;
            } catch (IllegalArgumentException e) {
                err.println("sitrep: user add: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists users: name, role, added, revoked.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreChoice where = new StoreChoice();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = where.open()) {
                List<User> users = store.users().list();
                if (users.isEmpty()) {
                    out.println("No users yet: add one with `sitrep user add NAME --role analyst`.");
                }
                for (User u : users) {
                    out.println(u.name() + "\t" + u.role().label() + "\tadded " + u.createdAt()
                            + (u.active() ? "" : "\trevoked " + u.revokedAt()));
                }
                return 0;
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a user's token at once.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreChoice where = new StoreChoice();

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Store store = where.open()) {
                if (!store.users().revoke(name)) {
                    spec.commandLine().getErr().println("sitrep: user revoke: no active user '" + name + "'");
                    return 1;
                }
                spec.commandLine().getOut().println("Revoked " + name + ": their token no longer works.");
                return 0;
            }
        }
    }
}
