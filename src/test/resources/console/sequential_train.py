import torch
import torch.nn as nn

torch.manual_seed(2)
net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
x = torch.linspace(-1, 1, 10).unsqueeze(1)
y = x * x
loss_func = nn.MSELoss()
for step in range(30):
    prediction = net(x)
    loss = loss_func(prediction, y)
    net.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in net.parameters():
            p -= 0.1 * p.grad
    if step % 10 == 0:
        print(step, loss)
print(net(torch.tensor([[0.5]])))
