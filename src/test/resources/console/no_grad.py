import torch
x = torch.ones(2, requires_grad=True)
with torch.no_grad():
    y = x * 2
    print(y, y.requires_grad)
z = x * 2
print(z, z.requires_grad)
d = z.detach()
print(d, d.requires_grad)
print(x.data, x.data.requires_grad)
w = torch.tensor([1.0, -1.0], requires_grad=True)
loss = (w * w).sum()
loss.backward()
with torch.no_grad():
    w -= 0.1 * w.grad
print(w)
w.grad.zero_()
print(w.grad)
