import torch
import torch.nn.functional as F

# numpy prints float32 with the shortest digits that read back as the same float32, so the last bit shows
x = torch.linspace(-5, 5, 200)
print(torch.sigmoid(x).numpy())
print(F.softplus(x).numpy())
