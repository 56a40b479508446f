package org.trainlab.app.frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.trainlab.app.Messages;
import org.trainlab.app.settings.Settings;
import org.trainlab.app.settings.SettingsJson;
import org.trainlab.io.AtomicFile;
import org.trainlab.io.LoadedNets;
import org.trainlab.io.ModelFile;
import org.trainlab.io.NamedModule;
import org.trainlab.lab.Experiment;
import org.trainlab.lab.MetricSource;
import org.trainlab.lab.SavableExperiment;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.PyTorchExport;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Tensor;

/**
 * A training lesson's model as a file: save the nets its run trains now (whole, with their training settings
 * and the lesson's settings), open a saved one (the lesson takes its settings and goes on from its weights),
 * export it as a PyTorch script. Every lesson whose experiments are {@link SavableExperiment}s gets this
 * alike, whether it trains one net or several (a GAN's G and D, a race's nets, each under its name). Saving and exporting read the experiment on the training thread between two steps and write
 * atomically, so the JavaFX thread never waits and no file is ever half written. Opening checks everything
 * first (the architecture, the loss, that the state_dict fits) and changes nothing when it refuses.
 */
public final class ModelDocument<D extends MetricSource> {
    /** The settings and the recipe (build, then load the saved weights) of a model that fits. */
    private record Opening<D>(Settings settings, Supplier<Experiment<D>> recipe) {
    }

    private final TrainingModel<D> model;
    private final ModelLesson lesson;
    private final PageModel page;
    private final Messages messages;
    private final TrainingLesson<D> owner;

    ModelDocument(TrainingLesson<D> owner, TrainingModel<D> model, ModelLesson lesson, PageModel page, Messages messages) {
        this.owner = owner;
        this.model = model;
        this.lesson = lesson;
        this.page = page;
        this.messages = messages;
    }

    /** The lesson's id (the first part of a saved file's suggested name). */
    public String lessonId() {
        return model.id();
    }

    /** Saves the nets being trained, their training settings and the lesson's settings in one whole-model file. */
    public CompletableFuture<Void> save(Path path) {
        Map<String, String> lessonMetadata = lessonMetadata();
        return onTrainingThread(e -> {
            write(e, path, lessonMetadata);
            return null;
        });
    }

    /**
     * Writes the model beside the script ({@code name.safetensors}) and a PyTorch script that rebuilds it,
     * loads the weights and goes on training with the saved settings (one net), or rebuilds every net with its
     * weights and its optimizer (several); completes with the weights' path.
     */
    public CompletableFuture<Path> exportScript(Path script) {
        String name = script.getFileName().toString();
        String stem = name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
        Path weights = script.resolveSibling(stem + ".safetensors");
        Map<String, String> lessonMetadata = lessonMetadata();
        String program = model.pytorchCode(page.applied());
        return onTrainingThread(e -> {
            List<NamedModule> nets = ((SavableExperiment) e).nets();
            write(e, weights, lessonMetadata);
            String file = weights.getFileName().toString();
            String text = nets.size() == 1 && nets.get(0).name().isEmpty()
                    ? PyTorchExport.script(NetworkSpec.of(nets.get(0).module()), nets.get(0).training(), file, file, name)
                    : PyTorchExport.script(specs(nets), trainings(nets), model.id(), program, file, name);
            try {
                AtomicFile.write(script, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return weights;
        });
    }

    private static LinkedHashMap<String, NetworkSpec> specs(List<NamedModule> nets) {
        LinkedHashMap<String, NetworkSpec> m = new LinkedHashMap<>();
        nets.forEach(n -> m.put(n.name(), NetworkSpec.of(n.module())));
        return m;
    }

    private static LinkedHashMap<String, TrainingSettings> trainings(List<NamedModule> nets) {
        LinkedHashMap<String, TrainingSettings> m = new LinkedHashMap<>();
        nets.forEach(n -> m.put(n.name(), n.training()));
        return m;
    }

    /** The lesson's id and the settings its run was built with, read on the JavaFX thread. */
    private Map<String, String> lessonMetadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ModelFile.LESSON_KEY, model.id());
        m.put(ModelFile.LESSON_SETTINGS_KEY, SettingsJson.write(page.applied()));
        return m;
    }

