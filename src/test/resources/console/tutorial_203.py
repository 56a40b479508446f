import torch
import torch.nn.functional as F
from torch.autograd import Variable

# fake data
x = torch.linspace(-5, 5, 200)  # x data (tensor), shape=(100, 1)
x = Variable(x)
x_np = x.data.numpy()   # numpy array for plotting

# following are popular activation functions
y_relu = torch.relu(x).data.numpy()
y_sigmoid = torch.sigmoid(x).data.numpy()
y_tanh = torch.tanh(x).data.numpy()
y_softplus = F.softplus(x).data.numpy()
# y_softmax = torch.softmax(x, dim=0).data.numpy() softmax is a special kind of activation function, it is about probability

print(x_np)
print(y_relu)
print(y_tanh)
# numpy's shortest float32 digits show the last bit, where the engine's sigmoid and softplus may differ from
# PyTorch's vectorised ones (see known_difference_sigmoid_digits.py); tensors print 4 decimals
print(torch.sigmoid(x))
print(F.softplus(x))
print(y_sigmoid.shape, y_softplus.shape)
print(F.relu(x)[:8])
print(F.softmax(torch.FloatTensor([1, 2, 3]), dim=0))
