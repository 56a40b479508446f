import torch
import numpy as np
data = [[1, 2], [3, 4]]
tensor = torch.FloatTensor(data)
print(np.array(data).dot(np.array(data)))
print(tensor.dot(tensor))
print("never printed")
