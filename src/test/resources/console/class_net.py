import torch
import torch.nn.functional as F


class Net(torch.nn.Module):  # the tutorial's 301 net
    def __init__(self, n_feature, n_hidden, n_output):
        super(Net, self).__init__()
        self.hidden = torch.nn.Linear(n_feature, n_hidden)   # hidden layer
        self.predict = torch.nn.Linear(n_hidden, n_output)   # output layer

    def forward(self, x):
        x = F.relu(self.hidden(x))      # activation function for hidden layer
        x = self.predict(x)             # linear output
        return x


torch.manual_seed(1)
net = Net(n_feature=1, n_hidden=10, n_output=1)
print(net)
x = torch.unsqueeze(torch.linspace(-1, 1, 5), dim=1)
print(x.shape)
print(net(x))
for name, p in net.named_parameters():
    print(name, tuple(p.shape))
print(net.hidden.weight[:3])
