package org.trainlab.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.trainlab.data.ClassificationData;
import org.trainlab.data.RegressionData;
import org.trainlab.spec.NetworkFile;
import org.trainlab.spec.NetworkSpec;
import org.trainlab.spec.OptimizerPreset;

/**
 * The PyTorch program of the Build lesson (303): net1 from the class file, net2 the Sequential, both printed, net2's
 * initial weights copied into net1 when their state_dicts correspond, both trained on the same data with the same
 * optimizer, the two loss curves plotted on each other. {@link BuildExperiment} does what it does.
 */
public final class BuildCode {
    private BuildCode() {
    }

    /** Whether two state_dicts correspond entry by entry: as many entries, the same shapes in the same order. */
    public static boolean correspond(Map<String, int[]> a, Map<String, int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        List<int[]> bs = new ArrayList<>(b.values());
        int i = 0;
        for (int[] shape : a.values()) {
            if (!Arrays.equals(shape, bs.get(i++))) {
                return false;
            }
        }
        return true;
    }

    /** The line that builds net1: {@code Net(n_feature=1, n_hidden=10, n_output=1)} or the file's Sequential. */
    public static String net1Call(NetworkFile f) {
        return f.spec() != null ? f.spec().pytorchCode("torch.nn.", "") : f.description();
    }

    public static String regression(BuildExperiment.Settings s, DataOrigin origin, RegressionData data) {
        String imports = (DataCode.needsMath(origin) ? "import math\n" : "")
                + (DataCode.needsNumpy(origin, data.size()) ? "import numpy as np\n" : "");
        return program(s, imports, DataCode.seeded(s.seed(), origin, DataCode.regression(origin, data)),
                "torch.nn.MSELoss()");
    }

    public static String classification(BuildExperiment.Settings s, DataOrigin origin, ClassificationData all,
            double testFraction) {
        String imports = (DataCode.needsMath(origin) ? "import math\n" : "")
                + (DataCode.needsNumpy(origin, all.size()) ? "import numpy as np\n" : "");
        return program(s, imports, DataCode.seeded(s.seed(), origin,
                DataCode.classification(origin, all, testFraction)), "torch.nn.CrossEntropyLoss()");
    }

    private static String program(BuildExperiment.Settings s, String imports, String data, String loss) {
        boolean same = correspond(s.net1().stateShapes(), s.net2().stateShapes());
        String copy = same ? """
                # the same start: net2's initial weights into net1, entry by entry (the names differ, the shapes agree)
                with torch.no_grad():
                    for p1, p2 in zip(net1.state_dict().values(), net2.state_dict().values()):
                        p1.copy_(p2)
                """ : """
                # the nets' state_dicts differ in count or shape: each keeps its own initial weights
                """;
        return """
                %s%s

                import matplotlib.pyplot as plt

                %s
                net1 = %s      # the class
                net2 = %s      # the Sequential
                print(net1)
                print(net2)

                %s
                optimizer1 = %s
                optimizer2 = %s
                loss_func = %s

                losses1, losses2 = [], []
                for t in range(%d):
                    for net, optimizer, losses in ((net1, optimizer1, losses1), (net2, optimizer2, losses2)):
                        loss = loss_func(net(x), y)
                        optimizer.zero_grad()
                        loss.backward()
                        optimizer.step()
                        losses.append(loss.item())

                plt.plot(losses1, lw=5, label='net1 (class)')
                plt.plot(losses2, 'r--', label='net2 (Sequential)')
                plt.legend()
                print('final loss: net1 %%.4f | net2 %%.4f' %% (losses1[-1], losses2[-1]))
                plt.show()
                """.formatted(imports, s.net1().definitions().strip(), data, net1Call(s.net1()),
                s.net2().pytorchCode("torch.nn.", ""), copy,
                OptimizerPreset.code(s.optimizer(), "net1.parameters()", s.lr()),
                OptimizerPreset.code(s.optimizer(), "net2.parameters()", s.lr()), loss, s.steps());
    }
}
