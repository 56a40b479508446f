import torch
from torch.autograd import Variable
tensor = torch.FloatTensor([[1, 2], [3, 4]])
variable = Variable(tensor, requires_grad=True)
print(variable.requires_grad, Variable(tensor).requires_grad)
v_out = torch.mean(variable * variable)
print(v_out, v_out.grad_fn.name())
v_out.backward()
print(variable.grad)
print(variable.grad == None)
print(variable.data.numpy())
