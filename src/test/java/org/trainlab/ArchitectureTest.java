package org.trainlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The floors of ARCHITECTURE.md, checked on every main source file: each package names only the packages
 * below it.
 *
 * <pre>
 *  app  → console, lab, spec, io, engine (anything but cli)       cli → console, lab, spec, io, engine (not app)
 *  lab  → spec, io, engine       console → lab, spec, io, engine (app and cli use it)
 *  io   → spec, engine          spec → engine (never io)
 *  nn, optim, data → tensor     tensor → nothing of TrainLab
 *  javafx, atlantafx, controlsfx, ikonli: app only
 * </pre>
 *
 * Every mention in code counts, not only import lines: static imports, fully qualified names written inline
 * and names in string literals (reflection). Comments do not. The engine's packages use no one but tensor
 * today (nn, optim and data do not use each other), so the rule says so. One exception, by name:
 * {@code cli/Main} starts the desktop app by reflection ({@code Class.forName("org.trainlab.app.TrainLabApp")})
 * so that command-line runs never load JavaFX.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/trainlab");

    private static final Set<String> ENGINE = Set.of("tensor", "nn", "optim", "data");
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "tensor", Set.of(),
            "nn", Set.of("tensor"),
            "optim", Set.of("tensor"),
            "data", Set.of("tensor"),
            "spec", ENGINE,
            "io", union(ENGINE, "spec"),
            "lab", union(ENGINE, "spec", "io"),
            "console", union(ENGINE, "spec", "io", "lab"),
            "cli", union(ENGINE, "spec", "io", "lab", "console"),
            "app", union(ENGINE, "spec", "io", "lab", "console"));
    private static final Map<String, String> RULE = Map.of(
            "tensor", "tensor uses no other TrainLab package",
            "nn", "nn, optim and data use only tensor",
            "optim", "nn, optim and data use only tensor",
            "data", "nn, optim and data use only tensor",
            "spec", "spec uses only the engine (tensor, nn, optim, data), never io",
            "io", "io uses only spec and the engine",
            "lab", "lab uses spec, io and the engine, never app or cli",
            "console", "console uses lab, spec, io and the engine, never app or cli",
            "cli", "cli uses lab, spec, io and the engine, never app",
            "app", "app uses anything of TrainLab but cli");
    /** The one allowed mention across the rules: file (under org/trainlab) → the name it may mention. */
    private static final Map<String, String> EXCEPTIONS = Map.of("cli/Main.java", "org.trainlab.app.TrainLabApp");

    private static final Pattern TRAINLAB = Pattern.compile("\\borg\\.trainlab\\.([a-z][a-z0-9_]*)((?:\\.\\w+)*)");
    private static final Pattern UI_TOOLKIT = Pattern.compile(
            "(?<![\\w.])(?:javafx|atlantafx|org\\.controlsfx|org\\.kordamp\\.ikonli)(?:\\.\\w+)+");

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the project folder: " + MAIN.toAbsolutePath() + " is missing");
        List<String> problems = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(MAIN)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/');
                problems.addAll(violations(relative, Files.readString(file, StandardCharsets.UTF_8)));
                files++;
            }
        }
        assertTrue(files > 100, "found only " + files + " source files under " + MAIN);
        if (!problems.isEmpty()) {
            fail(problems.size() + " import rule" + (problems.size() == 1 ? "" : "s") + " broken:\n  "
                    + String.join("\n  ", problems));
        }
    }

    @Test
    void theCheckSeesStaticImportsQualifiedNamesAndStringsButNotComments() {
        String source = """
                package org.trainlab.spec;

                import static org.trainlab.io.Csv.read;
                // org.trainlab.app.Nothing in a comment
                /* org.trainlab.cli.Main, javafx.scene.Node */
                class X {
                    Object a = new org.trainlab.lab.Run(); String s = "org.trainlab.cli.Main // not a comment";
                    javafx.scene.Node n;
                }
                """;
        List<String> problems = violations("spec/X.java", source);
        assertEquals(List.of(
                "src/main/java/org/trainlab/spec/X.java:3: names org.trainlab.io.Csv.read, but spec uses only the "
                        + "engine (tensor, nn, optim, data), never io",
                "src/main/java/org/trainlab/spec/X.java:7: names org.trainlab.lab.Run, but spec uses only the engine "
                        + "(tensor, nn, optim, data), never io",
                "src/main/java/org/trainlab/spec/X.java:7: names org.trainlab.cli.Main, but spec uses only the engine "
                        + "(tensor, nn, optim, data), never io",
                "src/main/java/org/trainlab/spec/X.java:8: names javafx.scene.Node, but only app uses JavaFX (javafx, atlantafx, "
                        + "controlsfx, ikonli)"), problems);
        assertEquals(List.of(), violations("cli/Main.java",
                "package org.trainlab.cli;\nclass Main { Object o = Class.forName(\"org.trainlab.app.TrainLabApp\"); }\n"));
        assertEquals(1, violations("cli/Run.java",
                "package org.trainlab.cli;\nclass Run { Object o = Class.forName(\"org.trainlab.app.TrainLabApp\"); }\n")
                .size());
    }

    /** The broken rules in one file, {@code relative} to org/trainlab, each naming the file, line and rule. */
    static List<String> violations(String relative, String source) {
        String where = "src/main/java/org/trainlab/" + relative;
        int slash = relative.indexOf('/');
        String own = slash < 0 ? "" : relative.substring(0, slash);
        List<String> problems = new ArrayList<>();
        Set<String> allowed = MAY_USE.get(own);
        if (allowed == null) {
            problems.add(where + ":1: package '" + own + "' has no rule; add its floor to ArchitectureTest");
            return problems;
        }
        String code = withoutComments(source);
        Matcher m = TRAINLAB.matcher(code);
        while (m.find()) {
            String used = m.group(1);
            String name = m.group();
            if (used.equals(own) || allowed.contains(used) || name.equals(EXCEPTIONS.get(relative))) {
                continue;
            }
            problems.add(where + ":" + line(code, m.start()) + ": names " + name + ", but " + RULE.get(own));
        }
        if (!own.equals("app")) {
            Matcher ui = UI_TOOLKIT.matcher(code);
            while (ui.find()) {
                problems.add(where + ":" + line(code, ui.start()) + ": names " + ui.group() + ", but only app uses "
                        + "JavaFX (javafx, atlantafx, controlsfx, ikonli)");
            }
        }
        return problems;
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The source with comments blanked (line breaks kept, so line numbers hold); string literals stay. */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (; i < end; i++) {
                    out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                out.append(s, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, s.length());
                out.append(s, i, j);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }
}
