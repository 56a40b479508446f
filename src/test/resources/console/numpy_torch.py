import torch
import numpy as np
np_data = np.arange(6).reshape((2, 3))
torch_data = torch.from_numpy(np_data)
print(torch_data, torch_data.dtype)
back = torch_data.numpy()
print(back, back.dtype)
t = torch.FloatTensor([0.1, 0.2, 0.3])
arr = t.numpy()
print(arr, arr.dtype)
print(torch.from_numpy(np.array([1, 2, 3])) * 2)
print(torch.tensor([[1.5, 2.0], [3.0, 4.0]]).numpy())
print(torch.linspace(0, 1, 3).numpy())
