package org.trainlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Starts TrainLab again with {@code --add-modules jdk.incubator.vector} when the JVM lacks it, so a
 * double-click or a plain {@code java -jar trainlab.jar} runs the engine's SIMD kernels as the launcher
 * does (a jar's manifest cannot add a module). The child gets the same JVM options, classpath and
 * arguments, inherits stdin and stdout, its stderr is copied to ours, and its exit status becomes ours; the environment
 * variable {@link #CHILD} marks it, so it never starts a third JVM. It also bounds the heap and picks
 * the launcher's collector when the user chose neither. If the relaunch cannot start, TrainLab goes on
 * in this JVM with the scalar kernels. Silent unless {@code -Dtrainlab.verbose=true} or {@code --debug}.
 */
final class VectorRelaunch {
    static final String MODULE = "jdk.incubator.vector";
    /** Set in the child's environment: this JVM was started by a relaunch. */
    static final String CHILD = "TRAINLAB_RELAUNCHED";
    /** The heap bound a relaunch adds when the user gave none (the same as ./trainlab's). */
    static final String HEAP = "-Xmx512m";
    /** The launcher's collector: training makes many short-lived arrays (see ./trainlab). */
    static final String COLLECTOR = "-XX:+UseParallelGC";

    private VectorRelaunch() {
    }

    /**
     * Relaunches when it should and could, and then exits with the child's status; returns when this JVM
     * is to run TrainLab itself.
     */
    static void ifNeeded(String[] args) {
        boolean verbose = Boolean.getBoolean("trainlab.verbose") || List.of(args).contains("--debug");
        String reason = whyNot(System.getenv());
        if (reason != null) {
            if (verbose && !reason.isEmpty()) {
                System.err.println("trainlab: not restarting with --add-modules " + MODULE + ": " + reason);
            }
            return;
        }
        List<String> jvmOptions;
        try {
            jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (LinkageError e) { // a runtime without java.management
            jvmOptions = List.of();
        }
        if (jvmOptions.stream().anyMatch(o -> o.startsWith("-agentlib:jdwp") || o.startsWith("-Xrunjdwp"))) {
            log(verbose, "not restarting under a debugger; the scalar kernels run");
            return;
        }
        List<String> command = command(javaExecutable(), jvmOptions, System.getProperty("java.class.path"),
                System.getProperty("sun.java.command", ""), args);
        log(verbose, "restarting with --add-modules " + MODULE + ": " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO().redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().put(CHILD, "1");
        // These options are already among the input arguments passed on; the child must not read them twice.
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process child;
        try {
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            log(verbose, "the restart failed (" + e.getMessage() + "); the scalar kernels run");
            return;
        }
        Thread stderr = new Thread(() -> copyStderr(child.getErrorStream(), System.err), "trainlab-relaunch-stderr");
        stderr.setDaemon(true);
        stderr.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
            }
        }, "trainlab-relaunch"));
        int status;
        while (true) {
            try {
                status = child.waitFor();
                stderr.join();
                break;
            } catch (InterruptedException e) {
                // keep waiting: the child owns the terminal and decides when we end
            }
        }
        System.exit(status);
    }

    /**
     * Null when a relaunch is due; otherwise why not (empty when there is nothing worth saying: the
     * module is already there).
     */
    static String whyNot(Map<String, String> env) {
        if (ModuleLayer.boot().findModule(MODULE).isPresent()) {
            return "";
        }
        if (env.containsKey(CHILD)) {
            return "this JVM is already the restarted one and still lacks the module";
        }
        if (Boolean.getBoolean("trainlab.scalar")) {
            return "-Dtrainlab.scalar=true asks for the scalar kernels";
        }
        if (ModuleFinder.ofSystem().find(MODULE).isEmpty()) {
            return "this Java runtime has no " + MODULE + " module; the scalar kernels run";
        }
        return null;
    }

    /**
     * The child's command line: the same JVM options plus the module (and a heap bound and the launcher's
     * collector where the user chose none), then {@code -jar} when this JVM was started that way, else the
     * classpath and the main class, then the arguments.
     */
    static List<String> command(String java, List<String> jvmOptions, String classPath, String javaCommand,
            String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("--add-modules");
        command.add(MODULE);
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Xmx") || o.startsWith("-XX:MaxHeapSize")
                || o.startsWith("-XX:MaxRAMPercentage"))) {
            command.add(HEAP);
        }
        if (jvmOptions.stream().noneMatch(o -> o.matches("-XX:\\+Use\\w+GC"))) {
            command.add(COLLECTOR);
        }
        command.addAll(jvmOptions);
        boolean fromJar = classPath != null && !classPath.contains(File.pathSeparator)
                && classPath.endsWith(".jar") && javaCommand.startsWith(classPath);
        if (fromJar) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath == null ? "." : classPath);
            command.add(Main.class.getName());
        }
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Copies the child's stderr to ours, leaving out the JVM's one line about using an incubator module,
     * which no option turns off: the relaunch is meant to go unnoticed.
     */
    static void copyStderr(InputStream from, PrintStream to) {
        byte[] warning = ("WARNING: Using incubator modules: " + MODULE).getBytes(StandardCharsets.US_ASCII);
        try (from) {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            int b;
            while ((b = from.read()) != -1 && b != '\n') {
                first.write(b);
            }
            byte[] line = first.toByteArray();
            int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
            if (!Arrays.equals(line, 0, length, warning, 0, warning.length)) {
                to.write(line);
                if (b == '\n') {
                    to.write('\n');
                }
            }
            to.flush();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = from.read(buffer)) != -1) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // the child closed its stderr or ended: nothing more to copy
        }
    }

    /** The java (or javaw) program running this JVM. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void log(boolean verbose, String message) {
        if (verbose) {
            System.err.println("trainlab: " + message);
        }
    }
}
