package org.trainlab.lab;

import java.util.ArrayList;
import java.util.List;
import org.trainlab.tensor.PythonRepr;

/** The tutorial's optimizer race (306) as a PyTorch program, for the settings of an {@link OptimizersExperiment}. */
final class OptimizersCode {
    /** About this many plots over a whole run, so the program ends in seconds. */
    static final int PLOTS = 10;

    private OptimizersCode() {
    }

    /** The tutorial's label for a racer ('SGD', 'Momentum', 'RMSprop', 'Adam', 'AdaGrad'; 'AdamW' when decoupled). */
    static String label(OptimizerEntry e) {
        return switch (e.name()) {
            case "sgd" -> "SGD";
            case "momentum" -> "Momentum";
            case "rmsprop" -> "RMSprop";
            case "adam" -> e.decoupled() ? "AdamW" : "Adam";
            default -> "AdaGrad";
        };
    }

    static int plotEvery(OptimizersExperiment.Settings s) {
        long batches = (s.points() + s.batchSize() - 1) / s.batchSize();
        return (int) Math.max(1, batches * s.epochs() / PLOTS);
    }

    static String program(OptimizersExperiment.Settings s) {
        return program(s, null);
    }

    static String program(OptimizersExperiment.Settings s, BuiltNet built) {
        List<OptimizerEntry> on = s.enabled();
        List<String> labels = new ArrayList<>();
        List<String> nets = new ArrayList<>();
        List<String> opts = new ArrayList<>();
        for (OptimizerEntry e : on) {
            labels.add(label(e));
            nets.add("net_" + label(e));
            opts.add("opt_" + label(e));
        }
        StringBuilder py = new StringBuilder();
        py.append("import copy\n")
                .append("import torch\n")
                .append("import torch.utils.data as Data\n")
                .append("import torch.nn.functional as F\n")
                .append("import matplotlib.pyplot as plt\n\n")
                .append("torch.manual_seed(").append(s.seed()).append(")    # reproducible\n\n")
                .append("BATCH_SIZE = ").append(s.batchSize()).append('\n')
                .append("EPOCH = ").append(s.epochs()).append('\n')
                .append("PLOT_EVERY = ").append(plotEvery(s)).append("    # steps between plots\n\n")
                .append("# fake dataset\n")
                .append("x = torch.unsqueeze(torch.linspace(-1, 1, ").append(s.points()).append("), dim=1)\n")
                .append("y = x.pow(2) + 0.1 * torch.normal(torch.zeros(*x.size()))\n\n")
                .append("torch_dataset = Data.TensorDataset(x, y)\n")
                .append("loader = Data.DataLoader(dataset=torch_dataset, batch_size=BATCH_SIZE, shuffle=True)\n\n\n");
        String make = "Net()";
        if (built != null) {
            make = "new_net()";
            py.append(built.definitions().isEmpty() ? "" : "# the Build lesson's network\n" + built.definitions()
                    + "\n\n\n").append("def new_net():\n    return ")
                    .append(built.pytorchCall().replace("\n", "\n    ")).append("\n\n\n");
        } else {
            py.append("class Net(torch.nn.Module):\n")
                .append("    def __init__(self):\n")
                .append("        super(Net, self).__init__()\n")
                .append("        self.hidden = torch.nn.Linear(1, ").append(s.hidden()).append(")   # hidden layer\n")
                .append("        self.predict = torch.nn.Linear(").append(s.hidden()).append(", 1)   # output layer\n\n")
                .append("    def forward(self, x):\n")
                .append("        x = F.relu(self.hidden(x))      # activation function for hidden layer\n")
                .append("        x = self.predict(x)             # linear output\n")
                .append("        return x\n\n\n");
        }
        if (s.sameStart()) {
            py.append("# one net, copied: every optimizer starts from the same weights\n");
            py.append("net = ").append(make).append("\n");
            for (String n : nets) {
                py.append(n).append(" = copy.deepcopy(net)\n");
            }
        } else {
            py.append("# different nets, each initialised in turn\n");
            for (String n : nets) {
                py.append(n).append(" = ").append(make).append("\n");
            }
        }
        py.append("nets = [").append(String.join(", ", nets)).append("]\n\n");
        py.append("# different optimizers\n");
        for (int i = 0; i < on.size(); i++) {
            py.append(opts.get(i)).append(" = ").append(on.get(i).code(nets.get(i) + ".parameters()")).append('\n');
        }
        py.append("optimizers = [").append(String.join(", ", opts)).append("]\n\n")
                .append("loss_func = torch.nn.MSELoss()\n")
                .append("losses_his = [").append(String.join(", ", java.util.Collections.nCopies(on.size(), "[]")))
                .append("]   # record loss\n")
                .append("labels = ").append(PythonRepr.list(labels)).append("\n\n")
                .append("step = 0\n")
                .append("for epoch in range(EPOCH):\n")
                .append("    print('Epoch: ', epoch)\n")
                .append("    for b_x, b_y in loader:          # for each training step\n")
                .append("        for net, opt, l_his in zip(nets, optimizers, losses_his):\n")
                .append("            output = net(b_x)              # get output for every net\n")
                .append("            loss = loss_func(output, b_y)  # compute loss for every net\n")
                .append("            opt.zero_grad()                # clear gradients for next train\n")
                .append("            loss.backward()                # backpropagation, compute gradients\n")
                .append("            opt.step()                     # apply gradients\n")
                .append("            l_his.append(loss.item())      # loss recoder\n")
                .append("        step += 1\n")
                .append("        if step % PLOT_EVERY == 0:\n")
                .append("            plt.cla()\n")
                .append("            for i, l_his in enumerate(losses_his):\n")
                .append("                plt.plot(l_his, label=labels[i])\n")
                .append("            plt.legend(loc='best')\n")
                .append("            plt.xlabel('Steps')\n")
                .append("            plt.ylabel('Loss')\n")
                .append("            plt.ylim((0, 0.2))\n")
                .append("            plt.pause(0.01)\n\n")
                .append("for label, l_his in zip(labels, losses_his):\n")
                .append("    print(label, 'final loss:', l_his[-1])\n")
                .append("plt.show()\n");
        return py.toString();
    }
}
