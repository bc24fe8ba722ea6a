package org.sitrep.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code sitrep}, added to the command line only as far as it needs them: the
 * one it names, or all of them when it names none (the usage, {@code help}, a mistyped command).
 * Picocli reads each command's options, mixins and the classes these name when the command is
 * added: all twenty took about 0.9 s of CPU at every start, {@code extract} alone a fifth of that.
 */
final class Subcommands {
    /** In the order the usage lists them. */
    static final List<Class<?>> ALL = List.of(
            CommandLine.HelpCommand.class,
            GazetteerCommand.class,
            ReadCommand.class,
            IngestCommand.class,
            DemoCommand.class,
            ExtractCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            ExportCommand.class,
            BenchApiCommand.class,
            BenchSourcesCommand.class,
            StoreCommand.class,
            TrainCommand.class,
            EvaluateCommand.class,
            UserCommand.class,
            AlertCommand.class,
            SourcesCommand.class,
            SourceCommand.class,
            WatchCommand.class,
            BenchLiveCommand.class);

    private Subcommands() {
    }

    /** Adds to {@code cli} the subcommand {@code args} starts with, else every subcommand. */
    static void addTo(CommandLine cli, String... args) {
        Class<?> named = args.length == 0 ? null : named(args[0]);
        if (named != null && named != CommandLine.HelpCommand.class) {
            cli.addSubcommand(named);
            return;
        }
        for (Class<?> command : ALL) {
            cli.addSubcommand(command);
        }
    }

    /** The subcommand with this name, or null. */
    private static Class<?> named(String name) {
        for (Class<?> command : ALL) {
            if (command.getAnnotation(Command.class).name().equals(name)) {
                return command;
            }
        }
        return null;
    }
}
