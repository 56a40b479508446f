import torch
import torch.nn as nn
import torch.nn.functional as F
pred = torch.tensor([0.5, 1.5, 2.0], requires_grad=True)
target = torch.tensor([1.0, 1.0, 1.0])
loss_func = nn.MSELoss()
loss = loss_func(pred, target)
print(loss_func, loss)
loss.backward()
print(pred.grad)
print(F.mse_loss(pred, target))
