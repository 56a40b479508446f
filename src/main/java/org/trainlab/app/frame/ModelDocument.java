package org.trainlab.app.frame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.trainlab.app.Messages;
import org.trainlab.app.settings.Settings;
import org.trainlab.io.AtomicFile;
import org.trainlab.io.LoadedModel;
import org.trainlab.io.ModelFile;
import org.trainlab.lab.Experiment;
import org.trainlab.lab.MetricSource;
import org.trainlab.lab.SavableExperiment;
import org.trainlab.nn.Module;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.PyTorchExport;
import org.trainlab.spec.TrainingSettings;
import org.trainlab.tensor.Tensor;

/**
 * A training lesson's model as a file: save the net its run trains now (whole, with its training settings),
 * open a saved one (the lesson takes its settings and goes on from its weights), export it as a PyTorch
 * script. Saving and exporting read the experiment on the training thread between two steps and write
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

    /** Saves the model being trained as a whole-model file with its training settings. */
    public CompletableFuture<Void> save(Path path) {
        return onTrainingThread(e -> {
            write(e, path);
            return null;
        });
    }

    /**
     * Writes the model beside the script ({@code name.safetensors}) and a PyTorch script that rebuilds it,
     * loads the weights and goes on training with the saved settings; completes with the weights' path.
     */
    public CompletableFuture<Path> exportScript(Path script) {
        String name = script.getFileName().toString();
        String stem = name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
        Path weights = script.resolveSibling(stem + ".safetensors");
        return onTrainingThread(e -> {
            SavableExperiment s = (SavableExperiment) e;
            write(e, weights);
            String text = PyTorchExport.script(NetworkSpec.of(s.net()), s.training(), weights.getFileName().toString(),
                    weights.getFileName().toString(), name);
            try {
                AtomicFile.write(script, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return weights;
        });
    }

    /** Why this model cannot open in this lesson (in the user's language), or null when it can. */
    public String refusal(LoadedModel loaded) {
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
    public void open(LoadedModel loaded) {
        Opening<D> o = prepare(loaded);
        page.setAll(o.settings().values());
        page.apply();
        owner.startFrom(o.recipe());
    }

    /**
     * Loads a parameters-only file (a state_dict) into the lesson's net as its settings build it now, as the
     * tutorial's net3 gets net1's parameters: the run starts again from them at step 0.
     *
     * @throws IllegalArgumentException (in the user's language, nothing changed) when the keys or shapes
     *     do not fit the lesson's net
     */
    public void openParameters(Map<String, Tensor> state) {
        Supplier<? extends Experiment<D>> fresh = model.experiment(page.applied());
        Supplier<Experiment<D>> recipe = () -> {
            Experiment<D> e = fresh.get();
            load(e, state);
            return e;
        };
        recipe.get(); // a trial, as for a whole model
        owner.startFrom(recipe);
    }

    private Opening<D> prepare(LoadedModel loaded) {
        Settings settings = lesson.settingsFor(loaded, page.editing(), messages);
        Map<String, Tensor> state = loaded.module().stateDict();
        Supplier<? extends Experiment<D>> fresh = model.experiment(settings);
        Supplier<Experiment<D>> recipe = () -> {
            Experiment<D> e = fresh.get();
            load(e, state);
            return e;
        };
        recipe.get(); // a trial, so a state_dict that does not fit is refused before anything changes
        return new Opening<>(settings, recipe);
    }

    private void load(Experiment<D> e, Map<String, Tensor> state) {
        Module net = ((SavableExperiment) e).net();
        try {
            net.loadStateDict(state, true);
        } catch (IllegalArgumentException x) {
            throw new IllegalArgumentException(messages.format("model.doesNotFit",
                    x.getMessage().replaceAll("\\s*\\n\\t", " ").strip()), x);
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

    private static void write(Experiment<?> e, Path path) {
        SavableExperiment s = (SavableExperiment) e;
        TrainingSettings training = s.training();
        try {
            ModelFile.save(path, s.net(), training);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
