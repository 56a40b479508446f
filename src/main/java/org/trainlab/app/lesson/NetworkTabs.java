package org.trainlab.app.lesson;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.trainlab.app.AppContext;
import org.trainlab.app.chart.NetworkChart;
import org.trainlab.lab.NetworkPicture;

/**
 * A lesson's prediction chart and its network drawn ({@link NetworkChart}) on two tabs, "Prediction" and
 * "Network". The network is drawn only while its tab is on screen, from the newest picture.
 */
public final class NetworkTabs {
    private final TabPane tabs = new TabPane();
    private final Tab networkTab;
    private final NetworkChart network;

    public NetworkTabs(AppContext context, Node prediction) {
        network = new NetworkChart(context.text("network.title"));
        network.setId("network-chart");
        network.paletteProperty().bind(context.palette());
        Tab predictionTab = new Tab(context.text("chart.tab.prediction"), prediction);
        predictionTab.setId("prediction-tab");
        networkTab = new Tab(context.text("chart.tab.network"), network);
        networkTab.setId("network-tab");
        for (Tab t : new Tab[] {predictionTab, networkTab}) {
            t.setClosable(false);
            tabs.getTabs().add(t);
        }
        tabs.setMinSize(0, 0);
        networkTab.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                network.redraw();
            }
        });
    }

    public Node node() {
        return tabs;
    }

    public TabPane tabs() {
        return tabs;
    }

    public NetworkChart networkChart() {
        return network;
    }

    /** Keeps the newest picture; draws it if the Network tab is on screen (JavaFX thread). */
    public void show(NetworkPicture picture) {
        network.setPicture(picture);
        if (networkTab.isSelected()) {
            network.redraw();
        }
    }
}
