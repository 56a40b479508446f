package org.trainlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VectorRelaunchTest {
    @Test
    void aJarStartedWithDashJarIsRestartedTheSameWayWithTheModuleAHeapBoundAndTheLaunchersCollector() {
        List<String> command = VectorRelaunch.command("/jdk/bin/java", List.of("-Dx=1"), "target/trainlab.jar",
                "target/trainlab.jar bench --json", new String[] {"bench", "--json"});
        assertEquals(List.of("/jdk/bin/java", "--add-modules", "jdk.incubator.vector", "-Xmx512m",
                "-XX:+UseParallelGC", "-Dx=1", "-jar", "target/trainlab.jar", "bench", "--json"), command);
    }

    @Test
    void theUsersHeapAndCollectorWinAndAClasspathStartKeepsItsClasspath() {
        List<String> command = VectorRelaunch.command("java", List.of("-Xmx2g", "-XX:+UseSerialGC"),
                "a.jar" + java.io.File.pathSeparator + "b.jar", "org.trainlab.cli.Main", new String[] {"--smoke"});
        assertEquals(List.of("java", "--add-modules", "jdk.incubator.vector", "-Xmx2g", "-XX:+UseSerialGC",
                "-cp", "a.jar" + java.io.File.pathSeparator + "b.jar", "org.trainlab.cli.Main", "--smoke"), command);
    }

    @Test
    void theChildNeverRelaunchesAgain() {
        // The tests run with the module, so whyNot says nothing; the child mark is checked without it.
        assertEquals("", VectorRelaunch.whyNot(Map.of(VectorRelaunch.CHILD, "1")));
    }

    @Test
    void theIncubatorWarningIsLeftOutAndEverythingElsePassesThrough() {
        assertEquals("error: bad\nmore\n", copied("WARNING: Using incubator modules: jdk.incubator.vector\nerror: bad\nmore\n"));
        assertEquals("WARNING: something else\nx", copied("WARNING: something else\nx"));
        assertEquals("", copied(""));
        assertEquals("no newline", copied("no newline"));
    }

    /** Runs Main in a JVM without the module, as java -jar does, and checks the relaunch end to end. */
    @Test
    void aJvmWithoutTheModuleRestartsItselfPassingArgumentsOutputAndExitStatus() throws Exception {
        Run version = runWithoutModule("-Dtrainlab.verbose=true", "--version");
        assertEquals(0, version.status, version.stderr);
        assertTrue(version.stdout.startsWith("TrainLab "), version.stdout);
        assertTrue(version.stderr.contains("trainlab: restarting with --add-modules jdk.incubator.vector"), version.stderr);
        assertFalse(version.stderr.contains("WARNING: Using incubator modules"), version.stderr);

        Run usage = runWithoutModule("-Dunused=1", "run", "no-such-lesson");
        assertEquals(Main.USAGE_ERROR, usage.status);
        assertTrue(usage.stderr.startsWith("error: "), "silent unless asked: " + usage.stderr);
    }

    @Test
    void aRestartedJvmThatStillLacksTheModuleRunsScalarInsteadOfLooping() throws Exception {
        Run run = runWithoutModule(Map.of(VectorRelaunch.CHILD, "1"), "-Dtrainlab.verbose=true", "--version");
        assertEquals(0, run.status, run.stderr);
        assertTrue(run.stderr.contains("already the restarted one"), run.stderr);
    }

    private record Run(int status, String stdout, String stderr) {
    }

    private static Run runWithoutModule(String jvmOption, String... args) throws IOException, InterruptedException {
        return runWithoutModule(Map.of(), jvmOption, args);
    }

    private static Run runWithoutModule(Map<String, String> env, String jvmOption, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), jvmOption,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(VectorRelaunch.CHILD);
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        return new Run(process.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static String copied(String stderr) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VectorRelaunch.copyStderr(new ByteArrayInputStream(stderr.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
