import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(x)
y = x * x
print(y)
print(y.grad_fn.name(), y.requires_grad, y.is_leaf, x.is_leaf)
z = y.sum()
print(z)
z.backward()
print(x.grad)
w = torch.tensor(2.0, requires_grad=True)
out = w ** 3 + 2 * w
out.backward()
print(w.grad, out.grad_fn.name())
print(x.grad_fn, x.requires_grad)
