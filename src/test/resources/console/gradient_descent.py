import torch
x = torch.linspace(-1, 1, 5)
y = 3 * x + 0.5
w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
for step in range(20):
    loss = ((w * x + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.2 * w.grad
        b -= 0.2 * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if step % 5 == 4:
        print(step, round(loss.item(), 4))
print(w, b)
