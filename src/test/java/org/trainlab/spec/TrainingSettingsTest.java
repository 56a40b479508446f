package org.trainlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trainlab.optim.Adam;
import org.trainlab.optim.Optimizer;
import org.trainlab.tensor.Tensor;

/** Training settings: PyTorch's defaults filled in, JSON both ways, and the errors. */
class TrainingSettingsTest {
    @Test
    void optionsLeftOutArePyTorchsDefaults() {
        TrainingSettings s = new TrainingSettings(LossKind.CROSS_ENTROPY, OptimizerKind.ADAMW, Map.of(), 10, null,
                false, 0, 2);
        assertEquals(Map.of("lr", 1e-3, "betas", List.of(0.9, 0.999), "eps", 1e-8, "weight_decay", 1e-2, "amsgrad",
                false), s.options());
        assertEquals(List.of("lr", "betas", "eps", "weight_decay", "amsgrad"), List.copyOf(s.options().keySet()));
        assertEquals("torch.optim.AdamW(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, "
                + "amsgrad=False)", s.optimizerCode("params"));
    }

    @Test
    void jsonRoundTripsWithPythonStyleNumbers() {
        TrainingSettings s = new TrainingSettings(LossKind.BCE_WITH_LOGITS, OptimizerKind.RMSPROP,
                Map.of("lr", 0.005, "centered", true, "eps", 1e-6), 200, 16, true, -3, 4);
        assertEquals("{\"loss\":\"BCEWithLogitsLoss\",\"optimizer\":\"RMSprop\",\"options\":{\"lr\":0.005,"
                + "\"alpha\":0.99,\"eps\":1e-06,\"weight_decay\":0.0,\"momentum\":0.0,\"centered\":true},\"steps\":200,"
                + "\"batch_size\":16,\"shuffle\":true,\"seed\":-3,\"inputs\":4}", s.toJson());
        assertEquals(s, TrainingSettings.fromJson(s.toJson()));
        for (OptimizerKind k : OptimizerKind.values()) {
            TrainingSettings t = new TrainingSettings(LossKind.MSE, k, Map.of("lr", 0.1), 1, null, false, 0, 1);
            assertEquals(t, TrainingSettings.fromJson(t.toJson()), k.name());
        }
    }

    @Test
    void createsTheOptimizerWithItsOptions() {
        TrainingSettings s = new TrainingSettings(LossKind.MSE, OptimizerKind.ADAM,
                Map.of("lr", 0.01, "betas", List.of(0.8, 0.95), "amsgrad", true), 1, null, false, 0, 1);
        Optimizer opt = s.createOptimizer(List.of(Tensor.zeros(2).requiresGrad_()));
        assertEquals(Adam.class, opt.getClass());
        assertEquals(0.01, opt.lr());
        assertEquals(List.of(0.8, 0.95), opt.options().get("betas"));
        assertEquals(true, opt.options().get("amsgrad"));
    }

    @Test
    void badValuesGetPyTorchsMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TrainingSettings(
                LossKind.MSE, OptimizerKind.SGD, Map.of("lr", 0.1, "momentum", -1.0), 1, null, false, 0, 1));
        assertEquals("Invalid momentum value: -1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new TrainingSettings(LossKind.MSE, OptimizerKind.SGD,
                Map.of(), 1, null, false, 0, 1));
        assertEquals("SGD needs a learning rate (lr): PyTorch has no default for it", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new TrainingSettings(LossKind.MSE, OptimizerKind.ADAM,
                Map.of("momentum", 0.9), 1, null, false, 0, 1));
        assertEquals("Adam has no option 'momentum' (its options: lr, betas, eps, weight_decay, amsgrad)", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[]                                               | expected a JSON object of training settings",
        "{\"loss\": \"MSELoss\"                           | not valid JSON at line 1, column 19: Unexpected end-of-input: expected close marker for Object",
        "7                                                | expected a JSON object of training settings",
        "''                                               | expected a JSON object of training settings",
    })
    void jsonErrorsSayWhat(String json, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingSettings.fromJson(json));
        assertEquals(message, e.getMessage());
    }

    @Test
    void jsonFieldErrorsNameTheKey() {
        String good = new TrainingSettings(LossKind.MSE, OptimizerKind.SGD, Map.of("lr", 0.1), 5, null, false, 0, 1)
                .toJson();
        assertEquals("'loss' must be a string", error(good.replace("\"MSELoss\"", "1")));
        assertEquals("missing key 'steps'", error(good.replace("\"steps\":5,", "")));
        assertEquals("unexpected key 'epochs' (the keys are loss, optimizer, options, steps, batch_size, shuffle, seed, "
                + "inputs)", error(good.replace("\"steps\"", "\"epochs\"")));
        assertEquals("'steps' must be a whole number from 1 to 2147483647, got 0", error(good.replace("\"steps\":5",
                "\"steps\":0")));
        assertEquals("'steps' must be a whole number from 1 to 2147483647, got 2.5", error(good.replace("\"steps\":5",
                "\"steps\":2.5")));
        assertEquals("'batch_size' must be a whole number from 1 to 2147483647, got \"8\"", error(good.replace(
                "\"batch_size\":null", "\"batch_size\":\"8\"")));
        assertEquals("'optimizer' is 'Lion', not one of SGD, Adagrad, RMSprop, Adam, AdamW", error(good.replace("SGD",
                "Lion")));
        assertEquals("'options': option lr must be a number, got true", error(good.replace("\"lr\":0.1", "\"lr\":true")));
        assertEquals("'options': option lr must be a finite number, got Infinity", error(good.replace("\"lr\":0.1",
                "\"lr\":1e999")));
        assertEquals("'options': Invalid learning rate: -0.1", error(good.replace("\"lr\":0.1", "\"lr\":-0.1")));
        assertEquals("'options': SGD has no option 'betas' (its options: lr, momentum, dampening, weight_decay, "
                + "nesterov)", error(good.replace("\"lr\":0.1", "\"lr\":0.1,\"betas\":[0.9,0.99]")));
        assertEquals("'shuffle' must be true or false", error(good.replace("\"shuffle\":false", "\"shuffle\":0")));
        assertEquals("not valid JSON at line 1, column 24: Duplicate field 'loss'", error(good.replace("{\"loss\"",
                "{\"loss\":\"L1Loss\",\"loss\"")));
    }

    private static String error(String json) {
        return assertThrows(IllegalArgumentException.class, () -> TrainingSettings.fromJson(json)).getMessage();
    }
}
