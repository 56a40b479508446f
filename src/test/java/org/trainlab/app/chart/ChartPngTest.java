package org.trainlab.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trainlab.app.AppFixture.fx;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trainlab.lab.DecisionRegions;
import org.trainlab.lab.Series;

/** Charts draw their data and save it as PNG files that read back at the chart's size. */
@ExtendWith(ApplicationExtension.class)
class ChartPngTest {
    private LineChart line;
    private HeatmapPointsChart heat;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        line = new LineChart("Loss", "step", "loss");
        line.setCurves(List.of(new LineChart.Curve("train", Series.View.of(1f, 0.5f, 0.25f, 0.2f)),
                new LineChart.Curve("test", Series.View.of(1.2f, 0.7f, Float.NaN, 0.3f))), 10);
        heat = new HeatmapPointsChart("Regions", "x1", "x2");
        heat.setClasses(3);
        heat.setRegions(new DecisionRegions(-1, 1, -1, 1, 3, 2, new int[] {0, 1, 2, 2, 1, 0},
                new float[] {0.9f, 0.5f, 0.4f, 1f, 0.8f, 0.6f}));
        heat.setTrain(new float[] {0, 0, 0.5f, 0.5f}, new int[] {0, 2}, new int[] {1, 2});
        heat.setNote("Accuracy=0.50");
        StackPane root = new StackPane(new javafx.scene.layout.HBox(line, heat));
        line.setPrefSize(400, 300);
        heat.setPrefSize(300, 300);
        stage.setScene(new Scene(root, 700, 300));
        stage.show();
    }

    @Test
    void savedPngsHaveTheChartsSizeAndShowMoreThanABackground() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        for (ChartPane chart : new ChartPane[] {line, heat}) {
            Path file = dir.resolve(chart.title() + ".png");
            fx(() -> {
                chart.redraw();
                chart.savePng(file);
                return null;
            });
            BufferedImage img = ImageIO.read(file.toFile());
            assertEquals((int) (double) fx(chart::getWidth), img.getWidth());
            assertEquals((int) (double) fx(chart::getHeight), img.getHeight());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 3) {
                for (int x = 0; x < img.getWidth(); x += 3) {
                    colours.add(img.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 20, chart.title() + " has " + colours.size() + " colours");
        }
    }
}
