package org.trainlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.trainlab.lab.Experiment;
import org.trainlab.lab.Run;
import org.trainlab.lab.RunSnapshot;
import org.trainlab.lab.RunState;

/** Runs an experiment to its end on a lab Run, with a progress bar on a terminal, and reports it. */
final class Headless {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** How a finished run went. */
    record Outcome<D>(RunSnapshot<D> last, double seconds) {
        double stepsPerSecond() {
            return seconds > 0 ? last.step() / seconds : 0;
        }
    }

    private Headless() {
    }

    static <D, E extends Experiment<D>> Outcome<D> run(String name, Supplier<E> factory, boolean showProgress)
            throws InterruptedException {
        E probe = factory.get();
        long total = probe.totalSteps();
        int every = (int) Math.max(1, total / 100);
        CountDownLatch done = new CountDownLatch(1);
        Progress progress = showProgress ? new Progress(name, total) : null;
        try (Run<D> run = new Run<>(name, () -> probe, every)) {
            run.subscribe(s -> {
                if (progress != null) {
                    progress.show(s.step());
                }
                if (!s.state().isActive()) {
                    done.countDown();
                }
            });
            long start = System.nanoTime();
            run.start();
            done.await();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (progress != null) {
                progress.finish();
            }
            return new Outcome<>(run.latest(), seconds);
        }
    }

    /** The summary lines, or the JSON object, with the experiment's metrics after the common fields. */
    static int report(String experiment, Outcome<?> outcome, Map<String, Object> metrics, boolean json,
            PrintStream out, PrintStream err) {
        RunSnapshot<?> last = outcome.last();
        boolean ok = last.state() == RunState.FINISHED;
        if (json) {
            Map<String, Object> obj = new LinkedHashMap<>();
            obj.put("experiment", experiment);
            obj.put("steps", last.step());
            obj.put("seconds", outcome.seconds());
            obj.put("steps_per_s", outcome.stepsPerSecond());
            obj.put("state", last.state().name().toLowerCase(java.util.Locale.ROOT));
            if (!ok) {
                obj.put("reason", last.reason());
            }
            obj.putAll(metrics);
            try {
                out.println(JSON.writeValueAsString(obj));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else if (last.state() == RunState.FAILED && last.step() == 0) {
            err.println("error: " + last.reason()); // nothing was trained: the error is the whole story
        } else {
            out.printf("%s: %d steps in %.2f s (%,.0f steps/s)%n", experiment, last.step(), outcome.seconds(),
                    outcome.stepsPerSecond());
            metrics.forEach((k, v) -> out.println("  " + k.replace('_', ' ') + ": " + format(v)));
            if (!ok) {
                err.println("stopped: " + last.reason());
            }
        }
        return ok ? 0 : 1;
    }

    private static String format(Object v) {
        if (v instanceof Double d) {
            return String.format(java.util.Locale.ROOT, "%.4f", d);
        }
        if (v instanceof Float f) {
            return String.format(java.util.Locale.ROOT, "%.4f", f);
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder();
            m.forEach((k, x) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" ").append(format(x)));
            return sb.toString();
        }
        return String.valueOf(v);
    }
}