    /** Why this model cannot open in this lesson (in the user's language), or null when it can. */
    public String refusal(LoadedNets loaded) {
        try {
            prepare(loaded);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The lesson takes the model's settings and starts again from its weights, paused at step 0.
     *
     * @throws IllegalArgumentException (in the user's language, nothing changed) when it does not fit
     */
    public void open(LoadedNets loaded) {
        Opening<D> o = prepare(loaded);
        page.setAll(o.settings().values());
        page.apply();
        owner.startFrom(o.recipe());
    }

    /**
     * Loads a parameters-only file (a state_dict) into the lesson's nets as its settings build them now, as the
     * tutorial's net3 gets net1's parameters (several nets: each one's keys start with its name and a dot):
     * the run starts again from them at step 0.
     *
     * @throws IllegalArgumentException (in the user's language, nothing changed) when the keys or shapes
     *     do not fit the lesson's nets
     */
    public void openParameters(Map<String, Tensor> state) {
        Supplier<? extends Experiment<D>> fresh = model.experiment(page.applied());
        Supplier<Experiment<D>> recipe = () -> {
            Experiment<D> e = fresh.get();
            load(e, split(state, ((SavableExperiment) e).nets()));
            return e;
        };
        recipe.get(); // a trial, as for a whole model
        owner.startFrom(recipe);
    }

    private Opening<D> prepare(LoadedNets loaded) {
        Settings settings;
        if (model.id().equals(loaded.lesson()) && loaded.lessonSettings() != null) {
            try {
                settings = SettingsJson.read(loaded.lessonSettings(), page.editing());
            } catch (SettingsJson.BadValue e) {
                throw new IllegalArgumentException(messages.format("model.badSetting", e.id(), e.value()), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(messages.format("model.badSettings", e.getMessage()), e);
            }
        } else if (loaded.single() != null) {
            settings = lesson.settingsFor(loaded.single(), page.editing(), messages);
        } else {
            throw new IllegalArgumentException(messages.format("model.otherLesson", loaded.lesson() == null ? "?"
                    : loaded.lesson(), model.id(), String.join(", ", loaded.nets().keySet())));
        }
        String refusal = model.refusal(settings);
        if (refusal != null) {
            throw new IllegalArgumentException(messages.text(refusal));
        }
        Map<String, Map<String, Tensor>> states = new LinkedHashMap<>();
        loaded.nets().forEach((name, m) -> states.put(name, m.module().stateDict()));
        Supplier<? extends Experiment<D>> fresh = model.experiment(settings);
        Supplier<Experiment<D>> recipe = () -> {
            Experiment<D> e = fresh.get();
            load(e, states);
            return e;
        };
        recipe.get(); // a trial, so a state_dict that does not fit is refused before anything changes
        return new Opening<>(settings, recipe);
    }

    /** A flat state_dict split by the nets' names (their keys' first part); one unnamed net takes it whole. */
    private Map<String, Map<String, Tensor>> split(Map<String, Tensor> state, List<NamedModule> nets) {
        Map<String, Map<String, Tensor>> parts = new LinkedHashMap<>();
        if (nets.size() == 1 && nets.get(0).name().isEmpty()) {
            parts.put("", state);
            return parts;
        }
        nets.forEach(n -> parts.put(n.name(), new LinkedHashMap<>()));
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            int dot = e.getKey().indexOf('.');
            Map<String, Tensor> part = dot < 0 ? null : parts.get(e.getKey().substring(0, dot));
            if (part == null) {
                throw new IllegalArgumentException(messages.format("model.doesNotFit", "'" + e.getKey() + "': "
                        + messages.format("model.noSuchNet", String.join(", ", parts.keySet()))));
            }
            part.put(e.getKey().substring(dot + 1), e.getValue());
        }
        return parts;
    }

    /** Loads each net's state_dict into the experiment's net of that name, strictly; the names must be the same. */
    private void load(Experiment<D> e, Map<String, Map<String, Tensor>> states) {
        List<NamedModule> nets = ((SavableExperiment) e).nets();
        List<String> names = nets.stream().map(NamedModule::name).toList();
        if (!names.equals(List.copyOf(states.keySet()))) {
            throw new IllegalArgumentException(messages.format("model.otherNets", String.join(", ", states.keySet()),
                    String.join(", ", names)));
        }
        for (NamedModule n : nets) {
            try {
                n.module().loadStateDict(states.get(n.name()), true);
            } catch (IllegalArgumentException x) {
                String why = x.getMessage().replaceAll("\\s*\\n\\t", " ").strip();
                throw new IllegalArgumentException(messages.format("model.doesNotFit",
                        n.name().isEmpty() ? why : n.name() + ": " + why), x);
            }
        }
    }

    private <T> CompletableFuture<T> onTrainingThread(java.util.function.Function<Experiment<D>, T> task) {
        LiveRun<D> live = owner.live();
        if (live != null) {
            return live.inspect(task);
        }
        try { // the lesson was never shown: its model is the untrained one of its settings
            return CompletableFuture.completedFuture(task.apply(model.experiment(page.applied()).get()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void write(Experiment<?> e, Path path, Map<String, String> lessonMetadata) {
        try {
            ModelFile.save(path, ((SavableExperiment) e).nets(), lessonMetadata);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
