package org.trainlab.app.console;

import static org.trainlab.app.AppFixture.fx;
import static org.trainlab.app.AppFixture.onFx;
import static org.trainlab.app.AppFixture.waitFor;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.util.WaitForAsyncUtils;
import org.trainlab.app.WindowTest;
import org.trainlab.app.chart.Png;

/**
 * The console window's screenshot for the README: the tutorial's 202 typed into it.
 *
 * <pre>mvn -Dscreenshots test -Dtest=ConsoleScreenshotTool</pre>
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".*")
class ConsoleScreenshotTool extends WindowTest {
    @Test
    void consoleWindow() throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "assets/screenshots"));
        ConsoleWindow window = fx(() -> app.window().openConsole());
        ConsolePane pane = window.pane();
        String[] inputs = {"import torch\nfrom torch.autograd import Variable",
            "tensor = torch.FloatTensor([[1, 2], [3, 4]])\nvariable = Variable(tensor, requires_grad=True)",
            "v_out = torch.mean(variable * variable)\nv_out", "v_out.backward()\nvariable.grad",
            "tensor.dot(tensor)"};
        for (String code : inputs) {
            onFx(() -> pane.input().setText(code));
            onFx(pane::runInput);
            waitFor("the console", () -> !pane.running());
        }
        onFx(() -> pane.input().setText("x = torch.linspace(-1, 1, 5)\nprint(f\"{x.sum().item():.4f}\", x.shape)"));
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = window.stage();
        Png.write(fx(() -> stage.getScene().snapshot(null)), dir.resolve("console.png"));
        System.out.println("wrote " + dir.resolve("console.png"));
    }
}
