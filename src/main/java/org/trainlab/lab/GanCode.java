package org.trainlab.lab;

import java.util.Map;
import org.trainlab.spec.OptimizerKind;
import org.trainlab.tensor.PythonRepr;

/**
 * The PyTorch program of the GAN lesson for its settings: the tutorial's 406 (or 406_conditional_GAN)
 * with the update order chosen. The corrected order runs under today's PyTorch; the tutorial's original
 * order stops at its first step with the in-place modification error, as the lesson shows.
 */
public final class GanCode {
    private GanCode() {
    }

    public static String pytorchCode(GanExperiment.Settings s) {
        GanExperiment.Labels labels = s.labels();
        boolean labelled = labels.any();
        StringBuilder c = new StringBuilder();
        c.append("""
                import torch
                import torch.nn as nn
                import numpy as np
                import matplotlib.pyplot as plt

                torch.manual_seed(%d)    # reproducible
                np.random.seed(%d)

                # Hyper Parameters
                BATCH_SIZE = %d
                LR_G = %s           # learning rate for generator
                LR_D = %s           # learning rate for discriminator
                N_IDEAS = %d             # think of this as number of ideas for generating an art work (Generator)
                ART_COMPONENTS = %d     # it could be total point G can draw in the canvas
                PAINT_POINTS = np.vstack([np.linspace(-1, 1, ART_COMPONENTS) for _ in range(BATCH_SIZE)])

                """.formatted(s.seed(), s.seed(), s.batch(), PyProgram.number(s.lrG()), PyProgram.number(s.lrD()),
                s.ideas(), s.points()));
        if (labelled) {
            c.append("""
                    def artist_works_with_labels():     # painting from the famous artist (real target)
                        a = np.random.uniform(1, 2, size=BATCH_SIZE)[:, np.newaxis]
                        paintings = a * np.power(PAINT_POINTS, 2) + (a-1)
                    %s
                        paintings = torch.from_numpy(paintings).float()
                        labels = torch.from_numpy(labels.astype(np.float32))
                        return paintings, labels

                    """.formatted(labels == GanExperiment.Labels.HALVES
                    ? "    labels = (a-1) > 0.5            # upper paintings (1), lower paintings (0), two classes"
                    : "    labels = a - 1                  # the label is the curve itself: a - 1 in [0, 1]"));
        } else {
            c.append("""
                    def artist_works():     # painting from the famous artist (real target)
                        a = np.random.uniform(1, 2, size=BATCH_SIZE)[:, np.newaxis]
                        paintings = a * np.power(PAINT_POINTS, 2) + (a-1)
                        paintings = torch.from_numpy(paintings).float()
                        return paintings

                    """);
        }
        String plus = labelled ? "+1" : "";
        c.append("""
                G = nn.Sequential(                      # Generator
                    nn.Linear(N_IDEAS%s, %d),            # random ideas (could from normal distribution)%s
                    nn.ReLU(),
                    nn.Linear(%d, ART_COMPONENTS),     # making a painting from these random ideas
                )

                D = nn.Sequential(                      # Discriminator
                    nn.Linear(ART_COMPONENTS%s, %d),     # receive art work either from the famous artist or a newbie like G
                    nn.ReLU(),
                    nn.Linear(%d, 1),
                    nn.Sigmoid(),                       # tell the probability that the art work is made by artist
                )

                opt_D = %s
                opt_G = %s

                plt.ion()   # something about continuous plotting

                for step in range(%d):
                """.formatted(plus, s.hidden(), labelled ? " + class label" : "", s.hidden(), plus, s.hidden(),
                s.hidden(), optimizer(s.optimizerD(), "D", s.lrD(), "LR_D"),
                optimizer(s.optimizerG(), "G", s.lrG(), "LR_G"), s.steps()));
        if (labelled) {
            c.append("""
                        artist_paintings, labels = artist_works_with_labels()           # real painting, label from artist
                        G_ideas = torch.randn(BATCH_SIZE, N_IDEAS)                      # random ideas
                        G_inputs = torch.cat((G_ideas, labels), 1)                      # ideas with labels
                        G_paintings = G(G_inputs)                                       # fake painting w.r.t label from G
                        D_inputs0 = torch.cat((artist_paintings, labels), 1)            # all have their labels
                    """);
        } else {
            c.append("""
                        artist_paintings = artist_works()           # real painting from artist
                        G_ideas = torch.randn(BATCH_SIZE, N_IDEAS)  # random ideas
                        G_paintings = G(G_ideas)                    # fake painting from G (random ideas)
                    """);
        }
        String fake = labelled ? "torch.cat((G_paintings, labels), 1)" : "G_paintings";
        String fakeDetached = labelled ? "torch.cat((G_paintings.detach(), labels), 1)" : "G_paintings.detach()";
        String real = labelled ? "D_inputs0" : "artist_paintings";
        if (s.tutorialOrder()) {
            c.append("""
                        prob_artist0 = D(%s)          # D try to increase this prob
                        prob_artist1 = D(%s)          # D try to reduce this prob

                        D_loss = - torch.mean(torch.log(prob_artist0) + torch.log(1. - prob_artist1))
                        G_loss = torch.mean(torch.log(1. - prob_artist1))

                        # the tutorial's original order: D steps in place, then G's loss backpropagates through
                        # D's old graph. Today's PyTorch stops here with "RuntimeError: one of the variables
                        # needed for gradient computation has been modified by an inplace operation".
                        opt_D.zero_grad()
                        D_loss.backward(retain_graph=True)      # reusing computational graph
                        opt_D.step()

                        opt_G.zero_grad()
                        G_loss.backward()
                        opt_G.step()
                    """.formatted(real, fake));
        } else {
            c.append("""
                        prob_artist1 = D(%s)          # G tries to fool D
                        G_loss = torch.mean(torch.log(1. - prob_artist1))
                        opt_G.zero_grad()
                        G_loss.backward()
                        opt_G.step()

                        prob_artist0 = D(%s)          # D try to increase this prob
                        prob_artist1 = D(%s)  # D try to reduce this prob
                        D_loss = - torch.mean(torch.log(prob_artist0) + torch.log(1. - prob_artist1))
                        opt_D.zero_grad()
                        D_loss.backward()
                        opt_D.step()
                    """.formatted(fake, real, fakeDetached));
        }
        String bands = labels == GanExperiment.Labels.HALVES ? """
                        bound = [0, 0.5] if labels.data[0, 0] == 0 else [0.5, 1]
                        plt.plot(PAINT_POINTS[0], 2 * np.power(PAINT_POINTS[0], 2) + 1, c='#74BCFF', lw=3, label='upper bound')
                        plt.plot(PAINT_POINTS[0], 1 * np.power(PAINT_POINTS[0], 2) + 0, c='#FF9080', lw=3, label='lower bound')
                        plt.plot(PAINT_POINTS[0], (1 + bound[1]) * np.power(PAINT_POINTS[0], 2) + bound[1], c='#74BCFF', lw=1, label='upper bound of this label')
                        plt.plot(PAINT_POINTS[0], (1 + bound[0]) * np.power(PAINT_POINTS[0], 2) + bound[0], c='#FF9080', lw=1, label='lower bound of this label')
                """ : """
                        plt.plot(PAINT_POINTS[0], 2 * np.power(PAINT_POINTS[0], 2) + 1, c='#74BCFF', lw=3, label='upper bound')
                        plt.plot(PAINT_POINTS[0], 1 * np.power(PAINT_POINTS[0], 2) + 0, c='#FF9080', lw=3, label='lower bound')
                """;
        c.append("""

                    if step %% %d == 0:  # plotting
                        plt.cla()
                        plt.plot(PAINT_POINTS[0], G_paintings.data.numpy()[0], c='#4AD631', lw=3, label='Generated painting',)
                %s        plt.text(-.5, 2.3, 'D accuracy=%%.2f (0.5 for D to converge)' %% prob_artist0.data.numpy().mean(), fontdict={'size': 13})
                        plt.text(-.5, 2, 'D score= %%.2f (-1.38 for G to converge)' %% -D_loss.data.numpy(), fontdict={'size': 13})
                        plt.ylim((0, 3));plt.legend(loc='upper right', fontsize=10);plt.draw();plt.pause(0.01)

                plt.ioff()
                """.formatted(PyProgram.plotEvery(s.steps()), bands));
        if (labelled) {
            boolean halves = labels == GanExperiment.Labels.HALVES;
            c.append("""

                    # plot a generated painting for %s
                    z = torch.randn(1, N_IDEAS)
                    label = torch.FloatTensor([[%s]])
                    G_inputs = torch.cat((z, label), 1)
                    G_paintings = G(G_inputs)
                    plt.plot(PAINT_POINTS[0], G_paintings.data.numpy()[0], c='#4AD631', lw=3, label='G painting for %s',)
                    %s
                    plt.ylim((0, 3));plt.legend(loc='upper right', fontsize=10)
                    """.formatted(halves ? "upper class" : "the curve a = 1.75", halves ? "1." : "0.75",
                    halves ? "upper class" : "label 0.75", halves
                            ? "plt.plot(PAINT_POINTS[0], 2 * np.power(PAINT_POINTS[0], 2) + 1, c='#74BCFF', lw=3, "
                                    + "label='upper bound (class 1)')\n"
                                    + "plt.plot(PAINT_POINTS[0], 1.5 * np.power(PAINT_POINTS[0], 2) + 0.5, c='#FF9080', "
                                    + "lw=3, label='lower bound (class 1)')"
                            : "plt.plot(PAINT_POINTS[0], 1.75 * np.power(PAINT_POINTS[0], 2) + 0.75, c='#74BCFF', "
                                    + "lw=3, ls='--', label='the artist\\'s curve for a = 1.75')"));
        }
        c.append("plt.show()\n");
        return c.toString();
    }

    /** {@code torch.optim.Adam(D.parameters(), lr=LR_D)}: the learning rate by the program's constant. */
    private static String optimizer(String name, String net, double lr, String constant) {
        String call = OptimizerKind.named(name).codeOfChanged(net + ".parameters()", lr, Map.of());
        return call.replace("lr=" + PythonRepr.intOrFloat(lr), "lr=" + constant);
    }
}
