package org.trainlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The race as a PyTorch program. Both programs below were run with Debian's python3-torch 1.13.1 and
 * matplotlib (MPLBACKEND=Agg) and finished in about 4 seconds, printing every optimizer's final loss.
 */
class OptimizersCodeTest {
    private static void assertLine(String code, String line) {
        assertTrue(code.lines().anyMatch(l -> l.strip().equals(line)), "a line '" + line + "' in:\n" + code);
    }

    @Test
    void theTutorialsRaceFromOneCopiedNet() {
        String code = OptimizersExperiment.pytorchCode(OptimizersExperiment.Settings.defaults());
        assertLine(code, "import copy");
        assertLine(code, "torch.manual_seed(1)    # reproducible");
        assertLine(code, "BATCH_SIZE = 32");
        assertLine(code, "EPOCH = 12");
        assertLine(code, "PLOT_EVERY = 38    # steps between plots");
        assertLine(code, "x = torch.unsqueeze(torch.linspace(-1, 1, 1000), dim=1)");
        assertLine(code, "y = x.pow(2) + 0.1 * torch.normal(torch.zeros(*x.size()))");
        assertLine(code, "loader = Data.DataLoader(dataset=torch_dataset, batch_size=BATCH_SIZE, shuffle=True)");
        assertLine(code, "self.hidden = torch.nn.Linear(1, 20)   # hidden layer");
        assertLine(code, "net = Net()");
        assertLine(code, "net_SGD = copy.deepcopy(net)");
        assertLine(code, "net_AdaGrad = copy.deepcopy(net)");
        assertLine(code, "opt_SGD = torch.optim.SGD(net_SGD.parameters(), lr=0.01)");
        assertLine(code, "opt_Momentum = torch.optim.SGD(net_Momentum.parameters(), lr=0.01, momentum=0.8)");
        assertLine(code, "opt_RMSprop = torch.optim.RMSprop(net_RMSprop.parameters(), lr=0.01, alpha=0.9)");
        assertLine(code, "opt_Adam = torch.optim.Adam(net_Adam.parameters(), lr=0.01, betas=(0.9, 0.99))");
        assertLine(code, "opt_AdaGrad = torch.optim.Adagrad(net_AdaGrad.parameters(), lr=0.01)");
        assertLine(code, "losses_his = [[], [], [], [], []]   # record loss");
        assertLine(code, "labels = ['SGD', 'Momentum', 'RMSprop', 'Adam', 'AdaGrad']");
        assertLine(code, "for epoch in range(EPOCH):");
        assertLine(code, "for b_x, b_y in loader:          # for each training step");
        assertLine(code, "if step % PLOT_EVERY == 0:");
        assertLine(code, "plt.pause(0.01)");
        assertLine(code, "print(label, 'final loss:', l_his[-1])");
    }

    @Test
    void eachOptimizersOwnOptionsAndTheTutorialsSeparateNets() {
        OptimizersExperiment.Settings d = OptimizersExperiment.Settings.defaults();
        OptimizersExperiment.Settings s = d.withSameStart(false).withSeed(7).withEpochs(3)
                .withEntry(d.entry("adam").withDecoupled(true).withWeightDecay(0.05))
                .withEntry(d.entry("sgd").withMomentum(0.5).withNesterov(true).withWeightDecay(1e-4))
                .withEntry(d.entry("rmsprop").withEps(1e-6)).withLrOf("adagrad", 0.1)
                .withOptimizers(java.util.List.of("sgd", "rmsprop", "adam", "adagrad"));
        String code = OptimizersExperiment.pytorchCode(s);
        assertLine(code, "torch.manual_seed(7)    # reproducible");
        assertLine(code, "net_SGD = Net()");
        assertLine(code, "net_AdamW = Net()");
        assertFalse(code.contains("deepcopy"), code);
        assertFalse(code.contains("Momentum"), "disabled optimizers are left out");
        assertLine(code, "opt_SGD = torch.optim.SGD(net_SGD.parameters(), lr=0.01, momentum=0.5, weight_decay=0.0001, "
                + "nesterov=True)");
        assertLine(code, "opt_RMSprop = torch.optim.RMSprop(net_RMSprop.parameters(), lr=0.01, alpha=0.9, eps=1e-06)");
        assertLine(code, "opt_AdamW = torch.optim.AdamW(net_AdamW.parameters(), lr=0.01, betas=(0.9, 0.99), "
                + "weight_decay=0.05)");
        assertLine(code, "opt_AdaGrad = torch.optim.Adagrad(net_AdaGrad.parameters(), lr=0.1)");
        assertLine(code, "nets = [net_SGD, net_RMSprop, net_AdamW, net_AdaGrad]");
        assertLine(code, "optimizers = [opt_SGD, opt_RMSprop, opt_AdamW, opt_AdaGrad]");
        assertLine(code, "PLOT_EVERY = 9    # steps between plots");
        assertEquals(1, code.lines().filter(l -> l.contains("plt.pause")).count());
    }
}
